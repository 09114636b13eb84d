import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ChannelName } from '#shared/contract/channels';
import { contract } from '#shared/contract/contract';
import { dispatch } from '#shared/contract/dispatch';
import { hostErrorCodes, type Envelope } from '#shared/contract/envelope';
import { createSenderPolicy } from '../../../main/src/services/senderPolicy.ts';
import { createMainHost } from '../../harness/mainHandlers.ts';
import { freePort } from '../../servers/freePort.ts';
import {
  createFuzzSandbox,
  describeChanges,
  removeFuzzSandbox,
  resetFuzzSandbox,
  snapshotProtected,
  systemRootNames,
  type FuzzSandbox,
} from './fuzzSandbox.ts';
import { anyInput, hostileWords, materialize, shapedBy, type FuzzEndpoints } from './hostileInputs.ts';
import { installNetworkGuard, startTrapServer } from './networkGuard.ts';

/*
 * The IPC fuzz test: a hostile page calls every channel of the contract through the real
 * dispatch() and the real main handlers (built as the browser harness builds them), with a
 * user-data folder and dialog answers inside a sandbox. A run fails on:
 *
 * - no envelope (dispatch rejected, or answered something that is not { ok, value | error });
 * - an untyped failure: a code outside the closed set, or `handler-failed` — that code means a
 *   handler threw something it did not mean to (a raw exception), so every refusal of a hostile
 *   input must carry a code that says what was wrong (invalid-input, not-found, sync-failed, …);
 *   a message carrying a stack trace counts too;
 * - no answer within the per-call timeout (a hang, for example a key derivation of 2^40 rounds);
 * - an unhandled rejection or uncaught exception while the run lasted;
 * - Object.prototype (or Array/Function.prototype) gaining a property;
 * - a URL carrying user:password@ in any answer (main accepted and kept credentials outside the
 *   secret box);
 * - a saved secret (WebDAV password, S3 secret key, E2EE passphrase) in any answer — except the
 *   passphrase in the answer of `sync:passphrase`, which exists to hand it to the renderer: the
 *   renderer runs the sync protocol and derives the team key with WebCrypto, and it holds the
 *   decrypted records anyway (docs/security.md says why this is accepted and what would change it);
 * - a saved WebDAV password sent to another endpoint than the one it was saved for (the trap
 *   server on 127.0.0.1 stands for a foreign host and records what reaches it);
 * - a name lookup or connection to anything but 127.0.0.1 (the network guard refuses and records
 *   them, so no request leaves the machine whatever main does);
 * - any file or folder created, changed or deleted outside the user-data folder and the folders
 *   the test chose (a snapshot of the sandbox root, the victim folders and the real root's names).
 */

const perCallTimeoutMs = 10_000;
const baseUrl = 'http://127.0.0.1:4173/';
const secrets = {
  webdavPassword: 'webdav-password-KNOWN-5d1e7c',
  s3Secret: 's3-secret-key-KNOWN-9b2f4a',
  passphrase: 'team-passphrase-KNOWN-3c8e0d',
} as const;
const savedUser = 'fuzz-user';
const savedAccessKey = 'AKIAFUZZKNOWN0000000';

const channels = Object.keys(contract) as ChannelName[];
// The hostile URLs name only 127.0.0.1 and these reserved names (RFC 2606, RFC 6761), which never
// resolve: a lookup of one is what the user's target would cost, refused by the guard so that not
// even the DNS query leaves. A lookup or connection to any other host is something main did on its
// own (say, an SDK reaching for cloud credentials) and fails the run.
const reservedName = /(^|\.)(example|invalid)$/i;
const pdfBytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

type Call = Readonly<{ channel: unknown; input: unknown; senderUrl: string }>;
type Seed = 'folder' | 'webdav' | 's3';
type Case = Readonly<{ seed: Seed; calls: readonly Call[] }>;

// Channels that change what later calls act on (a target, a team): a case starts with a few of
// these, so that a hostile folder path or team id saved by one call meets the store calls after it.
const settingChannels = (Object.keys(contract) as ChannelName[]).filter((channel) =>
  /:(configure|set(-[a-z]+)?)$/.test(channel),
);

