// The persons the case knows (requester, third parties, officials marked non-public) → 5.1.2e 'person', in every
// spelling: full name, first name + surname, initials + surname ("J. de Vries", "J.P. de Vries"), with the
// tussenvoegsel in either case ("De Vries", "de Vries"), reversed ("Vries, J. de"), case- and accent-insensitive, and
// the surname alone when it is distinctive (not an ordinary word: "Jansen" yes, "Bakker" only with more).
import type { KnownPerson } from './detection-context.js';
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { dutchNameLexicon } from './name-lexicon.js';
import type { NameLexicon } from './name-lexicon.js';
import { foldText, readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan, mergeOverlappingSpans } from './span-findings.js';
import type { ScoredSpan } from './span-findings.js';

const RECOGNISER = 'known-person';

export interface ParsedName {
  givenNames: string[];
  /** Initials without dots, e.g. ['j', 'p']. */
  initials: string[];
  /** Tussenvoegsel words, e.g. ['van', 'der']; empty when none. */
  particles: string[];
  surname: string;
}

/** A variant as a pattern on folded text. `capitalSurname`: the surname must be written with a capital. */
export interface NameVariant {
  pattern: string;
  confidence: number;
  capitalSurname: boolean;
}

/** Splits "Jan Pieter de Vries", "J.P. de Vries" or "Vries, Jan de" into given names, initials, particles, surname. */
export function parseKnownName(name: string, lexicon: NameLexicon = dutchNameLexicon()): ParsedName | undefined {
  let text = foldText(name.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma > 0) {
    // "Vries, Jan de" → "Jan de Vries"
    const [surnamePart = '', rest = ''] = [text.slice(0, comma).trim(), text.slice(comma + 1).trim()];
    const restWords = rest.split(' ');
    const particles: string[] = [];
    while (restWords.length > 0 && lexicon.tussenvoegselWords.has(restWords.at(-1) ?? '')) {
      particles.unshift(restWords.pop() as string);
    }
    text = [...restWords, ...particles, surnamePart].join(' ').trim();
  }
  const words = text
    .replace(/\.(?=\S)/g, '. ')
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const surname = words.pop() as string;
  const particles: string[] = [];
  while (words.length > 0 && lexicon.tussenvoegselWords.has(words.at(-1) ?? '') && words.length > 0) {
    particles.unshift(words.pop() as string);
  }
  const givenNames = words.filter((word) => !/^\p{L}\.?$/u.test(word) || word.length > 2);
  const initials = words.map((word) => word.charAt(0));
  if (!/\p{L}/u.test(surname)) return undefined;
  return { givenNames: givenNames.map((word) => word.replace(/\.$/, '')), initials, particles, surname };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SPACE = String.raw`\s+`;

/** The spellings of one known person, longest first. */
export function nameVariants(parsed: ParsedName, lexicon: NameLexicon = dutchNameLexicon()): NameVariant[] {
  const variants: NameVariant[] = [];
  const surname = escape(parsed.surname);
  const particles = parsed.particles.map(escape).join(SPACE);
  const withParticles = particles === '' ? surname : `${particles}${SPACE}${surname}`;
  const initialsFull = parsed.initials.map((initial) => `${escape(initial)}\\.`).join(String.raw`\s?`);
  const firstInitial = parsed.initials[0] === undefined ? '' : `${escape(parsed.initials[0])}\\.`;
  const common = lexicon.commonWords.has(parsed.surname);
  const add = (pattern: string, confidence: number, capitalSurname = false): void => {
    if (!variants.some((variant) => variant.pattern === pattern))
      variants.push({ pattern, confidence, capitalSurname });
  };
  if (parsed.givenNames.length > 0) {
    add(`${parsed.givenNames.map(escape).join(SPACE)}${SPACE}${withParticles}`, 0.97);
    add(`${escape(parsed.givenNames[0] as string)}${SPACE}${withParticles}`, 0.97);
  }
  if (initialsFull !== '') {
    add(`${initialsFull}\\s*${withParticles}`, 0.96);
    add(`${firstInitial}\\s*${withParticles}`, 0.93);
    // Reversed, as in lists and e-mail headers: "Vries, J.P. de", "Vries, Jan de", "Vries, de".
    const given = parsed.givenNames.length > 0 ? `|${escape(parsed.givenNames[0] as string)}` : '';
    const tail = particles === '' ? '' : `${SPACE}${particles}`;
    add(`${surname},\\s*(?:${initialsFull}|${firstInitial}${given})${tail}`, 0.95);
  }
  if (particles !== '') {
    add(`${surname},${SPACE}${particles}`, 0.9);
    // "De Vries" / "de Vries": a particle with the surname is the name as people use it; an ordinary word as surname
    // ("de Boer", "de boer" = the farmer) only with a capital.
    add(withParticles, 0.9, common);
  } else if (!common && parsed.surname.length >= 3) {
    add(surname, 0.85);
  }
  return variants.sort((a, b) => b.pattern.length - a.pattern.length);
}

export function knownPersonSpans(text: string, folded: string, persons: readonly KnownPerson[]): ScoredSpan[] {
  const lexicon = dutchNameLexicon();
  const spans: ScoredSpan[] = [];
  for (const person of persons) {
    const parsed = parseKnownName(person.name, lexicon);
    if (!parsed) continue;
    for (const variant of nameVariants(parsed, lexicon)) {
      // Not inside another word, nor one half of a different double surname ("de Vries-Bos").
      const pattern = new RegExp(`(?<![\\p{L}\\d]|\\p{L}-)(?:${variant.pattern})(?![\\p{L}\\d]|-\\p{L})`, 'gu');
      for (const { start, end } of matchAll(folded, pattern)) {
        if (variant.capitalSurname) {
          const surnameStart = end - parsed.surname.length;
          if (!/^\p{Lu}/u.test(text.slice(surnameStart, end))) continue;
        }
        spans.push({ start, end, confidence: variant.confidence });
      }
    }
  }
  return mergeOverlappingSpans(spans);
}

export const knownPersonRecogniser: Recogniser = {
  name: RECOGNISER,
  ground: '5.1.2e',
  kinds: ['person'],
  detect(page, context) {
    if (context.knownPersons.length === 0) return [];
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const span of knownPersonSpans(lines.text, lines.folded, context.knownPersons)) {
      findings.push(
        ...findingsForSpan(lines, span.start, span.end, {
          ground: '5.1.2e',
          kind: 'person',
          recogniser: RECOGNISER,
          confidence: span.confidence,
        }),
      );
    }
    return findings;
  },
};
