import { describe, expect, it } from 'vitest';
import { wordsFromTsv } from './ocr-pool.js';

describe('wordsFromTsv', () => {
  it('takes the word rows (level 5) with their boxes in points and confidence 0–1, nothing else', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t300\t600\t900\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t300\t600\t250\t50\t96.5\tGeachte',
      '5\t1\t1\t1\t1\t2\t570\t600\t180\t50\t91\tmevrouw',
      '5\t1\t1\t1\t1\t3\t760\t600\t10\t50\t12\t ',
    ].join('\n');
    expect(wordsFromTsv(tsv, 72 / 300)).toEqual([
      { text: 'Geachte', x: 72, y: 144, width: 60, height: 12, confidence: 0.965 },
      { text: 'mevrouw', x: 136.8, y: 144, width: 43.2, height: 12, confidence: 0.91 },
    ]);
  });
});
