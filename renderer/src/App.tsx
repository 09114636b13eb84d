import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { HashRouter, Route, Routes } from 'react-router';
import { AutomationBridge } from './app/AutomationBridge.tsx';
import { DatabaseProvider } from './app/DatabaseProvider.tsx';
import { CompanyDetailPage } from './features/companies/CompanyDetailPage.tsx';
import { CompanyEditPage } from './features/companies/CompanyEditPage.tsx';
import { CompanyListPage } from './features/companies/CompanyListPage.tsx';
import { FirstRunGate } from './features/firstRun/FirstRunGate.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { NeedEditPage } from './features/needs/NeedEditPage.tsx';
import { NeedListPage } from './features/needs/NeedListPage.tsx';
import { SeedEditorPage } from './features/seeds/SeedEditorPage.tsx';
import { SeedListPage } from './features/seeds/SeedListPage.tsx';
import { EventEditorPage } from './features/events/EventEditorPage.tsx';
import { EventsPage } from './features/events/EventsPage.tsx';
import { HandoutPrintPage } from './features/handout/HandoutPrintPage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { SettingsProvider } from './features/settings/SettingsProvider.tsx';
import { VisitListPage } from './features/visits/VisitListPage.tsx';
import { VisitPage } from './features/visits/VisitPage.tsx';
import { VisitStartPage } from './features/visits/VisitStartPage.tsx';
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
          <AutomationBridge />
          <FirstRunGate>
            <SyncProvider>
              <HashRouter>
                <Routes>
                  {/* Printed pages live outside the shell: no sidebar on paper. */}
                  <Route path="print/handout/:eventId" element={<HandoutPrintPage />} />
                  <Route element={<AppShell />}>
                    <Route index element={<HomePage />} />
                    <Route path="companies" element={<CompanyListPage />} />
                    <Route path="companies/new" element={<CompanyEditPage />} />
                    <Route path="companies/:id" element={<CompanyDetailPage />} />
                    <Route path="companies/:id/edit" element={<CompanyEditPage />} />
                    <Route path="visits" element={<VisitListPage />} />
                    <Route path="visits/new" element={<VisitStartPage />} />
                    <Route path="visits/:visitId" element={<VisitPage />} />
                    <Route path="needs" element={<NeedListPage />} />
                    <Route path="needs/new" element={<NeedEditPage />} />
                    <Route path="needs/:id" element={<NeedEditPage />} />
                    <Route path="seeds" element={<SeedListPage />} />
                    <Route path="seeds/new" element={<SeedEditorPage />} />
                    <Route path="seeds/:seedId" element={<SeedEditorPage />} />
                    <Route path="events" element={<EventsPage />} />
                    <Route path="events/:eventId" element={<EventEditorPage />} />
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
