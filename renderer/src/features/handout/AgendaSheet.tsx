import type { ReactNode } from 'react';
import type { HandoutModel } from '#shared/handout/handoutModel';
import { Sheet } from './Sheet.tsx';
import { SeedIndex } from './SeedIndex.tsx';
import { useHandoutT } from './handoutText.ts';

/** Page 2: the agenda (次第) and the numbered list of seeds presented. */
export function AgendaSheet({ model, footer }: Readonly<{ model: HandoutModel; footer: string }>): ReactNode {
  const t = useHandoutT(model.language);
  return (
    <Sheet kind="agenda" footer={footer}>
      <h2 className="sheet-heading">{t('agenda.title')}</h2>
      <table className="agenda">
        <thead>
          <tr>
            <th scope="col">{t('agenda.time')}</th>
            <th scope="col">{t('agenda.item')}</th>
          </tr>
        </thead>
        <tbody>
          {model.agenda.map((item, index) => (
            <tr key={`${index}-${item.time}`}>
              <td className="agenda-time">{item.time}</td>
              <td>{item.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="sheet-subheading">{t('agenda.seedList')}</h3>
      <SeedIndex seeds={model.seeds} />
    </Sheet>
  );
}
