import type { KakehashiDb } from '../../db/database.ts';
import { readSnapshot } from '../../db/snapshot.ts';

/** The whole database as UTF-8 JSON bytes, the form backups travel to the host in. */
export async function snapshotBytes(db: KakehashiDb): Promise<Uint8Array<ArrayBuffer>> {
  return new TextEncoder().encode(JSON.stringify(await readSnapshot(db)));
}

/** Parses snapshot bytes back into a value (checked later by replaceWithSnapshot). */
export function parseSnapshotBytes(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(bytes));
}
