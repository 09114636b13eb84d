import type { ReactNode } from 'react';
import type { HandoutModel } from '#shared/handout/handoutModel';
import { QrCode } from './QrCode.tsx';
import { SeedIndex } from './SeedIndex.tsx';
import { Sheet } from './Sheet.tsx';
import { useHandoutT } from './handoutText.ts';

/** The last page: a form to fill in by hand, one box per seed, and the optional QR code. */
export function ConsultationSheet({ model, footer }: Readonly<{ model: HandoutModel; footer: string }>): ReactNode {
  const t = useHandoutT(model.language);
  const lines = ['company', 'department', 'person', 'phone', 'email'] as const;
  return (
    <Sheet kind="form" footer={footer}>
      <h2 className="sheet-heading">{t('form.title')}</h2>
      <p className="form-intro">{t('form.intro')}</p>
      <table className="form-lines">
        <tbody>
          {lines.map((line) => (
            <tr key={line}>
              <th scope="row">{t(`form.${line}`)}</th>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="sheet-subheading">{t('form.seeds')}</h3>
      <SeedIndex seeds={model.seeds} checkbox />
      <h3 className="sheet-subheading">{t('form.needs')}</h3>
      <div className="form-needs" />
      <div className="form-bottom">
        <p className="form-privacy">{t('form.privacy')}</p>
        {model.qrUrl !== null && (
          <figure className="form-qr">
            <QrCode value={model.qrUrl} label={t('form.qr')} />
            <figcaption>
              {t('form.qr')}
              <br />
              <span className="qr-url">{model.qrUrl}</span>
            </figcaption>
          </figure>
        )}
      </div>
    </Sheet>
  );
}
