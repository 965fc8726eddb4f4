import { describe, expect, it } from 'vitest';
import { groundLegend, regionGroundOf } from './region-ground.js';

describe('regionGroundOf', () => {
  it.each([
    ['5.1.2e', '5.1.2e'],
    ['5.1.2.e', '5.1.2e'],
    ['5.1 lid 2 sub e', '5.1.2e'],
    ['10.2e', '5.1.2e'],
    [' 5.1.1E ', '5.1.1e'],
    ['5.2', '5.2'],
    ['5.1.5', '5.1.5'],
  ])('reads %j as %s', (input, code) => {
    expect(regionGroundOf(input)).toBe(code);
  });

  it.each(['5.3', 'privacy', '', '5.1.9z'])('refuses %j as an unknown ground, in both languages', (input) => {
    expect(() => regionGroundOf(input)).toThrow(
      expect.objectContaining({ code: 'ground.unknown', nl: expect.stringContaining('niet herkend') }),
    );
  });

  it("refuses 'dubbel': it marks a document, not a passage", () => {
    expect(() => regionGroundOf('Dubbel')).toThrow(
      expect.objectContaining({ code: 'ground.not_for_region', details: { input: 'Dubbel' } }),
    );
  });
});

describe('groundLegend', () => {
  it('lists each code once, in the order of the law, with the catalog labels', () => {
    const legend = groundLegend(['5.1.2e', '5.1.1e', '5.1.2e']);
    expect(legend.map((entry) => entry.code)).toEqual(['5.1.1e', '5.1.2e']);
    expect(legend[1]).toMatchObject({
      labelNl: 'Eerbiediging van de persoonlijke levenssfeer',
      labelEn: 'Respect for privacy',
      kind: 'relative',
      article: 'Woo art. 5.1, tweede lid, onder e',
    });
    expect(groundLegend([])).toEqual([]);
  });
});
