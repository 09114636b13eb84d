import { eventSchema, type EventInput, type KakehashiEvent } from '#shared/domain/event';
import { newId } from '#shared/domain/ids';
import { programmeSchema, type Programme } from '#shared/domain/programme';
import { seedSchema, type Seed, type SeedInput } from '#shared/domain/seed';
import { sampleProgramme } from '#shared/sample/sampleData';

const meta = () => ({
  id: newId(),
  createdAt: '2012-05-01T00:00:00.000Z',
  updatedAt: '2012-05-01T00:00:00.000Z',
  createdBy: 'harness',
});

/** A valid stored seed sheet for tests, with the given fields. */
export function testSeed(fields: SeedInput): Seed {
  return seedSchema.parse({ ...meta(), ...fields });
}

/** A valid stored event for tests: a シーズ説明会 in 置賜 presenting the given seeds in order. */
export function testEvent(seeds: readonly Seed[], fields: Partial<EventInput> = {}): KakehashiEvent {
  return eventSchema.parse({
    ...meta(),
    kind: 'seedBriefing',
    title: '置賜地域 研究シーズ説明会',
    region: 'okitama',
    date: '2012-06-08',
    startTime: '13:30',
    endTime: '16:30',
    venue: '米沢市内 会議室',
    organisers: ['山形県', '(財)庄内地域産業振興センター', '慶應義塾大学先端生命科学研究所'],
    seedIds: seeds.map((seed) => seed.id),
    ...fields,
  });
}

/** Support-programme terms for tests (the FY2012 terms of the plan). */
export function testProgramme(): Programme {
  return programmeSchema.parse({ ...meta(), ...sampleProgramme });
}
