import { codeForHttpStatus, SyncError } from '#shared/sync/syncError';

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current !== null && current !== undefined && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether a response body looks like a web page rather than a sync object or a DAV/S3 reply. */
export function looksLikeHtml(contentType: string | null | undefined, body?: Uint8Array): boolean {
  if (contentType !== null && contentType !== undefined && /text\/html/i.test(contentType)) return true;
  if (body === undefined) return false;
  const head = new TextDecoder().decode(body.subarray(0, 256)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Turns an HTTP store failure into a typed sync error with the status in the detail (no secrets). */
export function httpSyncError(error: unknown, what: string, status: number | undefined): SyncError {
  if (error instanceof SyncError) return error;
  const network = causeCode(error);
  if (network !== null) return new SyncError('network', `${what}: ${network}`, { cause: error });
  if (status === undefined) {
    return new SyncError('network', `${what}: ${error instanceof Error ? error.message : 'request failed'}`, {
      cause: error,
    });
  }
  // A 2xx that could not be understood is what a captive portal's login page looks like.
  const code = codeForHttpStatus(status) ?? 'captive-portal';
  return new SyncError(code, `${what}: HTTP ${status}`, { cause: error });
}
