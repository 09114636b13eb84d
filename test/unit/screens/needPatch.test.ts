import { describe, expect, it } from 'vitest';
import { needPatch, type NeedForm } from '../../../renderer/src/features/needs/needForm.ts';

const shown: NeedForm = {
  companyId: '01J0000000000000000000000A',
  sourceVisitId: '',
  title: '褐変を抑えたい',
  description: '',
  field: 'food',
  keywords: '褐変、果汁',
  confidential: false,
  status: 'matched',
};

describe('needPatch', () => {
  it('writes nothing back when nothing was changed, so a status set by a match stays', () => {
    expect(needPatch({ ...shown }, shown)).toEqual({});
  });
  it('writes only the changed fields, keywords as a list', () => {
    expect(needPatch({ ...shown, title: '褐変と退色を抑えたい', keywords: '褐変、退色' }, shown)).toEqual({
      title: '褐変と退色を抑えたい',
      keywords: ['褐変', '退色'],
    });
  });
  it('writes a status the user chose', () => {
    expect(needPatch({ ...shown, status: 'closed' }, shown)).toEqual({ status: 'closed' });
  });
});
