// Dutch licence plates (kentekens, sidecodes 1–14) → 5.1.2e. Written with dashes they are recognised anywhere; written
// without dashes ("12ABC3") only when "kenteken" is near, because a run of letters and digits is otherwise often a
// reference or product code. A group of digits alone, or letters alone, never makes a plate.
import type { Finding } from './finding.js';
import { keywordNear, matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';

/** The sidecodes as group shapes: 9 = a digit, X = a letter. */
export const licencePlateSidecodes = [
  'XX-99-99',
  '99-99-XX',
  '99-XX-99',
  'XX-99-XX',
  'XX-XX-99',
  '99-XX-XX',
  '99-XXX-9',
  '9-XXX-99',
  'XX-999-X',
  'X-999-XX',
  'XXX-99-X',
  'X-99-XXX',
  '9-XX-999',
  '999-XX-9',
] as const;

function groupPattern(shape: string): string {
  return shape.startsWith('9') ? `\\d{${shape.length}}` : `[A-Z]{${shape.length}}`;
}

function alternatives(dashed: boolean): string {
  return licencePlateSidecodes
    .map((sidecode) =>
      sidecode
        .split('-')
        .map(groupPattern)
        .join(dashed ? ' ?- ?' : ''),
    )
    .join('|');
}

const DASHED = new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives(true)})(?![\\p{L}\\d]|-[\\p{L}\\d])`, 'gu');
const UNDASHED = new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives(false)})(?![\\p{L}\\d]|-[\\p{L}\\d])`, 'gu');
const EXACT = new RegExp(`^(?:${alternatives(false)})$`, 'u');
const KEYWORD = /kenteken|licen[cs]e plate|number plate/;

/** True when the text (dashes optional) has the shape of one of the sidecodes. */
export function isDutchLicencePlate(text: string): boolean {
  return EXACT.test(text.replace(/[\s-]/g, ''));
}

export const licencePlateRecogniser: Recogniser = {
  name: 'dutch-licence-plate',
  ground: '5.1.2e',
  kinds: ['licence_plate'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    const label = { ground: '5.1.2e', kind: 'licence_plate', recogniser: 'dutch-licence-plate' } as const;
    for (const { start, end } of matchAll(lines.text, DASHED)) {
      const announced = keywordNear(lines, start, end, KEYWORD, 40, 10);
      findings.push(...findingsForSpan(lines, start, end, { ...label, confidence: announced ? 0.97 : 0.85 }));
    }
    for (const { start, end, match } of matchAll(lines.text, UNDASHED)) {
      if (match[0].includes('-') || !keywordNear(lines, start, end, KEYWORD, 40, 10)) continue;
      findings.push(...findingsForSpan(lines, start, end, { ...label, confidence: 0.9 }));
    }
    return findings;
  },
};
