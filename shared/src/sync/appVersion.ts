/** Parses `major.minor.patch` (a pre-release or build suffix ignored), or null. */
function parseVersion(version: string): [number, number, number] | null {
  const match = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:[-+].*)?$/.exec(version);
  return match === null ? null : [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether app version `other` is newer than `own` (numeric `major.minor.patch`; unparsable: no). */
export function isNewerAppVersion(other: string, own: string): boolean {
  const a = parseVersion(other);
  const b = parseVersion(own);
  if (a === null || b === null) return false;
  for (let index = 0; index < 3; index += 1) {
    const left = a[index] ?? 0;
    const right = b[index] ?? 0;
    if (left !== right) return left > right;
  }
  return false;
}
