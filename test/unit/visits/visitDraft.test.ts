import { describe, expect, it } from 'vitest';
import { newId } from '#shared/domain/ids';
import { parseOrThrow, ValidationError } from '#shared/domain/validationError';
import { visitInputSchema, visitSchema, type Visit, type VisitEdit } from '#shared/domain/visit';
import { acceptFormValues, appendEdit, historyCoalesceMs, type VisitFormValues } from '#shared/domain/visitDraft';

const at = '2026-04-01T00:00:00.000Z';

function draft(overrides: Partial<Record<string, unknown>> = {}): Visit {
  return visitSchema.parse({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    createdBy: 'device_a',
    companyId: newId(),
    date: '2026-04-01',
    ...overrides,
  });
}

function formOf(visit: Visit, changes: Partial<VisitFormValues> = {}): VisitFormValues {
  const {
    date,
    startTime,
    endTime,
    purpose,
    coordinator,
    attendees,
    summary,
    needIds,
    seedIds,
    followUps,
    nextVisit,
    attachmentIds,
  } = visit;
  return {
    ...{
      date,
      startTime,
      endTime,
      purpose,
      coordinator,
      attendees,
      summary,
      needIds,
      seedIds,
      followUps,
      nextVisit,
      attachmentIds,
    },
    ...changes,
  };
}

describe('visit drafts', () => {
  it('a draft may lack a purpose and follow-up texts; a final visit may not, and the messages name the fields', () => {
    const input = { companyId: newId(), date: '2026-04-01', followUps: [{ text: '' }] };
    expect(parseOrThrow('visit', visitInputSchema, input).purpose).toBe('');
    let error: unknown;
    try {
      parseOrThrow('visit', visitInputSchema, { ...input, state: 'final' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).byField('ja')).toEqual({
      purpose: '目的は一覧から選んでください。',
      'followUps.0.text': 'フォローアップ 1 内容を入力してください。',
    });
  });

  it('saves every valid field and keeps the stored value of an invalid one', () => {
    const visit = draft({ summary: '前の内容', startTime: '10:00' });
    const result = acceptFormValues(
      visit,
      formOf(visit, { summary: ' 新しい内容 ', endTime: '09:00', coordinator: '甲' }),
    );
    expect(result.patch).toEqual({ summary: '新しい内容', coordinator: '甲' });
    expect(result.changed).toEqual(['coordinator', 'summary']);
    expect(result.issues).toEqual([{ path: ['endTime'], key: 'timeOrder' }]);
  });

  it('reports nothing changed when the form only differs by what the schema normalises', () => {
    const visit = draft({ summary: '内容' });
    expect(acceptFormValues(visit, formOf(visit, { summary: '内容  ' })).changed).toEqual([]);
  });

  it('checks a draft with the final rules when asked: it lists what finalising needs and offers nothing to write', () => {
    const visit = draft();
    const result = acceptFormValues(
      visit,
      formOf(visit, { summary: 'x', followUps: [{ text: '', due: '', done: false }] }),
      'final',
    );
    expect(result.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['followUps.0.text', 'purpose']);
    expect(result.patch).toEqual({});
  });

  it('a final visit refuses losing its purpose but keeps the other edits', () => {
    const visit = draft({ purpose: 'followUp', state: 'final' });
    const result = acceptFormValues(visit, formOf(visit, { purpose: '', summary: '追記' }));
    expect(result.patch).toEqual({ summary: '追記' });
    expect(result.issues).toEqual([{ path: ['purpose'], key: 'invalidChoice' }]);
  });
});

describe('edit history', () => {
  const edit = (minutes: number, fields: string[], by = 'device_a'): VisitEdit => ({
    at: new Date(Date.parse(at) + minutes * 60_000).toISOString(),
    by,
    fields,
  });

  it('keeps the finalisation as its own entry and joins edits of one sitting, in form order', () => {
    let history = appendEdit([], edit(0, ['state']));
    history = appendEdit(history, edit(1, ['summary']));
    history = appendEdit(history, edit(5, ['nextVisit', 'date']));
    expect(history).toEqual([edit(0, ['state']), edit(5, ['date', 'summary', 'nextVisit'])]);
  });

  it('starts a new entry after a pause or on another device, and ignores edits that changed nothing', () => {
    const first = appendEdit([edit(0, ['state'])], edit(1, ['summary']));
    const later = appendEdit(first, edit(1 + historyCoalesceMs / 60_000, ['summary']));
    expect(later).toHaveLength(3);
    const other = appendEdit(first, edit(2, ['summary'], 'device_b'));
    expect(other).toHaveLength(3);
    expect(appendEdit(first, edit(3, []))).toEqual(first);
  });
});
