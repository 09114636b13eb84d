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
  refusals: {
    belowFloor: '対象経費 {{costs}}円 × {{rate}} = {{rounded}}円 — 下限 {{floor}}円に届きません',
    noCosts: '対象経費が入力されていません',
    outsideWindow: '申請日 {{submittedOn}} は公募期間（{{callStart}}～{{callEnd}}）の外です',
    noKeioParticipation: '慶應先端研が共同研究先・連携機関・協力機関のいずれとしても参加していません',
    headOfficeOutside: '本社・主たる事業所が県内にありません',
    sizeUnknown: '企業規模を判定できません（資本金・従業員数を入力するか、理由を添えて判定してください）',
    awardsFull: '採択は{{awards}}件までです（採択済み：{{awarded}}）',
    listSeparator: '、',
  },
  grant: {
    computed: '対象経費 {{costs}}円 × {{rate}} = {{rounded}}円（{{unit}}円未満{{mode}}）',
    capped: '上限 {{cap}}円を適用',
    down: '切り捨て',
    halfUp: '四捨五入',
  },
} as const;
