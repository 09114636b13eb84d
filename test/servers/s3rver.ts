import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { freePort } from './freePort.ts';

/** A running s3rver peer on 127.0.0.1 with one bucket. */
export type S3Peer = Readonly<{
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  root: string;
  stop(): Promise<void>;
}>;

/** Starts s3rver in-process (it ignores If-None-Match; everything else is a faithful S3 API). */
export async function startS3rver(): Promise<S3Peer> {
  const root = await mkdtemp(join(tmpdir(), 'kakehashi-s3-'));
  const port = await freePort();
  const bucket = 'kakehashi-sync';
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: root,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    root,
    async stop() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
