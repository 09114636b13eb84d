import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KakehashiEvent } from '#shared/domain/event';
import { invitationCandidates, invitationCsv, type InvitationFilter } from '#shared/events/invitations';
import { handoutPdfFileName } from '#shared/handout/pdfFileName';
import { companyKinds, researchFields, type CompanyKind, type ResearchField } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { downloadFile } from '../../ui/downloadFile.ts';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { Field } from './Field.tsx';
import { useEventUpdate } from './useEventUpdate.ts';
import { useUiLanguage } from './useUiLanguage.ts';

const isKind = (value: string): value is CompanyKind => (companyKinds as readonly string[]).includes(value);
const isField = (value: string): value is ResearchField => (researchFields as readonly string[]).includes(value);

/** 案内先: the region's companies filtered by kind and field, chosen for invitation, exported as CSV. */
export function InvitationList({ event }: Readonly<{ event: KakehashiEvent }>): ReactNode {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repositories = useRepositories();
  const [filter, setFilter] = useState<InvitationFilter>({ kind: '', field: '' });
  const companies = useLiveQuery(() => repositories.companies.list(), [repositories]);
  const region = event.region;
  const shown = region === '' || companies === undefined ? [] : invitationCandidates(companies, region, filter);
  const invited = new Set<string>(event.invitedCompanyIds);
  const update = useEventUpdate(event.id);
  const save = (change: (ids: readonly string[]) => readonly string[]) =>
    void update((current) => ({ invitedCompanyIds: [...new Set(change(current.invitedCompanyIds))] }));
  const toggle = (id: string, on: boolean) => save((ids) => (on ? [...ids, id] : ids.filter((c) => c !== id)));
  const exportCsv = () => {
    const chosen = (companies ?? []).filter((company) => invited.has(company.id));
    downloadFile(
      handoutPdfFileName(event.title, language).replace(/(-en)?\.pdf$/, '.csv'),
      invitationCsv(chosen, language),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <section className="event-section" aria-labelledby="event-invitations">
      <h2 id="event-invitations">{t('events.invitations.title')}</h2>
      <p className="help">{t('events.invitations.help')}</p>
      <div className="filters">
        <Field label={t('events.invitations.kind')}>
          {(props) => (
            <select
              {...props}
              value={filter.kind}
              onChange={(e) => setFilter({ ...filter, kind: isKind(e.target.value) ? e.target.value : '' })}
            >
              <VocabularyOptions vocabulary="companyKinds" values={companyKinds} empty={t('events.invitations.any')} />
            </select>
          )}
        </Field>
        <Field label={t('events.invitations.field')}>
          {(props) => (
            <select
              {...props}
              value={filter.field}
              onChange={(e) => setFilter({ ...filter, field: isField(e.target.value) ? e.target.value : '' })}
            >
              <VocabularyOptions
                vocabulary="researchFields"
                values={researchFields}
                empty={t('events.invitations.any')}
              />
            </select>
          )}
        </Field>
      </div>
      {region === '' && <p className="muted">{t('events.invitations.noRegion')}</p>}
      {region !== '' && shown.length === 0 && <p className="muted">{t('events.invitations.none')}</p>}
      {shown.length > 0 && (
        <>
          <button type="button" onClick={() => save((ids) => [...ids, ...shown.map((company) => company.id)])}>
            {t('events.invitations.selectAll')}
          </button>
          <ul className="invitation-list">
            {shown.map((company) => (
              <li key={company.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={invited.has(company.id)}
                    onChange={(e) => toggle(company.id, e.target.checked)}
                  />{' '}
                  {company.name} <span className="muted">{t(`data.companyKinds.${company.kind}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('events.invitations.invited', { count: event.invitedCompanyIds.length })}</p>
      <button type="button" disabled={event.invitedCompanyIds.length === 0} onClick={exportCsv}>
        {t('events.invitations.exportCsv')}
      </button>
      <p className="help">{t('events.invitations.csvHelp')}</p>
    </section>
  );
}
