import type { exportJa } from './export.ja.ts';
import type { LocaleShape } from './localeShape.ts';

/** English text of list export; keys mirror `exportJa`. */
export const exportEn: LocaleShape<typeof exportJa> = {
  button: 'Export',
  format: 'Export format',
  formats: {
    xlsx: 'Excel (.xlsx)',
    'csv-utf8': 'CSV (UTF-8)',
    'csv-sjis': 'CSV (Shift_JIS, for older Excel)',
  },
  what: 'List to export',
  busy: 'Exporting…',
  saved: 'Saved to {{path}}.',
  downloaded: 'Downloaded {{name}}.',
  cancelled: 'Export cancelled.',
  failed: 'Could not export: {{detail}}',
  unencodable:
    'Nothing was exported: some characters cannot be written in Shift_JIS. Export as CSV (UTF-8) or Excel, or correct these cells:',
  unencodableCell: 'row {{row}}, “{{column}}”: “{{character}}”',
  yes: 'yes',
  createdOn: 'Recorded on',
  sheets: {
    companies: 'Companies',
    contacts: 'Contacts',
    visits: 'Visits',
    needs: 'Needs',
    seeds: 'Seeds',
  },
};
