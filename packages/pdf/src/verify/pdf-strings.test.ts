import { describe, expect, it } from 'vitest';
import { readPdfStrings } from './pdf-strings.js';

describe('readPdfStrings', () => {
  it('reads literal strings with escapes, balanced parentheses and octal codes', () => {
    expect(readPdfStrings('BT (Jan \\(de\\) Vries) Tj (a (nested) b) Tj (caf\\351) Tj ET')).toEqual([
      'Jan (de) Vries',
      'a (nested) b',
      'café',
    ]);
  });

  it('reads hex strings, UTF-16BE with its mark, and skips dictionaries and comments', () => {
    const utf16 = Buffer.from('\ufeffRené', 'utf16le').swap16().toString('hex');
    expect(readPdfStrings(`<< /Title <${utf16}> >> <4A616E> Tj % (comment)\n[<4A> 20 <616E>] TJ`)).toEqual([
      'René',
      'Jan',
      'J',
      'an',
    ]);
  });

  it('joins a literal string continued on the next line', () => {
    expect(readPdfStrings('(Jan de \\\nVries)')).toEqual(['Jan de Vries']);
  });
});
