import type { Finding } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { findingGroups } from './finding-pieces.js';

const finding = (over: Partial<Finding>): Finding => ({
  page: 1,
  text: 'x',
  ground: '5.1.2e',
  kind: 'person',
  recogniser: 'person-names',
  confidence: 0.8,
  box: [72, 100, 50, 14],
  wordIndexes: [0],
  ...over,
});

describe('findingGroups', () => {
  it('links the pieces of a finding that runs on to the next line, and nothing else', () => {
    const first = finding({ text: 'de heer', box: [400, 100, 60, 14], wordIndexes: [11, 12] });
    const second = finding({ text: 'Jansen', box: [72, 116, 50, 14], wordIndexes: [13] });
    const alone = finding({ text: 'Piet Smit', box: [200, 200, 60, 14], wordIndexes: [40, 41] });
    // The next word, but on the same line: two findings side by side, not one over two lines.
    const besides = finding({ text: 'Smit', box: [270, 200, 30, 14], wordIndexes: [42] });
    // The next line, but another recogniser.
    const other = finding({
      text: '06-12345678',
      box: [72, 132, 70, 14],
      wordIndexes: [14],
      recogniser: 'phone',
      kind: 'phone',
    });
    const groups = findingGroups([other, second, alone, besides, first]);
    expect(groups.get(first)).toBeDefined();
    expect(groups.get(second)).toBe(groups.get(first));
    expect(groups.has(alone)).toBe(false);
    expect(groups.has(besides)).toBe(false);
    expect(groups.has(other)).toBe(false);
    // Deterministic: a re-run of detection gives the same group.
    expect(findingGroups([first, second]).get(second)).toBe(groups.get(first));
  });
});
