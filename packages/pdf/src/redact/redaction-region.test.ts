import { describe, expect, it } from 'vitest';
import { RegionsFileError, parseRegionsFile } from './redaction-region.js';

describe('REGIONS.json', () => {
  it('reads regions, normalises the ground code and keeps the optional text', () => {
    const regions = parseRegionsFile(
      JSON.stringify([
        { page: 1, box: [72, 100, 80, 14], ground: '5.1.2.e', text: 'Jan de Vries' },
        { page: 2, box: [10.5, 20, 30, 12], ground: '5.1 lid 1 sub e' },
      ]),
    );
    expect(regions).toEqual([
      { page: 1, box: [72, 100, 80, 14], ground: '5.1.2e', text: 'Jan de Vries' },
      { page: 2, box: [10.5, 20, 30, 12], ground: '5.1.1e' },
    ]);
    expect(parseRegionsFile('[]')).toEqual([]);
  });

  it('keeps the group that links the pieces of one finding over several lines', () => {
    const pieces = [
      { page: 1, box: [400, 100, 60, 14], ground: '5.1.2e', text: 'de heer', group: 'f1' },
      { page: 1, box: [72, 116, 50, 14], ground: '5.1.2e', text: 'Jansen', group: 'f1' },
    ];
    expect(parseRegionsFile(JSON.stringify(pieces))).toEqual(pieces);
    expect(() => parseRegionsFile(JSON.stringify([{ ...pieces[0], group: '' }]))).toThrow(/\[0\]\.group/);
  });

  it("keeps a region's id and the reviewer's namesake decision", () => {
    const region = { page: 1, box: [72, 100, 60, 14], ground: '5.1.2e', text: 'Meindertsma', id: 'r1', namesake: true };
    expect(parseRegionsFile(JSON.stringify([region]))).toEqual([region]);
    expect(() => parseRegionsFile(JSON.stringify([{ ...region, namesake: 'ja' }]))).toThrow(/\[0\]\.namesake/);
  });

  it.each([
    ['not JSON', '[{page: 1}', /not valid JSON/],
    ['not an array', '{"page": 1}', /must be a JSON array/],
    ['page 0', '[{"page": 0, "box": [0, 0, 1, 1], "ground": "5.1.2e"}]', /\[0\]\.page: page must be 1 or more/],
    ['a fractional page', '[{"page": 1.5, "box": [0, 0, 1, 1], "ground": "5.1.2e"}]', /\[0\]\.page/],
    ['a box of three numbers', '[{"page": 1, "box": [0, 0, 1], "ground": "5.1.2e"}]', /\[0\]\.box: box must be/],
    ['a zero-width box', '[{"page": 1, "box": [0, 0, 0, 1], "ground": "5.1.2e"}]', /\[0\]\.box/],
    ['a negative x', '[{"page": 1, "box": [-1, 0, 5, 1], "ground": "5.1.2e"}]', /\[0\]\.box: box x and y/],
    ['an unknown ground', '[{"page": 1, "box": [0, 0, 1, 1], "ground": "9.9"}]', /\[0\]\.ground: .*"9\.9"/],
    [
      'an ambiguous ground',
      '[{"page": 1, "box": [0, 0, 1, 1], "ground": "5.1.d"}]',
      /\[0\]\.ground: .*5\.1\.1d or 5\.1\.2d/,
    ],
    ['a missing ground', '[{"page": 1, "box": [0, 0, 1, 1]}]', /\[0\]\.ground/],
    ['an unknown field', '[{"page": 1, "box": [0, 0, 1, 1], "ground": "5.1.2e", "colour": "red"}]', /colour/],
    ['the second entry wrong', '[{"page": 1, "box": [0, 0, 1, 1], "ground": "5.1.2e"}, {"page": "2"}]', /\[1\]\.page/],
  ])('refuses %s with one line naming the entry and field', (_name, json, message) => {
    let error: unknown;
    try {
      parseRegionsFile(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegionsFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
