import type { ReactNode } from 'react';
import type { HandoutLanguage, HandoutSeedPage } from '#shared/handout/handoutModel';
import { Sheet } from './Sheet.tsx';
import { useHandoutLabels, useHandoutT } from './handoutText.ts';

/** One seed sheet's page: number, title, facts, prose sections and keywords — public fields only. */
export function SeedSheet({
  seed,
  language,
  footer,
}: Readonly<{ seed: HandoutSeedPage; language: HandoutLanguage; footer: string }>): ReactNode {
  const t = useHandoutT(language);
  const labels = useHandoutLabels(language);
  return (
    <Sheet kind="seed" footer={footer}>
      <p className="seed-number">{t('seed.number', { number: seed.number })}</p>
      <h2 className="seed-title" data-fit-title>
        {seed.titleInJapanese ? <span lang="ja">{seed.title}</span> : seed.title}
        {seed.titleInJapanese && <span className="japanese-only"> {t('seed.japaneseOnly')}</span>}
      </h2>
      <dl className="seed-facts">
        <div className="seed-fact">
          <dt>{t('seed.field')}</dt>
          <dd>{labels.field(seed.field)}</dd>
        </div>
        <div className="seed-fact">
          <dt>{t('seed.stage')}</dt>
          <dd>{labels.stage(seed.stage)}</dd>
        </div>
        {seed.facts.map((fact) => (
          <div key={fact.key} className="seed-fact">
            <dt>{t(`seed.facts.${fact.key}`)}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {seed.sections.map((section) => (
        <section key={section.key} className="seed-section">
          <h3>
            {t(`seed.sections.${section.key}`)}
            {section.inJapanese && <span className="japanese-only"> {t('seed.japaneseOnly')}</span>}
          </h3>
          <p lang={section.inJapanese ? 'ja' : undefined}>{section.text}</p>
        </section>
      ))}
      {seed.keywords.length > 0 && (
        <section className="seed-section">
          <h3>{t('seed.keywords')}</h3>
          <ul className="keywords">
            {seed.keywords.map((keyword) => (
              <li key={keyword}>{keyword}</li>
            ))}
          </ul>
        </section>
      )}
    </Sheet>
  );
}
