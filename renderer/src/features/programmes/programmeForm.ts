import type { Programme, ProgrammeInput } from '#shared/domain/programme';
import { defaultCostCategories } from '#shared/domain/programme';
import { parseRateInput, parseYenInput } from '#shared/subsidy/yenInput';

/** What the programme form holds: text as typed; money and rates are read on save. */
export type ProgrammeForm = Readonly<{
  name: string;
  fiscalYear: string;
  awards: string;
  grantMinYen: string;
  grantMaxYen: string;
  rateSme: string;
  rateLarge: string;
  roundingMode: 'down' | 'halfUp';
  roundingUnit: string;
  costCategories: string;
  callStart: string;
  callEnd: string;
  committeeDate: string;
  periodStart: string;
  periodEnd: string;
  eligibility: string;
  notes: string;
}>;

const rateText = (rate: { numerator: number; denominator: number }) => `${rate.numerator}/${rate.denominator}`;

/** The form values of a stored programme, or of a new one (the plan's usual terms as a start). */
export function programmeToForm(programme: Programme | undefined): ProgrammeForm {
  return {
    name: programme?.name ?? 'バイオ技術産業化支援事業',
    fiscalYear: programme === undefined ? '' : String(programme.fiscalYear),
    awards: programme === undefined ? '' : String(programme.awards),
    grantMinYen: programme === undefined ? '' : String(programme.grantMinYen),
    grantMaxYen: programme === undefined ? '' : String(programme.grantMaxYen),
    rateSme: programme === undefined ? '2/3' : rateText(programme.rateSme),
    rateLarge: programme === undefined ? '1/2' : rateText(programme.rateLarge),
    roundingMode: programme?.rounding.mode ?? 'down',
    roundingUnit: String(programme?.rounding.unitYen ?? 1000),
    costCategories: (programme?.costCategories ?? defaultCostCategories).join('\n'),
    callStart: programme?.callStart ?? '',
    callEnd: programme?.callEnd ?? '',
    committeeDate: programme?.committeeDate ?? '',
    periodStart: programme?.periodStart ?? '交付決定の日',
    periodEnd: programme?.periodEnd ?? '',
    eligibility: programme?.eligibility ?? '',
    notes: programme?.notes ?? '',
  };
}

// An unreadable number or rate stays unreadable (NaN / an impossible fraction) so the schema names the field.
const whole = (text: string) => parseYenInput(text) ?? Number.NaN;
const rate = (text: string) => parseRateInput(text) ?? { numerator: Number.NaN, denominator: Number.NaN };

/** The input the repository validates. */
export function formToProgrammeInput(form: ProgrammeForm): ProgrammeInput {
  return {
    name: form.name,
    fiscalYear: whole(form.fiscalYear),
    awards: whole(form.awards),
    grantMinYen: whole(form.grantMinYen),
    grantMaxYen: whole(form.grantMaxYen),
    rateSme: rate(form.rateSme),
    rateLarge: rate(form.rateLarge),
    rounding: { mode: form.roundingMode, unitYen: whole(form.roundingUnit) },
    costCategories: form.costCategories
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    callStart: form.callStart,
    callEnd: form.callEnd,
    committeeDate: form.committeeDate,
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    eligibility: form.eligibility,
    notes: form.notes,
  };
}
