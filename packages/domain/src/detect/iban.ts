// IBAN with the mod-97 check (ISO 13616) → 5.1.2e. The length of each country's IBAN comes from a table; a number
// with a wrong check or a wrong length is not an IBAN. Spaces (in groups of four or OCR'd anywhere) are tolerated, and
// so is a line break where a space would be (an IBAN written in groups wraps at the end of a line).
// OCR misreads a digit as a letter ("NL5O RABO…", "NLO3…"): where the IBAN's structure demands a digit (the check
// digits; for NL also the account number) or a letter (the NL bank code), the usual confusions (O/0, I/l/1, S/5, B/8,
// Z/2) are corrected, and the result is proposed only when the mod-97 check then passes, with a lower confidence;
// so is a Dutch IBAN with one character too many, when leaving out exactly one gives a valid one.
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';

/** IBAN lengths of the EU/EEA countries, the UK and Switzerland (SWIFT IBAN registry). */
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** The mod-97 check on an IBAN written without spaces. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  const length = ibanLengths[iban.slice(0, 2)];
  if (length === undefined || iban.length !== length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const START = /(?<![\p{L}\d])([A-Z]{2})\s?[\dOoIlSBZ]\s?[\dOoIlSBZ]/gu;

const AS_DIGIT: Readonly<Record<string, string>> = { O: '0', D: '0', I: '1', L: '1', S: '5', B: '8', Z: '2', G: '6' };
const AS_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z', '6': 'G' };

/** Positions that must be digits, and (NL) letters, in an IBAN of the country. */
function structureOf(country: string, length: number): { digits: number[]; letters: number[] } {
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  if (country === 'NL') return { digits: [2, 3, ...range(8, 18)], letters: range(4, 8) };
  if (country === 'BE' || country === 'DE') return { digits: range(2, length), letters: [] };
  return { digits: [2, 3], letters: [] };
}

/**
 * The IBAN with OCR confusions corrected where its structure says what belongs there, or undefined when the read
 * text has too few real digits where digits belong to be a number at all (a line of capitals is no IBAN).
 */
export function correctIbanOcr(iban: string): string | undefined {
  const country = iban.slice(0, 2);
  const { digits, letters } = structureOf(country, iban.length);
  const realDigits = digits.filter((index) => /\d/.test(iban[index] ?? '')).length;
  if (realDigits < Math.max(2, digits.length - 2)) return undefined;
  const chars = [...iban];
  for (const index of digits) chars[index] = AS_DIGIT[chars[index] ?? ''] ?? chars[index] ?? '';
  for (const index of letters) chars[index] = AS_LETTER[chars[index] ?? ''] ?? chars[index] ?? '';
  const corrected = chars.join('');
  return corrected === iban ? undefined : corrected;
}

/** From the country code on, reads exactly the country's length in letters and digits, single spaces (or a line
 * break) between. */
function readIban(text: string, start: number, length: number): { end: number; iban: string } | undefined {
  let iban = '';
  let i = start;
  while (i < text.length && iban.length < length) {
    const char = text[i] ?? '';
    if (/[A-Za-z0-9]/.test(char)) iban += char.toUpperCase();
    else if ((char !== ' ' && char !== '\n') || text[i - 1] === ' ' || text[i - 1] === '\n') return undefined;
    i += 1;
  }
  if (iban.length !== length || /[\p{L}\d]/u.test(text[i] ?? '')) return undefined;
  return { end: i, iban };
}

/**
 * A Dutch IBAN in which OCR read one character too many ("NL80OKNAB…", "NL33TRIO01793…"): one character longer than
 * the country's length, and exactly one character left out gives the NL structure (2 digits, 4 letters, 10 digits)
 * with a passing check. Returned with the corrected IBAN; only for NL, whose structure is strict enough.
 */
function readIbanWithInsertion(text: string, start: number, length: number): { end: number; iban: string } | undefined {
  if (text.slice(start, start + 2) !== 'NL') return undefined;
  const read = readIban(text, start, length + 1);
  if (!read) return undefined;
  const candidates = new Set<string>();
  for (let skip = 2; skip < read.iban.length; skip += 1) {
    const candidate = read.iban.slice(0, skip) + read.iban.slice(skip + 1);
    if (/^NL\d{2}[A-Z]{4}\d{10}$/.test(candidate) && isValidIban(candidate)) candidates.add(candidate);
  }
  const [only] = candidates;
  return candidates.size === 1 && only !== undefined ? { end: read.end, iban: only } : undefined;
}

export const ibanRecogniser: Recogniser = {
  name: 'iban-mod97',
  ground: '5.1.2e',
  kinds: ['iban'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const { start, match } of matchAll(lines.text, START)) {
      const length = ibanLengths[match[1] ?? ''];
      if (length === undefined) continue;
      const exact = readIban(lines.text, start, length);
      const inserted = exact ? undefined : readIbanWithInsertion(lines.text, start, length);
      const read = exact ?? inserted;
      if (!read) continue;
      let confidence = inserted ? 0.75 : 0.98;
      if (!isValidIban(read.iban)) {
        const corrected = read.iban.length === length ? correctIbanOcr(read.iban) : undefined;
        if (corrected === undefined || !isValidIban(corrected)) continue;
        confidence = 0.8;
      }
      findings.push(
        ...findingsForSpan(lines, start, read.end, {
          ground: '5.1.2e',
          kind: 'iban',
          recogniser: 'iban-mod97',
          confidence,
        }),
      );
    }
    return findings;
  },
};
