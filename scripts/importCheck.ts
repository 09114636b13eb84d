// `npm run import:check -- <file> [--json]`: checks a company list (CSV or XLSX) on its own, without
// the app — encoding, column mapping, row errors, duplicates within the file — for the office
// staff who prepare it. Exits 1 with a one-line reason when the file cannot be read at all.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importJa } from '#shared/i18n/import.ja';
import { guessMapping } from '#shared/import/importFields';
import { issueMessage } from '#shared/import/importIssues';
import { collectPostalCodes } from '#shared/import/postalCodesOf';
import { planImport } from '#shared/import/importPlan';
import { lookupPostalCode } from '../main/src/services/postalLookup.ts';
import { readSpreadsheet, type ReadFailure } from '../renderer/src/features/import/readSpreadsheet.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
const json = args.includes('--json');
if (file === undefined) {
  console.error('usage: npm run import:check -- <file.csv|file.xlsx> [--json]');
  process.exit(2);
}

function failureText(name: string, failure: ReadFailure): string {
  const template = importJa.fileErrors[failure.code];
  return template
    .replace('{{file}}', name)
    .replace('{{reason}}', 'reason' in failure ? failure.reason : '')
    .replace('{{sheet}}', 'sheet' in failure ? failure.sheet : '')
    .replace('{{encoding}}', 'encoding' in failure ? importJa.encodings[failure.encoding] : '');
}

const name = basename(file);
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (error) {
  console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const outcome = await readSpreadsheet({ bytes, fileName: name });
if (!outcome.ok) {
  console.error(failureText(name, outcome.error));
  process.exit(1);
}
const { table, encoding, sheet } = outcome.value;
const mapping = guessMapping(table.headers);
const postalPlaces = Object.fromEntries(
  collectPostalCodes(table, mapping).map((code) => [code, lookupPostalCode(code)]),
);
const plan = planImport(table, mapping, { postalPlaces });
const duplicates = plan.rows
  .filter((row) => row.duplicateOfRow !== null)
  .map((row) => ({ row: row.row, of: { row: row.duplicateOfRow } }));

if (json) {
  const report = {
    file: name,
    encoding: encoding ?? 'xlsx',
    ...(sheet === null ? {} : { sheet }),
    rows: plan.counts.rows,
    valid: plan.counts.valid,
    mapping: Object.fromEntries(table.headers.map((header, i) => [header, mapping[i] ?? 'ignore'])),
    errors: plan.errors.map((issue) => ({
      row: issue.row,
      column: issue.column,
      code: issue.code,
      message: issueMessage(issue, 'ja'),
    })),
    duplicates,
    records: plan.rows.filter((row) => row.action !== 'error').map((row) => ({ row: row.row, values: row.company })),
  };
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${name}: ${encoding === null ? `XLSX（シート「${sheet ?? ''}」）` : importJa.encodings[encoding]}`);
  console.log(
    `列の対応: ${table.headers.map((header, i) => `${header} → ${importJa.targets[mapping[i] ?? 'ignore']}`).join('、')}`,
  );
  console.log(`${plan.counts.rows} 行のうち ${plan.counts.valid} 行を取り込めます。`);
  for (const issue of plan.errors) console.log(`エラー: ${issueMessage(issue, 'ja')}`);
  for (const duplicate of duplicates)
    console.log(`重複: ${duplicate.row}行目は${duplicate.of.row}行目と同じ企業です。`);
}
