import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BlobStore } from '#shared/sync/blobStore';
import { SyncError } from '#shared/sync/syncError';
import { targetSchema, type SyncConfig, type SyncTarget, type SyncTargetInput } from '#shared/sync/targetConfig';
import { createFolderStore } from './folderStore.ts';
import { createS3Store } from './s3Store.ts';
import type { SecretBox } from './secretBox.ts';
import { createWebDavStore } from './webdavStore.ts';

const fileSchema = z.object({
  target: targetSchema.nullable().default(null),
  teamId: z.string().nullable().default(null),
  deviceName: z.string().default(''),
  autoSyncMinutes: z.number().int().default(15),
  // base64 of SecretBox output; never plain text.
  targetSecret: z.string().nullable().default(null),
  passphrase: z.string().nullable().default(null),
});

type StoredConfig = z.infer<typeof fileSchema>;

/** What `configure` takes (the `sync:configure` channel's input). */
export type ConfigureInput = Readonly<{
  target: SyncTargetInput;
  passphrase?: string | null | undefined;
  deviceName: string;
  autoSyncMinutes: number;
}>;

/** The sync settings of this device, with secrets sealed by the secret box. */
export type SyncConfigService = Readonly<{
  get(): Promise<SyncConfig>;
  configure(input: ConfigureInput): Promise<SyncConfig>;
  setTeam(teamId: string): Promise<SyncConfig>;
  passphrase(): Promise<string | null>;
  /** The saved target, or a draft being tested (its secret falls back to the saved one). */
  openTarget(draft?: SyncTargetInput): Promise<BlobStore>;
  /** This device's own journal for the configured team, in the user-data folder. */
  openJournal(): Promise<BlobStore>;
}>;

/** What the service needs: the user-data folder and the secret box. */
export type SyncConfigDeps = Readonly<{
  userDataPath: string;
  secretBox: SecretBox;
}>;

const secretOf = (target: SyncTargetInput): string | undefined =>
  target.kind === 'webdav' ? target.password : target.kind === 's3' ? target.secretAccessKey : undefined;

const publicPart = (target: SyncTargetInput): SyncTarget => targetSchema.parse(target);

/** Creates the sync configuration service (file `sync.json` in the user-data folder). */
export function createSyncConfigService(deps: SyncConfigDeps): SyncConfigService {
  const path = join(deps.userDataPath, 'sync.json');
  const cache = new Map<string, BlobStore>();

  async function load(): Promise<StoredConfig> {
    try {
      return fileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      return fileSchema.parse({});
    }
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

  const view = (config: StoredConfig): SyncConfig => ({
    target: config.target,
    teamId: config.teamId,
    deviceName: config.deviceName,
    autoSyncMinutes: config.autoSyncMinutes,
    hasSecret: config.targetSecret !== null,
    hasPassphrase: config.passphrase !== null,
  });

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
        return createS3Store({ ...target, secretAccessKey: secret ?? '' });
      default:
        throw new Error('unknown target kind');
    }
  }

  return {
    get: async () => view(await load()),

    async configure(input) {
      const config = await load();
      const target = publicPart(input.target);
      const secret = secretOf(input.target);
      const sameKind = config.target?.kind === target.kind;
      const next: StoredConfig = {
        ...config,
        target,
        deviceName: input.deviceName,
        autoSyncMinutes: input.autoSyncMinutes,
        targetSecret:
          target.kind === 'folder'
            ? null
            : secret !== undefined
              ? await seal(secret)
              : sameKind
                ? config.targetSecret
                : null,
        passphrase:
          input.passphrase === undefined
            ? config.passphrase
            : input.passphrase === null
              ? null
              : await seal(input.passphrase),
      };
      await save(next);
      return view(next);
    },

    async setTeam(teamId) {
      const config = await load();
      await save({ ...config, teamId });
      return view({ ...config, teamId });
    },

    passphrase: async () => unseal((await load()).passphrase),

    async openTarget(draft) {
      const config = await load();
      if (draft !== undefined) {
        const secret =
          secretOf(draft) ?? (config.target?.kind === draft.kind ? await unseal(config.targetSecret) : null);
        return build(publicPart(draft), secret);
      }
      if (config.target === null) throw new SyncError('target-missing', 'no sync target is configured');
      const cached = cache.get('target');
      if (cached !== undefined) return cached;
      const store = build(config.target, await unseal(config.targetSecret));
      cache.set('target', store);
      return store;
    },

    async openJournal() {
      const config = await load();
      if (config.teamId === null) throw new SyncError('target-empty', 'this device has not joined a team yet');
      const cached = cache.get(`journal:${config.teamId}`);
      if (cached !== undefined) return cached;
      const store = createFolderStore({
        root: join(deps.userDataPath, 'sync-journal', config.teamId),
        createRoot: true,
      });
      cache.set(`journal:${config.teamId}`, store);
      return store;
    },
  };
}
