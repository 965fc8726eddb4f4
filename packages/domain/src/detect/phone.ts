// Dutch phone numbers → 5.1.2e: mobile (06-12345678, 06 1234 5678, +31 6 …, 0031 6 …) and landline (010-1234567,
// 020 123 4567, 0575-123456, +31 (0)20 …), also 084/085/087/088/091 numbers.
// Decision: the service numbers of organisations — 0800 (free), 0900/0906/0909 (paid), 097 (machine-to-machine) and
// the municipal 14 0xx numbers — are not proposed: they identify no person, and redacting a municipality's
// public number would be silly. A number written after "kenmerk", "zaaknummer" and the like is a reference, not a
// phone number, unless a phone word is written nearer.
import type { Finding } from './finding.js';
import { keywordNear, matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';

// A number starts after a non-letter, or right after a one-letter label OCR glued to it ("T06 5830 8775").
const START = /(?:(?<![\p{L}\d+])|(?<=(?:^|[\s|:])[TMF]))(?:\+\s?31|00\s?31|\(?0)(?=[\s.()/-]{0,3}\d)/gu;
// A line break separates like a space: a number written in groups wraps at the end of a line ("06 1234\n5678").
const SEPARATORS = new Set([' ', '\n', '.', '-', '/', '(', ')']);
const PHONE_WORD = /(?:\btel\b|telefoon|\bmob\b|mobiel|\bgsm\b|phone|\bbel\b|\bt\b|\bm\b|\bt:|\bm:|tel\.|tel:|nummer)/;
const REFERENCE_WORD =
  /(?:kenmerk|zaaknummer|dossiernummer|factuurnummer|documentnummer|registratienummer|referentie|\bkvk\b|\bbtw\b|iban|rekening|bsn|burgerservicenummer|postbus)\W*$/;

const IBAN_BANK_CODE = /[A-Z]{2}\d{2} ?[A-Z]{4} ?$/;
const DATE_LIKE = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/;

export type PhoneKind = 'mobile' | 'landline' | 'service';

/** Classifies a national number of 10 digits starting with 0; undefined when it is no Dutch phone number. */
export function classifyDutchNumber(national: string): PhoneKind | undefined {
  if (!/^0\d{9}$/.test(national)) return undefined;
  const second = national[1];
  if (second === '6') return /^06[1-58]/.test(national) ? 'mobile' : undefined;
  if (second === '8') return /^080/.test(national) ? 'service' : 'landline';
  if (second === '9') {
    if (/^09(?:00|06|09)/.test(national) || /^097/.test(national)) return 'service';
    return /^091/.test(national) ? 'landline' : undefined;
  }
  if (second === '0') return undefined;
  return 'landline';
}

interface Scanned {
  end: number;
  national: string;
}

/** Reads a number from after its prefix: digits and at most three separators in a row, until 10 national digits. */
function scan(text: string, from: number, national: string): Scanned | undefined {
  let digits = national;
  let separators = 0;
  let i = from;
  while (i < text.length && digits.length < 10) {
    const char = text[i] ?? '';
    if (char >= '0' && char <= '9') {
      digits += char;
      separators = 0;
    } else if (SEPARATORS.has(char)) {
      separators += 1;
      if (separators > 3) return undefined;
    } else return undefined;
    i += 1;
  }
  if (digits.length < 10) return undefined;
  if (/[\d\p{L}]/u.test(text[i] ?? '')) return undefined;
  return { end: i, national: digits };
}

export const phoneRecogniser: Recogniser = {
  name: 'dutch-phone-number',
  ground: '5.1.2e',
  kinds: ['phone'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    let after = 0;
    for (const { start, end, match } of matchAll(lines.text, START)) {
      if (start < after) continue;
      // The account part of an IBAN written in groups ("NL91 ABNA 0417 1643 00") is no phone number.
      if (IBAN_BANK_CODE.test(lines.text.slice(Math.max(0, start - 12), start))) continue;
      const prefix = match[0];
      let scanned: Scanned | undefined;
      if (prefix.endsWith('0') && !/31$/.test(prefix)) {
        scanned = scan(lines.text, end, '0');
      } else {
        // +31 / 0031: an optional "(0)" follows; the national number is 0 + the rest.
        const rest = /^[\s.-]{0,2}(?:\(0\)[\s.-]{0,2})?/.exec(lines.text.slice(end)) ?? [''];
        const from = end + (rest[0]?.length ?? 0);
        if (lines.text[from] === '0') continue;
        scanned = scan(lines.text, from, '0');
      }
      if (!scanned) continue;
      // 01-02-2023 12:00 has ten digits too.
      if (DATE_LIKE.test(lines.text.slice(start, scanned.end))) continue;
      const kind = classifyDutchNumber(scanned.national);
      if (kind === undefined || kind === 'service') continue;
      const announced = keywordNear(lines, start, scanned.end, PHONE_WORD, 25, 0);
      const reference = REFERENCE_WORD.test(lines.folded.slice(Math.max(0, start - 30), start));
      if (reference && !keywordNear(lines, start, scanned.end, PHONE_WORD, 12, 0)) continue;
      const spaced = /[^\d+]/.test(lines.text.slice(start, scanned.end));
      after = scanned.end;
      findings.push(
        ...findingsForSpan(lines, start, scanned.end, {
          ground: '5.1.2e',
          kind: 'phone',
          recogniser: 'dutch-phone-number',
          confidence: announced ? 0.97 : spaced ? 0.88 : 0.75,
        }),
      );
    }
    return findings;
  },
};
