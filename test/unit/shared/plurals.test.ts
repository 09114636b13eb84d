// Every text that carries a count goes through i18next's plural rules: English says "1 need" and
// "2 needs", Japanese (one plural form) says the same for both.
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { localeKeys } from '#shared/i18n/localeShape';
import { resources } from '#shared/i18n/resources';

const valueAt = (resource: object, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource) as string;

const pluralKeys = localeKeys(en)
  .filter((key) => key.endsWith('_one'))
  .map((key) => key.slice(0, -'_one'.length));

// Texts with a count but no noun to agree with it ("Pending: 3", "3件" in a table row).
const numberOnly = new Set([
  'data.backup.reportLine',
  'handout.cover.seedCount',
  'handout.programme.awardsValue',
  'sync.run.pending',
  'visits.list.more',
]);

let t: i18n['t'];
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'en', fallbackLng: 'ja', interpolation: { escapeValue: false } });
  t = instance.t.bind(instance);
});

// Every placeholder of a text filled with a marker, and the count given as `count`.
function render(language: 'ja' | 'en', key: string, count: number): string {
  const text = valueAt(language === 'ja' ? ja : en, `${key}_other`);
  const values: Record<string, unknown> = { count, lng: language };
  for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/gu)) if (name !== 'count') values[name!] = String(count);
  return (t as unknown as (key: string, options: object) => string)(key, values);
}

describe('plural texts', () => {
  it('every English text with {{count}} has a singular and a plural form, or says a bare number', () => {
    const counted = localeKeys(en).filter((key) => /\{\{count\}\}/u.test(valueAt(en, key)));
    const withoutForms = counted.filter((key) => !/_(one|other)$/u.test(key) && !numberOnly.has(key));
    expect(withoutForms).toEqual([]);
    for (const key of numberOnly) expect(localeKeys(en)).toContain(key);
  });

  it.each(pluralKeys)('%s: English singular for 1, plural for 2; Japanese the same form', (key) => {
    const one = render('en', key, 1);
    const two = render('en', key, 2);
    expect(one).not.toMatch(/\{\{|_one|_other/u);
    expect(two).not.toMatch(/\{\{|_one|_other/u);
    // The forms differ in more than the number.
    expect(one.replaceAll('1', '#')).not.toBe(two.replaceAll('2', '#'));
    expect(render('ja', key, 1).replaceAll('1', '#')).toBe(render('ja', key, 2).replaceAll('2', '#'));
  });

  it.each([
    ['screens.companies.openNeeds', 1, '1 need'],
    ['screens.companies.openNeeds', 3, '3 needs'],
    ['sync.run.sentFiles', 1, 'sent 1 file'],
    ['sync.run.sentFiles', 0, 'sent 0 files'],
    ['visits.list.count', 1, '1 visit'],
    ['seedsEditor.list.count', 1, '1 sheet'],
    ['screens.common.checkInput', 1, 'Please check the input (1 problem).'],
    ['handout.preview.pages', 1, '1 page (A4)'],
    ['events.invitations.invited', 1, '1 company invited'],
  ] as const)('%s with %i in English is "%s"', (key, count, expected) => {
    expect(render('en', key, count)).toBe(expected);
  });

  it('Japanese has one form for every count', () => {
    expect(render('ja', 'screens.companies.openNeeds', 1)).toBe('ニーズ 1');
    expect(render('ja', 'sync.run.sentFiles', 1)).toBe('送信 1 ファイル');
  });
});
