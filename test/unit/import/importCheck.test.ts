import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit } from '#shared/domain/validators/corporateNumber';

const script = join(import.meta.dirname, '../../../scripts/importCheck.ts');
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kakehashi-import-check-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? '', err: failed.stderr ?? '' };
  }
}

const good = `${corporateNumberCheckDigit('700110005901')}700110005901`;

describe('npm run import:check', () => {
  it('prints rows, errors by sheet row and header, duplicates and records as JSON', async () => {
    const file = join(folder, '企業一覧.csv');
    await writeFile(
      file,
      '\ufeff会社名,〒,業種,法人番号\r\n' +
        `出羽食品,997-0035,食品,${good}\r\n` +
        ',997-0035,食品,\r\n' +
        '㈱出羽食品,997-0035,食品,\r\n' +
        '庄内ファーム,99-7003,農業法人,\r\n',
    );
    const { code, out } = await check(file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toMatchObject({
      file: '企業一覧.csv',
      encoding: 'utf-8-bom',
      rows: 4,
      valid: 2,
      errors: [
        { row: 3, column: '会社名', code: 'required' },
        { row: 5, column: '〒', code: 'postalCode' },
      ],
      duplicates: [{ row: 4, of: { row: 2 } }],
    });
    const records = report['records'] as { row: number; values: Record<string, unknown> }[];
    expect(records.map((r) => r.row)).toEqual([2, 4]);
    // The postal code gave the municipality (Japan Post's data), and the 法人番号 stayed its 13 digits.
    expect(records[0]?.values).toMatchObject({ name: '出羽食品', municipality: '06203', corporateNumber: good });
  });

  it('exits non-zero with a one-line reason when the file cannot be read', async () => {
    const file = join(folder, 'empty.csv');
    await writeFile(file, '');
    const empty = await check(file);
    expect(empty.code).toBe(1);
    expect(empty.err.trim().split('\n')).toEqual(['empty.csv は空です。企業一覧の入ったファイルを選んでください。']);
    const missing = await check(join(folder, 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
  });
});
