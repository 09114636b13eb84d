import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { HashRouter, Route, Routes } from 'react-router';
import { DatabaseProvider } from './app/DatabaseProvider.tsx';
import { FirstRunGate } from './features/firstRun/FirstRunGate.tsx';
import { SeedListPage } from './features/seeds/SeedListPage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { SettingsProvider } from './features/settings/SettingsProvider.tsx';
import { SyncPage } from './features/sync/SyncPage.tsx';
import { SyncProvider } from './features/sync/SyncProvider.tsx';
import { AppShell } from './ui/AppShell.tsx';
import { ErrorFallback } from './ui/ErrorFallback.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { PlaceholderPage } from './ui/PlaceholderPage.tsx';

/** The whole renderer: settings first, then the shell and its routes. */
export function App(): ReactNode {
  return (
    <ErrorBoundary FallbackComponent={ErrorFallback}>
      <SettingsProvider>
        <DatabaseProvider>
          <FirstRunGate>
            <SyncProvider>
              <HashRouter>
                <Routes>
                  <Route element={<AppShell />}>
                    <Route index element={<PlaceholderPage page="home" />} />
                    <Route path="companies" element={<PlaceholderPage page="companies" />} />
                    <Route path="visits" element={<PlaceholderPage page="visits" />} />
                    <Route path="needs" element={<PlaceholderPage page="needs" />} />
                    <Route path="seeds" element={<SeedListPage />} />
                    <Route path="events" element={<PlaceholderPage page="events" />} />
                    <Route path="reports" element={<PlaceholderPage page="reports" />} />
                    <Route path="sync" element={<SyncPage />} />
                    <Route path="settings" element={<SettingsPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </HashRouter>
            </SyncProvider>
          </FirstRunGate>
        </DatabaseProvider>
      </SettingsProvider>
    </ErrorBoundary>
  );
}
