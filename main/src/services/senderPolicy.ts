/**
 * Compares scheme and host only: custom schemes such as `app://` have an opaque
 * `URL.origin` ("null"), so origin strings cannot be compared directly.
 */
function schemeAndHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** A predicate that accepts only frames loaded from one of the given app origins. */
export function createSenderPolicy(allowedOrigins: readonly string[]): (senderUrl: string) => boolean {
  const allowed = new Set(allowedOrigins.map(schemeAndHost).filter((o): o is string => o !== null));
  return (senderUrl) => {
    const origin = schemeAndHost(senderUrl);
    return origin !== null && allowed.has(origin);
  };
}
