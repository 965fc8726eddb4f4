// Context rules: is one of the words that announce an identifier written just before (or after) a match?
import type { PageLines } from './page-lines.js';

/**
 * True when `pattern` (matched against the folded text: lower case, no diacritics) occurs in the window of `before`
 * characters before the match or `after` characters after it.
 */
export function keywordNear(
  lines: PageLines,
  start: number,
  end: number,
  pattern: RegExp,
  before = 40,
  after = 20,
): boolean {
  const windowBefore = lines.folded.slice(Math.max(0, start - before), start);
  const windowAfter = lines.folded.slice(end, end + after);
  return pattern.test(windowBefore) || pattern.test(windowAfter);
}

/** Every match of a global regular expression with its offsets. */
export function* matchAll(
  text: string,
  pattern: RegExp,
): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex += 1;
      continue;
    }
    yield { start: match.index, end: match.index + match[0].length, match };
  }
}
