import { monotonicFactory } from 'ulid';
import { z } from 'zod';

const ulidPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

// The brand argument only fixes the type parameter; zod brands exist at type level only.
function idSchema<const B extends string>(_brand: B) {
  return z.string({ error: 'id' }).regex(ulidPattern, { error: 'id' }).brand<B>();
}

/** Id of a company. */
export const companyIdSchema = idSchema('CompanyId');
/** Id of a visit log. */
export const visitIdSchema = idSchema('VisitId');
/** Id of a company need. */
export const needIdSchema = idSchema('NeedId');
/** Id of a seed sheet. */
export const seedIdSchema = idSchema('SeedId');
/** Id of a need–seed match. */
export const matchIdSchema = idSchema('MatchId');
/** Id of an event. */
export const eventIdSchema = idSchema('EventId');
/** Id of a joint-research or subsidy project. */
export const projectIdSchema = idSchema('ProjectId');
/** Id of a support programme. */
export const programmeIdSchema = idSchema('ProgrammeId');
/** Id of a competitive-funding application. */
export const fundingApplicationIdSchema = idSchema('FundingApplicationId');
/** Id of an application to the prefecture's grant. */
export const subsidyApplicationIdSchema = idSchema('SubsidyApplicationId');
/** Id of an attachment's metadata record. */
export const attachmentIdSchema = idSchema('AttachmentId');

/** A company id. */
export type CompanyId = z.infer<typeof companyIdSchema>;
/** A visit id. */
export type VisitId = z.infer<typeof visitIdSchema>;
/** A need id. */
export type NeedId = z.infer<typeof needIdSchema>;
/** A seed-sheet id. */
export type SeedId = z.infer<typeof seedIdSchema>;
/** A match id. */
export type MatchId = z.infer<typeof matchIdSchema>;
/** An event id. */
export type EventId = z.infer<typeof eventIdSchema>;
/** A project id. */
export type ProjectId = z.infer<typeof projectIdSchema>;
/** A programme id. */
export type ProgrammeId = z.infer<typeof programmeIdSchema>;
/** A funding application id. */
export type FundingApplicationId = z.infer<typeof fundingApplicationIdSchema>;
/** A subsidy application id. */
export type SubsidyApplicationId = z.infer<typeof subsidyApplicationIdSchema>;
/** An attachment id. */
export type AttachmentId = z.infer<typeof attachmentIdSchema>;

// Monotonic: ids made in the same millisecond still sort in the order they were made.
const nextUlid = monotonicFactory();

/** A new ULID (time-ordered, 26 characters), for any of the branded id types. */
export function newId(): string {
  return nextUlid();
}

/** Whether a string has the shape of a ULID. */
export function isUlid(value: string): boolean {
  return ulidPattern.test(value);
}
