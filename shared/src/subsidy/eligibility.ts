import type { CompanySize } from '../master/vocabularies.ts';
import type { Rate } from '../domain/programme.ts';
import { computeGrant, type GrantOutcome, type GrantRounding } from './grant.ts';

/** How a research institution takes part in a project: 共同研究先, 連携機関 or 協力機関. */
export const institutionRoles = ['jointResearch', 'liaison', 'cooperation'] as const;
/** One institution role. */
export type InstitutionRole = (typeof institutionRoles)[number];

/** The terms of a programme year that decide an application. */
export type ProgrammeTerms = Readonly<{
  fiscalYear: number;
  awards: number;
  floorYen: number;
  capYen: number;
  rateSme: Rate;
  rateLarge: Rate;
  rounding: GrantRounding;
  /** First and last day of the call window, ISO days, both inclusive. */
  callStart: string;
  callEnd: string;
}>;

/** What an application brings to the rules. */
export type ApplicationFacts = Readonly<{
  submittedOn: string;
  eligibleCostsYen: number;
  /** The decided company size; null when it could not be decided. */
  size: CompanySize | null;
  /** Whether the applicant has its head office or main office (本社・主たる事業所) in the prefecture. */
  headOfficeInPrefecture: boolean;
  /** The research institutions of the project with their roles. */
  institutions: readonly Readonly<{ institutionId: string; role: InstitutionRole }>[];
}>;

/** One reason the rules refuse an application, with what the message needs. */
export type Refusal =
  | Readonly<{ rule: 'outsideWindow'; submittedOn: string; callStart: string; callEnd: string }>
  | Readonly<{ rule: 'noKeioParticipation' }>
  | Readonly<{ rule: 'headOfficeOutside' }>
  | Readonly<{ rule: 'sizeUnknown' }>
  | Readonly<{ rule: 'grant'; grant: Extract<GrantOutcome, { ok: false }> }>;

/** The outcome of the rules for one application. */
export type Assessment = Readonly<{
  /** The grant under the terms, once the size (and so the rate) is known. */
  grant: GrantOutcome | null;
  refusals: readonly Refusal[];
}>;

/**
 * The plan's eligibility rule on research partners: joint research with 慶應先端研, or — where the
 * partner is another institution — 先端研 taking part as 連携機関 or 協力機関. Either way, 先端研
 * must be one of the project's institutions in one of the three roles.
 */
export function keioTakesPart(facts: ApplicationFacts, keioInstitutionId: string): boolean {
  return facts.institutions.some((entry) => entry.institutionId === keioInstitutionId);
}

/**
 * Checks an application against a programme year's terms: the call window (inclusive), the head
 * office, 先端研's participation, the company size and the grant's floor. Every refusal is listed,
 * not just the first, so the user sees all that must change.
 */
export function assessApplication(
  terms: ProgrammeTerms,
  facts: ApplicationFacts,
  keioInstitutionId: string,
): Assessment {
  const refusals: Refusal[] = [];
  if (facts.submittedOn < terms.callStart || facts.submittedOn > terms.callEnd)
    refusals.push({
      rule: 'outsideWindow',
      submittedOn: facts.submittedOn,
      callStart: terms.callStart,
      callEnd: terms.callEnd,
    });
  if (!facts.headOfficeInPrefecture) refusals.push({ rule: 'headOfficeOutside' });
  if (!keioTakesPart(facts, keioInstitutionId)) refusals.push({ rule: 'noKeioParticipation' });
  if (facts.size === null) {
    refusals.push({ rule: 'sizeUnknown' });
    return { grant: null, refusals };
  }
  const grant = computeGrant(facts.eligibleCostsYen, {
    rate: facts.size === 'sme' ? terms.rateSme : terms.rateLarge,
    floorYen: terms.floorYen,
    capYen: terms.capYen,
    rounding: terms.rounding,
  });
  if (!grant.ok) refusals.push({ rule: 'grant', grant });
  return { grant, refusals };
}

/** An application already awarded in the programme year, as the refusal names it. */
export type AwardedApplication = Readonly<{ id: string; applicantName: string }>;

/**
 * Whether one more award fits the programme year: the awards already made (other than this
 * application) must be fewer than the programme allows. When full, the awarded ones are returned
 * so the refusal can name them.
 */
export function checkAwardSlot(
  terms: Pick<ProgrammeTerms, 'awards'>,
  awarded: readonly AwardedApplication[],
  applicationId: string,
): Readonly<{ ok: true }> | Readonly<{ ok: false; awards: number; awarded: readonly AwardedApplication[] }> {
  const others = awarded.filter((entry) => entry.id !== applicationId);
  return others.length < terms.awards ? { ok: true } : { ok: false, awards: terms.awards, awarded: others };
}
