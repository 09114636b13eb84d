import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Seed } from '#shared/domain/seed';
import { ja } from '#shared/i18n/ja';
import type { AppInstance } from '../harness/launchApp.ts';
import { testEvent, testProgramme, testSeed } from '../harness/handoutFixtures.ts';
import { openHandout, printHandoutPdf } from '../harness/handoutPdf.ts';
import { inkRatio, pdfFonts, pdfInfo, pdfText } from '../harness/poppler.ts';
import { sampleHandout } from '../harness/sampleHandout.ts';
import { putRecords } from '../harness/seedDatabase.ts';
import { expect, test } from './fixtures.ts';

// Internal values that must never be printed: each is unique so a search for it proves absence.
const secret = {
  institution: '内部用研究機関名ゼータ',
  keyword: '今後の研究キーワード極秘',
  researcher: '内部研究者名オメガ',
  ipStatus: '出願準備中の秘匿事項',
};

function seeds(): Seed[] {
  return [
    testSeed({
      title: '害虫に強い大豆の研究開発',
      field: 'agriculture',
      stage: 'applied',
      institution: secret.institution,
      researcher: secret.researcher,
      summary: '害虫の被害が少ない大豆の特徴を解析し、農薬等を用いないで栽培できる品種開発等に活用する。',
      applications: '減農薬栽培、品種開発',
      keywords: [secret.keyword],
      ipStatus: secret.ipStatus,
      contact: 'バイオ産業推進室',
    }),
    testSeed({
      title: '唾液による膵臓がん等の診断技術の開発',
      field: 'medical',
      stage: 'basic',
      institution: secret.institution,
      summary: 'メタボローム解析により探索した唾液中のバイオマーカーを活用し、膵臓がん等を診断する技術を開発する。',
      keywords: ['公開キーワード唾液'],
      visibility: { keywords: 'public' },
    }),
    testSeed({
      title: '微細藻類に含まれる機能性成分に着目した製品開発',
      field: 'food',
      stage: 'applied',
      institution: secret.institution,
      summary: '微細藻類の代謝物質等をメタボローム解析し、機能性成分を活用した製品を開発する。',
    }),
  ];
}

async function stage(app: AppInstance, sheets: readonly Seed[], eventFields: Parameters<typeof testEvent>[1] = {}) {
  await app.page.getByRole('navigation', { name: ja.nav.label }).waitFor();
  const event = testEvent(sheets, eventFields);
  await putRecords(app.page, { seeds: sheets, events: [event], programmes: [testProgramme()] });
  return event;
}

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kakehashi-handout-'));
});
test.afterEach(async () => {
  // KAKEHASHI_KEEP_PDF=1 keeps the PDFs to look at them.
  if (process.env['KAKEHASHI_KEEP_PDF'] === '1') console.log(`handout PDFs kept in ${folder}`);
  else await rm(folder, { recursive: true, force: true });
});

for (const language of ['ja', 'en'] as const) {
  test(`the ${language} handout PDF has one A4 page per part, embedded fonts, and no internal field`, async ({
    app,
    server,
  }) => {
    const sheets = seeds();
    const event = await stage(app, sheets);
    const file = join(folder, `handout-${language}.pdf`);
    const { overflowingPages } = await printHandoutPdf(app.page, server.url, event.id, language, file);
    expect(overflowingPages).toBe(0);

    const info = await pdfInfo(file);
    // cover + agenda + one per seed + programme + consultation form
    expect(info.pages).toBe(1 + 1 + sheets.length + 1 + 1);
    expect([Math.round(info.widthPt), Math.round(info.heightPt)]).toEqual([595, 842]);

    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    // The bundled Noto Sans JP, not whatever the machine has installed.
    expect(fonts.every((font) => font.name.includes('NotoSansJP'))).toBe(true);

    const text = (await pdfText(file)).replace(/\s+/g, '');
    for (const sheet of sheets) expect(text).toContain(sheet.title.replace(/\s+/g, ''));
    for (const value of Object.values(secret)) expect(text).not.toContain(value);
    expect(text).toContain('公開キーワード唾液');
    expect(text).toContain(language === 'ja' ? '平成24年6月8日' : 'Friday,8June2012');
    expect(text).toContain(language === 'ja' ? 'ご相談票' : 'Consultationform');

    // A seed page has ink on it (a missing font would still extract as text but print as blanks).
    expect(await inkRatio(file, 3)).toBeGreaterThan(0.01);
  });
}

test('a seed with a very long title and summary stays on its own page', async ({ app, server }) => {
  const ending = '以上が長い概要の最後の一文です';
  const long = testSeed({
    title: 'メタボローム解析を活用した県産農産物の機能性成分の解明と高付加価値食品の開発'.repeat(3),
    field: 'food',
    stage: 'applied',
    summary: `${'県産農産物に含まれる機能性成分や特徴的成分をメタボローム解析で明らかにし、育種や栽培技術の開発、疾病の予防効果のある高付加価値食品の開発に活用する。'.repeat(22)}${ending}`,
    advantage: '既存の成分分析では捉えられない数百の代謝物を一度に測定できる。'.repeat(6),
    applications: '機能性表示食品、加工食品、育種',
    visibility: { institution: 'internal' },
  });
  const sheets = [...seeds(), long];
  const event = await stage(app, sheets);
  const file = join(folder, 'long.pdf');
  const { overflowingPages } = await printHandoutPdf(app.page, server.url, event.id, 'ja', file);
  expect(overflowingPages).toBe(0);
  expect((await pdfInfo(file)).pages).toBe(1 + 1 + sheets.length + 1 + 1);
  const longPage = (await pdfText(file, 2 + sheets.length)).replace(/\s+/g, '');
  expect(longPage).toContain(ending);
  expect(longPage).toContain('メタボローム解析を活用した県産農産物');
});

