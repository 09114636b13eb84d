import { afterAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '#shared/domain/attachment';
import type { BlobStore } from '#shared/sync/blobStore';
import { blobName } from '#shared/sync/blobCodec';
import { sha256Hex } from '#shared/sync/bytes';
import { batchKey, blobKey } from '#shared/sync/layout';
import { createMemoryStore, type MemoryStore } from '#shared/sync/memoryStore';
import type { SyncProgress } from '#shared/sync/progress';
import { createTeam } from '#shared/sync/team';
import { createTestDevice, removeTempFolders, type TestDevice } from './support/devices.ts';

afterAll(removeTempFolders);

const pngBytes = (seed: number) =>
  new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...Array.from({ length: 64 }, (_, i) => (i * seed) % 251),
  ]);

/** A target that records the order of the keys written to it. */
function recording(store: MemoryStore): BlobStore & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    list: (prefix) => store.list(prefix),
    get: (key) => store.get(key),
    async putIfAbsent(key, bytes) {
      written.push(key);
      return store.putIfAbsent(key, bytes);
    },
    delete: (key) => store.delete(key),
  };
}

async function setup(passphrase: string | null = null) {
  const memory = createMemoryStore();
  const target = recording(memory);
  const team = await createTeam(target, {
    teamId: 'team1',
    teamName: 'office',
    passphrase,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  const a = await createTestDevice('devA', target, team);
  const b = await createTestDevice('devB', target, team);
  return { memory, target, team, a, b };
}

/** Attaches a file on a device: bytes into its store (unless `held` is false), the record into its outbox. */
async function attach(device: TestDevice, id: string, name: string, bytes: Uint8Array, held = true) {
  const sha256 = await sha256Hex(bytes);
  if (held) await device.attachments.write(sha256, bytes);
  device.replica.edit('attachments', id, { sha256, name, type: 'image/png', size: bytes.length, deleted: false });
  return sha256;
}

const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0;

describe('attachment blobs', () => {
  it('uploads a blob before the batch that references it, and the peer can open the file', async () => {
    const { target, a, b } = await setup();
    const bytes = pngBytes(7);
    const sha256 = await attach(a, 'att1', '工場の写真.png', bytes);
    await a.engine.sync();
    const blobAt = target.written.indexOf(blobKey(sha256));
    expect(blobAt).toBeGreaterThanOrEqual(0);
    expect(blobAt).toBeLessThan(target.written.indexOf(batchKey('devA', 1)));

    const seen: SyncProgress[] = [];
    const report = await b.engine.sync({ onProgress: (progress) => seen.push(progress) });
    expect(report.problems).toEqual([]);
    expect(report.blobs).toBe(1);
    expect(b.attachments.files.get(sha256)).toEqual(bytes);
    // The blob is counted as a file of its own, with its bytes.
    expect(seen.at(-1)).toMatchObject({ files: 2, filesTotal: 2 });
    expect(seen.at(-1)?.bytes).toBeGreaterThan(bytes.length);
  });

  it('in an encrypted team names a blob by HMAC and stores it unreadable without the key', async () => {
    const { memory, team, a, b } = await setup('合言葉');
    const bytes = pngBytes(11);
    const sha256 = await attach(a, 'att1', '試作品.png', bytes);
    await a.engine.sync();
    const blobs = [...memory.objects.keys()].filter((key) => key.startsWith('blobs/'));
    const name = await blobName(bytes, team.key);
    expect(name).not.toBe(sha256);
    expect(blobs).toEqual([blobKey(name)]);
    const stored = memory.objects.get(blobKey(name)) ?? new Uint8Array();
    expect(contains(stored, bytes.subarray(8, 40))).toBe(false);

    const report = await b.engine.sync();
    expect(report.problems).toEqual([]);
    expect(b.attachments.files.get(sha256)).toEqual(bytes);
  });

  it.each([
    ['plain', null],
    ['encrypted', '合言葉'],
  ])('refuses and reports a tampered blob (%s team)', async (_label, passphrase) => {
    const { memory, a, b } = await setup(passphrase);
    const sha256 = await attach(a, 'att1', '議事録.png', pngBytes(13));
    await a.engine.sync();
    const key = [...memory.objects.keys()].find((k) => k.startsWith('blobs/')) ?? '';
    const stored = memory.objects.get(key) ?? new Uint8Array();
    stored[stored.length - 3] = (stored[stored.length - 3] ?? 0) ^ 0xff;

    const report = await b.engine.sync();
    // The blob's name follows from the record's hash in both kinds of team, so the damage is
    // reported under the attachment's own name.
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'blobCorrupt', subject: '議事録.png' })]);
    expect(b.attachments.files.has(sha256)).toBe(false);
    // The record itself arrived: the batch was not held back.
    expect(b.replica.view()['attachments/att1']).toMatchObject({ name: '議事録.png' });
  });

  it.each([
    ['plain', null],
    ['encrypted', '合言葉'],
  ])(
    'reports a blob larger than any attachment allows and still finishes the sync (%s team)',
    async (_label, passphrase) => {
      const { a, b } = await setup(passphrase);
      // Only a changed target or another program could put such a file there: the app refuses to attach it.
      const oversized = new Uint8Array(maxAttachmentBytes + 1);
      oversized.set(pngBytes(3));
      const sha256 = await attach(a, 'att1', '巨大な図面.png', oversized);
      await attach(a, 'att2', '名刺.png', pngBytes(5));
      await a.engine.sync();

      const report = await b.engine.sync();
      expect(report.problems).toEqual([expect.objectContaining({ kind: 'blobCorrupt', subject: '巨大な図面.png' })]);
      expect(b.attachments.files.has(sha256)).toBe(false);
      // The other attachment and both records arrived.
      expect(report.blobs).toBe(1);
      expect(b.replica.view()['attachments/att2']).toMatchObject({ name: '名刺.png' });
    },
  );

  it('retries a blob the target lacks on the next sync without holding back the batch', async () => {
    const { memory, a, b } = await setup();
    const bytes = pngBytes(17);
    const sha256 = await attach(a, 'att1', '名刺.png', bytes);
    await a.engine.sync();
    const uploaded = memory.objects.get(blobKey(sha256)) ?? new Uint8Array();
    memory.objects.delete(blobKey(sha256));

    const first = await b.engine.sync();
    expect(first.problems).toEqual([expect.objectContaining({ kind: 'blobWaiting', subject: '名刺.png' })]);
    expect(first.pulled).toBe(1);
    expect(b.replica.view()['attachments/att1']).toMatchObject({ name: '名刺.png' });
    expect(b.attachments.files.has(sha256)).toBe(false);

    memory.objects.set(blobKey(sha256), uploaded);
    const second = await b.engine.sync();
    expect(second.problems).toEqual([]);
    expect(second.blobs).toBe(1);
    expect(b.attachments.files.get(sha256)).toEqual(bytes);
  });

  it('reports bytes missing on the uploading device and still uploads the batch', async () => {
    const { a, b } = await setup();
    await attach(a, 'att1', 'なくした.png', pngBytes(19), false);
    a.replica.edit('companies', 'c1', { name: '株式会社テスト' });
    const report = await a.engine.sync();
    // Reported as not held here, and looked for on the target like any attachment this device lacks.
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'blobMissing', device: 'devA', seq: 1, subject: 'なくした.png' }),
      expect.objectContaining({ kind: 'blobWaiting', subject: 'なくした.png' }),
    ]);
    expect(report.uploaded).toBe(1);
    const peer = await b.engine.sync();
    expect(peer.pulled).toBe(1);
    expect(b.replica.view()['companies/c1']).toEqual({ name: '株式会社テスト' });
    expect(peer.problems).toEqual([expect.objectContaining({ kind: 'blobWaiting' })]);
  });

  it('can be cancelled between blobs; the next sync fetches the rest', async () => {
    const { a, b } = await setup();
    const first = await attach(a, 'att1', '一枚目.png', pngBytes(23));
    const second = await attach(a, 'att2', '二枚目.png', pngBytes(29));
    await a.engine.sync();
    const abort = new AbortController();
    const cancelled = b.engine.sync({
      signal: abort.signal,
      onProgress: (progress) => {
        // One batch, then the first blob.
        if (progress.files === 2) abort.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(b.attachments.files.size).toBe(1);
    const report = await b.engine.sync();
    expect(report.blobs).toBe(1);
    expect([...b.attachments.files.keys()].sort()).toEqual([first, second].sort());
  });
});