let endpoints: FuzzEndpoints;
let trap: Awaited<ReturnType<typeof startTrapServer>>;
let guard: ReturnType<typeof installNetworkGuard>;
let words: ReturnType<typeof hostileWords>;
let sandbox: FuzzSandbox;
const unhandled: string[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(`unhandled: ${describe_(reason)}`);
const originalCwd = process.cwd();

function describe_(value: unknown): string {
  try {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    return typeof value === 'string' ? value : show(value);
  } catch {
    return `a value of type ${typeof value}`;
  }
}

/** A short, safe rendering of an input for a failure message. */
function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'bigint'
        ? `${item}n`
        : item instanceof Uint8Array
          ? `<${item.length} bytes>`
          : typeof item === 'string' && item.length > 120
            ? `${item.slice(0, 60)}…(${item.length})`
            : item,
    );
    const shown = text as string | undefined;
    return shown === undefined ? typeof value : shown.length > 400 ? `${shown.slice(0, 400)}…` : shown;
  } catch {
    return `<${typeof value} that cannot be shown>`;
  }
}

/** The answer as text, bytes decoded, so that a secret anywhere in it is found. */
function answerText(result: unknown): string {
  try {
    return JSON.stringify(result, (_key, item: unknown) =>
      item instanceof Uint8Array
        ? Buffer.from(item).toString('latin1')
        : typeof item === 'bigint'
          ? String(item)
          : item,
    );
  } catch {
    return '';
  }
}

const prototypeState = () =>
  [Object.prototype, Array.prototype, Function.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');

function withTimeout<T>(promise: Promise<T>): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), perCallTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function envelopeProblems(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean')
    return ['answered something that is not an envelope'];
  const envelope = result as Envelope<unknown>;
  try {
    structuredClone(envelope);
  } catch {
    return ['answered an envelope that cannot cross IPC (structured clone failed)'];
  }
  if (envelope.ok) return [];
  const { code, message } = envelope.error;
  const problems: string[] = [];
  if (!(hostErrorCodes as readonly string[]).includes(code))
    problems.push(`failure code ${code} is outside the closed set`);
  if (code === 'handler-failed') problems.push(`untyped failure handler-failed: ${message.slice(0, 200)}`);
  if (/\n\s+at /.test(message)) problems.push('failure message carries a stack trace');
  return problems;
}

function secretProblems(call: Call, result: unknown): string[] {
  const text = answerText(result);
  const problems: string[] = [];
  for (const [name, secret] of Object.entries(secrets)) {
    if (!text.includes(secret)) continue;
    if (name === 'passphrase' && call.channel === 'sync:passphrase') continue;
    problems.push(`the answer holds the saved ${name}`);
  }
  // A target URL with user:password@ kept by main is a secret in plain settings, outside the secret
  // box. (Free text such as a device name may hold anything the user typed; it is no target.)
  const credentialUrl = /"(?:url|endpoint)":"[a-z][a-z0-9+.-]*:\/\/[^\s/@"]+:[^\s/@"]*@/i.exec(text);
  if (credentialUrl !== null)
    problems.push(`the answer holds a URL with credentials (${credentialUrl[0]}…): main kept it`);
  return problems;
}

function trappedSecretProblems(): string[] {
  const problems: string[] = [];
  for (const request of trap.requests) {
    const basic = /^Basic (.+)$/i.exec(request.authorization)?.[1];
    const decoded = basic === undefined ? '' : Buffer.from(basic, 'base64').toString('utf8');
    if (decoded.includes(secrets.webdavPassword))
      problems.push(
        `the saved WebDAV password was sent to another endpoint: ${request.method} 127.0.0.1:${endpoints.trapPort}${request.url.slice(0, 80)}`,
      );
    if (request.authorization.includes(savedAccessKey))
      problems.push(
        `the saved S3 credentials signed a request to another endpoint: ${request.method} ${request.url.slice(0, 80)}`,
      );
  }
  return problems;
}

/** Saves a target with known secrets, as the user would on the sync screen. */
async function seedTarget(run: (channel: string, input: unknown) => Promise<Envelope<unknown>>, seed: Seed) {
  const saved = `http://127.0.0.1:${endpoints.closedPort}/dav/`;
  const target =
    seed === 'folder'
      ? {
          kind: 'folder',
          path: (await run('sync:choose-folder', {}).then((r) =>
            r.ok ? (r.value as { path: string }).path : sandbox.chosen[2],
          )) as string,
        }
      : seed === 'webdav'
        ? { kind: 'webdav', url: saved, username: savedUser, password: secrets.webdavPassword }
        : {
            kind: 's3',
            endpoint: `http://127.0.0.1:${endpoints.closedPort}/`,
            bucket: 'kakehashi-fuzz',
            accessKeyId: savedAccessKey,
            secretAccessKey: secrets.s3Secret,
          };
  const configured = await run('sync:configure', {
    target,
    passphrase: secrets.passphrase,
    deviceName: 'fuzz',
    autoSyncMinutes: 15,
  });
  if (!configured.ok) throw new Error(`seeding the ${seed} target failed: ${show(configured)}`);
  await run('sync:set-team', { teamId: 'team-plain' });
}

