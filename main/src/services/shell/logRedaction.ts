/** What replaces a removed value in a log line. */
export const redactedMark = '[redacted]';

const secretKeys =
  /\b(passphrase|password|passwd|pass|secret|secretAccessKey|accessKeyId|token|credentials?|authorization|apiKey|api_key|key|wrappedKey|cookie)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}&]+)/gi;

const patterns: ReadonlyArray<readonly [RegExp, string]> = [
  // HTTP authorisation headers (first: the scheme word is not the secret).
  [/\b(Basic|Bearer|Digest|AWS4-HMAC-SHA256)\s+[^\s,;]+/g, `$1 ${redactedMark}`],
  // user:password@ in URLs (WebDAV targets are often written this way).
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, `$1${redactedMark}@`],
  // AWS access key ids.
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, redactedMark],
  // E-mail addresses.
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  // Japanese and international phone numbers (with or without hyphens).
  [/(?:\+81[-\s]?|\b0)\d{1,4}[-\s(]?\d{1,4}[-\s)]?\d{3,4}\b/g, '[phone]'],
  // Postal codes.
  [/〒?\s?\b\d{3}-\d{4}\b/g, '[postal]'],
  // The account name in home folders: C:\Users\<name>, /home/<name>, /Users/<name>.
  [/\b([A-Za-z]:\\Users\\)[^\\\s]+/g, '$1[user]'],
  [/(\/(?:home|Users)\/)[^/\s]+/g, '$1[user]'],
];

// Long opaque strings (keys, signatures, sealed secrets), but not content hashes or file paths.
const opaque = /\b[A-Za-z0-9+/_-]{40,}={0,2}/g;

function isPathOrHash(run: string): boolean {
  if (/^[0-9a-f]{64}$/.test(run)) return true;
  const segments = run.split('/');
  return !/[+=]/.test(run) && segments.length >= 3 && segments.every((segment) => segment.length <= 30);
}

/**
 * Removes what must never be written to a log: passphrases, credentials, tokens and keys (by the
 * name they are given and by their shape), e-mail addresses, phone numbers, postal codes and the
 * user's account name in paths. `secrets` are exact values to remove wherever they appear (for
 * example a passphrase the app holds). The app logs ids and counts, never record contents; this
 * is the net under that rule.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(redactedMark);
  }
  const [authorisation, ...others] = patterns;
  if (authorisation !== undefined) out = out.replace(authorisation[0], authorisation[1]);
  out = out.replace(secretKeys, (match, key: string, separator: string, value: string) =>
    value === redactedMark || /^(Basic|Bearer|Digest|AWS4-HMAC-SHA256)$/.test(value)
      ? match
      : `${key}${separator}${redactedMark}`,
  );
  for (const [pattern, replacement] of others) out = out.replace(pattern, replacement);
  return out.replace(opaque, (run) => (isPathOrHash(run) ? run : redactedMark));
}

const sensitiveField = /pass|secret|token|credential|authori|key|cookie|email|phone|tel|address|name|kana/i;

/**
 * Turns whatever was passed to a log call into one redacted string: errors as name, message and
 * stack; objects as JSON with sensitive fields (by name) removed before they are serialised.
 */
export function redactLogArguments(values: readonly unknown[], secrets: readonly string[] = []): string {
  return redact(values.map((value) => describe(value)).join(' '), secrets);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}${value.stack ? `\n${value.stack}` : ''}`;
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value, (key, field: unknown) =>
      key !== '' && sensitiveField.test(key) && typeof field !== 'object' ? redactedMark : field,
    );
  } catch {
    return '[unserialisable]';
  }
}
