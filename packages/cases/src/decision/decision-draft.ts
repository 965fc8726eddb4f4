// The decision as the coordinator prepares it: the inventory with each document's assessment, the grounds in use
// with their motivation (standard or edited), what still stands in the way of deciding, and — once decided — the
// fixed decision. Edited motivations are stored on the case's open draft.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Case, DecisionDraft, User, type Organisation } from '@woo/db';
import {
  documentOutcomeLabels,
  getExemptionGround,
  normalizeGroundCode,
  type DecisionOutcome,
  type DocumentOutcome,
  type IsoDate,
} from '@woo/domain';
import { draftFixed, groundNotUsed, type DocumentRef } from './decision-errors.js';
import { findOpenDraft, loadDecisionFacts, type DecisionFacts } from './decision-facts.js';
import { groundsUsed, motivationOf } from './decision-letter.js';
import { decisionOutcomeOf } from './decision-outcome.js';
import { latestDecision } from './publication-readiness.js';

export interface DecisionDraftView {
  /** False once the decision is taken: the letter is then fixed. */
  editable: boolean;
  decided: { decisionId: string; decidedOn: IsoDate; outcome: DecisionOutcome; hasLetter: boolean } | null;
  /** The outcome the decision gets from the documents as they are assessed now. */
  outcome: DecisionOutcome;
  documents: {
    documentNumber: number;
    title: string;
    documentDate: IsoDate | null;
    outcome: DocumentOutcome | null;
    outcomeLabel: { nl: string; en: string } | null;
    grounds: string[];
    parentNumber: number | null;
  }[];
  grounds: {
    code: string;
    label: string;
    article: string | null;
    standardText: string;
    text: string;
    edited: boolean;
  }[];
  /** Documents still without an assessment, or not (successfully) processed: deciding is refused until they are. */
  notAssessed: DocumentRef[];
  notReady: DocumentRef[];
}

const ref = (d: DecisionFacts['documents'][number]): DocumentRef => ({
  documentNumber: d.documentNumber,
  title: d.title,
});

export function draftViewOf(facts: DecisionFacts, decided: DecisionDraftView['decided']): DecisionDraftView {
  return {
    editable: decided === null,
    decided,
    outcome: decisionOutcomeOf(facts.documents.flatMap((d) => (d.outcome ? [d.outcome] : []))),
    documents: facts.documents.map((d) => ({
      documentNumber: d.documentNumber,
      title: d.title,
      documentDate: d.documentDate,
      outcome: d.outcome,
      outcomeLabel: d.outcome ? documentOutcomeLabels[d.outcome] : null,
      grounds: d.grounds,
      parentNumber: d.parentNumber,
    })),
    grounds: groundsUsed(facts).map((code) => {
      const ground = getExemptionGround(code);
      const standardText = ground.motivationNl ?? '';
      return {
        code,
        label: ground.labelNl,
        article: ground.article,
        standardText,
        text: motivationOf(code, facts.motivations),
        edited: Boolean(facts.motivations[code]?.trim()),
      };
    }),
    notAssessed: facts.documents.filter((d) => !d.outcome).map(ref),
    notReady: facts.documents.filter((d) => d.status !== 'ready').map(ref),
  };
}

export async function decisionDraftView(
  em: EntityManager,
  kase: Case,
  organisation: Organisation,
): Promise<DecisionDraftView> {
  const decision = await latestDecision(em, kase.id);
  const facts = await loadDecisionFacts(em, kase, organisation);
  return draftViewOf(
    facts,
    decision
      ? {
          decisionId: decision.id,
          decidedOn: decision.decidedOn,
          outcome: decision.outcome,
          hasLetter: Boolean(decision.letterBlobKey),
        }
      : null,
  );
}

/**
 * Stores the motivation texts of the open draft (creating it): a ground maps to its text; an empty text goes back to
 * the standard one. Only grounds the decision uses are accepted. Refused once the decision is taken. Run it inside a
 * transaction (it locks the case row).
 */
export async function saveMotivations(
  em: EntityManager,
  kase: Case,
  organisation: Organisation,
  userId: string,
  motivations: Record<string, string>,
): Promise<DecisionFacts> {
  // Under the case lock (the caller's transaction), so two saves cannot each open a draft, nor race a decision.
  await em.findOne(Case, { id: kase.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (await latestDecision(em, kase.id)) throw draftFixed();
  const facts = await loadDecisionFacts(em, kase, organisation);
  const used = new Set<string>(groundsUsed(facts));
  const draft = (await findOpenDraft(em, kase.id)) ?? em.create(DecisionDraft, { case: kase, motivations: {} });
  const next: Record<string, string> = { ...draft.motivations };
  for (const [input, text] of Object.entries(motivations)) {
    let code: string;
    try {
      code = normalizeGroundCode(input);
    } catch {
      throw groundNotUsed(input);
    }
    if (!used.has(code)) throw groundNotUsed(code);
    const trimmed = text.trim();
    if (trimmed && trimmed !== getExemptionGround(code).motivationNl) next[code] = trimmed;
    else delete next[code];
  }
  draft.motivations = next;
  draft.updatedBy = em.getReference(User, userId);
  await em.flush();
  return { ...facts, motivations: next };
}
