import { ulid } from 'ulid';
import { createSyncEngine } from '#shared/sync/engine';
import type { SyncProgress, SyncReport } from '#shared/sync/progress';
import { SyncError } from '#shared/sync/syncError';
import { createTeam, joinTeam, type OpenTeam } from '#shared/sync/team';
import { requestHost } from '../../host/host.ts';
import type { KakehashiDb } from '../../db/database.ts';
import { createDexieReplica } from './dexieReplica.ts';
import { createIpcAttachments } from './ipcAttachments.ts';
import { createIpcStore } from './ipcStore.ts';

/** The outcome of the last sync, kept in `_meta` so the screen shows it after a restart. */
export type LastSync = Readonly<{
  at: string;
  report: SyncReport | null;
  error: { code: string; message: string } | null;
}>;

/** The `_meta` key of the last sync's outcome. */
export const lastSyncMetaKey = 'syncLast';

/** Runs syncs for one database; keeps the unlocked team key so PBKDF2 runs once per session. */
export type SyncRunner = Readonly<{
  run(options: { signal?: AbortSignal; onProgress?: (progress: SyncProgress) => void }): Promise<SyncReport>;
}>;

/** Creates the runner: config and passphrase from main, the protocol here, the files through IPC. */
export function createSyncRunner(db: KakehashiDb): SyncRunner {
  let unlocked: { teamId: string; passphrase: string | null; team: OpenTeam } | null = null;

  async function openTeam(appVersion: string): Promise<OpenTeam> {
    const config = await requestHost('sync:get-config', undefined);
    if (config.target === null) throw new SyncError('target-missing', 'no sync target is configured');
    const { passphrase } = await requestHost('sync:passphrase', undefined);
    if (unlocked !== null && unlocked.teamId === config.teamId && unlocked.passphrase === passphrase)
      return unlocked.team;
    const target = createIpcStore('target');
    let team: OpenTeam;
    try {
      team = await joinTeam(target, passphrase);
    } catch (error) {
      if (!(error instanceof SyncError) || error.code !== 'target-empty') throw error;
      // An empty target: this device creates the team (or joins it if another device was faster).
      team = await createTeam(target, {
        teamId: config.teamId ?? ulid(),
        teamName: config.deviceName === '' ? 'Kakehashi' : config.deviceName,
        passphrase: passphrase === '' ? null : passphrase,
        appVersion,
        now: () => new Date(),
      });
    }
    if (config.teamId !== null && config.teamId !== team.file.teamId) {
      throw new SyncError('other-team', `the target belongs to team ${team.file.teamName}`);
    }
    if (config.teamId === null) await requestHost('sync:set-team', { teamId: team.file.teamId });
    unlocked = { teamId: team.file.teamId, passphrase, team };
    return team;
  }

  return {
    async run({ signal, onProgress }) {
      const at = new Date().toISOString();
      try {
        // The page may have replaced the device id and clock (a restored backup) since the last run.
        await db.reloadDeviceState();
        const { version: appVersion } = await requestHost('app:info', undefined);
        const team = await openTeam(appVersion);
        const config = await requestHost('sync:get-config', undefined);
        const engine = createSyncEngine({
          target: createIpcStore('target'),
          journal: createIpcStore('journal'),
          replica: createDexieReplica(db),
          attachments: createIpcAttachments(),
          team,
          device: db.deviceId,
          deviceName: config.deviceName,
          appVersion,
          now: () => Date.now(),
        });
        const report = await engine.sync({
          ...(signal === undefined ? {} : { signal }),
          ...(onProgress === undefined ? {} : { onProgress }),
        });
        await db._meta.put({ key: lastSyncMetaKey, value: { at, report, error: null } satisfies LastSync });
        return report;
      } catch (error) {
        const failure =
          error instanceof SyncError
            ? error
            : new SyncError('io-failed', error instanceof Error ? error.message : String(error));
        const last: LastSync = { at, report: null, error: { code: failure.code, message: failure.message } };
        await db._meta.put({ key: lastSyncMetaKey, value: last });
        throw failure;
      }
    },
  };
}
