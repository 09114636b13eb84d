import type { TFunction } from 'i18next';
import { isSyncErrorCode } from '#shared/sync/syncError';

/** The user's words for a sync failure code. */
export function syncErrorText(t: TFunction, code: string): string {
  if (code === 'corrupt-batch') return t('sync.errors.corrupt-batch');
  return isSyncErrorCode(code) ? t(`sync.errors.${code}`) : t('sync.errors.unknown');
}
