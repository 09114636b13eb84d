import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openKakehashiDb, type KakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories.ts';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import { runBuildHelper } from '../../../renderer/src/features/search/searchHelperCore.ts';
import { createSearchIndex, restoreSearchIndex } from '../../../renderer/src/features/search/searchIndex.ts';
import type {
  HelperEvent,
  HelperRequest,
  IndexStatus,
  WorkerEvent,
} from '../../../renderer/src/features/search/searchProtocol.ts';
import {
  startSearchWorkerCore,
  type SearchWorkerCore,
  type SearchWorkerDeps,
} from '../../../renderer/src/features/search/searchWorkerCore.ts';

// Drives the search worker core with build helpers run in this process over the same database,
// as the app runs them in workers of their own: each helper reads through its own search source and
// its events reach the core later (a message between workers is never delivered at once).

const fruits = ['桜', '梨', '桃', '柿', '栗', '梅', '柚', '杏', '李', '棗'];
const colours = [
  '赤',
  '青',
  '黄',
  '緑',
  '紫',
  '白',
  '黒',
  '金',
  '銀',
  '銅',
  '鉄',
  '錫',
  '玉',
  '珠',
  '晶',
  '翠',
  '藍',
  '朱',
];

/** A two-character word that only the summary of visit number `i` holds (up to 180 visits). */
export const wordOf = (i: number): string => `${fruits[i % fruits.length]}${colours[Math.floor(i / fruits.length)]}`;

/** Company names; visit `i` belongs to company `i % 3`. */
export const companyNames = ['月山フーズ', '蔵王サクランボ農園', '出羽バイオ'] as const;

/** The summary of visit `i`: its own word, and words shared by every 7th and every 30th visit. */
export const summaryOf = (i: number): string =>
  `${wordOf(i)} ${i % 7 === 0 ? '紅花色素の相談' : '定期訪問'}${i % 30 === 0 ? ' 鮮度保持' : ''}`;

/** A database holding three companies and `count` visits; visits are returned oldest first (by id). */
export async function seedDatabase(
  name: string,
  count: number,
): Promise<{ db: KakehashiDb; repos: Repositories; visitIds: string[] }> {
  const db = await openKakehashiDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  const companies = await repos.companies.bulkCreate(
    companyNames.map((companyName) => ({ name: companyName, kind: 'foodMaker' as const })),
  );
  const visits = await repos.visits.bulkCreate(
    Array.from({ length: count }, (_, i) => ({
      companyId: companies[i % companies.length]?.id ?? '',
      date: '2026-06-01',
      purpose: 'followUp' as const,
      summary: summaryOf(i),
    })),
  );
  const visitIds = visits.map((visit) => visit.id);
  if (visitIds.some((id, i) => i > 0 && (visitIds[i - 1] ?? '') >= id)) throw new Error('visit ids out of order');
  return { db, repos, visitIds };
}

/** How the in-process helpers behave: `rewrite` turns each posted event into what the core gets. */
export type HelperOptions = Readonly<{
  hold?: boolean;
  rewrite?: (event: HelperEvent, helper: number) => readonly HelperEvent[];
}>;

/** Build helpers in this process; `hold` keeps their events until `release()`. */
export function inProcessHelpers(db: KakehashiDb, options: HelperOptions = {}) {
  const requests: HelperRequest[] = [];
  const held: HelperEvent[][] = [];
  const stopped: boolean[] = [];
  const deliveries: ((event: HelperEvent) => void)[] = [];
  let holding = options.hold === true;
  const startHelper = (request: HelperRequest, onEvent: (event: HelperEvent) => void): (() => void) => {
    const n = requests.push(request) - 1;
    held[n] = [];
    stopped[n] = false;
    const deliver = (event: HelperEvent): void =>
      void setTimeout(() => {
        if (stopped[n] !== true) onEvent(event);
      }, 0);
    deliveries[n] = deliver;
    const post = (event: HelperEvent): void => {
      const out = options.rewrite === undefined ? [event] : options.rewrite(event, n);
      if (holding) held[n]?.push(...out);
      else out.forEach(deliver);
    };
    void runBuildHelper({ createIndex: createSearchIndex, source: createDexieSearchSource(db), post }, request);
    return () => {
      stopped[n] = true;
    };
  };
  return {
    startHelper,
    requests,
    stopped,
    /** Events a helper posted while held. */
    held: (n: number): readonly HelperEvent[] => held[n] ?? [],
    /** Hands the held events over, in order, and stops holding. */
    release(): void {
      holding = false;
      held.forEach((events, n) => events.splice(0).forEach((event) => deliveries[n]?.(event)));
    },
  };
}

/** A running core with a synchronous search (the core answers within `handle`). */
export type RunningCore = Readonly<{
  core: SearchWorkerCore;
  search(query: string, perKind?: number): readonly SearchGroup[];
  statuses(): IndexStatus[];
  ready(): IndexStatus;
}>;

/** Starts the core over the database, without a snapshot store; helpers only when given. */
export function startCore(db: KakehashiDb, extra: Partial<SearchWorkerDeps> = {}): RunningCore {
  const events: WorkerEvent[] = [];
  const core = startSearchWorkerCore({
    createIndex: createSearchIndex,
    restoreIndex: restoreSearchIndex,
    source: createDexieSearchSource(db),
    snapshots: null,
    post: (event) => events.push(event),
    now: () => performance.now(),
    yieldToMessages: () => new Promise((resolve) => setTimeout(resolve, 0)),
    saveDelayMs: 60_000,
    helperMinVisits: 20,
    ...extra,
  });
  let seq = 0;
  const statuses = (): IndexStatus[] => events.flatMap((event) => (event.type === 'status' ? [event.status] : []));
  return {
    core,
    statuses,
    ready() {
      const last = statuses().at(-1);
      if (last?.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(last)}`);
      return last;
    },
    search(query, perKind = 50) {
      seq += 1;
      const asked = seq;
      core.handle({ type: 'search', seq: asked, query, perKind, sentAt: 0, onBoard: false });
      const answer = events.findLast((event) => event.type === 'results' && event.seq === asked);
      if (answer?.type !== 'results') throw new Error('the core did not answer');
      return answer.groups;
    },
  };
}

/** Ids of the visit hits, in the order shown. */
export const visitHits = (groups: readonly SearchGroup[]): string[] =>
  groups.find((group) => group.kind === 'visit')?.hits.map((hit) => hit.id) ?? [];

/** Each group's kind, hit ids (sorted) and whether more exist: an answer regardless of tie order. */
export const answerOf = (groups: readonly SearchGroup[]) =>
  groups.map((group) => ({ kind: group.kind, ids: group.hits.map((hit) => hit.id).sort(), more: group.more }));
