/** The four regions of Yamagata prefecture, plus companies outside it. */
export const regionIds = ['murayama', 'mogami', 'okitama', 'shonai', 'outside'] as const;

/** One region id. */
export type RegionId = (typeof regionIds)[number];

/** Region names in both UI languages (data, not UI text: used by exports and handouts too). */
export const regionNames: Readonly<Record<RegionId, Readonly<{ ja: string; en: string }>>> = {
  murayama: { ja: '村山', en: 'Murayama' },
  mogami: { ja: '最上', en: 'Mogami' },
  okitama: { ja: '置賜', en: 'Okitama' },
  shonai: { ja: '庄内', en: 'Shonai' },
  outside: { ja: '県外', en: 'Outside the prefecture' },
};
