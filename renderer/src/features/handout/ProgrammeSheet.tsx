import type { ReactNode } from 'react';
import type { HandoutLanguage, HandoutProgramme, HandoutRate } from '#shared/handout/handoutModel';
import { Sheet } from './Sheet.tsx';
import { handoutDate, handoutFiscalYear, handoutNumber, useHandoutT } from './handoutText.ts';

function rate({ numerator, denominator }: HandoutRate): string {
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
  const rows: readonly (readonly [string, string])[] = [
    [t('programme.eligibility'), programme.eligibility],
    [t('programme.awards'), t('programme.awardsValue', { count: programme.awards })],
    [t('programme.grant'), t('programme.grantValue', { min: yen(programme.grantMinYen), max: yen(programme.grantMaxYen) })],
    [t('programme.rate'), t('programme.rateValue', { sme: rate(programme.rateSme), large: rate(programme.rateLarge) })],
    [t('programme.costs'), programme.eligibleCosts],
    [t('programme.call'), t('programme.callValue', { opens: date(programme.callOpens), closes: date(programme.callCloses) })],
    ...(programme.reviewDate === null
      ? []
      : [[t('programme.review'), t('programme.reviewValue', { date: date(programme.reviewDate) })] as const]),
    [t('programme.period'), t('programme.periodValue', { end: date(programme.projectEnds) })],
  ];
  return (
    <Sheet kind="programme" footer={footer}>
      <h2 className="sheet-heading" data-fit-title>
        {t('programme.title', { fiscalYear: handoutFiscalYear(language, programme.fiscalYear), name: programme.name })}
      </h2>
      <dl className="programme-terms">
        {rows
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <div key={label} className="programme-term">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Sheet>
  );
}
