import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findDuplicateCompanies } from '#shared/companies/duplicateKey';
import { sortByKana } from '#shared/companies/kanaIndex';
import type { Company } from '#shared/domain/company';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import type { KakehashiDb } from '../../db/database.ts';
import { planMerge } from '../../db/recordWrites.ts';
import { toDomain } from '../../db/repository.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { useCountList } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';
import type { CompanyDetail } from './useCompanyDetail.ts';

/** What points at a company: the references a merge rewrites. */
async function referencesOf(db: KakehashiDb, companyId: string) {
  const [visits, needs, projects, events, subsidyApplications] = await Promise.all([
    db.visits.where('companyId').equals(companyId).toArray(),
    db.needs.where('companyId').equals(companyId).toArray(),
    db.projects.where('companyIds').equals(companyId).toArray(),
    db.events.toArray(),
    db.subsidyApplications.where('companyId').equals(companyId).toArray(),
  ]);
  return {
    visits: visits.filter((visit) => !visit.deleted).map(toDomain),
    needs: needs.filter((need) => !need.deleted).map(toDomain),
    projects: projects.filter((project) => !project.deleted).map(toDomain),
    events: events.filter((event) => !event.deleted).map(toDomain),
    subsidyApplications: subsidyApplications.filter((application) => !application.deleted).map(toDomain),
  };
}

function MergeDialog({ kept, onClose }: Readonly<{ kept: Company; onClose: () => void }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const countList = useCountList();
  const selectId = useId();
  const [otherId, setOtherId] = useState('');
  const companies = useLiveQuery(
    async () => sortByKana((await db.companies.toArray()).filter((c) => !c.deleted && c.id !== kept.id).map(toDomain)),
    [db, kept.id],
  );
  const other = companies?.find((company) => company.id === otherId);
  const moving = useLiveQuery(async () => (otherId === '' ? null : await referencesOf(db, otherId)), [db, otherId]);
  const duplicates = new Set(findDuplicateCompanies(kept, companies ?? []).map((company) => company.id));
  const option = (company: Company) => (
    <option key={company.id} value={company.id}>
      {company.name}
    </option>
  );
  const list =
    other === undefined || moving == null
      ? ''
      : countList({
          visits: moving.visits.length,
          needs: moving.needs.length,
          contacts: other.contacts.length,
        });
  return (
    <ConfirmDialog
      title={
        other === undefined
          ? t('takeBack.merge.title')
          : t('takeBack.merge.confirmTitle', { other: other.name, kept: kept.name })
      }
      confirmLabel={t('takeBack.merge.confirm')}
      confirmDisabled={other === undefined || moving == null}
      onCancel={onClose}
      onConfirm={() => {
        if (other === undefined || moving == null) return;
        const writes = planMerge(kept, other, moving);
        void run({ message: t('takeBack.merge.merged', { other: other.name, kept: kept.name }), writes }).then(onClose);
      }}
    >
      <p>{t('takeBack.merge.intro', { name: kept.name })}</p>
      <p className="field">
        <label htmlFor={selectId}>{t('takeBack.merge.choose')}</label>
        <select id={selectId} value={otherId} onChange={(event) => setOtherId(event.target.value)}>
          <option value="">{t('takeBack.merge.chooseNone')}</option>
          {duplicates.size > 0 && (
            <optgroup label={t('takeBack.merge.duplicatesFirst')}>
              {(companies ?? []).filter((company) => duplicates.has(company.id)).map(option)}
            </optgroup>
          )}
          <optgroup label={t('takeBack.merge.others')}>
            {(companies ?? []).filter((company) => !duplicates.has(company.id)).map(option)}
          </optgroup>
        </select>
      </p>
      {other !== undefined && moving != null && (
        <p>{list === '' ? t('takeBack.merge.nothingMoves') : t('takeBack.merge.moves', { list, kept: kept.name })}</p>
      )}
      <p className="muted">{t('takeBack.restoreNote')}</p>
    </ConfirmDialog>
  );
}

/** ほかの企業と統合: another company's visits, needs, matches and contacts move to this one. */
export function CompanyMerge({ detail }: Readonly<{ detail: CompanyDetail }>): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('takeBack.merge.open')}
      </button>
      {open && <MergeDialog kept={detail.company} onClose={() => setOpen(false)} />}
    </>
  );
}
