import type { SyncTarget } from '#shared/sync/targetConfig';

const loopbackHosts = new Set(['localhost', '[::1]', '::1']);

/** Whether a URL's host is this computer (what plain http:// may reach without a warning). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return loopbackHosts.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function urlParts(value: string): string[] {
  const url = new URL(value);
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  return [url.protocol, url.hostname.toLowerCase(), port, url.pathname.replace(/\/+$/, ''), url.search];
}

/**
 * What a saved secret is bound to: everything that decides where it is sent and as whom (scheme,
 * host, port, path, user; for S3 also bucket, prefix and addressing). A target whose endpoint
 * differs never gets the saved secret: the user types it again.
 */
export function endpointOf(target: SyncTarget): string {
  switch (target.kind) {
    case 'folder':
      return JSON.stringify(['folder', target.path]);
    case 'webdav':
      return JSON.stringify(['webdav', ...urlParts(target.url), target.username]);
    case 's3':
      return JSON.stringify([
        's3',
        ...urlParts(target.endpoint),
        target.bucket,
        target.prefix,
        target.accessKeyId,
        target.forcePathStyle,
      ]);
    default:
      throw new Error('unknown target kind');
  }
}

/** Whether a target would send Basic auth (user name and password) over plain http:// to another host. */
export function sendsPlainBasicAuth(target: SyncTarget): boolean {
  return (
    target.kind === 'webdav' &&
    target.username !== '' &&
    new URL(target.url).protocol === 'http:' &&
    !isLoopbackUrl(target.url)
  );
}
