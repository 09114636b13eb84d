import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Seed } from '#shared/domain/seed';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { SeedEditor } from './SeedEditor.tsx';

/** `#/seeds/new` and `#/seeds/<id>`: loads the sheet once and hands it to the editor. */
export function SeedEditorPage(): ReactNode {
  const { t } = useTranslation();
  const { seedId } = useParams();
  const repositories = useRepositories();
  const [loaded, setLoaded] = useState<{ id: string; seed: Seed | 'missing' } | null>(null);

  useEffect(() => {
    if (seedId === undefined) return;
    const run = { cancelled: false };
    void repositories.seeds.get(seedId).then((seed) => {
      if (!run.cancelled) setLoaded({ id: seedId, seed: seed ?? 'missing' });
    });
    return () => {
      run.cancelled = true;
    };
  }, [seedId, repositories]);

  if (seedId === undefined) return <SeedEditor key="new" initial={null} />;
  if (loaded?.id !== seedId) return null;
  if (loaded.seed === 'missing') {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('seedsEditor.editor.notFound')}</h1>
        <Link to="/seeds">{t('seedsEditor.editor.backToList')}</Link>
      </section>
    );
  }
  return <SeedEditor key={loaded.seed.id} initial={loaded.seed} />;
}
