import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../app/DatabaseProvider.tsx';

/** シーズ: a plain list of the seed sheets (title, field, stage) in the order they were made. */
export function SeedListPage(): ReactNode {
  const { t } = useTranslation();
  const repos = useRepositories();
  const seeds = useLiveQuery(() => repos.seeds.list(), [repos]);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.seeds')}</h1>
      <p>{t('data.seedList.intro')}</p>
      {seeds !== undefined && seeds.length === 0 && <p className="muted">{t('data.seedList.empty')}</p>}
      {seeds !== undefined && seeds.length > 0 && (
        <>
          <p className="muted">{t('data.seedList.count', { count: seeds.length })}</p>
          <table className="list" aria-labelledby="page-title">
            <thead>
              <tr>
                <th scope="col">{t('data.seedList.title')}</th>
                <th scope="col">{t('data.seedList.field')}</th>
                <th scope="col">{t('data.seedList.stage')}</th>
              </tr>
            </thead>
            <tbody>
              {seeds.map((seed) => (
                <tr key={seed.id}>
                  <td>{seed.title}</td>
                  <td>{t(`data.researchFields.${seed.field}`)}</td>
                  <td>{t(`data.researchStages.${seed.stage}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
