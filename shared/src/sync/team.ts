import type { BlobStore } from './blobStore.ts';
import { teamFileKey } from './layout.ts';
import { SyncError } from './syncError.ts';
import { decodeTeamFile, encodeTeamFile, syncFormatVersion, type TeamFile } from './teamFile.ts';
import { createTeamEncryption, unlockTeamKey, type TeamKey } from './teamKey.ts';

/** A team as a device holds it after joining: the file and the unlocked key (null: no encryption). */
export type OpenTeam = Readonly<{ file: TeamFile; key: TeamKey | null }>;

/**
 * Reads team.json. A target without it is refused as empty — nothing is ever deleted because a
 * target looks empty — and one holding other files but no team file as not a team folder.
 */
export async function readTeamFile(store: BlobStore): Promise<TeamFile> {
  const bytes = await store.get(teamFileKey);
  if (bytes !== null) return decodeTeamFile(bytes);
  const entries = await store.list('');
  if (entries.length === 0) throw new SyncError('target-empty', 'the target holds no team yet');
  throw new SyncError('target-missing', 'the target holds files but no team.json: not a Kakehashi sync folder');
}

/** Checks a target's team file against the team this device joined. */
export function assertSameTeam(file: TeamFile, expected: OpenTeam): void {
  if (file.teamId !== expected.file.teamId) {
    throw new SyncError('other-team', `the target belongs to team ${file.teamName} (${file.teamId})`);
  }
  if (file.formatVersion > syncFormatVersion) throw new SyncError('newer-format', `format ${file.formatVersion}`);
  if (file.encryption === null && expected.key !== null) {
    throw new SyncError('encryption-removed', `team ${file.teamId} was encrypted; its team.json now has no encryption`);
  }
  const keyId = file.encryption?.keyId ?? null;
  if (keyId !== (expected.key?.keyId ?? null)) {
    throw new SyncError('wrong-passphrase', 'the team key on the target differs from the one unlocked here');
  }
}

/** What a new team needs. */
export type NewTeam = Readonly<{
  teamId: string;
  teamName: string;
  /** null: no end-to-end encryption. */
  passphrase: string | null;
  appVersion: string;
  now: () => Date;
  kdfIterations?: number;
}>;

/**
 * Creates team.json on an empty target (create-only: when another device created a team first,
 * that team is joined instead, with the same passphrase).
 */
export async function createTeam(store: BlobStore, team: NewTeam): Promise<OpenTeam> {
  const made =
    team.passphrase === null ? null : await createTeamEncryption(team.teamId, team.passphrase, team.kdfIterations);
  const file: TeamFile = {
    format: 'kakehashi-sync',
    formatVersion: syncFormatVersion,
    teamId: team.teamId,
    teamName: team.teamName,
    createdAt: team.now().toISOString(),
    minAppVersion: team.appVersion,
    encryption: made?.encryption ?? null,
  };
  const result = await store.putIfAbsent(teamFileKey, encodeTeamFile(file));
  if (result === 'exists') return joinTeam(store, team.passphrase);
  return { file, key: made?.key ?? null };
}

/** Joins the team on a target: reads team.json and unlocks its key (wrong passphrase refused here). */
export async function joinTeam(store: BlobStore, passphrase: string | null): Promise<OpenTeam> {
  const file = await readTeamFile(store);
  if (file.encryption === null) return { file, key: null };
  if (passphrase === null || passphrase === '') throw new SyncError('passphrase-required', 'this team is encrypted');
  return {
    file,
    key: await unlockTeamKey(file.teamId, file.encryption, passphrase),
  };
}
