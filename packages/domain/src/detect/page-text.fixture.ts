// Test helper: lays out lines of text as a PageText, as a text layer or OCR would deliver it. Every character is
// 5 pt wide, words 10 pt high, 3 pt between words, 14 pt between lines; an empty line leaves a blank gap.
import type { PageText, PageWord } from '../text/page-text.js';
import type { DetectionContext } from './detection-context.js';
import type { Finding } from './finding.js';

export const CHAR_WIDTH = 5;
export const WORD_HEIGHT = 10;
export const WORD_GAP = 3;
export const LINE_PITCH = 14;
export const LEFT = 72;
export const TOP = 72;

export function layoutPage(
  lines: readonly string[],
  options: { page?: number; source?: PageText['source'] } = {},
): PageText {
  const words: PageWord[] = [];
  lines.forEach((line, lineIndex) => {
    let x = LEFT;
    const y = TOP + lineIndex * LINE_PITCH;
    for (const text of line.split(' ')) {
      if (text === '') {
        x += CHAR_WIDTH;
        continue;
      }
      words.push({ text, x, y, width: text.length * CHAR_WIDTH, height: WORD_HEIGHT, confidence: 1 });
      x += text.length * CHAR_WIDTH + WORD_GAP;
    }
  });
  return { page: options.page ?? 1, width: 595, height: 842, source: options.source ?? 'text-layer', words };
}

/** The texts of the findings, in order. */
export function texts(findings: readonly { text: string }[]): string[] {
  return findings.map((finding) => finding.text);
}

/** Runs one recogniser on a page laid out from the lines. */
export function detectIn(
  recogniser: { detect(page: PageText, context: DetectionContext): Finding[] },
  lines: readonly string[],
  knownPersons: DetectionContext['knownPersons'] = [],
): Finding[] {
  return recogniser.detect(layoutPage(lines), { knownPersons, locale: 'nl' });
}
