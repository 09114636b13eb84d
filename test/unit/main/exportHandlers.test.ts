import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '#shared/contract/dispatch';
import { createExportHandlers, type ChooseExportPath } from '../../../main/src/services/exportHandlers.ts';

const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);

async function call(choose: ChooseExportPath, input: unknown) {
  const handlers = createExportHandlers({ chooseExportPath: choose }) as unknown as Handlers;
  return dispatch({ handlers, isTrustedSender: () => true }, 'export:save', input, { senderUrl: 'app://kakehashi/' });
}

describe('export:save', () => {
  it('writes the bytes only where the save dialog points, with the extension the file declares', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kkh-export-'));
    const asked: unknown[] = [];
    const result = await call(
      (options) => {
        asked.push(options);
        return Promise.resolve(join(folder, '企業一覧'));
      },
      { fileName: '企業一覧-2026-12-01.csv', bytes },
    );
    expect(result).toEqual({ ok: true, value: { path: join(folder, '企業一覧.csv') } });
    expect(asked).toEqual([{ suggestedName: '企業一覧-2026-12-01.csv', extension: 'csv' }]);
    expect(new Uint8Array(await readFile(join(folder, '企業一覧.csv')))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['企業一覧.csv']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await call(() => Promise.resolve(null), { fileName: 'a.xlsx', bytes })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it.each(['../../.bashrc.csv', '/etc/cron.d/x.csv', 'C:\\Users\\x.csv', 'list.exe', 'a\u0000.csv'])(
    'refuses a file name with a folder or another kind (%s) before asking',
    async (fileName) => {
      let asked = false;
      const result = await call(
        () => {
          asked = true;
          return Promise.resolve(null);
        },
        { fileName, bytes },
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(asked).toBe(false);
    },
  );
});
