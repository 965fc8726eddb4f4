// IBAN with the mod-97 check (ISO 13616) → 5.1.2e. The length of each country's IBAN comes from a table; a number
// with a wrong check or a wrong length is not an IBAN. Spaces (in groups of four or OCR'd anywhere) are tolerated, and
// so is a line break where a space would be (an IBAN written in groups wraps at the end of a line).
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

const START = /(?<![\p{L}\d])([A-Z]{2})\s?\d\s?\d/gu;

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
      const read = readIban(lines.text, start, length);
      if (!read || !isValidIban(read.iban)) continue;
      findings.push(
        ...findingsForSpan(lines, start, read.end, {
          ground: '5.1.2e',
          kind: 'iban',
          recogniser: 'iban-mod97',
          confidence: 0.98,
        }),
      );
    }
    return findings;
  },
};
