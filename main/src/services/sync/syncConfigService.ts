import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import type { BlobStore } from '#shared/sync/blobStore';
import { isTeamId, teamIdSchema } from '#shared/sync/ids';
import { SyncError } from '#shared/sync/syncError';
import {
  hasUrlCredentials,
  targetSchema,
  type SecretStorage,
  type SyncConfig,
  type SyncTarget,
  type SyncTargetInput,
} from '#shared/sync/targetConfig';
import { createFolderStore } from './folderStore.ts';
import { createS3Store } from './s3Store.ts';
import type { SecretBox } from './secretBox.ts';
import { secretProtection } from './secretProtection.ts';
import { endpointOf, sendsPlainBasicAuth } from './targetEndpoint.ts';
import { createWebDavStore } from './webdavStore.ts';

const urlOf = (target: SyncTarget) =>
  target.kind === 'webdav' ? target.url : target.kind === 's3' ? target.endpoint : null;

const fileSchema = z.object({
  target: targetSchema
    .nullable()
    .default(null)
    .refine((target) => target === null || !hasUrlCredentials(urlOf(target) ?? ''), {
      error: 'a target URL with a user name or password in it',
    }),
  teamId: teamIdSchema.nullable().default(null),
  deviceName: z.string().default(''),
  autoSyncMinutes: z.number().int().default(15),
  // base64 of SecretBox output; never plain text.
  targetSecret: z.string().nullable().default(null),
  /** The endpoint the secret was given for (`endpointOf`); null in files written before binding. */
  secretEndpoint: z.string().nullable().default(null),
  /** The endpoint for which the user accepted Basic auth over plain http://. */
  plainHttpEndpoint: z.string().nullable().default(null),
  passphrase: z.string().nullable().default(null),
});

type StoredConfig = z.infer<typeof fileSchema>;

/** What `configure` takes (the `sync:configure` channel's input). */
export type ConfigureInput = Readonly<{
  target: SyncTargetInput;
  passphrase?: string | null | undefined;
  allowPlainHttp?: boolean | undefined;
  allowUnprotectedSecrets?: boolean | undefined;
  deviceName: string;
  autoSyncMinutes: number;
}>;

/** What a draft target being tested may carry besides the target. */
export type DraftOptions = Readonly<{ allowPlainHttp?: boolean | undefined }>;

/** The sync settings of this device, with secrets sealed by the secret box. */
export type SyncConfigService = Readonly<{
  get(): Promise<SyncConfig>;
  configure(input: ConfigureInput): Promise<SyncConfig>;
  setTeam(teamId: string): Promise<SyncConfig>;
  passphrase(): Promise<string | null>;
  /** Records a folder the user picked in the folder dialog: it may become the folder target. */
  rememberChosenFolder(path: string): Promise<void>;
  /** The saved target, or a draft being tested (its secret falls back to the saved one of the same endpoint). */
  openTarget(draft?: SyncTargetInput, options?: DraftOptions): Promise<BlobStore>;
  /** This device's own journal for the configured team, in the user-data folder. */
  openJournal(): Promise<BlobStore>;
}>;

/** What the service needs: the user-data folder, the secret box and the user's confirmations. */
export type SyncConfigDeps = Readonly<{
  userDataPath: string;
  secretBox: SecretBox;
  /** `process.platform`; decides what an unknown keychain backend means. */
  platform?: string;
  /**
   * Asks the user, in a dialog main owns, whether a folder typed on the page may be the target.
   * Without it only folders picked in the folder dialog (or the saved one) are accepted.
   */
  confirmFolder?: (path: string) => Promise<boolean>;
  now?: () => Date;
}>;

const secretOf = (target: SyncTargetInput): string | undefined =>
  target.kind === 'webdav' ? target.password : target.kind === 's3' ? target.secretAccessKey : undefined;

const publicPart = (target: SyncTargetInput): SyncTarget => {
  const parsed = targetSchema.parse(target);
  const url = urlOf(parsed);
  if (url !== null && (hasUrlCredentials(url) || new URL(url).username !== '' || new URL(url).password !== ''))
    throw new SyncError('credentials-in-url', 'the URL holds a user name or password; use the fields for them');
  return parsed;
};

const errnoOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** Creates the sync configuration service (file `sync.json` in the user-data folder). */
export function createSyncConfigService(deps: SyncConfigDeps): SyncConfigService {
  const path = join(deps.userDataPath, 'sync.json');
  const journalRoot = join(deps.userDataPath, 'sync-journal');
  const now = deps.now ?? (() => new Date());
  const cache = new Map<string, BlobStore>();
  // Real paths of folders the user picked in the dialog or confirmed in main's question.
  const approved = new Set<string>();
  let recovery: { backupFile: string; detail: string } | null = null;

  async function setAside(detail: string): Promise<void> {
    const backupFile = join(deps.userDataPath, `sync.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      await rename(path, backupFile);
      recovery = { backupFile, detail };
    } catch (error) {
      // A concurrent load set it aside already.
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }

  /** Reads sync.json; one that cannot be read is kept aside (never deleted) and reported. */
  async function load(): Promise<StoredConfig> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return fileSchema.parse({});
      throw new SyncError('io-failed', `sync.json: ${String(errnoOf(error) ?? error)}`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      await setAside(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return fileSchema.parse({});
    }
    const parsed = fileSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    await setAside(parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', '));
    return fileSchema.parse({});
  }

  async function save(config: StoredConfig): Promise<void> {
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, JSON.stringify(config, null, 2));
    await rename(temp, path);
    cache.clear();
  }

  const seal = async (plain: string) => Buffer.from(await deps.secretBox.encrypt(plain)).toString('base64');
  const unseal = async (sealed: string | null) =>
    sealed === null ? null : deps.secretBox.decrypt(new Uint8Array(Buffer.from(sealed, 'base64')));
  const storage = async (): Promise<SecretStorage> =>
    secretProtection(await deps.secretBox.storage(), deps.platform ?? process.platform);

  /** The endpoint the saved secret belongs to (files from before binding: the saved target's). */
  const secretEndpoint = (config: StoredConfig) =>
    config.targetSecret === null
      ? null
      : (config.secretEndpoint ?? (config.target === null ? null : endpointOf(config.target)));

  const savedSecretFor = async (config: StoredConfig, target: SyncTarget) =>
    secretEndpoint(config) === endpointOf(target) ? unseal(config.targetSecret) : null;

  const view = async (config: StoredConfig): Promise<SyncConfig> => ({
    target: config.target,
    teamId: config.teamId,
    deviceName: config.deviceName,
    autoSyncMinutes: config.autoSyncMinutes,
    hasSecret: config.targetSecret !== null,
    hasPassphrase: config.passphrase !== null,
    secretStorage: await storage(),
    recovery,
  });

  const realFolder = async (folder: string): Promise<string> => {
    try {
      return await realpath(folder);
    } catch (error) {
      throw new SyncError('target-missing', `the folder ${folder} does not exist or is not reachable`, {
        cause: error,
      });
    }
  };

  /** A folder target is used only where the user chose it: the dialog, main's question, or the saved one. */
  async function approveFolder(folder: string, config: StoredConfig): Promise<void> {
    const real = await realFolder(folder);
    if (approved.has(real)) return;
    if (config.target?.kind === 'folder' && (await realFolder(config.target.path).catch(() => null)) === real) return;
    if (deps.confirmFolder !== undefined && (await deps.confirmFolder(folder))) {
      approved.add(real);
      return;
    }
    throw new SyncError('folder-not-chosen', `${folder} was not chosen in the folder dialog`);
  }

  /** Basic auth over plain http:// to another computer goes out only after the user accepted it. */
  function assertTransport(target: SyncTarget, config: StoredConfig, accepted: boolean): void {
    if (!sendsPlainBasicAuth(target) || accepted || config.plainHttpEndpoint === endpointOf(target)) return;
    throw new SyncError('plain-http', 'the password would cross the network unencrypted (http://)');
  }

  async function assertCanStoreSecrets(accepted: boolean): Promise<void> {
    const state = await storage();
    if (state.protection === 'unavailable')
      throw new SyncError('secrets-unavailable', `the OS keychain is not available (${state.backend})`);
    if (state.protection === 'unprotected' && !accepted)
      throw new SyncError('secrets-unprotected', `the keychain backend ${state.backend} does not protect secrets`);
  }

  function build(target: SyncTarget, secret: string | null): BlobStore {
    switch (target.kind) {
      case 'folder':
        return createFolderStore({ root: target.path });
      case 'webdav':
        return createWebDavStore({
          url: target.url,
          username: target.username,
          password: secret ?? '',
        });
      case 's3':
        // An S3 request is always signed: without the secret saved for this endpoint, none is sent.
        if (secret === null || secret === '')
          throw new SyncError(
            'secret-missing',
            'the S3 secret access key for this endpoint is not saved; enter it again',
          );
        return createS3Store({ ...target, secretAccessKey: secret });
      default:
        throw new Error('unknown target kind');
    }
  }

  return {
    get: async () => view(await load()),

    async configure(input) {
      const config = await load();
      const target = publicPart(input.target);
      if (target.kind === 'folder') await approveFolder(target.path, config);
      const endpoint = endpointOf(target);
      assertTransport(target, config, input.allowPlainHttp === true);
      const secret = target.kind === 'folder' ? undefined : secretOf(input.target);
      if (secret !== undefined || typeof input.passphrase === 'string')
        await assertCanStoreSecrets(input.allowUnprotectedSecrets === true);
      const keep = config.targetSecret !== null && secretEndpoint(config) === endpoint;
      const targetSecret =
        target.kind === 'folder' ? null : secret !== undefined ? await seal(secret) : keep ? config.targetSecret : null;
      const next: StoredConfig = {
        ...config,
        target,
        deviceName: input.deviceName,
        autoSyncMinutes: input.autoSyncMinutes,
        targetSecret,
        secretEndpoint: targetSecret === null ? null : endpoint,
        plainHttpEndpoint: sendsPlainBasicAuth(target) ? endpoint : null,
        passphrase:
          input.passphrase === undefined
            ? config.passphrase
            : input.passphrase === null
              ? null
              : await seal(input.passphrase),
      };
      await save(next);
      // The user has set the target up again: the notice about the set-aside file has done its work.
      recovery = null;
      return view(next);
    },

    async setTeam(teamId) {
      if (!isTeamId(teamId)) throw new SyncError('invalid-id', 'the team id is malformed');
      const config = await load();
      await save({ ...config, teamId });
      return view({ ...config, teamId });
    },

    passphrase: async () => unseal((await load()).passphrase),

    async rememberChosenFolder(folder) {
      // A folder that cannot be resolved cannot be a target either; using it fails as missing then.
      const real = await realFolder(folder).catch(() => null);
      if (real !== null) approved.add(real);
    },

    async openTarget(draft, options) {
      const config = await load();
      if (draft !== undefined) {
        const target = publicPart(draft);
        if (target.kind === 'folder') await approveFolder(target.path, config);
        assertTransport(target, config, options?.allowPlainHttp === true);
        const secret = secretOf(draft) ?? (await savedSecretFor(config, target));
        return build(target, secret);
      }
      if (config.target === null) throw new SyncError('target-missing', 'no sync target is configured');
      assertTransport(config.target, config, false);
      const cached = cache.get('target');
      if (cached !== undefined) return cached;
      const store = build(config.target, await savedSecretFor(config, config.target));
      cache.set('target', store);
      return store;
    },

    async openJournal() {
      const config = await load();
      if (config.teamId === null) throw new SyncError('target-empty', 'this device has not joined a team yet');
      const root = join(journalRoot, config.teamId);
      const rel = relative(journalRoot, root);
      // sync.json is checked when read; this keeps the journal inside user data whatever the schema says.
      if (!isTeamId(config.teamId) || rel === '' || rel.startsWith('..') || isAbsolute(rel))
        throw new SyncError('invalid-id', 'the team id is malformed');
      const cached = cache.get(`journal:${config.teamId}`);
      if (cached !== undefined) return cached;
      const store = createFolderStore({ root, createRoot: true });
      cache.set(`journal:${config.teamId}`, store);
      return store;
    },
  };
}
