import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchema, type KakehashiEvent } from '#shared/domain/event';
import { newId } from '#shared/domain/ids';
import { programmeSchema, type Programme } from '#shared/domain/programme';
import { seedSchema, seedVisibleFields, type Seed } from '#shared/domain/seed';
import { handoutPageCount } from '#shared/handout/handoutModel';
import { toHandoutModel } from '#shared/handout/toHandoutModel';
import { sampleProgramme } from '#shared/sample/sampleData';

const meta = () => ({
  id: newId(),
  createdAt: '2012-05-01T00:00:00.000Z',
  updatedAt: '2012-05-01T00:00:00.000Z',
  createdBy: 'device1',
});

type Visibility = Record<(typeof seedVisibleFields)[number], 'public' | 'internal'>;

/** A seed whose every visible field holds a value that names the field and the seed. */
function markedSeed(tag: string, visibility: Visibility): Seed {
  return seedSchema.parse({
    ...meta(),
    title: `題名${tag}`,
    field: 'food',
    stage: 'applied',
    institution: `機関${tag}`,
    researcher: `研究者${tag}`,
    summary: `概要${tag}`,
    advantage: `優位性${tag}`,
    applications: `用途${tag}`,
    keywords: [`鍵語${tag}a`, `鍵語${tag}b`],
    ipStatus: `特許${tag}`,
    contact: `連絡${tag}`,
    visibility,
  });
}

const marker = (field: string, tag: string): string[] => {
  switch (field) {
    case 'institution':
      return [`機関${tag}`];
    case 'researcher':
      return [`研究者${tag}`];
    case 'summary':
      return [`概要${tag}`];
    case 'advantage':
      return [`優位性${tag}`];
    case 'applications':
      return [`用途${tag}`];
    case 'keywords':
      return [`鍵語${tag}a`, `鍵語${tag}b`];
    case 'ipStatus':
      return [`特許${tag}`];
    case 'contact':
      return [`連絡${tag}`];
    default:
      return [];
  }
};

function event(seeds: readonly Seed[], date = '2012-06-08'): KakehashiEvent {
  return eventSchema.parse({
    ...meta(),
    kind: 'seedBriefing',
    title: '置賜地域 研究シーズ説明会',
    region: 'okitama',
    date,
    startTime: '13:30',
    endTime: '16:30',
    venue: '米沢市内 会議室',
    organisers: ['山形県'],
    seedIds: seeds.map((seed) => seed.id),
  });
}

const programme: Programme = programmeSchema.parse({ ...meta(), ...sampleProgramme });

const visibilityArbitrary = fc.record(
  Object.fromEntries(seedVisibleFields.map((field) => [field, fc.constantFrom('public', 'internal')])) as {
    [K in keyof Visibility]: fc.Arbitrary<'public' | 'internal'>;
  },
);

describe('toHandoutModel', () => {
  it('never lets an internal field through, in either language, whatever the visibility', () => {
    fc.assert(
      fc.property(
        fc.array(visibilityArbitrary, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('ja', 'en'),
        (maps, language) => {
          const seeds = maps.map((visibility, index) => markedSeed(`S${index}X`, visibility));
          const printed = JSON.stringify(toHandoutModel(event(seeds), seeds, programme, { language }));
          maps.forEach((visibility, index) => {
            const tag = `S${index}X`;
            expect(printed).toContain(`題名${tag}`);
            for (const field of seedVisibleFields) {
              for (const value of marker(field, tag)) {
                if (visibility[field] === 'internal') expect(printed).not.toContain(value);
                else expect(printed).toContain(value);
              }
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the event order, numbers the seeds and skips deleted sheets', () => {
    const allPublic = Object.fromEntries(seedVisibleFields.map((field) => [field, 'public'])) as Visibility;
    const [a, b, c] = [
      markedSeed('A', allPublic),
      { ...markedSeed('B', allPublic), deleted: true },
      markedSeed('C', allPublic),
    ];
    const model = toHandoutModel(event([c, a]), [c, b, a], programme, { language: 'ja' });
    expect(model.seeds.map((page) => [page.number, page.title])).toEqual([
      [1, '題名C'],
      [2, '題名A'],
    ]);
    expect(handoutPageCount(model)).toBe(2 + 2 + 1 + 1);
  });

  it("shows the programme only for the event's fiscal year", () => {
    expect(toHandoutModel(event([]), [], programme, { language: 'ja' }).programme?.fiscalYear).toBe(2012);
    // 2013-03-15 is still FY2012; 2013-04-01 is FY2013.
    expect(toHandoutModel(event([], '2013-03-15'), [], programme, { language: 'ja' }).programme).not.toBeNull();
    const later = toHandoutModel(event([], '2013-04-01'), [], programme, { language: 'ja' });
    expect(later.programme).toBeNull();
    expect(later.fiscalYear).toBe(2013);
  });

  it('writes the standard agenda in the handout language when the event has none', () => {
    const ja = toHandoutModel(event([]), [], programme, { language: 'ja' });
    expect(ja.agenda[0]).toEqual({ time: '13:30', title: '開会・あいさつ' });
    expect(ja.agenda.map((item) => item.title)).toContain('支援制度のご案内（バイオ技術産業化支援事業）');
    const en = toHandoutModel(event([]), [], programme, { language: 'en' });
    expect(en.agenda.at(-1)).toEqual({ time: '16:30', title: 'Closing' });
  });
});
