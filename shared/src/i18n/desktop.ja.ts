/** Japanese text of the desktop shell: the application menu, dialogs and notices of main (source locale). */
export const desktopJa = {
  menu: {
    app: {
      about: '架け橋について',
      services: 'サービス',
      hide: '架け橋を隠す',
      hideOthers: 'ほかを隠す',
      unhide: 'すべてを表示',
      quit: '架け橋を終了',
    },
    file: {
      title: 'ファイル',
      newVisit: '新規訪問',
      backup: 'バックアップ…',
      restore: '復元…',
      export: '書き出し…',
      print: '印刷…',
      quit: '終了',
      close: 'ウインドウを閉じる',
    },
    edit: {
      title: '編集',
      undo: '取り消す',
      redo: 'やり直す',
      cut: '切り取り',
      copy: 'コピー',
      paste: '貼り付け',
      selectAll: 'すべてを選択',
    },
    view: {
      title: '表示',
      reload: '再読み込み',
      devTools: '開発者ツール',
      resetZoom: '実際のサイズ',
      zoomIn: '拡大',
      zoomOut: '縮小',
      fullScreen: 'フルスクリーン',
    },
    window: { title: 'ウインドウ', minimize: 'しまう', zoom: '拡大／縮小', front: 'すべてを手前に移動' },
    help: {
      title: 'ヘルプ',
      about: 'バージョン情報',
      openLogs: 'ログのフォルダーを開く',
      diagnostics: '診断情報の書き出し…',
    },
  },
  quit: {
    waiting: '保存中の下書きと同期を終えてから終了します。すぐに終了するには、もう一度終了を選んでください。',
  },
  about: {
    title: '架け橋 Kakehashi',
    detail: 'バージョン {{version}}\nElectron {{electron}} / Chromium {{chrome}} / Node {{node}}\n{{os}}',
  },
  crash: {
    mainTitle: '架け橋で予期しないエラーが起きました',
    mainDetail:
      '保存済みのデータは失われていません。内容はログに記録しました（ヘルプ → ログのフォルダーを開く）。問題が続く場合は、ヘルプ → 診断情報の書き出し で作ったファイルを担当者に送ってください。\n\n{{message}}',
    rendererTitle: '画面が応答しなくなりました',
    rendererDetail: '保存済みのデータは失われていません。画面を読み込み直しますか？（理由: {{reason}}）',
    reload: '読み込み直す',
    quit: '終了する',
  },
  diagnostics: {
    saved: '診断情報を保存しました: {{path}}',
    failed: '診断情報を書き出せませんでした: {{message}}',
    fileType: '診断情報 (zip)',
  },
  database: {
    newerTitle: 'このデータは新しい版の架け橋で作られています',
    newerBody:
      'このデータベースはスキーマ版 {{stored}} で、この架け橋はスキーマ版 {{supported}} までしか読めません。データを壊さないよう開きませんでした。新しい版の架け橋をインストールしてください。',
    upgradeFailedTitle: 'データベースの更新に失敗しました',
    upgradeFailedBody:
      '元のデータはそのまま残っています。更新の前に作ったバックアップ: {{backup}}。担当者に連絡し、診断情報の書き出しで作ったファイルを送ってください。',
    backupFailedTitle: '更新前のバックアップを作れませんでした',
    backupFailedBody:
      'データを守るため、データベースを更新せずに止めました。空き容量を確かめてから、もう一度起動してください。（{{detail}}）',
  },
  notice: { dismiss: '閉じる', label: 'お知らせ' },
  restoreHandoff: {
    notice: '開いたファイル {{name}} を復元できます。「復元…」を押すとファイルの中身を確かめてから復元します。',
  },
};
