import { eventSchema, type KakehashiEvent } from '#shared/domain/event';
import { newId } from '#shared/domain/ids';
import { programmeSchema, type Programme } from '#shared/domain/programme';
import { seedSchema, type Seed } from '#shared/domain/seed';
import { sampleProgramme } from '#shared/sample/sampleData';
import { sampleSeeds } from '#shared/sample/sampleSeeds';

const meta = () => {
  const at = new Date().toISOString();
  return { id: newId(), createdAt: at, updatedAt: at, createdBy: 'sample' };
};

/** The records of a sample handout: an event, its seed sheets in order, and the programme terms. */
export type SampleHandout = Readonly<{ event: KakehashiEvent; seeds: readonly Seed[]; programme: Programme }>;

/**
 * A sample シーズ説明会 in 置賜 (FY2012, before the support programme's call closes) presenting
 * the bundled sample seed sheets. With `seedCount` above 16 the sample sheets repeat, numbered,
 * so a benchmark can see how the handout grows.
 */
export function sampleHandout(options: Readonly<{ seedCount?: number; handoutUrl?: string }> = {}): SampleHandout {
  const count = options.seedCount ?? sampleSeeds.length;
  const seeds = Array.from({ length: count }, (_unused, index) => {
    const source = sampleSeeds[index % sampleSeeds.length];
    if (source === undefined) throw new Error('no sample seed sheets');
    const round = Math.floor(index / sampleSeeds.length);
    return seedSchema.parse({
      ...meta(),
      ...source,
      title: round === 0 ? source.title : `${source.title}（${round + 1}）`,
    });
  });
  const event = eventSchema.parse({
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
    handoutUrl: options.handoutUrl ?? '',
  });
  return { event, seeds, programme: programmeSchema.parse({ ...meta(), ...sampleProgramme }) };
}
