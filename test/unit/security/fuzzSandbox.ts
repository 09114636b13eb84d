import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/**
 * The folders of one fuzz run, all under one HOME-like root:
 *
 *   root/victim/               must never change (beside user data, as another program's files would be)
 *   root/home/userData/        the app's user-data folder (may change)
 *   root/home/chosen/<name>/   folders the test "chose" in the folder, save and open dialogs (may change)
 *   root/home/cwd/a/b/c/d/     the process's working folder, so relative paths resolve inside root
 *
 * and `outside`, a second victim in the system temp folder (/tmp/kkh-fuzz-victim-*) that hostile
 * absolute paths name. Symlinks in the chosen folders lead to both victims.
 */
export type FuzzSandbox = Readonly<{
  root: string;
  victim: string;
  userData: string;
  chosenRoot: string;
  /** The folders the folder dialog answers, one after the other. */
  chosen: readonly string[];
  cwd: string;
  outside: string;
}>;

/** A team.json as a hostile peer might write it. */
const team = (teamId: string, teamName: string, encryption: unknown) => ({
  format: 'kakehashi-sync',
  formatVersion: 1,
  teamId,
  teamName,
  createdAt: '2026-01-01T00:00:00.000Z',
  minAppVersion: '0.0.0',
  encryption,
});
const hostileTeamFiles: readonly unknown[] = [
  team('../../x', 'a team id that walks out of the journal folder', null),
  team('team-kdf', 'a key derivation of 2^40 rounds', {
    algorithm: 'AES-256-GCM',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 2 ** 40, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
    keyId: '0123456789abcdef',
    wrappedKey: 'AAAA',
    keyCheck: 'AAAA',
  }),
  team('team-plain', 'no encryption', null),
  team('__proto__', '{"__proto__":{"polluted":1}}', null),
];

/** Makes the two sandbox folders in the system temp folder; `resetFuzzSandbox` fills them. */
export async function createFuzzSandbox(): Promise<FuzzSandbox> {
  const root = await mkdtemp(join(tmpdir(), 'kkh-fuzz-'));
  const outside = await mkdtemp(join(tmpdir(), 'kkh-fuzz-victim-'));
  const chosenRoot = join(root, 'home', 'chosen');
  const chosen = [0, 1, 2, 3].map((index) => join(chosenRoot, `team-${index}`));
  chosen.push(join(chosenRoot, 'empty'), join(chosenRoot, 'planted'));
  return {
    root,
    victim: join(root, 'victim'),
    userData: join(root, 'home', 'userData'),
    chosenRoot,
    chosen,
    cwd: join(root, 'home', 'cwd', 'a', 'b', 'c', 'd'),
    outside,
  };
}

/** Empties both sandbox folders and lays them out afresh (same paths every run, so shrinking works). */
export async function resetFuzzSandbox(sandbox: FuzzSandbox): Promise<void> {
  const { root, outside, victim, userData, chosenRoot, cwd } = sandbox;
  const planted = join(chosenRoot, 'planted');
  const entries = await Promise.all(
    [root, outside].map(async (top) => (await readdir(top)).map((name) => join(top, name))),
  );
  // Retried: work a timed-out call left behind may still be writing into user data.
  await Promise.all(
    entries.flat().map((path) => rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 })),
  );
  await Promise.all(
    [join(victim, 'devices'), userData, cwd, join(chosenRoot, 'empty'), join(planted, 'blobs')]
      .concat(hostileTeamFiles.map((_team, index) => join(chosenRoot, `team-${index}`)))
      .map((folder) => mkdir(folder, { recursive: true })),
  );
  await Promise.all([
    writeFile(join(victim, 'secret.txt'), 'victim file: must stay as it is\n'),
    writeFile(join(victim, 'team.json'), JSON.stringify(hostileTeamFiles[2])),
    writeFile(join(outside, 'secret.txt'), 'outside victim file\n'),
    ...hostileTeamFiles.map((team, index) =>
      writeFile(join(chosenRoot, `team-${index}`, 'team.json'), JSON.stringify(team)),
    ),
    // A shared target whose peer planted symlinks that lead out of it.
    writeFile(join(planted, 'team.json'), JSON.stringify(hostileTeamFiles[2])),
    symlink(join(victim, 'devices'), join(planted, 'devices')),
    symlink(outside, join(planted, 'blobs', 'ab')),
    symlink(join(victim, 'secret.txt'), join(planted, 'info.json')),
    // Links beside the chosen folders, so that a path "inside" them lexically leads out.
    symlink(victim, join(chosenRoot, 'escape')),
    symlink(outside, join(chosenRoot, 'escape-outside')),
    // Files the open dialog may answer for a restore.
    writeFile(join(chosenRoot, 'garbage.kkbackup'), 'not a backup at all'),
    writeFile(join(chosenRoot, 'empty.kkbackup'), ''),
  ]);
}

/** Removes both trees of a sandbox. */
export async function removeFuzzSandbox(sandbox: FuzzSandbox): Promise<void> {
  await rm(sandbox.root, { recursive: true, force: true });
  await rm(sandbox.outside, { recursive: true, force: true });
}

/** What one entry is: its kind and, for files and links, what it holds. */
type EntryState = string;

async function stateOf(path: string): Promise<EntryState> {
  const stat = await lstat(path);
  if (stat.isSymbolicLink()) return `link -> ${await readlink(path)}`;
  if (stat.isDirectory()) return `dir mode ${stat.mode}`;
  if (stat.isFile()) {
    const hash = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    return `file ${stat.size} ${hash} mode ${stat.mode}`;
  }
  return `other ${stat.mode}`;
}

async function walk(base: string, folder: string, out: Map<string, EntryState>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    out.set(path, await stateOf(path));
    if ((await lstat(path)).isDirectory()) await walk(base, path, out);
  }
}

/** Every entry under the sandbox's two trees that the app may not touch (user data and chosen folders excepted). */
export async function snapshotProtected(sandbox: FuzzSandbox): Promise<Map<string, EntryState>> {
  const out = new Map<string, EntryState>();
  for (const top of [sandbox.root, sandbox.outside]) {
    out.set(top, await stateOf(top));
    await walk(top, top, out);
  }
  const allowed = [sandbox.userData, sandbox.chosenRoot];
  const inAllowed = (path: string) =>
    allowed.some((folder) => {
      const rel = relative(folder, path);
      return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
    });
  // The allowed folders themselves stay listed: replacing one with a symlink would be a change.
  for (const path of [...out.keys()]) if (inAllowed(path) && !allowed.includes(path)) out.delete(path);
  return out;
}

/** The differences between two snapshots, one line each ("created", "deleted", "changed"). */
export function describeChanges(before: Map<string, EntryState>, after: Map<string, EntryState>): string[] {
  const changes: string[] = [];
  for (const [path, state] of after) {
    const was = before.get(path);
    if (was === undefined) changes.push(`created ${path} (${state})`);
    else if (was !== state) changes.push(`changed ${path}: ${was} → ${state}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`deleted ${path}`);
  return changes;
}

/** Top-level names of the real file system root, to catch a write that escaped every sandbox. */
export async function systemRootNames(): Promise<string> {
  return (await readdir('/')).sort().join(',');
}
