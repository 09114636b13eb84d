import { desktopJa } from './desktop.ja.ts';
import { dataJa } from './data.ja.ts';
import { eventsJa } from './events.ja.ts';
import { exportJa } from './export.ja.ts';
import { handoutJa } from './handout.ja.ts';
import { importJa } from './import.ja.ts';
import { searchJa } from './search.ja.ts';
import { screensJa } from './screens.ja.ts';
import { seedsEditorJa } from './seedsEditor.ja.ts';
import { visitsJa } from './visits.ja.ts';
import { syncJa } from './sync.ja.ts';
import { takeBackJa } from './takeBack.ja.ts';
import { projectsJa } from './projects.ja.ts';
import { reportsJa } from './reports.ja.ts';
/** Japanese UI text: the source locale. Every other locale has exactly these keys. */
export const ja = {
  data: dataJa,
  sync: syncJa,
  export: exportJa,
  takeBack: takeBackJa,
  desktop: desktopJa,
  projects: projectsJa,
  reports: reportsJa,
  app: {
    name: '架け橋',
    subtitle: 'ニーズとシーズをつなぐ',
  },
  nav: {
    label: 'メインメニュー',
    home: 'ホーム',
    companies: '企業',
    visits: '訪問記録',
    needs: 'ニーズ',
    seeds: 'シーズ',
    events: '説明会',
    programmes: '支援制度',
    reports: 'レポート',
    sync: '同期',
    trash: '削除済み',
    settings: '設定',
  },
  shell: {
    online: 'オンライン',
    offline: 'オフライン',
    connectionStatus: '接続状態',
    language: '表示言語',
  },
  pages: {
    events: { intro: 'シーズ説明会・交流会の計画と配布資料の作成がここで行えます。' },
    sync: { intro: '共有フォルダ・WebDAV・S3 を通じた同期の設定がここで行えます。' },
  },

  settings: {
    languageHelp: '画面の表示言語を選びます。選んだ言語は次回起動時も使われます。',
    calendar: '年の表示',
    calendarGregory: '西暦（2026年）',
    calendarJapanese: '和暦（令和8年）',
    about: 'このアプリについて',
    version: 'バージョン',
    platform: 'プラットフォーム',
    userDataPath: 'データの保存場所',
    saved: '設定を保存しました。',
    recoveredUnreadable:
      '設定ファイルを読み込めなかったため、初期設定に戻しました。元のファイルは {{backupFile}} に残してあります。',
    recoveredInvalid:
      '設定ファイルに正しくない値があったため、初期設定に戻しました。元のファイルは {{backupFile}} に残してあります。',
  },
  languages: {
    ja: '日本語',
    en: 'English',
  },
  events: eventsJa,
  handout: handoutJa,
  import: importJa,
  errors: {
    title: '問題が発生しました',
    boundaryHelp: '画面を表示できませんでした。入力済みのデータは保存されています。再読み込みしてください。',
    reload: '再読み込み',
    details: '詳細',
    notFound: 'ページが見つかりません。',
    backToHome: 'ホームへ戻る',
    host: {
      'unknown-channel': 'アプリ内部の呼び出し先が見つかりません。',
      'invalid-input': '入力内容に誤りがあります。',
      'forbidden-sender': 'この画面からの操作は許可されていません。',
      'handler-failed': '処理に失敗しました。',
      'invalid-output': 'アプリ内部で予期しない結果が返されました。',
      'not-found': '対象が見つかりません。',
      'too-large': 'ファイルが大きすぎます。',
      'unsupported-type': 'この種類のファイルは扱えません。',
      'io-failed': 'ファイルの読み書きに失敗しました。',
      cancelled: '処理を中止しました。',
      'sync-failed': '同期に失敗しました。',
      'invalid-file': 'ファイルが壊れているか、このアプリのファイルではありません。何も変更していません。',
    },
  },
  search: searchJa,
  screens: screensJa,
  visits: visitsJa,
  seedsEditor: seedsEditorJa,
} as const;
