import { describe, expect, it } from 'vitest';
import { HostFailure } from '#shared/contract/envelope';
import { handoutPdfFileName } from '#shared/handout/pdfFileName';
import { createHandoutPdfService, type HandoutPdfDeps } from '../../../main/src/services/handoutPdfService.ts';

const printUrl = 'app://kakehashi/index.html#/print/handout/01HZX';
const pdfBytes = new TextEncoder().encode('%PDF-1.4\n%fake');

function deps(overrides: Partial<HandoutPdfDeps> = {}) {
  const calls = { written: [] as string[], opened: [] as string[] };
  const value: HandoutPdfDeps = {
    printToPdf: () => Promise.resolve(pdfBytes),
    chooseSavePath: (name) => Promise.resolve(`/docs/${name}`),
    writeFile: (path) => {
      calls.written.push(path);
      return Promise.resolve();
    },
    openPath: (path) => {
      calls.opened.push(path);
      return Promise.resolve();
    },
    ...overrides,
  };
  return { value, calls };
}

describe('saving a handout PDF', () => {
  it('prints, writes where the user chose, and opens the file', async () => {
    const { value, calls } = deps();
    const result = await createHandoutPdfService(value).save('説明会.pdf', printUrl);
    expect(result).toEqual({ path: '/docs/説明会.pdf' });
    expect(calls).toEqual({ written: ['/docs/説明会.pdf'], opened: ['/docs/説明会.pdf'] });
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const { value, calls } = deps({ chooseSavePath: () => Promise.resolve(null) });
    expect(await createHandoutPdfService(value).save('a.pdf', printUrl)).toEqual({ path: null });
    expect(calls.written).toEqual([]);
  });

  it.each(['#/settings', '#/reports?fy=2019', '#/print/reports', '#/print/reportx', '#/visits#/print/report'])(
    'refuses pages other than the print routes (%s)',
    async (hash) => {
      const { value } = deps();
      await expect(
        createHandoutPdfService(value).save('a.pdf', `app://kakehashi/index.html${hash}`),
      ).rejects.toMatchObject({
        code: 'forbidden-sender',
      });
    },
  );

  it.each(['#/print/report', '#/print/report?fy=2019&region=okitama'])(
    'prints the report print route (%s)',
    async (hash) => {
      const { value } = deps();
      const result = await createHandoutPdfService(value).save('レポート.pdf', `app://kakehashi/index.html${hash}`);
      expect(result).toEqual({ path: '/docs/レポート.pdf' });
    },
  );

  it('reports a failed write as io-failed and does not open anything', async () => {
    const { value, calls } = deps({ writeFile: () => Promise.reject(new Error('EACCES')) });
    const failure = createHandoutPdfService(value).save('a.pdf', printUrl);
    await expect(failure).rejects.toBeInstanceOf(HostFailure);
    await expect(failure).rejects.toMatchObject({ code: 'io-failed' });
    expect(calls.opened).toEqual([]);
  });

  it('refuses bytes that are not a PDF', async () => {
    const { value } = deps({ printToPdf: () => Promise.resolve(new Uint8Array([1, 2, 3])) });
    await expect(createHandoutPdfService(value).save('a.pdf', printUrl)).rejects.toMatchObject({
      code: 'handler-failed',
    });
  });
});

describe('handout file names', () => {
  it('keeps Japanese titles and drops path separators and reserved characters', () => {
    expect(handoutPdfFileName('置賜地域 シーズ説明会', 'ja')).toBe('置賜地域 シーズ説明会.pdf');
    expect(handoutPdfFileName('../a/b:c*?', 'en')).toBe('a b c-en.pdf');
    expect(handoutPdfFileName('   ', 'ja')).toBe('handout.pdf');
    expect(handoutPdfFileName('長'.repeat(500), 'ja')).toBe(`${'長'.repeat(120)}.pdf`);
  });
});
