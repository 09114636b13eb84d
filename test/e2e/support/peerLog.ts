import { monotonicFactory } from 'ulid';
import { companySchema } from '#shared/domain/company';
import { encodeBatch } from '#shared/sync/batchCodec';
import type { Change, JsonValue } from '#shared/sync/change';
import { formatHlc } from '#shared/sync/hlc';
import { batchKey } from '#shared/sync/layout';
import { createTeam } from '#shared/sync/team';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';

/** The device id of the peer whose log `writePeerLog` writes. */
export const peerDevice = 'E2EPEER0001';

/**
 * Makes `root` a team folder holding another device's log of `companies` valid companies, in
 * batches of 5,000 changes (as the app seals them): a large initial sync for the device that joins.
 */
export async function writePeerLog(root: string, companies: number): Promise<void> {
  const store = createFolderStore({ root });
  const team = await createTeam(store, {
    teamId: 'e2e-large-team',
    teamName: '大量同期',
    passphrase: null,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  const nextId = monotonicFactory();
  const ms = Date.now() - 3_600_000;
  const at = new Date(ms).toISOString();
  const changes: Change[] = [];
  for (let index = 0; index < companies; index += 1) {
    const { id, ...fields } = companySchema.parse({
      id: nextId(),
      createdAt: at,
      updatedAt: at,
      createdBy: peerDevice,
      deleted: false,
      name: `置賜食品株式会社 ${index}`,
      nameKana: `おきたましょくひん ${index}`,
      kind: 'foodMaker',
      notes: '米ぬか由来素材の機能性評価について継続して相談中。',
    }) as Record<string, unknown>;
    const hlc = formatHlc({ ms: ms + Math.floor(index / 90_000), counter: index % 90_000, device: peerDevice });
    changes.push({ table: 'companies', id: String(id), fields: fields as Record<string, JsonValue>, hlc });
  }
  let prev: string | null = null;
  for (let start = 0, seq = 1; start < changes.length; start += 5_000, seq += 1) {
    const batch = await encodeBatch(
      {
        team: team.file.teamId,
        device: peerDevice,
        seq,
        prev,
        changes: changes.slice(start, start + 5_000),
        createdAt: at,
        appVersion: '0.1.0',
      },
      team.key,
    );
    await store.putIfAbsent(batchKey(peerDevice, seq), batch.bytes);
    prev = batch.hash;
  }
}