/** Runs one case in a fresh sandbox and returns every problem found. */
async function runCase(fuzzCase: Case): Promise<string[]> {
  await resetFuzzSandbox(sandbox);
  const problems: string[] = [];
  let chosenIndex = 0;
  let openIndex = 0;
  process.chdir(sandbox.cwd);
  try {
    const { handlers, shell } = createMainHost({
      appVersion: '0.1.0',
      userDataPath: sandbox.userData,
      printToPdf: () => Promise.resolve(pdfBytes),
      pdfFolder: join(sandbox.chosenRoot, 'pdf'),
      openPath: () => undefined,
      chooseFolder: () => Promise.resolve(sandbox.chosen[chosenIndex++ % sandbox.chosen.length] ?? null),
      chooseSavePath: () => Promise.resolve(join(sandbox.chosenRoot, 'backup.kkbackup')),
      chooseOpenPath: () => {
        const answers = [
          join(sandbox.chosenRoot, 'garbage.kkbackup'),
          join(sandbox.chosenRoot, 'empty.kkbackup'),
          null,
        ];
        return Promise.resolve(answers[openIndex++ % answers.length] ?? null);
      },
      now: () => new Date('2026-12-01T09:00:00+09:00'),
    });
    const deps = { handlers, isTrustedSender: createSenderPolicy([baseUrl]) };
    const run = (channel: unknown, input: unknown, senderUrl = baseUrl) =>
      dispatch(deps, channel, input, { senderUrl });
    await seedTarget(run, fuzzCase.seed);
    const before = await snapshotProtected(sandbox);
    const rootBefore = await systemRootNames();
    trap.requests.length = 0;
    guard.refused.length = 0;
    unhandled.length = 0;
    for (const call of fuzzCase.calls) {
      const protoBefore = prototypeState();
      let result: unknown;
      // shell:next-command waits for the next menu or quit command by design: main sends one, as a
      // menu click would, so a call that answers only then is not counted as a hang.
      const wake =
        materialize(call.channel) === 'shell:next-command'
          ? setTimeout(() => shell.commands.post({ kind: 'none' }), 20)
          : undefined;
      try {
        result = await withTimeout(run(materialize(call.channel), materialize(call.input), call.senderUrl));
      } catch (error) {
        problems.push(`${String(call.channel)}: dispatch rejected (${describe_(error)}) for ${show(call.input)}`);
        continue;
      } finally {
        clearTimeout(wake);
      }
      const found =
        result === 'timed-out'
          ? [`no answer within ${perCallTimeoutMs / 1000} s`]
          : [...envelopeProblems(result), ...secretProblems(call, result)];
      if (prototypeState() !== protoBefore || ({} as { polluted?: unknown }).polluted !== undefined)
        found.push('Object.prototype (or Array/Function.prototype) was polluted');
      for (const problem of found)
        problems.push(`${show(call.channel)} ${show(call.input)} from ${call.senderUrl}: ${problem}`);
    }
    // Let late rejections of abandoned work surface before the run is judged.
    await new Promise<void>((resolve) => setImmediate(resolve));
    problems.push(...trappedSecretProblems());
    problems.push(
      ...guard.refused
        .filter((attempt) => !reservedName.test(attempt.host))
        .map((attempt) => `tried to reach ${attempt.host} (${attempt.kind}), which no input named`),
    );
    problems.push(...unhandled);
    problems.push(
      ...describeChanges(before, await snapshotProtected(sandbox)).map(
        (change) => `outside user data and the chosen folders: ${change}`,
      ),
    );
    if ((await systemRootNames()) !== rootBefore) problems.push('the real file system root changed');
  } finally {
    process.chdir(originalCwd);
  }
  return problems;
}

