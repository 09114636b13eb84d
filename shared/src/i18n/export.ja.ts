/** Japanese text of list export: the button, the formats, the sheet names and the outcome. */
export const exportJa = {
  button: '書き出す',
  format: '書き出し形式',
  formats: {
    xlsx: 'Excel（.xlsx）',
    'csv-utf8': 'CSV（UTF-8）',
    'csv-sjis': 'CSV（Shift_JIS・古い Excel 向け）',
  },
  what: '書き出す一覧',
  busy: '書き出しています…',
  saved: '{{path}} に保存しました。',
  downloaded: '{{name}} をダウンロードしました。',
  cancelled: '書き出しを取り消しました。',
  failed: '書き出せませんでした：{{detail}}',
  unencodable:
    'Shift_JIS では書けない文字があるため、書き出していません。CSV（UTF-8）か Excel で書き出すか、次のセルを直してください：',
  unencodableCell: '{{row}}行目「{{column}}」の「{{character}}」',
  yes: 'はい',
  createdOn: '登録日',
  sheets: {
    companies: '企業一覧',
    contacts: '担当者一覧',
    visits: '訪問記録',
    needs: 'ニーズ一覧',
    seeds: 'シーズ一覧',
  },
};
