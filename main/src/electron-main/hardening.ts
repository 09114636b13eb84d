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
 * Denies navigation, new windows, webviews and permission requests; sets the CSP header.
 * The policy is written out literally so electronegativity can evaluate it; a unit test keeps it
 * equal to the meta tag of renderer/index.html.
 */
export function applyHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      // 'self' is only the app's own bundle on app://kakehashi: no JSONP, no uploads served there.
      // prettier-ignore
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': ["default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"] }, // eng-disable CSP_GLOBAL_CHECK
    });
  });
}
