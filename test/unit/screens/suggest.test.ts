import { describe, expect, it } from 'vitest';
import { prepareSeeds, suggestSeeds, type SuggestionSeed } from '#shared/matching/suggest';

const seed = (id: string, patch: Partial<SuggestionSeed>): SuggestionSeed => ({
  id,
  title: id,
  field: 'medical',
  keywords: [],
  summary: '',
  advantage: '',
  applications: '',
  ...patch,
});

describe('suggestSeeds', () => {
  const seeds = prepareSeeds([
    seed('aroma', { title: '麹菌の発酵による香り成分', field: 'food', keywords: ['発酵', '香り', '麹'] }),
    seed('ferment', { title: '乳酸菌の選抜', field: 'food', keywords: ['発酵'] }),
    seed('soil', { title: '土壌微生物', field: 'agriculture', keywords: ['土壌'], summary: '発酵堆肥の改良' }),
    seed('unrelated', { title: '画像診断', field: 'medical', keywords: ['MRI'] }),
  ]);

  it('ranks by shared keywords first and explains each suggestion', () => {
    const result = suggestSeeds({ field: 'food', keywords: ['発酵', '香り'] }, seeds);
    expect(result.map((s) => s.seedId)).toEqual(['aroma', 'ferment', 'soil']);
    expect(result[0]).toMatchObject({ sharedKeywords: ['発酵', '香り'], sameField: true });
    expect(result[2]).toMatchObject({ sharedKeywords: [], mentionedKeywords: ['発酵'], sameField: false });
  });

  it('matches keywords across katakana/hiragana and width', () => {
    const prepared = prepareSeeds([seed('a', { keywords: ['ポリフェノール'] })]);
    const [first] = suggestSeeds({ field: 'food', keywords: ['ﾎﾟﾘﾌｪﾉｰﾙ'] }, prepared);
    expect(first?.sharedKeywords).toEqual(['ﾎﾟﾘﾌｪﾉｰﾙ']);
  });

  it('leaves out seeds with nothing in common and those already matched', () => {
    const result = suggestSeeds({ field: 'food', keywords: ['発酵'] }, seeds, { exclude: new Set(['aroma']) });
    expect(result.map((s) => s.seedId)).toEqual(['ferment', 'soil']);
    expect(result.some((s) => s.seedId === 'unrelated')).toBe(false);
  });

  it('falls back to the field when the need has no keywords, and honours the limit', () => {
    const result = suggestSeeds({ field: 'food', keywords: [] }, seeds, { limit: 1 });
    expect(result).toHaveLength(1);
    expect(result[0]?.sameField).toBe(true);
  });

  it('suggests nothing for a need without keywords in a field no seed has', () => {
    expect(suggestSeeds({ field: 'environment', keywords: [] }, seeds)).toEqual([]);
  });
});
