const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

/**
 * Whether a URL may be handed to the operating system (`shell.openExternal`): web pages and
 * e-mail addresses only, never local files, custom schemes or URLs that carry credentials.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
