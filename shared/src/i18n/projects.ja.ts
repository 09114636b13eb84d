/** Japanese text of the support-programme, project and application screens. */
export const projectsJa = {
  programmes: {
    title: '支援制度',
    intro:
      'バイオ技術産業化支援事業の年度ごとの条件です。ここで入力した条件が、その年度の説明会資料の「支援制度」ページに印刷されます。',
    empty: '支援制度はまだ登録されていません。',
    new: '年度の条件を追加',
    createTitle: '支援制度の条件を追加',
    editTitle: '支援制度の条件を編集',
    fiscalYear: '{{year}}年度',
    rateHelp: '「2/3」のように分数で入力します。',
    yenHelp: '円単位の整数で入力します（全角数字・カンマも可）。',
    costCategoriesHelp: '1行に1区分を入力します。',
    roundingDown: '切り捨て',
    roundingHalfUp: '四捨五入',
    roundingUnit: '端数処理の単位（円）',
    roundingValue: '{{unit}}円未満{{mode}}',
    summary: '{{awards}}件・{{min}}〜{{max}}・中小企業{{sme}}／大企業{{large}}',
  },
} as const;
