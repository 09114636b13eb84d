import { describe, expect, it } from 'vitest';
import {
  conflictFieldLabel,
  conflictRecordPath,
  conflictSide,
  conflictValueText,
} from '#shared/sync/conflictPresentation';

const day = (iso: string) => `day(${iso})`;

describe('conflict presentation', () => {
  it.each([
    ['companies', 'phone', 'ja', '電話番号'],
    ['companies', 'notes', 'ja', 'メモ'],
    ['companies', 'phone', 'en', 'Phone'],
    ['visits', 'summary', 'ja', '内容'],
    ['companies', 'fieldFromANewerVersion', 'ja', 'fieldFromANewerVersion'],
    ['tableFromANewerVersion', 'phone', 'ja', 'phone'],
  ] as const)('labels %s.%s in %s as %s', (table, field, locale, label) => {
    expect(conflictFieldLabel(table, field, locale)).toBe(label);
  });

  it('links the records that have a page', () => {
    expect(conflictRecordPath('companies', '01ABC')).toBe('/companies/01ABC');
    expect(conflictRecordPath('visits', '01ABC')).toBe('/visits/01ABC');
    expect(conflictRecordPath('attachments', '01ABC')).toBeNull();
    expect(conflictRecordPath('unknown', '01ABC')).toBeNull();
  });

  it('shows values as the form does', () => {
    expect(conflictValueText('companies', 'kind', 'foodMaker', 'ja', day)).toBe('食品製造業');
    expect(conflictValueText('companies', 'kind', 'foodMaker', 'en', day)).not.toBe('foodMaker');
    expect(conflictValueText('companies', 'kind', 'notAKind', 'ja', day)).toBe('notAKind');
    expect(conflictValueText('visits', 'nextVisit', '2026-12-01', 'ja', day)).toBe('day(2026-12-01)');
    expect(conflictValueText('companies', 'phone', '023-600-0001', 'ja', day)).toBe('023-600-0001');
  });

  it('reads the device and time of a side from its clock', () => {
    expect(conflictSide('0001764579600000-00000-devA')).toEqual({ device: 'devA', at: new Date(1764579600000) });
    expect(conflictSide('not a clock')).toEqual({ device: '', at: null });
  });
});
