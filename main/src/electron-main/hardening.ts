import { app, session, shell, type WebContents } from 'electron';
import { appOrigin } from '../services/appAssets.ts';
import { contentSecurityPolicy } from '../services/contentSecurityPolicy.ts';
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
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies navigation, new windows, webviews and permission requests; sets the CSP header. */
export function applyHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}
