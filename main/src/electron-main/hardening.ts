import { app, session, shell, type WebContents } from 'electron';
import { appOrigin } from '../services/appAssets.ts';
import { isAllowedExternalUrl } from '../services/externalUrl.ts';

function isAppUrl(url: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only URLs that pass the tested allowlist
    return { action: 'deny' };
  });
}

/**
 * Denies navigation, new windows, webviews and permission requests. The CSP header is set by the
 * app:// protocol handler on every response it makes (main.ts, `withAppHeaders`), not by a
 * webRequest hook, which may not run for a custom scheme.
 */
export function applyHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
}
