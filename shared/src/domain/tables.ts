import type { z } from 'zod';
import { attachmentInputSchema, attachmentSchema } from './attachment.ts';
import { companyInputSchema, companySchema } from './company.ts';
import { eventInputSchema, eventSchema } from './event.ts';
import { fundingApplicationInputSchema, fundingApplicationSchema } from './fundingApplication.ts';
import { matchInputSchema, matchSchema } from './match.ts';
import { needInputSchema, needSchema } from './need.ts';
import { programmeInputSchema, programmeSchema } from './programme.ts';
import { projectInputSchema, projectSchema } from './project.ts';
import { seedInputSchema, seedSchema } from './seed.ts';
import { subsidyApplicationInputSchema, subsidyApplicationSchema } from './subsidyApplication.ts';
import type { LabelledEntity } from './validationError.ts';
import { visitInputSchema, visitSchema } from './visit.ts';

/** The user-data tables, each with its stored-record schema, its input schema and the entity naming its fields. */
export const domainTables = {
  companies: { entity: 'company', schema: companySchema, input: companyInputSchema },
  visits: { entity: 'visit', schema: visitSchema, input: visitInputSchema },
  needs: { entity: 'need', schema: needSchema, input: needInputSchema },
  seeds: { entity: 'seed', schema: seedSchema, input: seedInputSchema },
  matches: { entity: 'match', schema: matchSchema, input: matchInputSchema },
  events: { entity: 'event', schema: eventSchema, input: eventInputSchema },
  projects: { entity: 'project', schema: projectSchema, input: projectInputSchema },
  programmes: { entity: 'programme', schema: programmeSchema, input: programmeInputSchema },
  fundingApplications: {
    entity: 'fundingApplication',
    schema: fundingApplicationSchema,
    input: fundingApplicationInputSchema,
  },
  subsidyApplications: {
    entity: 'subsidyApplication',
    schema: subsidyApplicationSchema,
    input: subsidyApplicationInputSchema,
  },
  attachments: { entity: 'attachment', schema: attachmentSchema, input: attachmentInputSchema },
} as const satisfies Record<string, { entity: LabelledEntity; schema: z.ZodType; input: z.ZodType }>;

/** The name of a user-data table. */
export type DomainTableName = keyof typeof domainTables;

/** Every user-data table name, in a stable order. */
export const domainTableNames = Object.keys(domainTables) as DomainTableName[];

/** The stored record type of a table. */
export type DomainRecord<T extends DomainTableName> = z.output<(typeof domainTables)[T]['schema']>;

/** The input (form) type of a table. */
export type DomainInput<T extends DomainTableName> = z.input<(typeof domainTables)[T]['input']>;

/** Whether a string names a user-data table. */
export function isDomainTableName(value: string): value is DomainTableName {
  return Object.hasOwn(domainTables, value);
}
