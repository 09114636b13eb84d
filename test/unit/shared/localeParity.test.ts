import { describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { localeKeys } from '#shared/i18n/localeShape';

describe('locales', () => {
  it('ja and en have exactly the same keys', () => {
    expect(localeKeys(en)).toEqual(localeKeys(ja));
  });

  it('no text is left empty', () => {
    const empty = (resource: object) =>
      localeKeys(resource).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(ja)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('a missing key is caught by the parity check', () => {
    const { sync: _dropped, ...navWithoutSync } = ja.nav;
    const broken = { ...ja, nav: navWithoutSync };
    expect(localeKeys(broken)).not.toEqual(localeKeys(ja));
  });
});
