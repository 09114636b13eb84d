import { Suspense, useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { QuickSearch } from '../features/search/QuickSearch.tsx';
import { SearchProvider } from '../features/search/SearchProvider.tsx';
import { UndoBar } from '../features/trash/UndoProvider.tsx';
import { LanguageSwitch } from '../features/settings/LanguageSwitch.tsx';
import { useSettings } from '../features/settings/SettingsProvider.tsx';
import { sections } from '../navigation.ts';
import { ErrorFallback } from './ErrorFallback.tsx';
import { OnlineStatus } from './OnlineStatus.tsx';

function RecoveryNotice(): ReactNode {
  const { t } = useTranslation();
  const { recovery } = useSettings();
  if (recovery === null) return null;
  const key = recovery.reason === 'unreadable' ? 'settings.recoveredUnreadable' : 'settings.recoveredInvalid';
  return (
    <p className="notice warning" role="alert">
      {t(key, { backupFile: recovery.backupFile })}
    </p>
  );
}

/** The window's frame: sidebar navigation, connection status, and the current page. */
export function AppShell(): ReactNode {
  const { t } = useTranslation();
  const location = useLocation();

  useEffect(() => {
    // The benchmark reads this mark as "first meaningful paint": the shell with its settings.
    requestAnimationFrame(() => performance.mark('kakehashi:shell-painted'));
  }, []);

  return (
    <SearchProvider>
      <div className="shell">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-subtitle">{t('app.subtitle')}</span>
          </div>
          <QuickSearch />
          <nav aria-label={t('nav.label')}>
            <ul>
              {sections.map((section) => (
                <li key={section.key}>
                  <NavLink to={section.path} end={section.path === '/'}>
                    {t(`nav.${section.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="sidebar-footer">
            <OnlineStatus />
            <LanguageSwitch />
          </div>
        </aside>
        <main className="content">
          <RecoveryNotice />
          <UndoBar />
          <ErrorBoundary FallbackComponent={ErrorFallback} resetKeys={[location.pathname]}>
            <Suspense fallback={<p className="muted">{t('screens.common.loading')}</p>}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </SearchProvider>
  );
}
