import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch, type BatchInput } from '#shared/sync/batchCodec';
import { fromBase64, toBase64 } from '#shared/sync/bytes';
import { SyncError } from '#shared/sync/syncError';
import { createTeamEncryption, unlockTeamKey, type TeamEncryption, type TeamKey } from '#shared/sync/teamKey';

const input: BatchInput = {
  team: 'team1',
  device: 'devA',
  seq: 1,
  prev: null,
  createdAt: '2026-11-28T09:00:00.000Z',
  appVersion: '0.1.0',
  changes: [
    {
      table: 'companies',
      id: 'c1',
      fields: { name: '株式会社やまがたバイオ', deleted: false },
      hlc: '0001764547200000-00000-devA',
    },
    {
      table: 'visits',
      id: 'v1',
      fields: { summary: '米ぬか由来の機能性素材について' },
      hlc: '0001764547200001-00000-devA',
    },
  ],
};
const expected = { team: 'team1', device: 'devA', seq: 1 };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof SyncError ? error.code : `unexpected ${String(error)}`;
  }
}

let key: TeamKey;
let encryption: TeamEncryption;

beforeAll(async () => {
  // One real 600,000-iteration derivation for the whole file.
  ({ key, encryption } = await createTeamEncryption('team1', '山形の合言葉 2026'));
});

describe('team key', () => {
  it('unlocks with the right passphrase and refuses a wrong one up front', async () => {
    const unlocked = await unlockTeamKey('team1', encryption, '山形の合言葉 2026');
    expect(unlocked.keyId).toBe(key.keyId);
    expect(await codeOf(unlockTeamKey('team1', encryption, 'wrong'))).toBe('wrong-passphrase');
    // The wrapped key is bound to its team: copying the block into another team's file does not open.
    expect(await codeOf(unlockTeamKey('team2', encryption, '山形の合言葉 2026'))).toBe('wrong-passphrase');
  });
});

describe.each([
  ['plain', (): TeamKey | null => null],
  ['encrypted', (): TeamKey | null => key],
] as const)('batch codec (%s)', (_name, getKey) => {
  it('round-trips changes and chains by hash', async () => {
    const first = await encodeBatch(input, getKey());
    const decoded = await decodeBatch(first.bytes, getKey(), expected);
    expect(decoded.changes).toEqual(input.changes);
    expect(decoded.hash).toBe(first.hash);
    expect(decoded.header).toMatchObject({
      seq: 1,
      prev: null,
      count: 2,
      hlcMax: '0001764547200001-00000-devA',
    });
    const second = await encodeBatch({ ...input, seq: 2, prev: first.hash }, getKey());
    expect((await decodeBatch(second.bytes, getKey(), { ...expected, seq: 2 })).header.prev).toBe(first.hash);
  });

  it('refuses every flipped byte and every truncation', async () => {
    const { bytes } = await encodeBatch(input, getKey());
    for (let index = 0; index < bytes.length; index += Math.max(1, Math.floor(bytes.length / 97))) {
      const damaged = bytes.slice();
      damaged[index] = (damaged[index] ?? 0) ^ 0x01;
      expect(await codeOf(decodeBatch(damaged, getKey(), expected)), `byte ${index}`).toBe('corrupt-batch');
    }
    for (const length of [0, 4, 10, 20, bytes.length - 33, bytes.length - 1]) {
      expect(await codeOf(decodeBatch(bytes.slice(0, length), getKey(), expected)), `length ${length}`).toBe(
        'corrupt-batch',
      );
    }
  });

  it('refuses a batch filed under another device, seq or team', async () => {
    const { bytes } = await encodeBatch(input, getKey());
    expect(await codeOf(decodeBatch(bytes, getKey(), { ...expected, seq: 2 }))).toBe('corrupt-batch');
    expect(await codeOf(decodeBatch(bytes, getKey(), { ...expected, device: 'devB' }))).toBe('corrupt-batch');
    expect(await codeOf(decodeBatch(bytes, getKey(), { ...expected, team: 'team2' }))).toBe('corrupt-batch');
  });
});

describe('encryption', () => {
  it('hides the body and authenticates the clear header', async () => {
    const { bytes } = await encodeBatch(input, key);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"device":"devA"');
    expect(text).not.toContain('やまがた');
    // Rewriting the clear header (here: seq 1 → seq 7) breaks the GCM tag.
    const forged = bytes.slice();
    const at = Buffer.from(bytes).indexOf('"seq":1') + 6;
    forged[at] = '7'.charCodeAt(0);
    expect(await codeOf(decodeBatch(forged, key, { ...expected, seq: 7 }))).toBe('corrupt-batch');
    // Mixing modes is refused both ways: a plain batch cannot slip into an encrypted team.
    expect(await codeOf(decodeBatch(bytes, null, expected))).toBe('corrupt-batch');
    const plain = await encodeBatch(input, null);
    expect(await codeOf(decodeBatch(plain.bytes, key, expected))).toBe('corrupt-batch');
  });

  it('encodes base64 like the platform', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + 11) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });
});
