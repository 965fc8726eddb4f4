// Splits page text into the tokens the name rules read: words, initials ("J.", "J.P.", "A. B."), line breaks and
// punctuation, each with its offsets in the page text and its folded form.
import type { PageLines } from './page-lines.js';

export type NameTokenKind = 'word' | 'initials' | 'break' | 'punct';

export interface NameToken {
  kind: NameTokenKind;
  start: number;
  end: number;
  text: string;
  folded: string;
  /** For a break: a blank gap ("\n\n") rather than a plain line break. */
  blank?: boolean;
}

// An initial "I." that OCR read as a bar ("Mw. |. Bruinsma") counts as an initial.
const TOKEN =
  /(?<initials>(?<!\p{L})(?:[\p{Lu}|]\.[ ]?){1,4}(?=[ \n,;)]|\p{Lu}|$)|(?:\p{Lu}\.){2,4})|(?<word>'[st]\b|\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)|(?<break>\n+)|(?<punct>[^\s\p{L}])/gu;

export function tokeniseNames(lines: PageLines): NameToken[] {
  const tokens: NameToken[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(lines.text); match !== null; match = TOKEN.exec(lines.text)) {
    const groups = match.groups ?? {};
    const kind: NameTokenKind = groups.initials ? 'initials' : groups.word ? 'word' : groups.break ? 'break' : 'punct';
    // On a scan a bar is debris of a table rule or the paper's edge ("De heer Aldert van |\nUiterwijk"), not text.
    if (kind === 'punct' && match[0] === '|' && lines.page.source === 'ocr') continue;
    const text = kind === 'initials' ? match[0].trimEnd() : match[0];
    const start = match.index;
    const end = start + text.length;
    tokens.push({
      kind,
      start,
      end,
      text,
      folded: lines.folded.slice(start, end),
      ...(kind === 'break' ? { blank: text.length > 1 } : {}),
    });
  }
  return tokens;
}

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
