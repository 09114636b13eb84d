/** Japanese text of the quick search (source locale). */
export const searchJa = {
  open: '検索',
  shortcut: 'Ctrl+K',
  dialogLabel: 'クイック検索',
  inputLabel: '企業・担当者・訪問記録・ニーズ・シーズを検索',
  placeholder: '名前・よみ・キーワード・記録の文中の語（ひらがな・カタカナどちらでも）',
  resultsLabel: '検索結果',
  kinds: {
    company: '企業',
    contact: '担当者',
    visit: '訪問記録',
    need: 'ニーズ',
    seed: 'シーズ',
  },
  more: 'ほかにも一致する項目があります。語を足して絞り込んでください。',
  noResults: '「{{query}}」に一致する項目はありません。',
  indexing_one: '検索の準備中です（{{indexed}} / {{total}} 件）。準備できた分から検索します。',
  indexing_other: '検索の準備中です（{{indexed}} / {{total}} 件）。準備できた分から検索します。',
  ready_one: '{{documents}} 件から検索します。',
  ready_other: '{{documents}} 件から検索します。',
  failed: '検索の準備に失敗しました（{{message}}）。アプリを再起動してください。',
  hint: '↑↓ で選択、Enter で開く、Esc で閉じる',
} as const;
