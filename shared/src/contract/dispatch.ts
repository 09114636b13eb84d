import { describeZodError, shortText } from './describeZodError.ts';
import { isChannelName, type ChannelName } from './channels.ts';
import { contract, type ChannelInput, type ChannelOutput } from './contract.ts';
import { fail, HostFailure, ok, type Envelope } from './envelope.ts';

/** Who made a call: the URL of the frame that sent it. */
export type CallContext = Readonly<{ senderUrl: string }>;

/** One implementation per channel. */
export type Handlers = {
  readonly [C in ChannelName]: (
    input: ChannelInput<C>,
    context: CallContext,
  ) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** What dispatch needs: the handlers and the rule for trusted senders. */
export type DispatchDeps = Readonly<{
  handlers: Handlers;
  isTrustedSender: (senderUrl: string) => boolean;
}>;

type AnyHandler = (input: unknown, context: CallContext) => unknown;

/** Names what was sent as a channel without running any of its code (getters, toString, proxies). */
function describeChannel(channel: unknown): string {
  return typeof channel === 'string' ? JSON.stringify(shortText(channel)) : `a value of type ${typeof channel}`;
}

/** The message of a thrown value, read without trusting it: it may be a Proxy or have throwing getters. */
function describeThrown(error: unknown): string {
  const failure = asHostFailure(error);
  if (failure !== null) return shortText(failure.message);
  try {
    if (error instanceof Error && typeof error.message === 'string') return shortText(error.message);
    if (typeof error === 'string') return shortText(error);
  } catch {
    // A hostile value: fall through to its type.
  }
  return `a thrown value of type ${typeof error}`;
}

/** The HostFailure a handler threw, or null; `instanceof` itself may throw on a Proxy. */
function asHostFailure(error: unknown): HostFailure | null {
  try {
    return error instanceof HostFailure ? error : null;
  } catch {
    return null;
  }
}

function isTrusted(deps: DispatchDeps, senderUrl: unknown): boolean {
  try {
    return typeof senderUrl === 'string' && deps.isTrustedSender(senderUrl);
  } catch {
    return false;
  }
}

/**
 * Runs one host call: checks the sender and the channel, validates input and output, and turns
 * every failure into an envelope. Used by `ipcMain` in the app and by the test harness alike.
 * It never rejects: whatever arrives (BigInt, cyclic or huge values, throwing getters, Proxy
 * objects), the caller gets an envelope with a code of the closed set.
 */
export async function dispatch(
  deps: DispatchDeps,
  channel: unknown,
  input: unknown,
  context: CallContext,
): Promise<Envelope<unknown>> {
  const senderUrl: unknown = context.senderUrl;
  if (!isTrusted(deps, senderUrl)) {
    const who = typeof senderUrl === 'string' && senderUrl !== '' ? shortText(senderUrl) : '(unknown frame)';
    return fail('forbidden-sender', `calls from ${who} are not accepted`);
  }
  if (!isChannelName(channel)) return fail('unknown-channel', `no channel named ${describeChannel(channel)}`);
  const definition = contract[channel];
  let parsedInput;
  try {
    parsedInput = definition.input.safeParse(input);
    // zod words its messages from the input (its type, its keys): that, too, may run hostile code.
    if (!parsedInput.success) return fail('invalid-input', `${channel}: ${describeZodError(parsedInput.error)}`);
  } catch (error) {
    // zod reads the input's properties; a getter or a Proxy trap may throw while it does.
    return fail('invalid-input', `${channel}: the input could not be read (${describeThrown(error)})`);
  }
  let result: unknown;
  try {
    const handler = deps.handlers[channel] as AnyHandler;
    result = await handler(parsedInput.data, context);
  } catch (error) {
    const failure = asHostFailure(error);
    if (failure !== null) return fail(failure.code, shortText(failure.message));
    return fail('handler-failed', `${channel}: ${describeThrown(error)}`);
  }
  let parsedOutput;
  try {
    parsedOutput = definition.output.safeParse(result);
    if (!parsedOutput.success) return fail('invalid-output', `${channel}: ${describeZodError(parsedOutput.error)}`);
  } catch (error) {
    return fail('invalid-output', `${channel}: the answer could not be read (${describeThrown(error)})`);
  }
  return ok(parsedOutput.data);
}
