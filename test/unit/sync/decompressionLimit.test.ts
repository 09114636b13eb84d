import { createHash } from 'node:crypto';
import { constants, createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBatch } from '#shared/sync/batchCodec';
import { maxBatchBodyBytes } from '#shared/sync/container';
import { gunzip, gzip, OutputTooLarge } from '#shared/sync/gzip';

/** gzip of `mebibytes` MiB of zeros: a few hundred kilobytes that expand a thousandfold. */
async function gzipBomb(mebibytes: number): Promise<Uint8Array> {
  const stream = createGzip({ level: 1, strategy: constants.Z_RLE });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < mebibytes; index += 1)
    if (!stream.write(zeros)) await new Promise((resolve) => stream.once('drain', resolve));
  stream.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A plain batch container (docs/sync-format.md §4) around an arbitrary compressed body. */
function plainBatch(compressed: Uint8Array): Uint8Array {
  const header = Buffer.from(
    JSON.stringify({
      team: 'team1',
      device: 'devA',
      seq: 1,
      prev: null,
      hlcMin: '0001764547200000-00000-devA',
      hlcMax: '0001764547200000-00000-devA',
      count: 1,
      keyId: null,
      createdAt: '2026-11-28T09:00:00.000Z',
      appVersion: '0.1.0',
    }),
  );
  const fixed = Buffer.from([0x4b, 0x4b, 0x48, 0x42, 1, 0, 0, 0, 0, 0]);
  fixed.writeUInt32BE(header.length, 6);
  const signed = Buffer.concat([fixed, header, compressed]);
  return new Uint8Array(Buffer.concat([signed, createHash('sha256').update(signed).digest()]));
}

describe('decompression limits', () => {
  it('gunzip stops once the output passes the limit', async () => {
    const bomb = await gzipBomb(64);
    await expect(gunzip(bomb, 1024 * 1024)).rejects.toBeInstanceOf(OutputTooLarge);
    const small = await gzip(new TextEncoder().encode('{"changes":[]}'));
    expect(new TextDecoder().decode(await gunzip(small, 14))).toBe('{"changes":[]}');
    await expect(gunzip(small, 13)).rejects.toBeInstanceOf(OutputTooLarge);
  });

  it('a batch that is a gzip bomb is a corrupt batch that names the limit', async () => {
    const bomb = await gzipBomb(256);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    await expect(decodeBatch(plainBatch(bomb), null, { team: 'team1', device: 'devA', seq: 1 })).rejects.toMatchObject({
      code: 'corrupt-batch',
      message: `body decompresses to more than ${maxBatchBodyBytes} bytes, the limit for a batch`,
    });
    console.info(
      `batch gzip bomb (${bomb.length} bytes → 256 MiB): refused; array buffers grew by ${Math.round((process.memoryUsage().arrayBuffers - before) / 1048576)} MiB (limit ${maxBatchBodyBytes / 1048576} MiB)`,
    );
  });
});
