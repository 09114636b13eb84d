import type { Change } from '#shared/sync/change';
import { domainTableNames } from '#shared/domain/tables';
import type { ExportedState } from '#shared/sync/replica';
import { applyRemoteChanges } from '../../db/applyRemote.ts';
import type { KakehashiDb } from '../../db/database.ts';
import { applyChanges, type Incoming } from './applyChanges.ts';

const earliestHlc = '0000000000000000-00000-0';

/**
 * Loads a snapshot's state into an empty database in one uncaptured transaction, merged as a batch
 * is (`applyChanges`: valid records into their tables, incomplete ones and held values into `_meta`,
 * the clock moved past the newest field clock), then the cursors. Returns false, writing nothing,
 * when the database is not empty.
 */
export function loadDexieState(db: KakehashiDb, state: ExportedState, snapshotDevice = ''): Promise<boolean> {
  return applyRemoteChanges(db, async (writer) => {
    const tx = writer.transaction;
    for (const name of [...domainTableNames, '_cursors']) if ((await tx.table(name).count()) > 0) return false;
    const incoming: Incoming[] = [];
    for (const record of state.records) {
      // The fields sharing a clock make one change (a record written locally has one clock). A field
      // without one (a record from before sync) takes the earliest clock: any later write wins, as before.
      const byClock = new Map<string, Record<string, Change['fields'][string]>>();
      for (const [field, value] of Object.entries(record.fields)) {
        const clock = record.clocks[field] ?? earliestHlc;
        byClock.set(clock, { ...byClock.get(clock), [field]: value });
      }
      for (const [hlc, fields] of byClock)
        incoming.push({
          change: { table: record.table, id: record.id, fields, hlc },
          device: snapshotDevice,
          seq: 0,
          newerVersion: false,
        });
    }
    await applyChanges(writer, incoming);
    await tx
      .table('_cursors')
      .bulkPut(
        Object.entries(state.cursors).map(([device, cursor]) => ({ device, seq: cursor.seq, hash: cursor.hash })),
      );
    return true;
  });
}
