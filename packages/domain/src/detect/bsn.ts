// BSN (burgerservicenummer) with the elfproef → 5.1.1e. A nine-digit number that fails the proof is not a BSN.
// Eight-digit numbers (old sofinummers written without their leading 0) are padded with a 0, but only proposed when
// "BSN", "burgerservicenummer" or "sofinummer" is written near: on their own, 1 in 11 random eight-digit numbers
// (dossier numbers, amounts) would pass the proof.
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';
import { keywordNear, matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Finding } from './finding.js';

/** The elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 ≡ 0 (mod 11), for 9 digits (8 digits get a leading 0). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, '0');
  if (/^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

// 8 or 9 digits, optionally grouped by single spaces or dots (123 456 782, 1234.56.782, OCR'd "1234 56782"),
// not glued to other digits or letters, and not the tail of a longer grouped number such as a phone number.
const CANDIDATE = /(?<![\p{L}\d])(?<!\d[ .-])(?<!\+)\d(?:[ .]?\d){7,8}(?![\p{L}\d])(?![ .-]\d)/gu;
const KEYWORD = /\b(?:bsn|burgerservicenummer|burger service nummer|sofinummer|sofi-nummer|sofi nummer)\b/;

export const bsnRecogniser: Recogniser = {
  name: 'bsn-elfproef',
  ground: '5.1.1e',
  kinds: ['bsn'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const { start, end, match } of matchAll(lines.text, CANDIDATE)) {
      const digits = match[0].replace(/[ .]/g, '');
      if (!isValidBsn(digits)) continue;
      const announced = keywordNear(lines, start, end, KEYWORD, 60, 25);
      if (digits.length === 8 && !announced) continue;
      findings.push(
        ...findingsForSpan(lines, start, end, {
          ground: '5.1.1e',
          kind: 'bsn',
          recogniser: 'bsn-elfproef',
          confidence: announced ? 0.99 : 0.85,
        }),
      );
    }
    return findings;
  },
};
