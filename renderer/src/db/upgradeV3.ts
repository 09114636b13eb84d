import type { Transaction } from 'dexie';
import { defaultCostCategories } from '#shared/domain/programme';

const oldStages: Readonly<Record<string, string>> = {
  basic: 'germination',
  applied: 'jointResearch',
  practical: 'commercialisation',
};

type OldFunding = Readonly<{ name?: string; amountYen?: number }>;
type OldSubsidy = Readonly<{ fiscalYear?: number; costsYen?: number; requestedYen?: number; state?: string }>;
type ProjectRow = Record<string, unknown> & {
  stage?: string;
  companyIds?: string[];
  createdAt?: string;
  funding?: OldFunding[];
  subsidy?: OldSubsidy | null;
  notes?: string;
};

/** The old funding and subsidy entries, kept as lines of the notes (they lack what the new tables need). */
function keptLines(project: ProjectRow): string[] {
  const lines = (project.funding ?? []).map((entry) => `外部資金: ${entry.name ?? ''} ${entry.amountYen ?? 0}円`);
  const subsidy = project.subsidy;
  if (subsidy !== null && subsidy !== undefined)
    lines.push(
      `助成金申請: ${subsidy.fiscalYear ?? ''}年度 事業費 ${subsidy.costsYen ?? 0}円 申請額 ${subsidy.requestedYen ?? 0}円 (${subsidy.state ?? ''})`,
    );
  return lines;
}

/** Maps a version-2 project to the version-3 shape (docs/projects.md, "Database versions"). */
export function upgradeProject(project: ProjectRow): void {
  const stage = oldStages[project.stage ?? ''] ?? 'germination';
  const date = (project.createdAt ?? '').slice(0, 10) || '2012-04-01';
  const lines = keptLines(project);
  project.stage = stage;
  project['stageHistory'] = [{ stage, date, reason: '' }];
  project['startedOn'] = date;
  project['companies'] = (project.companyIds ?? []).map((companyId) => ({ companyId, role: '' }));
  project['field'] ??= '';
  for (const name of ['theme', 'coordinator', 'nextAction', 'due']) project[name] ??= '';
  for (const name of ['institutions', 'needIds', 'matchIds', 'visitIds', 'attachmentIds', 'advice'])
    project[name] ??= [];
  if (lines.length > 0) project.notes = [project.notes ?? '', ...lines].filter((line) => line !== '').join('\n');
  delete project.funding;
  delete project.subsidy;
}

/** Maps a version-2 programme to the version-3 shape: the default rounding and cost categories. */
export function upgradeProgramme(programme: Record<string, unknown>): void {
  programme['rounding'] ??= { mode: 'down', unitYen: 1000 };
  programme['costCategories'] ??= [...defaultCostCategories];
  programme['eligibility'] ??= '';
  programme['periodStart'] ??= '';
}

/** Maps a version-2 company: the size facts are unknown, so the stored size stays. */
export function upgradeCompany(company: Record<string, unknown>): void {
  company['capitalYen'] ??= null;
  company['employees'] ??= null;
  company['smeIndustry'] ??= 'manufacturingOther';
  company['sizeOverride'] ??= null;
}

/** The version-3 upgrade of existing records. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('projects').toCollection().modify(upgradeProject);
  await tx.table('programmes').toCollection().modify(upgradeProgramme);
  await tx.table('companies').toCollection().modify(upgradeCompany);
}
