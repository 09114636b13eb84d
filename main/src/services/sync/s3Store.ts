import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  assertValidKey,
  assertValidPrefix,
  type BlobEntry,
  type BlobStore,
  type PutResult,
} from '#shared/sync/blobStore';
import { equalBytes } from '#shared/sync/bytes';
import { SyncError } from '#shared/sync/syncError';
import { httpSyncError, looksLikeHtml } from './httpErrors.ts';
import { defaultListingLimits, startListing, type ListingLimits } from './listingLimits.ts';

/** Where an S3-compatible target is; the keys come from the secret box. */
export type S3StoreOptions = Readonly<{
  endpoint: string;
  region: string;
  bucket: string;
  /** A folder inside the bucket, without leading or trailing slash ('' for the bucket root). */
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** MinIO, Ceph and s3rver want path-style URLs. */
  forcePathStyle: boolean;
}>;

const statusOf = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
};

/**
 * A blob store on S3-compatible storage (AWS, MinIO, Ceph). Create-only writes send
 * `If-None-Match: *`; servers that ignore it (s3rver, older MinIO) are covered by a HEAD before and
 * a read-back after the write.
 */
export function createS3Store(options: S3StoreOptions, limits: ListingLimits = defaultListingLimits): BlobStore {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
    },
    maxAttempts: 2,
  });
  const base = options.prefix === '' ? '' : `${options.prefix}/`;
  const Bucket = options.bucket;

  async function call<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if ((error as { name?: unknown }).name === 'NoSuchBucket')
        throw new SyncError('target-missing', `no bucket ${Bucket}`);
      throw httpSyncError(error, what, statusOf(error));
    }
  }

  async function read(key: string): Promise<Uint8Array | null> {
    try {
      const result = await client.send(new GetObjectCommand({ Bucket, Key: base + key }));
      const bytes = (await result.Body?.transformToByteArray()) ?? new Uint8Array();
      if (looksLikeHtml(result.ContentType, key.endsWith('.json') ? bytes : undefined)) {
        throw new SyncError('captive-portal', `${key}: the server answered with a web page`);
      }
      return bytes;
    } catch (error) {
      if (statusOf(error) === 404 || (error as { name?: unknown }).name === 'NoSuchKey') return null;
      throw httpSyncError(error, `GET ${key}`, statusOf(error));
    }
  }

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: base + key }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw httpSyncError(error, `HEAD ${key}`, statusOf(error));
    }
  }

  return {
    async list(prefix) {
      assertValidPrefix(prefix);
      const out: BlobEntry[] = [];
      const budget = startListing(limits, prefix);
      let token: string | undefined;
      try {
        do {
          budget.request();
          const page = await call(`LIST ${prefix}`, async () => {
            try {
              return await client.send(
                new ListObjectsV2Command({
                  Bucket,
                  Prefix: base + prefix,
                  ...(token === undefined ? {} : { ContinuationToken: token }),
                }),
                { abortSignal: budget.signal },
              );
            } catch (error) {
              throw budget.failure(error);
            }
          });
          budget.entries(page.Contents?.length ?? 0);
          for (const item of page.Contents ?? []) {
            if (item.Key === undefined) continue;
            out.push({ key: item.Key.slice(base.length), size: item.Size ?? 0 });
          }
          token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
      } finally {
        budget.done();
      }
      return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    get(key) {
      assertValidKey(key);
      return read(key);
    },

    async putIfAbsent(key, bytes): Promise<PutResult> {
      assertValidKey(key);
      if (await exists(key)) return 'exists';
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: base + key,
            Body: bytes,
            IfNoneMatch: '*',
          }),
        );
      } catch (error) {
        if (statusOf(error) === 412 || statusOf(error) === 409) return 'exists';
        throw httpSyncError(error, `PUT ${key}`, statusOf(error));
      }
      const there = await read(key);
      return there !== null && equalBytes(there, bytes) ? 'created' : 'exists';
    },

    async delete(key) {
      assertValidKey(key);
      await call(`DELETE ${key}`, () => client.send(new DeleteObjectCommand({ Bucket, Key: base + key })));
    },
  };
}
