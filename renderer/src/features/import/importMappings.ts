// A mapping the user made is remembered for the next file with the same headers, in `_meta`
// (device-local, never synced: another office's sheet may use the same headers differently).
import type { CompanyKind } from '#shared/master/vocabularies';
import { headerSignature, isColumnMapping, type ColumnTarget } from '#shared/import/importFields';
import type { KakehashiDb } from '../../db/database.ts';

/** A remembered mapping: columns and the user's kind choices. */
export type RememberedMapping = Readonly<{ mapping: ColumnTarget[]; kindMap: Record<string, CompanyKind> }>;

const keyOf = (headers: readonly string[]) => `importMapping:${headerSignature(headers)}`;

/** The mapping remembered for these headers, or null. */
export async function readRememberedMapping(
  db: KakehashiDb,
  headers: readonly string[],
): Promise<RememberedMapping | null> {
  const row = await db._meta.get(keyOf(headers));
  const value = row?.value as Partial<RememberedMapping> | undefined;
  if (value === undefined || !isColumnMapping(value.mapping, headers.length)) return null;
  return { mapping: value.mapping, kindMap: { ...(value.kindMap ?? {}) } };
}

/** Remembers a mapping for these headers. */
export async function rememberMapping(
  db: KakehashiDb,
  headers: readonly string[],
  value: RememberedMapping,
): Promise<void> {
  await db._meta.put({ key: keyOf(headers), value });
}
