import { describe, expect, it } from 'vitest';
import { createSearchClient, type SearchPort } from '../../../renderer/src/features/search/searchClient.ts';
import type { WorkerEvent, WorkerRequest } from '../../../renderer/src/features/search/searchProtocol.ts';

function fakePort() {
  const sent: WorkerRequest[] = [];
  let listener: ((event: MessageEvent<WorkerEvent>) => void) | null = null;
  const port: SearchPort = {
    postMessage: (message) => sent.push(message),
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
    expect(sent.map((request) => request.query)).toEqual(['さく', 'さくら']);
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