const senders = fc.oneof(
  { weight: 8, arbitrary: fc.constant(baseUrl) },
  { weight: 3, arbitrary: fc.constant(`${baseUrl}#/print/handout/fuzz-event`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'https://evil.example/',
      'file:///etc/passwd',
      '',
      'http://127.0.0.1:1/',
      'app://kakehashi/',
    ),
  },
);

function callOf(channel: ChannelName): fc.Arbitrary<Call> {
  const input = fc.oneof(
    { weight: 5, arbitrary: shapedBy(contract[channel].input, words) },
    { weight: 1, arbitrary: anyInput(words) },
  );
  return fc.record({ channel: fc.constant(channel), input, senderUrl: senders });
}

const anyCall = (): fc.Arbitrary<Call> =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...channels).chain(callOf) },
    { weight: 1, arbitrary: fc.record({ channel: anyInput(words), input: anyInput(words), senderUrl: senders }) },
  );

const trusted = fc.constant(baseUrl);

/**
 * What a hostile page does first to give later calls something to act on: point the target at a
 * folder of its own choosing, move the saved target to another endpoint without retyping its
 * secret, or join a team whose id came from a hostile team.json. Sent through dispatch like every
 * call, and checked like every call.
 */
const hostileSetup = (seed: Seed): fc.Arbitrary<Call> => {
  const configure = (target: fc.Arbitrary<unknown>) =>
    fc.record({
      channel: fc.constant('sync:configure'),
      input: fc.record({ target, deviceName: fc.constant('fuzz'), autoSyncMinutes: fc.constant(15) }),
      senderUrl: trusted,
    });
  const rebound =
    seed === 's3'
      ? fc.record({
          kind: fc.constant('s3'),
          endpoint: fc.constantFrom(...words.urls),
          bucket: fc.constant('kakehashi-fuzz'),
          accessKeyId: fc.constant(savedAccessKey),
        })
      : fc.record({
          kind: fc.constant('webdav'),
          url: fc.constantFrom(...words.urls),
          username: fc.constant(savedUser),
        });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: configure(fc.record({ kind: fc.constant('folder'), path: fc.constantFrom(...words.paths) })),
    },
    { weight: 2, arbitrary: configure(rebound) },
    {
      weight: 2,
      arbitrary: fc.record({
        channel: fc.constant('sync:set-team'),
        input: fc.record({ teamId: fc.constantFrom(...words.ids) }),
        senderUrl: trusted,
      }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...settingChannels).chain(callOf) },
  );
};

const caseFor = (channel: ChannelName): fc.Arbitrary<Case> =>
  fc.constantFrom<Seed>('folder', 'webdav', 's3').chain((seed) =>
    fc.record({
      seed: fc.constant(seed),
      calls: fc
        .tuple(
          fc.array(hostileSetup(seed), { minLength: 1, maxLength: 2 }),
          fc.array(anyCall(), { maxLength: 2 }),
          fc.array(callOf(channel), { minLength: 2, maxLength: 5 }),
        )
        .map(([setup, before, calls]) => [...setup, ...before, ...calls]),
    }),
  );

// Sized for the whole file to take under a minute on a 2-core machine.
const runsPerChannel = Number(process.env.KKH_FUZZ_RUNS ?? 12);
const shrinkBudgetMs = 4_000;

beforeAll(async () => {
  const closedPort = await freePort();
  trap = await startTrapServer();
  endpoints = { closedPort, trapPort: trap.port };
  guard = installNetworkGuard(closedPort);
  // One sandbox for the file, emptied and laid out afresh for every run: the hostile words name its paths.
  sandbox = await createFuzzSandbox();
  words = hostileWords(sandbox, endpoints);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  guard.restore();
  await trap.close();
  await removeFuzzSandbox(sandbox);
});

describe('IPC fuzz: every channel answers a hostile page with a typed envelope and touches nothing it may not', () => {
  for (const channel of channels) {
    it(
      channel,
      async () => {
        await fc.assert(
          fc.asyncProperty(caseFor(channel), async (fuzzCase) => {
            const problems = await runCase(fuzzCase);
            if (problems.length > 0) throw new Error(problems.join('\n'));
          }),
          {
            numRuns: runsPerChannel,
            // A failing channel stops shrinking here and reports the smallest counterexample so far.
            plugins: [fc.interruptAfterTimeLimit(shrinkBudgetMs)],
            ...(process.env.KKH_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.KKH_FUZZ_SEED) }),
          },
        );
      },
      120_000,
    );
  }
});
