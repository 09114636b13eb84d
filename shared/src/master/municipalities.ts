import type { RegionId } from './regions.ts';

/** A municipality of Yamagata prefecture: local-government code (JIS X 0402), names and region. */
export type Municipality = Readonly<{
  id: string;
  ja: string;
  kana: string;
  en: string;
  region: Exclude<RegionId, 'outside'>;
}>;

/** Stands for any municipality outside Yamagata prefecture. */
export const outsidePrefectureId = 'outside';

/** Yamagata's 35 municipalities (13 cities, 19 towns, 3 villages), each with its region. */
export const municipalities: readonly Municipality[] = [
  // 村山 (14)
  { id: '06201', ja: '山形市', kana: 'やまがたし', en: 'Yamagata', region: 'murayama' },
  { id: '06206', ja: '寒河江市', kana: 'さがえし', en: 'Sagae', region: 'murayama' },
  { id: '06207', ja: '上山市', kana: 'かみのやまし', en: 'Kaminoyama', region: 'murayama' },
  { id: '06208', ja: '村山市', kana: 'むらやまし', en: 'Murayama', region: 'murayama' },
  { id: '06210', ja: '天童市', kana: 'てんどうし', en: 'Tendo', region: 'murayama' },
  { id: '06211', ja: '東根市', kana: 'ひがしねし', en: 'Higashine', region: 'murayama' },
  { id: '06212', ja: '尾花沢市', kana: 'おばなざわし', en: 'Obanazawa', region: 'murayama' },
  { id: '06301', ja: '山辺町', kana: 'やまのべまち', en: 'Yamanobe', region: 'murayama' },
  { id: '06302', ja: '中山町', kana: 'なかやままち', en: 'Nakayama', region: 'murayama' },
  { id: '06321', ja: '河北町', kana: 'かほくちょう', en: 'Kahoku', region: 'murayama' },
  { id: '06322', ja: '西川町', kana: 'にしかわまち', en: 'Nishikawa', region: 'murayama' },
  { id: '06323', ja: '朝日町', kana: 'あさひまち', en: 'Asahi', region: 'murayama' },
  { id: '06324', ja: '大江町', kana: 'おおえまち', en: 'Oe', region: 'murayama' },
  { id: '06341', ja: '大石田町', kana: 'おおいしだまち', en: 'Oishida', region: 'murayama' },
  // 最上 (8)
  { id: '06205', ja: '新庄市', kana: 'しんじょうし', en: 'Shinjo', region: 'mogami' },
  { id: '06361', ja: '金山町', kana: 'かねやままち', en: 'Kaneyama', region: 'mogami' },
  { id: '06362', ja: '最上町', kana: 'もがみまち', en: 'Mogami', region: 'mogami' },
  { id: '06363', ja: '舟形町', kana: 'ふながたまち', en: 'Funagata', region: 'mogami' },
  { id: '06364', ja: '真室川町', kana: 'まむろがわまち', en: 'Mamurogawa', region: 'mogami' },
  { id: '06365', ja: '大蔵村', kana: 'おおくらむら', en: 'Okura', region: 'mogami' },
  { id: '06366', ja: '鮭川村', kana: 'さけがわむら', en: 'Sakegawa', region: 'mogami' },
  { id: '06367', ja: '戸沢村', kana: 'とざわむら', en: 'Tozawa', region: 'mogami' },
  // 置賜 (8)
  { id: '06202', ja: '米沢市', kana: 'よねざわし', en: 'Yonezawa', region: 'okitama' },
  { id: '06209', ja: '長井市', kana: 'ながいし', en: 'Nagai', region: 'okitama' },
  { id: '06213', ja: '南陽市', kana: 'なんようし', en: 'Nan-yo', region: 'okitama' },
  { id: '06381', ja: '高畠町', kana: 'たかはたまち', en: 'Takahata', region: 'okitama' },
  { id: '06382', ja: '川西町', kana: 'かわにしまち', en: 'Kawanishi', region: 'okitama' },
  { id: '06401', ja: '小国町', kana: 'おぐにまち', en: 'Oguni', region: 'okitama' },
  { id: '06402', ja: '白鷹町', kana: 'しらたかまち', en: 'Shirataka', region: 'okitama' },
  { id: '06403', ja: '飯豊町', kana: 'いいでまち', en: 'Iide', region: 'okitama' },
  // 庄内 (5)
  { id: '06203', ja: '鶴岡市', kana: 'つるおかし', en: 'Tsuruoka', region: 'shonai' },
  { id: '06204', ja: '酒田市', kana: 'さかたし', en: 'Sakata', region: 'shonai' },
  { id: '06426', ja: '三川町', kana: 'みかわまち', en: 'Mikawa', region: 'shonai' },
  { id: '06428', ja: '庄内町', kana: 'しょうないまち', en: 'Shonai', region: 'shonai' },
  { id: '06461', ja: '遊佐町', kana: 'ゆざまち', en: 'Yuza', region: 'shonai' },
];

/** Every municipality id a company may carry, including "outside the prefecture". */
export const municipalityIds: readonly string[] = [...municipalities.map((m) => m.id), outsidePrefectureId];

const byId = new Map(municipalities.map((m) => [m.id, m]));

/** Finds a municipality by its code. */
export function findMunicipality(id: string): Municipality | undefined {
  return byId.get(id);
}

/** The region a municipality belongs to ("outside" for outsidePrefectureId), or undefined for an unknown id. */
export function regionOfMunicipality(id: string): RegionId | undefined {
  if (id === outsidePrefectureId) return 'outside';
  return byId.get(id)?.region;
}
