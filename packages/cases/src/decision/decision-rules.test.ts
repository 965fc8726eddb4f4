// The pure rules of the decision: the outcome of a whole decision from its documents, and the reasons a set of
// documents cannot be published, in inventory order.
import { describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '@woo/domain';
import { decisionOutcomeOf } from './decision-outcome.js';
import { documentBlockers, type PublishableDocument } from './publication-readiness.js';

describe('decisionOutcomeOf', () => {
  it.each<[DocumentOutcome[], string]>([
    [[], 'geen_documenten'],
    [['openbaar', 'openbaar'], 'openbaar'],
    [['niet_openbaar'], 'niet_openbaar'],
    [['reeds_openbaar'], 'reeds_openbaar'],
    [['openbaar', 'niet_openbaar'], 'deels_openbaar'],
    [['openbaar', 'deels_openbaar'], 'deels_openbaar'],
    [['openbaar', 'reeds_openbaar'], 'openbaar'],
    [['niet_openbaar', 'reeds_openbaar'], 'niet_openbaar'],
    [['deels_openbaar', 'reeds_openbaar', 'niet_openbaar'], 'deels_openbaar'],
  ])('%j → %s', (outcomes, expected) => {
    expect(decisionOutcomeOf(outcomes)).toBe(expected);
  });
});

const ready: PublishableDocument = {
  documentNumber: 1,
  title: 'brief.pdf',
  outcome: 'deels_openbaar',
  reviewStatus: 'approved',
  reviewRevision: 3,
  redactedRevision: 3,
  leakGatePassed: true,
  hasPublicVersion: true,
};

describe('documentBlockers', () => {
  it.each<[string, Partial<PublishableDocument>, string | null]>([
    ['verified', {}, null],
    [
      'niet openbaar needs no public version',
      { outcome: 'niet_openbaar', leakGatePassed: null, hasPublicVersion: false },
      null,
    ],
    ['reeds openbaar needs none either', { outcome: 'reeds_openbaar', reviewStatus: 'open' }, null],
    ['no outcome', { outcome: null }, 'review_not_finished'],
    ['review open', { reviewStatus: 'open' }, 'review_not_finished'],
    ['review submitted', { reviewStatus: 'submitted' }, 'review_not_finished'],
    ['changed after the burn-in', { reviewRevision: 4 }, 'not_redacted'],
    ['never burnt in', { redactedRevision: null, leakGatePassed: null, hasPublicVersion: false }, 'not_redacted'],
    ['leak gate failed', { leakGatePassed: false, hasPublicVersion: false }, 'leak_gate_failed'],
    ['leak gate running', { leakGatePassed: null, hasPublicVersion: false }, 'leak_gate_pending'],
    ['passed but no file', { hasPublicVersion: false }, 'leak_gate_pending'],
  ])('%s', (_name, changes, code) => {
    const reasons = documentBlockers([{ ...ready, ...changes }]);
    expect(reasons.map((r) => r.code)).toEqual(code ? [code] : []);
  });

  it('names every blocked document, in inventory order', () => {
    const reasons = documentBlockers([
      { ...ready, documentNumber: 5, title: 'memo.pdf', leakGatePassed: false },
      { ...ready, documentNumber: 3, title: 'brief-aan-bewoners.pdf', reviewStatus: 'submitted' },
      { ...ready, documentNumber: 4 },
    ]);
    expect(reasons.map((r) => r.nl)).toEqual([
      "Beoordeling niet af: document 3 'brief-aan-bewoners.pdf'.",
      "Lektoets mislukt op document 5 'memo.pdf'.",
    ]);
    expect(reasons.map((r) => r.en)).toEqual([
      "Review not finished: document 3 'brief-aan-bewoners.pdf'.",
      "Leak gate failed on document 5 'memo.pdf'.",
    ]);
  });
});
