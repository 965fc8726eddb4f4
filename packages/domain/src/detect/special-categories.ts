// Special categories of personal data (health, religion, ethnicity, sexual life, trade union membership, criminal
// data) by lexicon → 5.1.1d 'special_category'. The region is the sentence around the term (at most a few lines);
// confidence is 0.5–0.7: these are proposals for a person to judge, not conclusions. The lexicon is data:
// packages/domain/data/special-categories.json (its "about" field says how to extend it).
import data from '../../data/special-categories.json' with { type: 'json' };
import { DomainError } from '../errors.js';
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { foldText, readPageLines } from './page-lines.js';
import type { PageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan, mergeOverlappingSpans } from './span-findings.js';
import type { ScoredSpan } from './span-findings.js';

export const specialCategories = ['health', 'religion', 'ethnicity', 'sexual_life', 'trade_union', 'criminal'] as const;
export type SpecialCategory = (typeof specialCategories)[number];

export interface SpecialCategoryTerm {
  category: SpecialCategory;
  term: string;
  confidence: number;
  pattern: RegExp;
}

function invalid(problem: string): DomainError {
  return new DomainError(
    'detect.special_categories_invalid',
    { nl: `special-categories.json is ongeldig: ${problem}`, en: `special-categories.json is invalid: ${problem}` },
    { problem },
  );
}

function clampConfidence(value: number): number {
  return Math.min(0.7, Math.max(0.5, value));
}

function termPattern(term: string): RegExp {
  const folded = foldText(term.trim());
  const prefix = folded.endsWith('*');
  const body = (prefix ? folded.slice(0, -1) : folded)
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`\s+`);
  return new RegExp(`(?<![\\p{L}\\d])${body}${prefix ? String.raw`[\p{L}-]*` : ''}(?![\\p{L}\\d])`, 'gu');
}

/** Checks the lexicon data and compiles its terms; throws `detect.special_categories_invalid`. */
export function parseSpecialCategories(input: unknown): SpecialCategoryTerm[] {
  const categories = (input as { categories?: unknown } | null)?.categories;
  if (typeof categories !== 'object' || categories === null) throw invalid('"categories" is missing');
  const terms: SpecialCategoryTerm[] = [];
  for (const [name, value] of Object.entries(categories as Record<string, unknown>)) {
    const category = specialCategories.find((known) => known === name);
    if (!category) throw invalid(`unknown category "${name}"`);
    const { weight, terms: list } = (value ?? {}) as { weight?: unknown; terms?: unknown };
    if (typeof weight !== 'number' || !Array.isArray(list)) throw invalid(`"${name}" needs a weight and terms`);
    for (const entry of list) {
      const term = typeof entry === 'string' ? entry : (entry as { term?: unknown } | null)?.term;
      const own =
        typeof entry === 'object' && entry !== null ? (entry as { confidence?: unknown }).confidence : undefined;
      if (typeof term !== 'string' || term.trim() === '') throw invalid(`"${name}" has an empty term`);
      const confidence = clampConfidence(typeof own === 'number' ? own : weight);
      terms.push({ category, term, confidence, pattern: termPattern(term) });
    }
  }
  return terms;
}

let shipped: SpecialCategoryTerm[] | undefined;

export function specialCategoryTerms(): SpecialCategoryTerm[] {
  shipped ??= parseSpecialCategories(data);
  return shipped;
}

const MAX_REACH = 160;

/** The sentence around [start, end): back to . ! ? ; or a blank gap, forward likewise, at most MAX_REACH each way. */
export function sentenceAround(lines: PageLines, start: number, end: number): { start: number; end: number } {
  const text = lines.text;
  let s = start;
  while (s > 0 && start - s < MAX_REACH) {
    const previous = text[s - 1] ?? '';
    if (/[!?;]/.test(previous) || (previous === '.' && /\s/.test(text[s] ?? ''))) break;
    if (previous === '\n' && (text[s - 2] === '\n' || /[:]/.test(text[s - 2] ?? ''))) break;
    s -= 1;
  }
  let e = end;
  while (e < text.length && e - end < MAX_REACH) {
    const char = text[e] ?? '';
    if (/[!?;]/.test(char) || (char === '.' && !/\S/.test(text[e + 1] ?? ' '))) {
      e += 1;
      break;
    }
    if (char === '\n' && text[e + 1] === '\n') break;
    e += 1;
  }
  return { start: s, end: e };
}

export const specialCategoryRecogniser: Recogniser = {
  name: 'special-category-lexicon',
  ground: '5.1.1d',
  kinds: ['special_category'],
  detect(page) {
    const lines = readPageLines(page);
    const spans: ScoredSpan[] = [];
    for (const term of specialCategoryTerms()) {
      for (const { start, end } of matchAll(lines.folded, term.pattern)) {
        spans.push({ ...sentenceAround(lines, start, end), confidence: term.confidence });
      }
    }
    const findings: Finding[] = [];
    for (const span of mergeOverlappingSpans(spans)) {
      findings.push(
        ...findingsForSpan(lines, span.start, span.end, {
          ground: '5.1.1d',
          kind: 'special_category',
          recogniser: 'special-category-lexicon',
          confidence: span.confidence,
        }),
      );
    }
    return findings;
  },
};
