// The outcome of a whole decision from the assessments of its documents (DESIGN §3): no documents → geen documenten;
// all the same → that outcome; anything disclosed beside anything withheld → deels openbaar.
import type { DecisionOutcome, DocumentOutcome } from '@woo/domain';

export function decisionOutcomeOf(outcomes: readonly DocumentOutcome[]): DecisionOutcome {
  if (outcomes.length === 0) return 'geen_documenten';
  const distinct = new Set(outcomes);
  if (distinct.size === 1) return outcomes[0]!;
  // Documents that are already public add nothing to what this decision discloses or withholds.
  const own = new Set([...distinct].filter((outcome) => outcome !== 'reeds_openbaar'));
  if (own.size === 1) return [...own][0]!;
  return 'deels_openbaar';
}

/** Documents a decision makes public (their redacted versions are published). */
export function isDisclosed(outcome: DocumentOutcome | null | undefined): boolean {
  return outcome === 'openbaar' || outcome === 'deels_openbaar';
}
