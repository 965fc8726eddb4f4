// Taking the decision: the documents must all be processed and assessed; the decision's outcome follows from them;
// the `decided` event is applied (the domain refuses it outside 'decision drafted'); the letter is rendered with the
// decision's date and hold, stored in the blob store, and fixed: the Decision points to it, the inventory lines are
// written, and the draft is closed. All in one transaction; a stored letter whose transaction fails is removed again.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Decision, DecisionDocument, DecisionDraft, Organisation } from '@woo/db';
import { addWeeksWithAtw, type DecisionOutcome } from '@woo/domain';
import { applyAction } from '../apply-action.js';
import type { CaseActor } from '../case-actor.js';
import type { CaseDeps } from '../case-deps.js';
import { caseNotFound } from '../case-errors.js';
import { documentsNotAssessed, documentsNotReady } from './decision-errors.js';
import { findOpenDraft, loadDecisionFacts, type DecisionFacts } from './decision-facts.js';
import { decisionLetter, type LetterMoment } from './decision-letter.js';
import type { RenderLetter } from './decision-letter-model.js';
import { decisionOutcomeOf, isDisclosed } from './decision-outcome.js';

/** Where the letter goes; a BlobStore fits. */
export interface LetterStore {
  put(key: string, content: Uint8Array): Promise<unknown>;
  delete(key: string): Promise<void>;
}

export interface DecisionDeps extends CaseDeps {
  renderLetter: RenderLetter;
  blobs: LetterStore;
}

/** Six weeks for bezwaar from the day after the decision, Atw-adjusted (Awb 6:7, 6:8; Atw art. 1). */
export function objectionUntil(decidedOn: string, deps: CaseDeps): string {
  return addWeeksWithAtw(decidedOn, 6, deps.calendar, {
    nl: 'bezwaartermijn (Awb 6:7)',
    en: 'objection period (Awb 6:7)',
  }).date;
}

/** The moment of a preview: as if decided today. */
export function previewMoment(facts: DecisionFacts, deps: CaseDeps): LetterMoment {
  const today = deps.today();
  return {
    decidedOn: today,
    outcome: decisionOutcomeOf(facts.documents.flatMap((d) => (d.outcome ? [d.outcome] : []))),
    disclosureHoldUntil: null,
    objectionUntil: objectionUntil(today, deps),
    draft: true,
  };
}

export function letterBlobKey(decisionId: string): string {
  return `decisions/${decisionId}/besluit.pdf`;
}

export async function decideWithLetter(
  em: EntityManager,
  caseId: string,
  actor: CaseActor,
  deps: DecisionDeps,
): Promise<Decision> {
  let storedKey: string | null = null;
  try {
    return await em.transactional(async (tem) => {
      const kase = await tem.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!kase || (actor.kind === 'staff' && kase.organisation.id !== actor.organisationId)) throw caseNotFound();
      const organisation = await tem.findOneOrFail(Organisation, kase.organisation.id);
      const facts = await loadDecisionFacts(tem, kase, organisation);
      const notReady = facts.documents.filter((d) => d.status !== 'ready');
      if (notReady.length > 0) throw documentsNotReady(notReady);
      const notAssessed = facts.documents.filter((d) => !d.outcome);
      if (notAssessed.length > 0) throw documentsNotAssessed(notAssessed);

      const outcome: DecisionOutcome = decisionOutcomeOf(facts.documents.map((d) => d.outcome!));
      const today = deps.today();
      // Disclosure waits only when something is disclosed and a third party objected (Woo 4.4(5)).
      const thirdPartyObjected = facts.thirdPartyObjected && facts.documents.some((d) => isDisclosed(d.outcome));
      const result = await applyAction(
        tem,
        kase.id,
        { type: 'decided', on: today, outcome, ...(thirdPartyObjected && { thirdPartyObjected: true }) },
        actor,
        deps,
      );
      const decision = await tem.findOneOrFail(Decision, { id: String(result.event.data.decisionId) });

      const letter = decisionLetter(facts, {
        decidedOn: today,
        outcome,
        disclosureHoldUntil: decision.disclosureHoldUntil ?? null,
        objectionUntil: objectionUntil(today, deps),
        draft: false,
      });
      const bytes = await deps.renderLetter(letter);
      const key = letterBlobKey(decision.id);
      await deps.blobs.put(key, bytes);
      storedKey = key;
      decision.letterBlobKey = key;

      for (const document of facts.documents) {
        tem.create(DecisionDocument, {
          decision,
          document: document.id,
          outcome: document.outcome!,
          grounds: document.grounds,
          explanation: null,
          alreadyPublicUrl: document.alreadyPublicUrl,
        });
      }
      const draft = (await findOpenDraft(tem, kase.id)) ?? tem.create(DecisionDraft, { case: kase, motivations: {} });
      draft.decision = decision;
      await tem.flush();
      return decision;
    });
  } catch (error) {
    if (storedKey) await deps.blobs.delete(storedKey).catch(() => undefined);
    throw error;
  }
}
