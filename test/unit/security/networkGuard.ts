import dns from 'node:dns';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A connection or name lookup the guard refused: it would have left the machine. */
export type RefusedAttempt = Readonly<{ kind: 'lookup' | 'connect'; host: string }>;

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const isLoopback = (host: string) => loopbackNames.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void;

/**
 * Keeps every request of this process on 127.0.0.1: a name lookup of any other host fails at once
 * (so no DNS query leaves either) and a connection to any other address is sent to a closed
 * loopback port instead. Both are recorded; the fuzz test fails on any. Not a sandbox for hostile
 * code, a net under the test's own hostile URLs (which name only 127.0.0.1 and .invalid/.example).
 */
export function installNetworkGuard(closedPort: number): Readonly<{
  refused: RefusedAttempt[];
  restore(): void;
}> {
  const refused: RefusedAttempt[] = [];
  // Both are kept to be put back, and called with the receiver they expect.
  const originalLookup = dns.lookup;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored as is, called with its own receiver
  const originalConnect = net.Socket.prototype.connect;

  const guardedLookup = function (hostname: string, ...rest: unknown[]) {
    const callback = rest.at(-1) as LookupCallback;
    if (!isLoopback(hostname)) {
      refused.push({ kind: 'lookup', host: hostname });
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      error.code = 'ENOTFOUND';
      process.nextTick(() => callback(error));
      return {};
    }
    return (originalLookup as (...args: unknown[]) => unknown)(hostname, ...rest);
  };
  (dns as { lookup: unknown }).lookup = guardedLookup;

  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options: unknown = Array.isArray(first) ? first[0] : first;
    const host =
      typeof options === 'object' && options !== null
        ? typeof (options as { path?: unknown }).path === 'string'
          ? null
          : typeof (options as { host?: unknown }).host === 'string'
            ? (options as { host: string }).host
            : 'localhost'
        : typeof options === 'number'
          ? typeof args[1] === 'string'
            ? args[1]
            : 'localhost'
          : null;
    if (host !== null && net.isIP(host) !== 0 && !isLoopback(host)) {
      refused.push({ kind: 'connect', host });
      return (originalConnect as (...a: unknown[]) => net.Socket).call(this, { host: '127.0.0.1', port: closedPort });
    }
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  };

  return {
    refused,
    restore() {
      (dns as { lookup: unknown }).lookup = originalLookup;
      net.Socket.prototype.connect = originalConnect;
    },
  };
}

/** One request that reached the trap server, with the credentials it carried. */
export type TrappedRequest = Readonly<{ method: string; url: string; authorization: string }>;

/**
 * A server on 127.0.0.1 that stands for a foreign host: it answers every request with 404 and
 * records what arrived, so the test can tell whether a saved secret was sent to it.
 */
export async function startTrapServer(): Promise<
  Readonly<{ port: number; requests: TrappedRequest[]; close(): Promise<void> }>
> {
  const requests: TrappedRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization ?? '',
    });
    request.resume();
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
