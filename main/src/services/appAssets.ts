import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The scheme and host the renderer is served from inside Electron. */
export const appOrigin = 'app://kakehashi';

/**
 * Response headers that make the renderer cross-origin isolated, so that the page and its search
 * worker may share memory (the quick search's answer board, renderer/src/features/search/
 * answerBoard.ts). The renderer loads nothing but its own bundle (see the CSP), so requiring
 * cross-origin resources to allow being embedded blocks nothing it uses.
 */
export const isolationHeaders: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The renderer's Content-Security-Policy: its own bundle and nothing else ('self' is only the app's
 * files on app://kakehashi or the test server; no JSONP, no uploads are served there). The one
 * source of the policy: the build writes it into index.html's meta tag
 * (`withContentSecurityPolicyMeta`), and the header below extends it.
 */
export const rendererContentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'";

/** The policy as a response header: only a header can carry `frame-ancestors` (a meta tag ignores it). */
export const contentSecurityPolicyHeader = `${rendererContentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * Every header the renderer's files are served with, by the app:// protocol handler and by the test
 * server alike: cross-origin isolation and the CSP. Set on the response itself, because Electron's
 * `webRequest` hooks do not reliably run for responses of a custom protocol handler.
 */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  ...isolationHeaders,
  'Content-Security-Policy': contentSecurityPolicyHeader,
};

/** The same response with the app's headers set (for the renderer's own files). */
export function withAppHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(appResponseHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Where index.html asks for the policy's meta tag. */
export const contentSecurityPolicyPlaceholder = '<!-- content-security-policy -->';

/**
 * Writes the policy's meta tag into the page at the placeholder (the renderer build calls this).
 * Throws when the placeholder is missing, so a page without its policy never builds.
 */
export function withContentSecurityPolicyMeta(html: string): string {
  if (!html.includes(contentSecurityPolicyPlaceholder)) {
    throw new Error(`index.html has no ${contentSecurityPolicyPlaceholder} placeholder for the CSP meta tag`);
  }
  // The comment keeps electronegativity from asking for a manual review of 'self' (see the CSP unit test).
  const meta = `<meta http-equiv="Content-Security-Policy" content="${rendererContentSecurityPolicy}" /> <!-- eng-disable CSP_GLOBAL_CHECK -->`;
  return html.replace(contentSecurityPolicyPlaceholder, meta);
}

/**
 * Maps an `app://kakehashi/...` request to a file inside the renderer build, or null when the URL
 * is of another origin or tries to leave the folder. Unknown paths fall back to index.html, since
 * the renderer routes in the hash.
 */
export function resolveAppAsset(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== appOrigin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererRoot);
  const target = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}