test('the print preview saves the PDF through the host and opens it', async ({ app, server }) => {
  const event = await stage(app, seeds(), { handoutUrl: 'https://example.jp/bio/seeds' });
  await openHandout(app.page, server.url, event.id, 'ja');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(app.page.getByRole('img', { name: ja.handout.form.qr })).toBeVisible();
  await app.page.getByRole('button', { name: ja.handout.preview.savePdf }).click();
  const saved = join(app.userDataPath, 'pdf', '置賜地域 研究シーズ説明会.pdf');
  await expect(app.page.getByRole('status').filter({ hasText: saved })).toBeVisible();
  expect(app.openedFiles).toEqual([saved]);
  expect((await pdfInfo(saved)).pages).toBe(7);

  await app.page.getByLabel(ja.handout.preview.language).selectOption('en');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.page.getByText('Consultation form', { exact: true })).toBeVisible();
});

test('the sample handout (16 sample seed sheets in 置賜) passes the poppler checks in both languages', async ({
  app,
  server,
}) => {
  const { event, seeds: sheets, programme } = sampleHandout({ handoutUrl: 'https://example.jp/bio-cluster/seeds' });
  await putRecords(app.page, { seeds: sheets, events: [event], programmes: [programme] });
  const institutions = [...new Set(sheets.map((sheet) => sheet.institution))];
  expect(sheets.every((sheet) => sheet.visibility.institution === 'internal')).toBe(true);
  for (const language of ['ja', 'en'] as const) {
    const file = join(folder, `sample-${language}.pdf`);
    expect((await printHandoutPdf(app.page, server.url, event.id, language, file)).overflowingPages).toBe(0);
    expect((await pdfInfo(file)).pages).toBe(16 + 4);
    expect((await pdfFonts(file)).filter((font) => !font.embedded)).toEqual([]);
    const text = (await pdfText(file)).replace(/\s+/g, '');
    for (const sheet of sheets) expect(text).toContain(sheet.title.replace(/\s+/g, ''));
    for (const institution of institutions) expect(text).not.toContain(institution.replace(/\s+/g, ''));
    expect(await inkRatio(file, 3 + 15)).toBeGreaterThan(0.01);
  }
});

test('a 60-seed handout still fits its agenda and its consultation form on one page each', async ({ app, server }) => {
  const { event, seeds: sheets, programme } = sampleHandout({ seedCount: 60 });
  await putRecords(app.page, { seeds: sheets, events: [event], programmes: [programme] });
  const file = join(folder, 'sixty.pdf');
  expect((await printHandoutPdf(app.page, server.url, event.id, 'ja', file)).overflowingPages).toBe(0);
  expect((await pdfInfo(file)).pages).toBe(60 + 4);
  const form = (await pdfText(file, 64)).replace(/\s+/g, '');
  expect(form).toContain('ご相談票');
  for (const sheet of sheets) expect(form).toContain(sheet.title.replace(/\s+/g, ''));
});

test('an English handout prints a sheet’s English fields, and its Japanese text marked where English is empty', async ({
  app,
  server,
}) => {
  const sheet = testSeed({
    title: '庄内柿の機能性を活かした加工食品開発',
    field: 'food',
    stage: 'applied',
    institution: secret.institution,
    summary: '機能性成分を高める栽培法により生産された庄内柿を使用した製品開発。',
    advantage: 'メタボローム解析を活用して機能性成分を評価する。',
  });
  const event = await stage(app, [sheet]);
  // The English fields are typed in the editor, by their labels.
  const { page } = app;
  await page.goto(new URL(`#/seeds/${sheet.id}`, server.url).href);
  const fields = ja.data.fields.seed;
  await page.getByLabel(fields.titleEn, { exact: true }).fill('Processed foods from Shonai persimmons');
  await page
    .getByLabel(fields.summaryEn, { exact: true })
    .fill('Product development with Shonai persimmons grown to raise their functional components.');
  await page.getByRole('button', { name: ja.seedsEditor.editor.save }).click();
  await expect(page.getByRole('status').filter({ hasText: ja.seedsEditor.editor.saved })).toBeVisible();

  const file = join(folder, 'handout-english-fields.pdf');
  const { overflowingPages } = await printHandoutPdf(page, server.url, event.id, 'en', file);
  expect(overflowingPages).toBe(0);
  const seedPage = (await pdfText(file, 3)).replace(/\s+/g, ' ');
  expect(seedPage).toContain('Processed foods from Shonai persimmons');
  expect(seedPage).toContain('Product development with Shonai persimmons grown to raise their functional components.');
  // The advantage has no English text: printed in Japanese, marked.
  expect(seedPage.replace(/\s+/g, '')).toContain('メタボローム解析を活用して機能性成分を評価する。');
  expect(seedPage).toContain('(in Japanese only)');
  const whole = (await pdfText(file)).replace(/\s+/g, '');
  expect(whole).not.toContain('庄内柿の機能性を活かした加工食品開発');
  expect(whole).not.toContain('機能性成分を高める栽培法');
  expect(whole).not.toContain(secret.institution);
  // Exactly one marked section: the summary and the title are English.
  expect(seedPage.split('(in Japanese only)')).toHaveLength(2);
});
