import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planDeleteCompany } from '../../db/recordWrites.ts';
import { DeleteAction, TakesWith } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';
import type { CompanyDetail } from './useCompanyDetail.ts';

/** この企業を削除: says how many visits, needs and matches go with it, and offers to keep them. */
export function CompanyDelete({ detail }: Readonly<{ detail: CompanyDetail }>): ReactNode {
  const { t } = useTranslation();
  const run = useOperations();
  const navigate = useNavigate();
  const [keep, setKeep] = useState(false);
  const { company, visits, needs, matches } = detail;
  const hasDependents = visits.length + needs.length > 0;
  return (
    <DeleteAction
      label={t('takeBack.company.delete')}
      title={t('takeBack.company.title', { name: company.name })}
      onConfirm={async () => {
        const writes = planDeleteCompany(company, { visits, needs, matches }, { keepDependents: keep });
        await run({ message: t('takeBack.deleted', { name: company.name }), writes });
        await navigate('/companies');
      }}
    >
      <TakesWith counts={keep ? {} : { visits: visits.length, needs: needs.length, matches: matches.length }} />
      {hasDependents && (
        <label className="check">
          <input type="checkbox" checked={keep} onChange={(event) => setKeep(event.target.checked)} />
          {t('takeBack.company.keep')}
        </label>
      )}
    </DeleteAction>
  );
}
