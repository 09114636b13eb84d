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

/** The same response with the isolation headers set (for the renderer's own files). */
export function withIsolationHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
