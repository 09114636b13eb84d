import type { Language } from '#shared/settings';
import { syncEn } from '#shared/i18n/sync.en';
import { syncJa } from '#shared/i18n/sync.ja';

/** The words of main's "use this typed folder?" question, in the user's language. */
export type FolderQuestion = Readonly<{ message: string; detail: string; use: string; cancel: string }>;

/** Builds the question main asks before a folder typed on the page becomes the sync target. */
export function folderQuestion(language: Language, path: string): FolderQuestion {
  const text = language === 'en' ? syncEn.dialog : syncJa.dialog;
  return {
    message: text.confirmFolderMessage,
    detail: text.confirmFolderDetail.replace('{{path}}', path),
    use: text.confirmFolderUse,
    cancel: text.confirmFolderCancel,
  };
}
