import { concatBytes } from './bytes.ts';

/** A stream's output grew past the limit its reader set; the stream was stopped there. */
export class OutputTooLarge extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`decompresses to more than ${limit} bytes`);
    this.name = 'OutputTooLarge';
    this.limit = limit;
  }
}

async function pipe(stream: SyncTransformStream, input: Uint8Array, maxOutput = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Write and read at once: a large body would otherwise fill the stream's queue and stall.
  // A failure surfaces on the reader too, so the writer's own rejection is only kept, not thrown twice.
  const written = (async () => {
    await writer.write(input);
    await writer.close();
  })().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error('stream write failed')),
  );
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value === undefined) continue;
    total += value.length;
    if (total > maxOutput) {
      // Stops the stream where it is: a gzip bomb costs the limit, not what it would expand to.
      await reader.cancel();
      throw new OutputTooLarge(maxOutput);
    }
    chunks.push(value);
  }
  const writeError = await written;
  if (writeError !== null) throw writeError;
  return concatBytes(...chunks);
}

/** gzip (RFC 1952) through the platform's CompressionStream. */
export function gzip(input: Uint8Array): Promise<Uint8Array> {
  return pipe(new CompressionStream('gzip'), input);
}

/**
 * gunzip through the platform's DecompressionStream; rejects on damaged or truncated input, and
 * with `OutputTooLarge` as soon as the output passes `maxOutput` bytes.
 */
export function gunzip(input: Uint8Array, maxOutput: number): Promise<Uint8Array> {
  return pipe(new DecompressionStream('gzip'), input, maxOutput);
}
