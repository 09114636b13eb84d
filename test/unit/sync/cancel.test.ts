import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '#shared/sync/memoryStore';
import type { SyncProgress } from '#shared/sync/progress';
import { SyncError } from '#shared/sync/syncError';
import { createTeam } from '#shared/sync/team';
import { createMemoryReplica } from './support/memoryReplica.ts';
import { createMemoryAttachments } from '#shared/sync/attachments';
import { createSyncEngine } from '#shared/sync/engine';

describe('cancelling a sync', () => {
  it('stops between files, leaves every applied batch whole, and the next sync finishes', async () => {
    const target = createMemoryStore();
    const team = await createTeam(target, {
      teamId: 't',
      teamName: 't',
      passphrase: null,
      appVersion: '0',
      now: () => new Date(),
    });
    const make = (device: string) => {
      const replica = createMemoryReplica(device);
      const engine = createSyncEngine({
        target,
        journal: createMemoryStore(),
        replica,
        attachments: createMemoryAttachments(),
        team,
        device,
        deviceName: device,
        appVersion: '0',
        now: () => Date.now(),
        maxChangesPerBatch: 1,
      });
      return { replica, engine };
    };
    const writer = make('devW');
    for (let index = 0; index < 5; index += 1) writer.replica.edit('companies', `c${index}`, { name: `会社${index}` });
    await writer.engine.sync();

    const reader = make('devR');
    const abort = new AbortController();
    const seen: SyncProgress[] = [];
    const cancelled = reader.engine.sync({
      signal: abort.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.phase === 'pull' && progress.files === 2) abort.abort();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(SyncError);
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(Object.keys(reader.replica.view())).toEqual(['companies/c0', 'companies/c1']);
    expect(reader.replica.cursorMap.get('devW')?.seq).toBe(2);
    expect(seen.at(-1)).toMatchObject({ phase: 'pull', files: 2, filesTotal: 5, records: 2 });

    const report = await reader.engine.sync();
    expect(report.pulled).toBe(3);
    expect(reader.replica.view()).toEqual(writer.replica.view());
  });
});
