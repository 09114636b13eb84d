/** Japanese text of the 同期 screen (source locale). */
export const syncJa = {
  target: {
    title: '同期先',
    kind: '同期先の種類',
    folder: '共有フォルダ',
    webdav: 'WebDAV サーバー',
    s3: 'S3 互換ストレージ',
    path: 'フォルダのパス',
    chooseFolder: 'フォルダーを選択…',
    pathHelp: '例: \\\\nas\\kakehashi または /mnt/share/kakehashi',
    url: 'URL',
    username: 'ユーザー名',
    password: 'パスワード',
    secretKept: '保存済み（変更する場合のみ入力）',
    endpoint: 'エンドポイント',
    region: 'リージョン',
    bucket: 'バケット',
    prefix: 'フォルダ（任意）',
    accessKeyId: 'アクセスキー ID',
    secretAccessKey: 'シークレットキー',
    pathStyle: 'パス形式の URL を使う（MinIO・Ceph）',
    encrypt: 'エンドツーエンド暗号化（チームの合言葉）',
    passphrase: '合言葉',
    deviceName: 'この端末の名前',
    autoSync: '自動同期の間隔（分、0 で無効）',
    save: '保存',
    saved: '同期先を保存しました。',
    test: '接続テスト',
    testEmpty: '接続できました。まだチームがありません。最初の同期でチームを作成します。',
    testTeam: '接続できました。チーム「{{name}}」のフォルダです。',
    testEncrypted: '（暗号化あり）',
    secretDropped:
      '接続先（URL・ユーザー名・バケットなど）が変わったため、保存済みのパスワード／シークレットキーは破棄しました。もう一度入力してください。',
    plainHttpWarning:
      'この URL は暗号化されていない http:// です。ユーザー名とパスワードがネットワーク上をそのまま流れます。可能なら https:// を使ってください。',
    allowPlainHttp: '暗号化されていない http:// でパスワードを送ることを了承する',
    storageProtected: 'パスワードと合言葉は OS の鍵保管庫（{{backend}}）で暗号化して保存します。',
    storageUnprotected:
      'この端末には使える鍵保管庫がありません（{{backend}}）。パスワードと合言葉は実質的に保護されずに保存されます。GNOME キーリングや KWallet を使えるようにすることをおすすめします。',
    storageUnavailable: 'この端末では OS の鍵保管庫が使えないため、パスワードと合言葉を保存できません。',
    allowUnprotected: '保護されない形でパスワードと合言葉を保存することを了承する',
    recovered:
      '同期の設定ファイル（sync.json）を読み込めなかったため、{{backupFile}} として残し、同期の設定を初期状態に戻しました。同期先をもう一度設定してください。',
  },
  dialog: {
    confirmFolderMessage: 'このフォルダーを同期先として使いますか？',
    confirmFolderDetail:
      'パスが画面で入力されました。架け橋はこのフォルダーに同期用のファイルを作成・削除します。\n\n{{path}}',
    confirmFolderUse: 'このフォルダーを使う',
    confirmFolderCancel: 'キャンセル',
  },
  run: {
    title: '同期の実行',
    now: '今すぐ同期',
    cancel: '中止',
    running: '同期中…',
    progress_one: 'ファイル {{files}} / {{total}}・{{bytes}}・{{records}} 件',
    progress_other: 'ファイル {{files}} / {{total}}・{{bytes}}・{{records}} 件',
    pending: '未送信の変更: {{count}} 件',
    last: '前回の同期',
    never: 'まだ同期していません。',
    lastOk: '{{at}} に完了: {{sent}}、{{received}}、{{applied}}',
    sentFiles_one: '送信 {{count}} ファイル',
    sentFiles_other: '送信 {{count}} ファイル',
    receivedFiles_one: '受信 {{count}} ファイル',
    receivedFiles_other: '受信 {{count}} ファイル',
    appliedRecords_one: '{{records}} 件を反映',
    appliedRecords_other: '{{records}} 件を反映',
    lastFailed: '{{at}} に失敗: {{message}}',
    autoOn_one: '{{minutes}} 分ごとに自動で同期します（オンライン時）。',
    autoOn_other: '{{minutes}} 分ごとに自動で同期します（オンライン時）。',
  },
  devices: {
    title: '同期している端末',
    none: 'ほかの端末はまだありません。',
    device: '端末',
    lastSeen: '最終同期',
    batches: '変更ファイル数',
  },
  conflicts: {
    title: '競合',
    none: '競合はありません。',
    intro: '同じ項目が別々の端末で変更されました。採用されなかった値をここに残しています。',
    record: '対象',
    field: '項目',
    kept: '現在の値',
    lost: '採用されなかった値',
    actions: '操作',
    pick: 'この値を採用',
    dismiss: '現在の値のままにする',
    side: '{{device}}・{{at}}',
    thisDevice: 'この端末',
    unnamed: '（名前のない記録）',
  },
  problems: {
    title: '保留中の変更ファイル',
    none: '保留中のファイルはありません。',
    corrupt: '端末 {{device}} の {{seq}} 番目のファイルが壊れています。適用も削除もしていません。',
    gap: '端末 {{device}} の {{seq}} 番目のファイルがまだ届いていません。届くまで待ちます。',
    fork: '端末 {{device}} の {{seq}} 番目のファイルが一致しません。同じ端末 ID が 2 台で使われている可能性があります。',
    quarantined:
      '端末 {{device}} の {{seq}} 番目のファイルの日時が未来すぎるため保留しています（端末の時計を確認してください）。',
    blobMissing: '添付ファイル「{{subject}}」の本体がこの端末にないため、記録だけを同期先に送りました。',
    blobWaiting: '添付ファイル「{{subject}}」の本体がまだ同期先に届いていません。次回の同期で再取得します。',
    blobCorrupt: '添付ファイル「{{subject}}」の本体が壊れています。保存していません。',
    snapshotCorrupt: 'スナップショット {{subject}} が壊れているため使わず、変更ファイルから読み込みました。',
    refused:
      '端末 {{device}} から届いた「{{subject}}」の{{fields}}の値は、正しくないため反映していません。ほかの項目と、その後に届く正しい値は反映します。',
    newerVersion:
      '端末 {{device}} は新しいバージョンの Kakehashi を使っています。このバージョンで扱えない変更（{{subject}}）は保存してあり、アプリを更新すると反映します。',
  },
  errors: {
    'target-missing':
      '同期先が見つかりません。フォルダやサーバーの場所を確認してください。ローカルのデータは削除していません。',
    'target-empty': '同期先は空です。最初に同期する端末がチームを作成します。',
    'other-team': 'この同期先は別のチームのものです。同期先のフォルダやURLが正しいか確認してください。',
    'newer-format': '同期先は新しいバージョンのアプリで作られています。アプリを更新してください。',
    'wrong-passphrase': '合言葉が違います。同期先の設定で、チームで決めた合言葉を入力し直して保存してください。',
    'passphrase-required': 'このチームは暗号化されています。合言葉を入力してください。',
    'encryption-removed':
      'このチームは暗号化されていましたが、同期先のチーム情報（team.json）から暗号化が外されています。差し替えられた可能性があるため、送受信していません。同期先の管理者に確認してください。',
    'corrupt-batch':
      '壊れた変更ファイルがあります。「保留中の変更ファイル」で端末と番号を確認し、その端末で同期し直してください。',
    'corrupt-team-file':
      '同期先のチーム情報（team.json）が壊れています。同期先の管理者に確認してください。ローカルのデータは変更していません。',
    unauthorized: 'ユーザー名またはパスワードが違います（401）。',
    forbidden:
      'アクセスが許可されていません（403）。ユーザー名に書き込み権限があるか、同期先の管理者に確認してください。',
    'not-found': '同期先の URL が見つかりません（404）。',
    'precondition-failed': 'サーバーが書き込みを拒否しました（412）。',
    'server-error': 'サーバーでエラーが発生しました（5xx）。時間をおいて再試行してください。',
    'captive-portal': 'サーバーの代わりにログイン画面が返されました。公衆 Wi-Fi などのログインを済ませてください。',
    network: 'サーバーに接続できません。ネットワークを確認してください。',
    'outside-root': '同期先のフォルダの外を指すファイルは扱いません。',
    fork: '同じ端末 ID が別の端末でも使われています。',
    cancelled: '同期を中止しました。次回の同期で続きから行います。',
    'io-failed':
      'ファイルの読み書きに失敗しました。同期先のフォルダに書き込めるか、空き容量があるかを確認して再試行してください。',
    'folder-not-chosen':
      'このフォルダーは同期先として確認されていません。「フォルダーを選択…」で選ぶか、確認の画面で「このフォルダーを使う」を押してください。',
    'credentials-in-url':
      'URL にユーザー名やパスワードを含めないでください。それぞれ「ユーザー名」「パスワード」の欄に入力してください。',
    'plain-http':
      'この URL は暗号化されていない http:// です。パスワードを送る前に、警告を確認してチェックを入れてください。',
    'secrets-unprotected':
      'この端末ではパスワードと合言葉が保護されずに保存されます。保存する場合は、了承のチェックを入れてください。',
    'secrets-unavailable': 'この端末では OS の鍵保管庫が使えないため、パスワードと合言葉を保存できません。',
    'secret-missing': 'この同期先のシークレットキーが保存されていません。同期の設定で入力し直してください。',
    'invalid-id': 'チーム ID または端末 ID の形式が正しくありません（英数字・「_」・「-」で 64 文字以内）。',
    'listing-too-large':
      '同期先の一覧が上限を超えました（ファイル数または問い合わせ回数）。同期先の URL やフォルダが正しいか確認してください。ローカルのデータは変更していません。',
    'listing-timed-out':
      '同期先の一覧の取得が制限時間を超えました。サーバーが応答しないか遅すぎます。時間をおいて再試行するか、同期先を確認してください。',
    unknown:
      '同期に失敗しました。時間をおいて「今すぐ同期」で再試行してください。続く場合は同期先の設定を確認してください。',
  },
} as const;
