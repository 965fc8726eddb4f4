import { describe, expect, it } from 'vitest';
import { amsterdamDate } from './amsterdam-date.js';

describe('amsterdamDate', () => {
  it('gives the Dutch calendar date, winter and summer time, on either side of midnight', () => {
    // Winter (UTC+1): 22:59:59 UTC is 23:59:59 on 1 March; one second later it is 2 March.
    expect(amsterdamDate(new Date('2026-03-01T22:59:59.999Z'))).toBe('2026-03-01');
    expect(amsterdamDate(new Date('2026-03-01T23:00:00.000Z'))).toBe('2026-03-02');
    // Summer (UTC+2): 21:59:59 UTC is 23:59:59 on 1 July.
    expect(amsterdamDate(new Date('2026-07-01T21:59:59.500Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
  });

  it('answers again for the same second, and anew for a moment in another second, also going back', () => {
    expect(amsterdamDate(new Date('2026-03-01T23:00:00.100Z'))).toBe('2026-03-02');
    expect(amsterdamDate(new Date('2026-03-01T23:00:00.900Z'))).toBe('2026-03-02');
    expect(amsterdamDate(new Date('2026-03-01T22:59:59.900Z'))).toBe('2026-03-01');
    expect(amsterdamDate(new Date('2020-01-01T12:00:00Z'))).toBe('2020-01-01');
  });

  it('refuses an invalid date as before', () => {
    expect(() => amsterdamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
