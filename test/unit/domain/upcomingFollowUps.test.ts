import { describe, expect, it } from 'vitest';
import { addIsoDays, upcomingWindow } from '#shared/domain/upcomingFollowUps';

describe('upcoming follow-ups window', () => {
  it('runs from tomorrow to the fourteenth day, across months and years', () => {
    expect(upcomingWindow('2026-12-02')).toEqual({ from: '2026-12-03', to: '2026-12-16' });
    expect(upcomingWindow('2026-12-25')).toEqual({ from: '2026-12-26', to: '2027-01-08' });
    expect(addIsoDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
