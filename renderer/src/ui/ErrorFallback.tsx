import type { ReactNode } from 'react';
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { HostCallError } from '../host/host.ts';

/** What a user sees instead of a white window when a screen fails to render. */
export function ErrorFallback({ error }: FallbackProps): ReactNode {
  const { t } = useTranslation();
  const detail =
    error instanceof HostCallError
      ? `${t(`errors.host.${error.error.code}`)} (${error.error.message})`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <main className="error-screen" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.boundaryHelp')}</p>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{detail}</pre>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </main>
  );
}
