import { describe, expect, it } from 'vitest';
import { answerBoardBytes, writeAnswer } from '../../../renderer/src/features/search/answerBoard.ts';
import { createSearchClient, type SearchPort } from '../../../renderer/src/features/search/searchClient.ts';
import type { WorkerEvent, WorkerRequest } from '../../../renderer/src/features/search/searchProtocol.ts';

function fakePort(onPost: (message: WorkerRequest) => void = () => undefined) {
  const sent: WorkerRequest[] = [];
  let listener: ((event: MessageEvent<WorkerEvent>) => void) | null = null;
  const port: SearchPort = {
    postMessage: (message) => {
      sent.push(message);
      onPost(message);
    },
    addEventListener: (_type, handler) => {
      listener = handler;
    },
    terminate: () => undefined,
  };
  const reply = (data: WorkerEvent): void => listener?.({ data } as MessageEvent<WorkerEvent>);
  return { port, sent, reply };
}

describe('search client', () => {
  it('drops the answer to a query that a newer query replaced', async () => {
    const { port, sent, reply } = fakePort();
    const client = createSearchClient(port);
    const older = client.search('さく', 5);
    const newer = client.search('さくら', 5);
    expect(sent.map((request) => (request.type === 'search' ? request.query : request.type))).toEqual([
      'さく',
      'さくら',
    ]);
    reply({ type: 'results', seq: 1, query: 'さく', groups: [], startedAt: 1, searchMs: 1 });
    reply({ type: 'results', seq: 2, query: 'さくら', groups: [], startedAt: 1, searchMs: 1 });
    expect(await older).toBeNull();
    expect(await newer).toMatchObject({ query: 'さくら' });
  });

  it('tells subscribers how far the index is', () => {
    const { port, reply } = fakePort();
    const client = createSearchClient(port);
    const seen: string[] = [];
    client.subscribe(() => seen.push(`${client.status().state} ${client.status().indexed}`));
    reply({ type: 'status', status: { state: 'building', indexed: 2000, total: 5000 } });
    reply({ type: 'status', status: { state: 'ready', indexed: 5000, total: 5000, buildMs: 900 } });
    expect(seen).toEqual(['building 2000', 'ready 5000']);
  });
});

const ready = { type: 'status', status: { state: 'ready', indexed: 10, total: 10 } } as const;
const hit = (title: string) => [
  {
    kind: 'company' as const,
    hits: [{ kind: 'company' as const, id: 'c1', title, route: '#/companies/c1' }],
    more: false,
  },
];

// With an answer board, the worker's answer is read in the task that asked: a user sees the typed
// character and its results in one frame.
describe('search client with an answer board', () => {
  // A clock read by the waits: 1 ms per reading, and how many readings there were.
  const clock = () => {
    let t = 0;
    return { now: () => (t += 1), readings: () => t };
  };

  it('resolves a query with the answer the worker wrote meanwhile, and ignores the same answer posted later', async () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    // Stands for a worker that has answered by the time the page looks.
    const { port, reply, sent } = fakePort((message) => {
      if (message.type === 'search' && message.onBoard)
        writeAnswer(board, message.seq, {
          query: message.query,
          groups: hit('佐藤果樹園'),
          startedAt: 1,
          searchMs: 0.5,
        });
    });
    const time = clock();
    const client = createSearchClient(port, { board, waitMs: 8, now: time.now });
    expect(sent[0]).toEqual({ type: 'board', board });
    reply(ready);
    const settled: string[] = [];
    const answer = client.search('さとう', 6).then((got) => {
      settled.push(got?.groups[0]?.hits[0]?.title ?? 'null');
      return got;
    });
    // Answered before any other task: in the microtasks of the task that asked.
    await Promise.resolve();
    expect(settled).toEqual(['佐藤果樹園']);
    expect(await answer).toMatchObject({ query: 'さとう', inTask: true });
    reply({ type: 'results', seq: 1, query: 'さとう', groups: hit('別の答え'), startedAt: 1, searchMs: 0.5 });
    expect(settled).toEqual(['佐藤果樹園']);
  });

  it('takes the posted answer when the worker is late, and asks the next queries without waiting until it answers in time again', async () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    const { port, reply, sent } = fakePort();
    const time = clock();
    const client = createSearchClient(port, { board, waitMs: 8, now: time.now });
    reply(ready);
    // When the page posted a query (the worker's times are on the same clock).
    const sentAt = (seq: number): number => {
      const request = sent.find((message) => message.type === 'search' && message.seq === seq);
      return request?.type === 'search' ? request.sentAt : Number.NaN;
    };
    const late = client.search('さ', 6);
    // The wait ran out after about 8 ms of the clock.
    expect(time.readings()).toBeGreaterThanOrEqual(8);
    expect(time.readings()).toBeLessThan(12);
    reply({ type: 'results', seq: 1, query: 'さ', groups: hit('佐藤果樹園'), startedAt: sentAt(1) + 20, searchMs: 1 });
    expect(await late).toMatchObject({ query: 'さ', inTask: false });

    // The worker was 20 ms late: the next query does not wait at all.
    const before = time.readings();
    const next = client.search('さく', 6);
    expect(time.readings()).toBe(before);
    // Its answer comes by message within the time: the query after it waits again.
    reply({ type: 'results', seq: 2, query: 'さく', groups: hit('佐久間農園'), startedAt: sentAt(2) + 2, searchMs: 1 });
    expect(await next).toMatchObject({ query: 'さく', inTask: false });
    void client.search('さくら', 6);
    expect(time.readings()).toBeGreaterThan(before);
  });

  it('does not wait while the index is still building', () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    const { port, reply, sent } = fakePort();
    const time = clock();
    const client = createSearchClient(port, { board, waitMs: 8, now: time.now });
    reply({ type: 'status', status: { state: 'building', indexed: 2000, total: 5000 } });
    void client.search('さ', 6);
    expect(time.readings()).toBe(0);
    expect(sent.at(-1)).toMatchObject({ type: 'search', onBoard: false });
  });
});
