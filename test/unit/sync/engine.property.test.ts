import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '#shared/sync/change';
import { createMemoryAttachments } from '#shared/sync/attachments';
import { createSyncEngine, type SyncEngine } from '#shared/sync/engine';
import { createMemoryStore, type MemoryStore } from '#shared/sync/memoryStore';
import { createTeam } from '#shared/sync/team';
import { createMemoryReplica, referenceMerge, type MemoryReplica } from './support/memoryReplica.ts';

type Op =
  | {
      kind: 'edit';
      device: number;
      record: number;
      field: 'name' | 'notes' | 'size';
      value: string;
    }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'sync'; device: number }
  | { kind: 'redeliver'; device: number; from: number }
  | { kind: 'tick'; ms: number };

const opArb = (devices: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        device: fc.nat(devices - 1),
        record: fc.nat(3),
        field: fc.constantFrom('name' as const, 'notes' as const, 'size' as const),
        value: fc.string({ maxLength: 6 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        device: fc.nat(devices - 1),
        record: fc.nat(3),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('sync' as const),
        device: fc.nat(devices - 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('redeliver' as const),
        device: fc.nat(devices - 1),
        from: fc.nat(devices - 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('tick' as const),
        ms: fc.integer({ min: -5, max: 5 }),
      }),
    },
  );

type Device = {
  replica: MemoryReplica;
  journal: MemoryStore;
  engine: SyncEngine;
};

describe('sync through the in-memory store', () => {
  it('makes 3–5 devices converge to the reference merge, whatever the delivery order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.array(opArb(n), { maxLength: 60 }))),
        async ([count, ops]) => {
          let wall = 1_764_547_200_000;
          const target = createMemoryStore();
          const team = await createTeam(target, {
            teamId: 'team1',
            teamName: 'test',
            passphrase: null,
            appVersion: '0.1.0',
            now: () => new Date(wall),
          });
          const made: Change[] = [];
          const devices: Device[] = Array.from({ length: count }, (_, index) => {
            const replica = createMemoryReplica(`dev${index}`, () => wall);
            const journal = createMemoryStore();
            const engine = createSyncEngine({
              target,
              journal,
              replica,
              attachments: createMemoryAttachments(),
              team,
              device: replica.device,
              deviceName: replica.device,
              appVersion: '0.1.0',
              now: () => wall,
              maxChangesPerBatch: 3,
              // Small, so that snapshots are written (by whichever device syncs) in most runs.
              snapshotAfterBatches: 2,
            });
            return { replica, journal, engine };
          });
          for (const op of ops) {
            switch (op.kind) {
              case 'edit':
                made.push(devices[op.device]!.replica.edit('companies', `c${op.record}`, { [op.field]: op.value }));
                break;
              case 'delete':
                made.push(devices[op.device]!.replica.edit('companies', `c${op.record}`, { deleted: true }));
                break;
              case 'sync':
                await devices[op.device]!.engine.sync();
                break;
              case 'redeliver':
                // A duplicate delivery: forget one peer's cursor, so its whole log arrives again.
                devices[op.device]!.replica.cursorMap.delete(`dev${op.from}`);
                break;
              case 'tick':
                // Wall clocks that stand still or go back must not matter.
                wall += op.ms;
                break;
              default:
                throw new Error('unknown op');
            }
          }
          for (let round = 0; round < 2; round += 1) for (const device of devices) await device.engine.sync();
          const expected = referenceMerge(made);
          for (const device of devices) {
            expect(device.replica.view()).toEqual(expected);
            expect(device.replica.outbox).toEqual([]);
          }
          // A device joining now starts from the newest snapshot (if any) and reaches the same state.
          const late = createMemoryReplica('late', () => wall);
          const lateEngine = createSyncEngine({
            target,
            journal: createMemoryStore(),
            replica: late,
            attachments: createMemoryAttachments(),
            team,
            device: 'late',
            deviceName: 'late',
            appVersion: '0.1.0',
            now: () => wall,
          });
          const report = await lateEngine.sync();
          expect(report.problems).toEqual([]);
          expect(late.view()).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
