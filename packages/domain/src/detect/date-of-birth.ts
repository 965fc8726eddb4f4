// Dates of birth → 5.1.2e, only in context: "geboren op 12 maart 1980", "geb. 12-03-1980", "geboortedatum: …",
// "date of birth", "born on". A date without such context is not proposed (letters and decisions are full of dates).
// The region is the date; the words that announce it stay readable. Cue and date may run over a line break.
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'january|february|march|may|june|july|august|october';
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    String.raw`\d{1,2} ?[-./] ?\d{1,2} ?[-./] ?(?:19|20)?\d{2}` +
    String.raw`|(?:19|20)\d{2}-\d{1,2}-\d{1,2}` +
    String.raw`|\d{1,2}(?:e|ste|de)?\s(?:${MONTHS})\.?\s(?:19|20)\d{2}` +
    String.raw`|(?:${MONTHS})\.?\s\d{1,2},?\s(?:19|20)\d{2}` +
    String.raw`)(?![\p{L}\d])`,
  'giu',
);
// Folded text (lower case, no diacritics) just before the date; at most a few words between the cue and the date.
// OCR debris between cue and date is tolerated: stray punctuation or bars ("geboren\n.\n0p 26 september",
// "Geboortedatum: :\n03-10-1981") and "0p" for "op".
const CUE = new RegExp(
  String.raw`(?:geboren(?:[\s.|]*[o0]p|\ste\s[\p{L} '-]{2,30}(?:,?\s[o0]p)?)?|geb\.?(?: ?datum)?|geboortedatum|geboorte ?datum|date of birth|birth ?date|born(?: on)?|d\.o\.b\.?|dob)(?:\s*[:;,.|]){0,3}\s*(?:de\s)?$`,
  'u',
);

export const dateOfBirthRecogniser: Recogniser = {
  name: 'date-of-birth',
  ground: '5.1.2e',
  kinds: ['date_of_birth'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const { start, end } of matchAll(lines.text, DATE)) {
      const before = lines.folded.slice(Math.max(0, start - 50), start);
      if (!CUE.test(before)) continue;
      findings.push(
        ...findingsForSpan(lines, start, end, {
          ground: '5.1.2e',
          kind: 'date_of_birth',
          recogniser: 'date-of-birth',
          confidence: 0.93,
        }),
      );
    }
    return findings;
  },
};
