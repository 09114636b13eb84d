import { z } from 'zod';

/**
 * A team id: letters, digits, `_` and `-`, 1 to 64 characters (a ULID in practice). It names a
 * folder of the local journal, so nothing that reaches main from a target may widen it.
 */
export const teamIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** A device id as the layout spells it (docs/sync-format.md §2): `[A-Za-z0-9_]{1,64}`. */
export const deviceIdPattern = /^[A-Za-z0-9_]{1,64}$/;

/** A team id as every door checks it: the contract, team.json and sync.json. */
export const teamIdSchema = z.string().regex(teamIdPattern, {
  error: 'a team id is 1–64 letters, digits, "_" or "-"',
});

/** Whether a string is a valid team id. */
export function isTeamId(value: string): boolean {
  return teamIdPattern.test(value);
}

/** Whether a string is a valid device id. */
export function isDeviceId(value: string): boolean {
  return deviceIdPattern.test(value);
}
