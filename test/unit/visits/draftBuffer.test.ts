import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '#shared/domain/ids';
import { visitSchema, type Visit } from '#shared/domain/visit';
import {
  bufferDraft,
  clearBufferedDraft,
  takeBufferedDraft,
} from '../../../renderer/src/features/visits/draftBuffer.ts';
import { toFormState } from '../../../renderer/src/features/visits/visitFormState.ts';

// Node has no localStorage; a Map stands in for the browser's synchronous key-value store.
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const updatedAt = '2026-11-28T09:00:00.000Z';
const visit: Visit = visitSchema.parse({
  id: newId(),
  createdAt: updatedAt,
  updatedAt,
  createdBy: 'device_a',
  companyId: newId(),
  date: '2026-11-28',
  summary: '保存済みの内容',
});
const typed = { ...toFormState(visit), summary: '閉じる直前の一文' };

describe('visit draft buffer', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('gives back values typed after the last stored change', () => {
    bufferDraft(visit.id, typed, Date.parse(updatedAt) + 1_000);
    expect(takeBufferedDraft(visit)).toEqual(typed);
  });

  it('drops values older than what the database holds (saved since, or changed by a sync)', () => {
    bufferDraft(visit.id, typed, Date.parse(updatedAt) - 1_000);
    expect(takeBufferedDraft(visit)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('drops an unreadable or foreign-shaped buffer instead of failing', () => {
    localStorage.setItem(`kakehashi:visit-draft:${visit.id}`, '{"at": 9e15, "values": {"summary": 1}}');
    expect(takeBufferedDraft(visit)).toBeNull();
    localStorage.setItem(`kakehashi:visit-draft:${visit.id}`, 'not json');
    expect(takeBufferedDraft(visit)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('is gone once cleared, and a full storage only loses the safety net', () => {
    bufferDraft(visit.id, typed, Date.parse(updatedAt) + 1_000);
    clearBufferedDraft(visit.id);
    expect(takeBufferedDraft(visit)).toBeNull();
    vi.stubGlobal(
      'localStorage',
      Object.assign(memoryStorage(), {
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    );
    expect(() => bufferDraft(visit.id, typed)).not.toThrow();
  });
});
