import { describe, expect, it } from 'vitest';
import { newId } from '#shared/domain/ids';
import { seedSchema, type Seed } from '#shared/domain/seed';
import { seedPublicView } from '#shared/domain/seedPublicView';
import { visitSchema, type Visit } from '#shared/domain/visit';
import {
  emptySeedForm,
  previewSeed,
  splitKeywords,
  toSeedForm,
  toSeedInput,
} from '../../../renderer/src/features/seeds/seedFormState.ts';
import { filterSeeds } from '../../../renderer/src/features/visits/seedSearch.ts';
import { orderVisits } from '../../../renderer/src/features/visits/visitOrder.ts';

const meta = { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z', createdBy: 'device_a' };
const company = newId();
const other = newId();

function visit(date: string, state: 'draft' | 'final', companyId = company, startTime = ''): Visit {
  return visitSchema.parse({ id: newId(), ...meta, companyId, date, state, startTime, purpose: 'other' });
}

function seed(title: string, keywords: string[] = [], deleted = false): Seed {
  return seedSchema.parse({ id: newId(), ...meta, deleted, title, field: 'food', stage: 'basic', keywords });
}

describe('visit list order and filters', () => {
  it('puts drafts first, then the newest visit first', () => {
    const old = visit('2026-04-01', 'final');
    const recent = visit('2026-05-01', 'final');
    const morning = visit('2026-05-01', 'final', company, '09:00');
    const afternoon = visit('2026-05-01', 'final', company, '15:00');
    const oldDraft = visit('2026-03-01', 'draft');
    const shown = orderVisits([old, morning, recent, oldDraft, afternoon], { companyId: '', from: '', to: '' });
    expect(shown.map((v) => v.id)).toEqual([oldDraft.id, afternoon.id, morning.id, recent.id, old.id]);
  });

  it('filters by company and by an inclusive date range', () => {
    const a = visit('2026-04-01', 'final');
    const b = visit('2026-04-30', 'draft', other);
    const c = visit('2026-05-01', 'final');
    expect(orderVisits([a, b, c], { companyId: company, from: '', to: '' }).map((v) => v.id)).toEqual([c.id, a.id]);
    expect(orderVisits([a, b, c], { companyId: '', from: '2026-04-01', to: '2026-04-30' }).map((v) => v.id)).toEqual([
      b.id,
      a.id,
    ]);
  });
});

describe('seed search in the visit form', () => {
  const seeds = [
    seed('果肉の鮮度保持技術', ['ペクチン']),
    seed('ペクチン抽出の新手法'),
    seed('消えたシーズ', ['ペクチン'], true),
  ];

  it('matches titles and keywords across kana and width, titles first, skipping deleted and chosen ones', () => {
    expect(filterSeeds(seeds, 'ぺくちん', new Set()).map((s) => s.title)).toEqual([
      'ペクチン抽出の新手法',
      '果肉の鮮度保持技術',
    ]);
    expect(filterSeeds(seeds, 'ﾍﾟｸﾁﾝ', new Set([seeds[1]!.id])).map((s) => s.title)).toEqual(['果肉の鮮度保持技術']);
    expect(filterSeeds(seeds, '  ', new Set())).toEqual([]);
  });
});

describe('seed editor values', () => {
  it('round-trips a stored sheet and splits keywords on 、 and commas', () => {
    expect(splitKeywords('米ぬか、機能性,  発酵 ，')).toEqual(['米ぬか', '機能性', '発酵']);
    const stored = seed('題', ['a', 'b']);
    const input = toSeedInput(toSeedForm(stored));
    expect(input.keywords).toEqual(['a', 'b']);
    expect(input.visibility).toEqual(stored.visibility);
  });

  it('new sheets start with the schema defaults: institution, researcher, keywords and IP status internal', () => {
    const defaults = seedSchema.parse({ id: newId(), ...meta, title: 't', field: 'food', stage: 'basic' }).visibility;
    expect(toSeedInput(emptySeedForm()).visibility).toEqual(defaults);
  });

  it('the preview of an unsaved sheet has no internal field at all', () => {
    const form = { ...emptySeedForm(), title: '題', institution: '機関', summary: '概要' };
    const view = seedPublicView(previewSeed(form, ''));
    expect('institution' in view).toBe(false);
    expect(view.summary).toBe('概要');
    form.visibility = { ...form.visibility, summary: false };
    expect('summary' in seedPublicView(previewSeed(form, ''))).toBe(false);
  });
});
