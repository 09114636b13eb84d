/** Every failure a host call can report; the renderer translates each code for the user. */
export const hostErrorCodes = [
  'unknown-channel',
  'invalid-input',
  'forbidden-sender',
  'handler-failed',
  'invalid-output',
  'not-found',
  'too-large',
  'unsupported-type',
  'io-failed',
  'cancelled',
  'sync-failed',
  'invalid-file',
] as const;

/** A closed union of failure codes. */
export type HostErrorCode = (typeof hostErrorCodes)[number];

/** A failure as it travels over IPC: a code the UI can translate and a technical detail. */
export type HostError = Readonly<{ code: HostErrorCode; message: string }>;

/** The result of every host call. */
export type Envelope<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: HostError }>;

/** Thrown by a handler to fail with a specific code instead of `handler-failed`. */
export class HostFailure extends Error {
  readonly code: HostErrorCode;

  constructor(code: HostErrorCode, message: string) {
    super(message);
    this.name = 'HostFailure';
    this.code = code;
  }
}

/** Builds a success envelope. */
export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

/** Builds a failure envelope. */
export function fail(code: HostErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
