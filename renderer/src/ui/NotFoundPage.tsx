import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for a route that does not exist. */
export function NotFoundPage(): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('errors.notFound')}</h1>
      <Link to="/">{t('errors.backToHome')}</Link>
    </section>
  );
}
