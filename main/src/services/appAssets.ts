import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The scheme and host the renderer is served from inside Electron. */
export const appOrigin = 'app://kakehashi';

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
