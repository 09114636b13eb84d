import type { ChannelName } from '#shared/contract/channels';
import type { ChannelInput, ChannelOutput } from '#shared/contract/contract';
import type { Envelope, HostError } from '#shared/contract/envelope';

/** What the preload (or the browser harness) puts on `window.host`; also what a worker's bridge offers. */
export type HostTransport = Readonly<{ invoke(channel: string, input: unknown): Promise<unknown> }>;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting Window needs declaration merging
  interface Window {
    readonly host?: HostTransport;
  }
}

/** A failed host call, carrying the envelope's error so the UI can translate its code. */
export class HostCallError extends Error {
  readonly error: HostError;

  constructor(error: HostError) {
    super(error.message);
    this.name = 'HostCallError';
    this.error = error;
  }
}

// Set only inside a worker, where the preload's `window.host` does not exist (see hostBridge.ts).
let installed: HostTransport | null = null;

/** Replaces the page's `window.host` as the way to the host: a worker installs its bridge to the page here. */
export function installHostTransport(transport: HostTransport | null): void {
  installed = transport;
}

function transport(): HostTransport {
  if (installed !== null) return installed;
  // `globalThis`, not `window`: a worker has no `window` at all.
  const host = (globalThis as { host?: HostTransport }).host;
  if (host === undefined) {
    throw new HostCallError({ code: 'unknown-channel', message: 'window.host is not available' });
  }
  return host;
}

/** The current way to the host, looked up at each call (what a worker's bridge serves on the page). */
export const hostTransport: HostTransport = {
  invoke: (channel, input) => transport().invoke(channel, input),
};

/** Calls a host channel and returns its envelope. The only door to the main process. */
export async function callHost<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  return (await transport().invoke(channel, input)) as Envelope<ChannelOutput<C>>;
}

/** Calls a host channel and returns its value, throwing `HostCallError` on failure. */
export async function requestHost<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const envelope = await callHost(channel, input);
  if (!envelope.ok) throw new HostCallError(envelope.error);
  return envelope.value;
}
