import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { HashRouter, Route, Routes } from 'react-router';
import { AutomationBridge } from './app/AutomationBridge.tsx';
import { DatabaseProvider } from './app/DatabaseProvider.tsx';
import { QuitPreparationProvider } from './app/QuitPreparationContext.tsx';
import { ShellCommandListener } from './app/ShellCommandListener.tsx';
import { FirstRunGate } from './features/firstRun/FirstRunGate.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { SearchResultsPage } from './features/search/SearchResultsPage.tsx';
import { SettingsProvider } from './features/settings/SettingsProvider.tsx';
import { SyncProvider } from './features/sync/SyncProvider.tsx';
import { UndoProvider } from './features/trash/UndoProvider.tsx';
import { AppShell } from './ui/AppShell.tsx';
import { ErrorFallback } from './ui/ErrorFallback.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { lazyPage } from './ui/lazyPage.ts';

const CompanyDetailPage = lazyPage(() => import('./features/companies/CompanyDetailPage.tsx'), 'CompanyDetailPage');
const CompanyEditPage = lazyPage(() => import('./features/companies/CompanyEditPage.tsx'), 'CompanyEditPage');
const CompanyListPage = lazyPage(() => import('./features/companies/CompanyListPage.tsx'), 'CompanyListPage');
const ReportPage = lazyPage(() => import('./features/reports/ReportPage.tsx'), 'ReportPage');
const ReportPrintPage = lazyPage(() => import('./features/reports/ReportPrintPage.tsx'), 'ReportPrintPage');
const ReportRecordsPage = lazyPage(() => import('./features/reports/ReportRecordsPage.tsx'), 'ReportRecordsPage');
const ImportPage = lazyPage(() => import('./features/import/ImportPage.tsx'), 'ImportPage');
const NeedEditPage = lazyPage(() => import('./features/needs/NeedEditPage.tsx'), 'NeedEditPage');
const NeedListPage = lazyPage(() => import('./features/needs/NeedListPage.tsx'), 'NeedListPage');
const SeedEditorPage = lazyPage(() => import('./features/seeds/SeedEditorPage.tsx'), 'SeedEditorPage');
const SeedListPage = lazyPage(() => import('./features/seeds/SeedListPage.tsx'), 'SeedListPage');
const EventEditorPage = lazyPage(() => import('./features/events/EventEditorPage.tsx'), 'EventEditorPage');
const EventsPage = lazyPage(() => import('./features/events/EventsPage.tsx'), 'EventsPage');
const HandoutPrintPage = lazyPage(() => import('./features/handout/HandoutPrintPage.tsx'), 'HandoutPrintPage');
const SettingsPage = lazyPage(() => import('./features/settings/SettingsPage.tsx'), 'SettingsPage');
const VisitListPage = lazyPage(() => import('./features/visits/VisitListPage.tsx'), 'VisitListPage');
const VisitPage = lazyPage(() => import('./features/visits/VisitPage.tsx'), 'VisitPage');
const VisitStartPage = lazyPage(() => import('./features/visits/VisitStartPage.tsx'), 'VisitStartPage');
const TrashPage = lazyPage(() => import('./features/trash/TrashPage.tsx'), 'TrashPage');
const ProgrammeListPage = lazyPage(() => import('./features/programmes/ProgrammePages.tsx'), 'ProgrammeListPage');
const ProgrammeEditPage = lazyPage(() => import('./features/programmes/ProgrammePages.tsx'), 'ProgrammeEditPage');
const SyncPage = lazyPage(() => import('./features/sync/SyncPage.tsx'), 'SyncPage');

/** The whole renderer: settings first, then the shell and its routes. */
export function App(): ReactNode {
  return (
    <ErrorBoundary FallbackComponent={ErrorFallback}>
      <SettingsProvider>
        <DatabaseProvider>
          <AutomationBridge />
          <FirstRunGate>
            <SyncProvider>
              <UndoProvider>
                <QuitPreparationProvider>
                  <HashRouter>
                    <ShellCommandListener />
                    <Routes>
                      {/* Printed pages live outside the shell: no sidebar on paper. */}
                      <Route
                        path="print/handout/:eventId"
                        element={
                          <Suspense>
                            <HandoutPrintPage />
                          </Suspense>
                        }
                      />
                      <Route
                        path="print/report"
                        element={
                          <Suspense>
                            <ReportPrintPage />
                          </Suspense>
                        }
                      />
                      <Route element={<AppShell />}>
                        <Route index element={<HomePage />} />
                        <Route path="companies" element={<CompanyListPage />} />
                        <Route path="companies/new" element={<CompanyEditPage />} />
                        <Route path="companies/import" element={<ImportPage />} />
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
                        <Route path="programmes" element={<ProgrammeListPage />} />
                        <Route path="programmes/new" element={<ProgrammeEditPage />} />
                        <Route path="programmes/:id" element={<ProgrammeEditPage />} />
                        <Route path="reports" element={<ReportPage />} />
                        <Route path="reports/records" element={<ReportRecordsPage />} />
                        <Route path="sync" element={<SyncPage />} />
                        <Route path="trash" element={<TrashPage />} />
                        <Route path="search" element={<SearchResultsPage />} />
                        <Route path="settings" element={<SettingsPage />} />
                        <Route path="*" element={<NotFoundPage />} />
                      </Route>
                    </Routes>
                  </HashRouter>
                </QuitPreparationProvider>
              </UndoProvider>
            </SyncProvider>
          </FirstRunGate>
        </DatabaseProvider>
      </SettingsProvider>
    </ErrorBoundary>
  );
}
