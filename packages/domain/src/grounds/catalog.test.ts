import { describe, expect, it } from 'vitest';
import { exemptionGrounds, getExemptionGround } from './catalog.js';
import { groundCodes } from './ground-code.js';

describe('exemption ground catalog', () => {
  it('has exactly one entry per canonical code, in the order of the law', () => {
    expect(exemptionGrounds.map((ground) => ground.code)).toEqual([...groundCodes]);
  });

  it.each([
    ['5.1.1a', 'absolute'],
    ['5.1.1d', 'absolute'],
    ['5.1.1e', 'absolute'],
    ['5.1.2a', 'relative'],
    ['5.1.2e', 'relative'],
    ['5.1.2i', 'relative'],
    ['5.1.5', 'relative'],
    ['5.2', 'own_regime'],
    ['5.4', 'time_bound'],
    ['dubbel', 'not_a_ground'],
  ])('%s is %s', (code, kind) => {
    expect(getExemptionGround(code).kind).toBe(kind);
  });

  it('cites the article each code stands for', () => {
    expect(getExemptionGround('5.1.2e').article).toBe('Woo art. 5.1, tweede lid, onder e');
    expect(getExemptionGround('5.1.1d').article).toBe('Woo art. 5.1, eerste lid, onder d');
    expect(getExemptionGround('5.1.5').article).toBe('Woo art. 5.1, vijfde lid');
    expect(getExemptionGround('dubbel').article).toBeNull();
  });

  it('gives every real ground a Dutch and English label and a standard motivation', () => {
    for (const ground of exemptionGrounds) {
      expect(ground.labelNl.length).toBeGreaterThan(3);
      expect(ground.labelEn.length).toBeGreaterThan(3);
      if (ground.kind !== 'not_a_ground') expect(ground.motivationNl).toMatch(/\.$/);
    }
  });

  it('refuses a code that is not canonical', () => {
    expect(() => getExemptionGround('5.1.2.e')).toThrow(expect.objectContaining({ code: 'ground.unknown' }));
  });
});
