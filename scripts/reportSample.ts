// `npm run report:sample -- <out.xlsx> [--fiscal-year 2012] [--lang en]`: writes the report workbook
// of the sample data (the seed sheets, companies and visits the first-run screen loads), so anyone
// can open it in Excel or read it with openpyxl.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { companySchema } from '../shared/src/domain/company.ts';
import { newId } from '../shared/src/domain/ids.ts';
import { seedSchema } from '../shared/src/domain/seed.ts';
import { visitSchema } from '../shared/src/domain/visit.ts';
import { en } from '../shared/src/i18n/en.ts';
import { ja } from '../shared/src/i18n/ja.ts';
import { regionOfMunicipality } from '../shared/src/master/municipalities.ts';
import { computeReport } from '../shared/src/reports/computeReport.ts';
import { indexReportData } from '../shared/src/reports/reportIndex.ts';
import { plainTranslator } from '../shared/src/reports/reportLabels.ts';
import type { ReportData } from '../shared/src/reports/reportModel.ts';
import { reportWorkbook } from '../shared/src/reports/reportWorkbook.ts';
import { sampleCompanies, sampleVisits } from '../shared/src/sample/sampleData.ts';
import { sampleSeeds } from '../shared/src/sample/sampleSeeds.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'fiscal-year': { type: 'string', default: '2012' }, lang: { type: 'string', default: 'ja' } },
});
const out = positionals[0];
const fiscalYear = Number(values['fiscal-year']);
const language = values.lang;
if (out === undefined || !Number.isInteger(fiscalYear) || (language !== 'ja' && language !== 'en')) {
  console.error('usage: npm run report:sample -- <out.xlsx> [--fiscal-year 2012] [--lang en]');
  process.exit(2);
}

// The records as the first-run screen stores them: recorded at the start of the sample year.
const meta = () => ({
  id: newId(),
  createdAt: '2012-04-02T00:00:00.000Z',
  updatedAt: '2012-04-02T00:00:00.000Z',
  createdBy: 'sample',
});
const seeds = sampleSeeds.map((seed) => seedSchema.parse({ ...seed, ...meta() }));
const companies = sampleCompanies.map((company) =>
  companySchema.parse({ ...company, ...meta(), region: regionOfMunicipality(company.municipality ?? '') ?? '' }),
);
const visits = sampleVisits.map(({ company, seeds: seedIndexes, ...visit }) =>
  visitSchema.parse({
    ...visit,
    ...meta(),
    companyId: companies[company]?.id,
    seedIds: seedIndexes.map((index) => seeds[index]?.id),
  }),
);
const data: ReportData = { companies, visits, seeds, needs: [], matches: [], events: [] };
const index = indexReportData(data);
const report = computeReport(index, { fiscalYear, coordinator: '', region: '' });
const companyNames = new Map(companies.map((c) => [c.id as string, c.name]));
const seedTitles = new Map(seeds.map((s) => [s.id as string, s.title]));
const bytes = await reportWorkbook(
  index,
  report,
  {
    t: plainTranslator(language === 'ja' ? ja : en),
    companyName: (id) => companyNames.get(id) ?? '',
    seedTitle: (id) => seedTitles.get(id) ?? '',
  },
  language,
);
const file = resolve(out);
await mkdir(dirname(file), { recursive: true });
await writeFile(file, bytes);
const visitsCounted = report.sections[0]?.tables[0]?.rows.reduce((sum, row) => sum + row.current.value, 0) ?? 0;
console.log(`report: ${file} (FY${fiscalYear}, ${visitsCounted} visits counted)`);
