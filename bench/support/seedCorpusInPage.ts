import '../../test/e2e/support/zodJitless.ts';
import type { CompanyInput } from '#shared/domain/company';
import type { NeedInput } from '#shared/domain/need';
import type { SeedInput } from '#shared/domain/seed';
import type { VisitInput } from '#shared/domain/visit';
import { municipalities } from '#shared/master/municipalities';
import { companyKinds, researchFields, researchStages, visitPurposes } from '#shared/master/vocabularies';
import { openKakehashiDb } from '../../renderer/src/db/database.ts';
import { createRepositories } from '../../renderer/src/db/repositories.ts';
import { company, createRandom, personName, pick, topic, visitSummary } from '../fixtures/japaneseCorpus.ts';

// Page-side entry of the search benchmark: generates the programme's records and writes them
// through the app's repositories (validation and change capture included), in chunks.

/** How many records of each kind to generate. */
export type CorpusSize = Readonly<{ companies: number; visits: number; needs: number; seeds: number }>;

/** What the bundle puts on `window`. */
export type BenchSeedApi = Readonly<{ seed(size: CorpusSize): Promise<Readonly<{ records: number; ms: number }>> }>;

const institutions = ['山形大学農学部', '山形大学医学部', '県工業技術センター', '県農業総合研究センター', '慶應義塾大学先端生命科学研究所'];
const chunk = 5000;

function isoDay(random: () => number): string {
  const day = new Date(Date.UTC(2024, 3, 1) + Math.floor(random() * 1095) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

async function inChunks<T, R>(items: readonly T[], write: (part: readonly T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += chunk) out.push(...(await write(items.slice(i, i + chunk))));
  return out;
}

const api: BenchSeedApi = {
  async seed(size) {
    const started = performance.now();
    const repos = createRepositories(await openKakehashiDb());
    const random = createRandom(20_120_401);
    const companies: CompanyInput[] = Array.from({ length: size.companies }, () => {
      const generated = company(random);
      return {
        name: generated.name,
        nameKana: generated.nameKana,
        kind: pick(random, companyKinds),
        municipality: pick(random, municipalities).id,
        tags: [pick(random, ['サクランボ', '米', '牛肉', '日本酒', '漬物', '紅花'])],
        contacts: generated.contacts.map((contact) => ({ name: contact.name, kana: contact.kana, title: contact.title })),
      };
    });
    const companyIds = (await inChunks(companies, (part) => repos.companies.bulkCreate(part))).map((c) => c.id);
    const visits: VisitInput[] = Array.from({ length: size.visits }, () => ({
      companyId: pick(random, companyIds),
      date: isoDay(random),
      purpose: pick(random, visitPurposes),
      coordinator: personName(random).name,
      attendees: [personName(random).name],
      summary: visitSummary(random),
      state: 'final',
    }));
    await inChunks(visits, (part) => repos.visits.bulkCreate(part));
    const needs: NeedInput[] = Array.from({ length: size.needs }, () => ({
      companyId: pick(random, companyIds),
      title: `${topic(random)}の${pick(random, ['改善', '検討', '相談', '評価'])}`,
      description: visitSummary(random),
      field: pick(random, researchFields),
      keywords: [pick(random, ['鮮度', '品質', '機能性', '保存', '加工'])],
    }));
    await inChunks(needs, (part) => repos.needs.bulkCreate(part));
    const seeds: SeedInput[] = Array.from({ length: size.seeds }, () => ({
      title: `${topic(random)}に関する${pick(random, ['技術', '評価法', '解析技術', '新素材'])}`,
      field: pick(random, researchFields),
      stage: pick(random, researchStages),
      institution: pick(random, institutions),
      researcher: personName(random).name,
      summary: visitSummary(random),
      keywords: [pick(random, ['メタボローム', '発酵', '醸造', '微生物', '成分分析'])],
    }));
    await inChunks(seeds, (part) => repos.seeds.bulkCreate(part));
    return { records: size.companies + size.visits + size.needs + size.seeds, ms: performance.now() - started };
  },
};
(window as unknown as { kakehashiBench: BenchSeedApi }).kakehashiBench = api;
