import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The pages that have a screen of their own later; for now a heading and what will be here. */
export type PlaceholderKey = 'home' | 'companies' | 'visits' | 'needs' | 'seeds' | 'events' | 'reports' | 'sync';

/** A page with its title and a line on what it will show. */
export function PlaceholderPage({ page }: Readonly<{ page: PlaceholderKey }>): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t(`nav.${page}`)}</h1>
      <p>{t(`pages.${page}.intro`)}</p>
      <p className="muted">{t('pages.notReady')}</p>
    </section>
  );
}
