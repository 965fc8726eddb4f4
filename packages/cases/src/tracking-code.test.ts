import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '@woo/domain';
import { hashTrackingCode, looksLikeTrackingCode, newTrackingCode } from './tracking-code.js';

describe('tracking codes', () => {
  it('are 32 URL-safe characters carrying 192 random bits, never repeated or ordered', () => {
    const codes = Array.from({ length: 2000 }, newTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(looksLikeTrackingCode(code)).toBe(true);
    }
    // Not sequential: consecutive codes share no common prefix beyond chance (64 symbols: 1/64 per position).
    const sharedFirstChar = codes.slice(1).filter((code, i) => code[0] === codes[i]![0]).length;
    expect(sharedFirstChar).toBeLessThan(100);
    // Every one of the 64 symbols turns up: the whole alphabet is used.
    expect(new Set(codes.join('')).size).toBe(64);
  });

  it('are stored as their SHA-256 only', () => {
    const code = newTrackingCode();
    expect(hashTrackingCode(code)).toBe(createHash('sha256').update(code).digest('hex'));
    expect(hashTrackingCode(code)).not.toContain(code);
    expect(looksLikeTrackingCode('abc')).toBe(false);
    expect(looksLikeTrackingCode(`${code.slice(0, 31)}/`)).toBe(false);
  });
});

describe('amsterdamDate', () => {
  it.each([
    ['2026-03-01T22:59:59Z', '2026-03-01'], // 23:59:59 CET
    ['2026-03-01T23:00:00Z', '2026-03-02'], // midnight CET
    ['2026-06-30T22:00:00Z', '2026-07-01'], // midnight CEST (UTC+2)
    ['2026-06-30T21:59:00Z', '2026-06-30'],
  ])('%s is %s in Amsterdam', (instant, date) => {
    expect(amsterdamDate(new Date(instant))).toBe(date);
  });
});
