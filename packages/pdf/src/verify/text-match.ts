// How the leak gate compares text: what a reader would call "the same words" must match, whatever the PDF did to
// case, spacing, hyphenation, diacritics or letter spacing. "J. de Vries" is found in "J.de  Vries", "j.de vries",
// "J. de Vrïes" and "J. de Vries-" + line break; "Pietersen" in "Pie-\ntersen" and in "P i e t e r s e n".

/** Lowercase, diacritics and ligatures folded, every run of non-letters-or-digits one space. */
export function normalizeForComparison(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // A hyphen at a line break joins the parts of one word.
      .replace(/(\p{L})[-\u00ad\u2010\u2011]\s*[\r\n]+\s*(\p{L})/gu, '$1$2')
      .replace(/\u00ad/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** The letters and digits of a text, normalised, without any separator. */
export function compactForComparison(text: string): string {
  return normalizeForComparison(text).replace(/ /g, '');
}

/**
 * Needles shorter than this (in letters and digits) are not searched as text: two letters occur everywhere.
 * The pixel check still proves that such a region was painted.
 */
export const MIN_NEEDLE_LENGTH = 3;

/**
 * A number of fewer digits than this is not searched in raw syntax (strict): there it is a coordinate, a length, a
 * width or an offset ("187" of a Tm operator, "1653" of an image's /Width), not text. The text layer and the strings
 * of every stream are still searched for it (loose).
 */
export const MIN_SYNTAX_DIGITS = 6;

export interface TextMatcher {
  readonly needle: string;
  /**
   * The needle's letters and digits without separators. Both matches need it inside the haystack with its spaces
   * taken out: a cheap test that rules most haystacks out before a regular expression runs.
   */
  readonly compact: string;
  /** Matches with any single separator between any two characters (letter spacing, kerning splits, hyphens). */
  loose(normalizedHaystack: string): boolean;
  /** Matches only with the needle's own word breaks; for raw bytes, where digits of coordinates sit side by side. */
  strict(normalizedHaystack: string): boolean;
}

/** Null for a needle too short to search. Haystacks must be passed through normalizeForComparison first. */
export function createTextMatcher(needle: string): TextMatcher | null {
  const compact = compactForComparison(needle);
  if ([...compact].length < MIN_NEEDLE_LENGTH) return null;
  const boundary = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
  // Compiled on first use: most needles are ruled out by the caller's substring test before any regex runs.
  let loose: RegExp | undefined;
  let strict: RegExp | undefined;
  const syntaxNumber = /^\d+$/.test(compact) && compact.length < MIN_SYNTAX_DIGITS;
  return {
    needle,
    compact,
    loose: (haystack) => {
      loose ??= boundary([...compact].map(escapeRegExp).join(' ?'));
      return loose.test(haystack);
    },
    strict: (haystack) => {
      if (syntaxNumber) return false;
      strict ??= boundary(normalizeForComparison(needle).split(' ').map(escapeRegExp).join(' ?'));
      return strict.test(haystack);
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
