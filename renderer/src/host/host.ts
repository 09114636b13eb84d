import type { ChannelName } from '#shared/contract/channels';
import type { ChannelInput, ChannelOutput } from '#shared/contract/contract';
import type { Envelope, HostError } from '#shared/contract/envelope';

/** What the preload (or the browser harness) puts on `window.host`. */
type RawHost = Readonly<{ invoke(channel: string, input: unknown): Promise<unknown> }>;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting Window needs declaration merging
  interface Window {
    readonly host?: RawHost;
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

function rawHost(): RawHost {
  if (window.host === undefined) {
    throw new HostCallError({ code: 'unknown-channel', message: 'window.host is not available' });
  }
  return window.host;
}

/** Calls a host channel and returns its envelope. The only door to the main process. */
export async function callHost<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  return (await rawHost().invoke(channel, input)) as Envelope<ChannelOutput<C>>;
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
