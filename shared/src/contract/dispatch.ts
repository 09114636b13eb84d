import { describeZodError } from './describeZodError.ts';
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

/**
 * Runs one host call: checks the sender and the channel, validates input and output, and turns
 * every failure into an envelope. Used by `ipcMain` in the app and by the test harness alike.
 */
export async function dispatch(
  deps: DispatchDeps,
  channel: unknown,
  input: unknown,
  context: CallContext,
): Promise<Envelope<unknown>> {
  if (!deps.isTrustedSender(context.senderUrl)) {
    return fail('forbidden-sender', `calls from ${context.senderUrl || '(unknown frame)'} are not accepted`);
  }
  if (!isChannelName(channel)) {
    return fail('unknown-channel', `no channel named ${JSON.stringify(channel)}`);
  }
  const definition = contract[channel];
  const parsedInput = definition.input.safeParse(input);
  if (!parsedInput.success) {
    return fail('invalid-input', `${channel}: ${describeZodError(parsedInput.error)}`);
  }
  let result: unknown;
  try {
    const handler = deps.handlers[channel] as AnyHandler;
    result = await handler(parsedInput.data, context);
  } catch (error) {
    if (error instanceof HostFailure) return fail(error.code, error.message);
    return fail('handler-failed', `${channel}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsedOutput = definition.output.safeParse(result);
  if (!parsedOutput.success) {
    return fail('invalid-output', `${channel}: ${describeZodError(parsedOutput.error)}`);
  }
  return ok(parsedOutput.data);
}
