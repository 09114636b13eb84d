import type { ReactNode } from 'react';
import { handoutPageCount, type HandoutModel } from '#shared/handout/handoutModel';
import { AgendaSheet } from './AgendaSheet.tsx';
import { ConsultationSheet } from './ConsultationSheet.tsx';
import { CoverSheet } from './CoverSheet.tsx';
import { ProgrammeSheet } from './ProgrammeSheet.tsx';
import { SeedSheet } from './SeedSheet.tsx';
import { useHandoutT } from './handoutText.ts';

/** Every page of a handout, in print order, inside an element carrying the handout's `lang`. */
export function HandoutDocument({ model }: Readonly<{ model: HandoutModel }>): ReactNode {
  const t = useHandoutT(model.language);
  const total = handoutPageCount(model);
  const footer = (page: number) => t('footer', { title: model.cover.title, page, total });
  const firstSeedPage = 3;
  const programmePage = firstSeedPage + model.seeds.length;
  return (
    <div className="handout-document" lang={model.language}>
      <CoverSheet model={model} footer={footer(1)} />
      <AgendaSheet model={model} footer={footer(2)} />
      {model.seeds.map((seed, index) => (
        <SeedSheet key={seed.seedId} seed={seed} language={model.language} footer={footer(firstSeedPage + index)} />
      ))}
      {model.programme !== null && (
        <ProgrammeSheet programme={model.programme} language={model.language} footer={footer(programmePage)} />
      )}
      <ConsultationSheet model={model} footer={footer(total)} />
    </div>
  );
}
