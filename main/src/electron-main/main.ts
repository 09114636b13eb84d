import ElectronStore from 'electron-store';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, safeStorage, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostIpcChannel } from '#shared/contract/channels';
import { dispatch } from '#shared/contract/dispatch';
import { createSenderPolicy } from '../services/senderPolicy.ts';
import { appOrigin, resolveAppAsset, withAppHeaders } from '../services/appAssets.ts';
import { createDataServices } from '../services/dataServices.ts';
import { createHandlers } from '../services/handlers.ts';
import { createHandoutPdfService } from '../services/handoutPdfService.ts';
import { createSettingsService } from '../services/settingsService.ts';
import { folderQuestion } from '../services/sync/folderQuestion.ts';
import { createSyncConfigService } from '../services/sync/syncConfigService.ts';
import { applyHardening } from './hardening.ts';
import { electronHandoutPdfDeps } from './handoutPdf.ts';
import { startDesktopShell, type DesktopShell } from './desktopShell.ts';
import { openWindowStateStore, rememberedBounds, trackWindowState } from './mainWindow.ts';

// The bundle lives in dist/main; the renderer build and the preload sit beside it.
const distRoot = join(import.meta.dirname, '..');
const rendererRoot = join(distRoot, 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
// Single instance, log, menu, safe quit, crash handling (null in a second launch, which only hands over).
const desktop = startDesktopShell();

function serveRenderer(): void {
  protocol.handle('app', async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url);
    // The CSP and the isolation headers are set here, on the response itself: webRequest hooks do
    // not reliably see the responses of a custom protocol handler.
    if (file === null) return withAppHeaders(new Response('Not found', { status: 404 }));
    return withAppHeaders(await net.fetch(pathToFileURL(file).toString()));
  });
}

const keychainName = () =>
  process.platform === 'darwin' ? 'keychain' : process.platform === 'win32' ? 'dpapi' : 'unknown';

function bindHost(desktop: DesktopShell): void {
  const userDataPath = app.getPath('userData');
  const settings = desktop.watchSettings(
    createSettingsService({
      directory: userDataPath,
      open: (directory) => new ElectronStore<Record<string, unknown>>({ cwd: directory, name: 'settings' }),
      now: () => new Date(),
    }),
  );
  const dataServices = createDataServices({
    userDataPath,
    appVersion: app.getVersion(),
    now: () => new Date(),
    async openPath(path) {
      const failure = await shell.openPath(path);
      if (failure !== '') throw new Error(`could not open ${path}: ${failure}`);
    },
    chooseSavePath: async ({ suggestedName }) => {
      const result = await dialog.showSaveDialog({
        ...(suggestedName === undefined ? {} : { defaultPath: suggestedName }),
        filters: [{ name: 'Kakehashi backup', extensions: ['kkbackup'] }],
      });
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    chooseOpenPath: desktop.withHandedOffFile(async () => {
      const result = await dialog.showOpenDialog({
        properties: ['openFile'],
        filters: [{ name: 'Kakehashi backup', extensions: ['kkbackup'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }),
  });
  const chooseZipPath = async ({ suggestedName }: Readonly<{ suggestedName?: string }>): Promise<string | null> => {
    const result = await dialog.showSaveDialog({
      ...(suggestedName === undefined ? {} : { defaultPath: suggestedName }),
      filters: [{ name: 'zip', extensions: ['zip'] }],
    });
    return result.canceled || result.filePath === '' ? null : result.filePath;
  };
  const handlers = createHandlers({
    appVersion: app.getVersion(),
    platform: process.platform,
    userDataPath,
    runtime: 'electron',
    settings,
    handoutPdf: createHandoutPdfService(electronHandoutPdfDeps()),
    syncConfig: createSyncConfigService({
      userDataPath,
      platform: process.platform,
      // Credentials and the team passphrase are sealed by the OS keychain, never stored in plain text.
      secretBox: {
        encrypt: async (plain) => new Uint8Array(await safeStorage.encryptStringAsync(plain)),
        decrypt: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed))).result,
        storage: async () => ({
          available: await safeStorage.isAsyncEncryptionAvailable(),
          backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : keychainName(),
        }),
      },
      // A folder typed on the page becomes the target only after the user says so here.
      confirmFolder: async (path) => {
        const question = folderQuestion(settings.get().language, path);
        const options = {
          type: 'question' as const,
          message: question.message,
          detail: question.detail,
          buttons: [question.use, question.cancel],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        };
        const parent = BrowserWindow.getFocusedWindow();
        const { response } = await (parent === null
          ? dialog.showMessageBox(options)
          : dialog.showMessageBox(parent, options));
        return response === 0;
      },
    }),
    chooseFolder: async ({ defaultPath }) => {
      const result = await dialog.showOpenDialog({
        ...(defaultPath === undefined ? {} : { defaultPath }),
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseExportPath: async ({ suggestedName, extension }) => {
      const result = await dialog.showSaveDialog({
        defaultPath: suggestedName,
        filters: [
          extension === 'xlsx' ? { name: 'Excel', extensions: ['xlsx'] } : { name: 'CSV', extensions: ['csv'] },
        ],
      });
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    shell: desktop.handlerDeps(dataServices.backups, chooseZipPath),
    ...dataServices,
  });
  const isTrustedSender = createSenderPolicy([appOrigin]);
  ipcMain.handle(hostIpcChannel, (event, channel: unknown, input: unknown) =>
    dispatch({ handlers, isTrustedSender }, channel, input, { senderUrl: event.senderFrame?.url ?? '' }),
  );
}

function openMainWindow(desktop: DesktopShell): void {
  const windowState = openWindowStateStore(app.getPath('userData'));
  const window = new BrowserWindow({
    ...rememberedBounds(windowState),
    show: false,
    title: '架け橋 Kakehashi',
    webPreferences: {
      preload: join(distRoot, 'preload', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK: exposes only window.host.invoke
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  trackWindowState(window, windowState);
  desktop.adoptWindow(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
}

if (desktop !== null) {
  void app.whenReady().then(() => {
    applyHardening();
    serveRenderer();
    bindHost(desktop);
    openMainWindow(desktop);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow(desktop);
    });
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
