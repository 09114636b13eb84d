/** Every way a sync can fail or stop; the UI translates each code (i18n `sync.errors.<code>`). */
export const syncErrorCodes = [
  'target-missing',
  'target-empty',
  'other-team',
  'newer-format',
  'wrong-passphrase',
  'passphrase-required',
  'encryption-removed',
  'corrupt-batch',
  'corrupt-team-file',
  'unauthorized',
  'forbidden',
  'not-found',
  'precondition-failed',
  'server-error',
  'captive-portal',
  'network',
  'outside-root',
  'fork',
  'cancelled',
  'io-failed',
  'folder-not-chosen',
  'credentials-in-url',
  'plain-http',
  'secrets-unprotected',
  'secrets-unavailable',
  'invalid-id',
  'secret-missing',
  'listing-too-large',
  'listing-timed-out',
] as const;

/** One sync failure code. */
export type SyncErrorCode = (typeof syncErrorCodes)[number];

/** Whether a string is a sync failure code. */
export function isSyncErrorCode(value: unknown): value is SyncErrorCode {
  return typeof value === 'string' && (syncErrorCodes as readonly string[]).includes(value);
}

/** A typed sync failure: a code the UI can translate and a technical detail (never a secret). */
export class SyncError extends Error {
  readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncError';
    this.code = code;
  }
}

/** Maps an HTTP status of a store request to a sync failure code, or null for success. */
export function codeForHttpStatus(status: number): SyncErrorCode | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 412) return 'precondition-failed';
  if (status >= 500) return 'server-error';
  return 'server-error';
}

/**
 * Carries a sync failure across IPC as a host message `"<code>: detail"`; `parseSyncFailure`
 * reads it back on the other side.
 */
export function formatSyncFailure(error: SyncError): string {
  return `${error.code}: ${error.message}`;
}

/** Recovers a sync failure from a host error message, or null when it is not one. */
export function parseSyncFailure(message: string): SyncError | null {
  const colon = message.indexOf(': ');
  const code = colon < 0 ? message : message.slice(0, colon);
  if (!isSyncErrorCode(code)) return null;
  return new SyncError(code, colon < 0 ? '' : message.slice(colon + 2));
}
