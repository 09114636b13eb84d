import { describe, expect, it } from 'vitest';
import { seedPublicView } from '#shared/domain/seedPublicView';
import { toHandoutModel } from '#shared/handout/toHandoutModel';
import { testEvent, testProgramme, testSeed } from '../../harness/handoutFixtures.ts';

const sheet = () =>
  testSeed({
    title: '庄内柿の機能性を活かした加工食品開発',
    titleEn: 'Processed foods that make use of the functional properties of Shonai persimmons',
    field: 'food',
    stage: 'applied',
    summary: '機能性成分を高める栽培法により生産された庄内柿を使用した製品開発。',
    summaryEn: 'Products made from Shonai persimmons grown to raise their functional components.',
    advantage: 'メタボローム解析を活用する。',
    advantageEn: '',
    applications: '加工食品',
    applicationsEn: 'Processed foods',
    visibility: { applications: 'internal' },
  });

describe('English fields of a seed sheet on a handout', () => {
  it('prints the English texts on an English handout, and the Japanese one marked where English is empty', () => {
    const seed = sheet();
    const [page] = toHandoutModel(testEvent([seed]), [seed], testProgramme(), { language: 'en' }).seeds;
    expect(page?.title).toBe('Processed foods that make use of the functional properties of Shonai persimmons');
    expect(page?.titleInJapanese).toBe(false);
    expect(page?.sections).toEqual([
      {
        key: 'summary',
        text: 'Products made from Shonai persimmons grown to raise their functional components.',
        inJapanese: false,
      },
      { key: 'advantage', text: 'メタボローム解析を活用する。', inJapanese: true },
    ]);
  });

  it('prints the Japanese texts unmarked on a Japanese handout', () => {
    const seed = sheet();
    const [page] = toHandoutModel(testEvent([seed]), [seed], testProgramme(), { language: 'ja' }).seeds;
    expect(page?.title).toBe('庄内柿の機能性を活かした加工食品開発');
    expect(page?.sections.map((section) => [section.text, section.inJapanese])).toEqual([
      ['機能性成分を高める栽培法により生産された庄内柿を使用した製品開発。', false],
      ['メタボローム解析を活用する。', false],
    ]);
  });

  it('keeps an English text out of the public view when its Japanese field is internal', () => {
    const view = seedPublicView(sheet());
    expect(view).not.toHaveProperty('applicationsEn');
    expect(view).not.toHaveProperty('applications');
    expect(view.summaryEn).toBe('Products made from Shonai persimmons grown to raise their functional components.');
  });

  it('marks the Japanese title of a sheet without an English one', () => {
    const seed = testSeed({ title: '紅花の色素の研究', field: 'food', stage: 'basic' });
    const [page] = toHandoutModel(testEvent([seed]), [seed], testProgramme(), { language: 'en' }).seeds;
    expect(page?.title).toBe('紅花の色素の研究');
    expect(page?.titleInJapanese).toBe(true);
  });
});
