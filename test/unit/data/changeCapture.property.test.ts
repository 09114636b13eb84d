import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';

type Edit =
  | { kind: 'create'; name: string }
  | { kind: 'update'; target: number; notes?: string; tags?: string[]; name?: string }
  | { kind: 'remove'; target: number }
  | { kind: 'restore'; target: number };

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: text }),
  fc.record(
    {
      kind: fc.constant('update' as const),
      target: fc.nat(5),
      notes: text,
      tags: fc.array(text, { maxLength: 3 }),
      name: text,
    },
    { requiredKeys: ['kind', 'target'] },
  ),
  fc.record({ kind: fc.constant('remove' as const), target: fc.nat(5) }),
  fc.record({ kind: fc.constant('restore' as const), target: fc.nat(5) }),
);

it('any sequence of edits (alone or grouped in transactions) leaves an outbox that describes exactly the final values', async () => {
  const indexedDB = new IDBFactory();
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      async (groups) => {
        const db = await openKakehashiDb({ name: `prop-${(run += 1)}`, indexedDB, IDBKeyRange });
        const repos = createRepositories(db);
        const ids: string[] = [];
        const apply = async (e: Edit) => {
          if (e.kind === 'create') {
            ids.push((await repos.companies.create({ name: e.name, kind: 'ja' })).id);
            return;
          }
          const id = ids[e.target % Math.max(ids.length, 1)];
          if (id === undefined) return;
          if (e.kind === 'update') {
            const { kind: _k, target: _t, ...patch } = e;
            await repos.companies.update(id, patch);
          } else if (e.kind === 'remove') await repos.companies.remove(id);
          else await repos.companies.restore(id);
        };
        for (const group of groups) {
          if (group.length === 1) await apply(group[0] as Edit);
          else
            await db.transaction('rw', db.companies, async () => {
              for (const e of group) await apply(e);
            });
        }
        // Replaying the outbox from nothing gives the final table, field by field, clock by clock.
        const replayed = new Map<string, Record<string, unknown>>();
        const clocks = new Map<string, Record<string, string>>();
        for (const row of await readOutbox(db)) {
          for (const change of row.changes) {
            replayed.set(change.id, { ...replayed.get(change.id), ...change.fields });
            const fieldClocks = clocks.get(change.id) ?? {};
            for (const field of Object.keys(change.fields)) fieldClocks[field] = change.hlc;
            clocks.set(change.id, fieldClocks);
          }
        }
        const stored = await db.companies.toArray();
        expect(stored.length).toBe(replayed.size);
        for (const { id, _hlc, ...fields } of stored) {
          expect(replayed.get(id)).toEqual(fields);
          expect(clocks.get(id)).toEqual(_hlc);
        }
        db.close();
        await db.delete();
      },
    ),
    { numRuns: 40 },
  );
});
