import type { ReactNode } from 'react';
import type { Rate } from '#shared/domain/programme';
import type { HandoutLanguage, HandoutProgramme } from '#shared/handout/handoutModel';
import { Sheet } from './Sheet.tsx';
import { handoutDate, handoutFiscalYear, handoutNumber, useHandoutT } from './handoutText.ts';

function rate({ numerator, denominator }: Rate): string {
  return `${numerator}/${denominator}`;
}

/** The support programme's terms for the event's fiscal year. */
export function ProgrammeSheet({
  programme,
  language,
  footer,
}: Readonly<{ programme: HandoutProgramme; language: HandoutLanguage; footer: string }>): ReactNode {
  const t = useHandoutT(language);
  const yen = (amount: number) => t('programme.yen', { amount: handoutNumber(language, amount) });
  const date = (iso: string) => handoutDate(language, iso);
  const rows: (readonly [string, string])[] = [
    [t('programme.awards'), t('programme.awardsValue', { count: programme.awards })],
    [
      t('programme.grant'),
      t('programme.grantValue', { min: yen(programme.grantMinYen), max: yen(programme.grantMaxYen) }),
    ],
    [t('programme.rate'), t('programme.rateValue', { sme: rate(programme.rateSme), large: rate(programme.rateLarge) })],
    [
      t('programme.call'),
      t('programme.callValue', { opens: date(programme.callStart), closes: date(programme.callEnd) }),
    ],
  ];
  if (programme.committeeDate !== '') {
    rows.push([t('programme.review'), t('programme.reviewValue', { date: date(programme.committeeDate) })]);
  }
  if (programme.periodEnd !== '') {
    rows.push([t('programme.period'), t('programme.periodValue', { end: date(programme.periodEnd) })]);
  }
  if (programme.costCategories.length > 0)
    rows.push([t('programme.costs'), programme.costCategories.join(t('programme.costsSeparator'))]);
  rows.push([
    t('programme.rounding'),
    t(programme.rounding.mode === 'down' ? 'programme.roundingDown' : 'programme.roundingHalfUp', {
      unit: handoutNumber(language, programme.rounding.unitYen),
    }),
  ]);
  if (programme.eligibility !== '') rows.push([t('programme.eligibility'), programme.eligibility]);
  if (programme.notes !== '') rows.push([t('programme.notes'), programme.notes]);
  return (
    <Sheet kind="programme" footer={footer}>
      <h2 className="sheet-heading" data-fit-title>
        {t('programme.title', { fiscalYear: handoutFiscalYear(language, programme.fiscalYear), name: programme.name })}
      </h2>
      <dl className="programme-terms">
        {rows.map(([label, value]) => (
          <div key={label} className="programme-term">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Sheet>
  );
}
