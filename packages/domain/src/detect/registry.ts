// Every recogniser with the ground it proposes. The detect queue of a ground (`detect.<ground>`) runs
// `recognisersForGround(ground)`; `detectAll` runs them all (the CLI, tests) and merges overlapping findings.
import type { GroundCode } from '../grounds/ground-code.js';
import type { PageText } from '../text/page-text.js';
import { addressRecogniser } from './address.js';
import { bsnRecogniser } from './bsn.js';
import { dateOfBirthRecogniser } from './date-of-birth.js';
import type { DetectionContext } from './detection-context.js';
import { emailRecogniser } from './email.js';
import type { Finding } from './finding.js';
import { ibanRecogniser } from './iban.js';
import { knownPersonRecogniser } from './known-persons.js';
import { licencePlateRecogniser } from './licence-plate.js';
import { mergeFindings } from './merge-findings.js';
import { propagatePersonNames } from './name-propagation.js';
import { personNameRecogniser } from './person-names.js';
import { phoneRecogniser } from './phone.js';
import type { Recogniser } from './recogniser.js';
import { signatureBlockRecogniser } from './signature-block.js';
import { specialCategoryRecogniser } from './special-categories.js';

export const recognisers: readonly Recogniser[] = [
  bsnRecogniser,
  emailRecogniser,
  phoneRecogniser,
  ibanRecogniser,
  addressRecogniser,
  licencePlateRecogniser,
  dateOfBirthRecogniser,
  knownPersonRecogniser,
  personNameRecogniser,
  signatureBlockRecogniser,
  specialCategoryRecogniser,
];

/** The grounds some recogniser proposes, in the order of the law: one detect queue each. */
export const detectionGrounds: readonly GroundCode[] = [...new Set(recognisers.map((r) => r.ground))].sort();

export function recognisersForGround(ground: GroundCode): Recogniser[] {
  return recognisers.filter((recogniser) => recogniser.ground === ground);
}

/**
 * Runs the given recognisers on every page of one document, propagates the surnames of person findings over the
 * document when a person recogniser is among them, and merges overlapping findings of the same ground.
 */
export function runRecognisers(
  selected: readonly Recogniser[],
  pages: readonly PageText[],
  context: DetectionContext,
): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const recogniser of selected) findings.push(...recogniser.detect(page, context));
  }
  // A surname found as a name somewhere in the document is a name wherever it recurs in it (name-propagation.ts).
  if (selected.some((recogniser) => recogniser.kinds.includes('person'))) {
    findings.push(...propagatePersonNames(pages, findings, context.caseNames));
  }
  return mergeFindings(findings, pages);
}

/** Every recogniser on every page, merged: what `woo detect` prints. */
export function detectAll(pages: readonly PageText[], context: DetectionContext): Finding[] {
  return runRecognisers(recognisers, pages, context);
}
