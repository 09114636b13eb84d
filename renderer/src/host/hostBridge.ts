import type { HostTransport } from './host.ts';

// A worker has no `window.host` (the preload exposes it on the page only). The page serves host
// calls over a MessagePort; inside the worker, `createBridgedHost` is installed as the transport
// (host.ts `installHostTransport`), so `requestHost` works there unchanged.

/** One host call from the worker to the page. */
type BridgeCall = Readonly<{ id: number; channel: string; input: unknown }>;

/** The page's answer: the host's envelope, or why the call could not be made at all. */
type BridgeAnswer = Readonly<{ id: number; envelope: unknown }> | Readonly<{ id: number; thrown: string }>;

/** The side of a MessageChannel (or a stand-in) the bridge talks through. */
export type BridgePort = {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start(): void;
  close(): void;
};

/** The buffers of every Uint8Array in a value (envelopes are plain objects and arrays), once each. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (item: unknown, depth: number) => {
    if (item instanceof Uint8Array) {
      if (item.buffer instanceof ArrayBuffer && item.buffer.byteLength > 0) found.add(item.buffer);
      return;
    }
    if (depth > 8 || item === null || typeof item !== 'object') return;
    for (const child of Array.isArray(item) ? item : Object.values(item)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found];
}

function isCall(data: unknown): data is BridgeCall {
  const call = data as Partial<BridgeCall> | null;
  return typeof call?.id === 'number' && typeof call.channel === 'string';
}

/**
 * The page's side: answers each call with what `host.invoke` answered. Bytes in the answer are
 * transferred to the worker (the page keeps no use for them), so they are not copied a second time.
 * Returns a function that stops serving.
 */
export function serveHostBridge(port: BridgePort, host: HostTransport): () => void {
  const answer = async (call: BridgeCall) => {
    let reply: BridgeAnswer;
    try {
      reply = { id: call.id, envelope: await host.invoke(call.channel, call.input) };
    } catch (error) {
      reply = { id: call.id, thrown: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, transferablesOf(reply));
  };
  const listener = (event: MessageEvent) => {
    if (isCall(event.data)) void answer(event.data);
  };
  port.addEventListener('message', listener);
  port.start();
  return () => {
    port.removeEventListener('message', listener);
    port.close();
  };
}

/**
 * The worker's side: a host transport whose calls the page answers. Inputs are cloned, not
 * transferred: callers keep using bytes they sent (the sync engine compares an uploaded batch with
 * the target's copy afterwards).
 */
export function createBridgedHost(port: BridgePort): HostTransport {
  let next = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  port.addEventListener('message', (event: MessageEvent) => {
    const reply = event.data as BridgeAnswer;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if ('thrown' in reply) waiting.reject(new Error(reply.thrown));
    else waiting.resolve(reply.envelope);
  });
  port.start();
  return {
    invoke(channel, input) {
      next += 1;
      const id = next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          port.postMessage({ id, channel, input } satisfies BridgeCall, []);
        } catch (error) {
          // An input structured clone cannot carry (a function, a DOM node): fail this call only.
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}
