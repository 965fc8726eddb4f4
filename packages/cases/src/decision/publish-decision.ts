// Publishing: the full readiness check first (so the refusal lists every reason, the hold included), then — when the
// hold has ended — the `disclosure_hold_ended` event, then `published`, whose rows (the Publication) applyAction writes
// after checking the documents once more under the case lock.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Publication } from '@woo/db';
import { applyAction } from '../apply-action.js';
import type { CaseActor } from '../case-actor.js';
import type { CaseDeps } from '../case-deps.js';
import { caseNotFound } from '../case-errors.js';
import { publicationBlocked } from './decision-errors.js';
import { latestDecision, publicationReadiness } from './publication-readiness.js';

export async function publishDecision(
  em: EntityManager,
  caseId: string,
  actor: CaseActor,
  deps: CaseDeps,
): Promise<Publication> {
  return em.transactional(async (tem) => {
    const kase = await tem.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!kase || (actor.kind === 'staff' && kase.organisation.id !== actor.organisationId)) throw caseNotFound();
    const today = deps.today();
    const readiness = await publicationReadiness(tem, kase, today);
    if (!readiness.ready) throw publicationBlocked(readiness.reasons);
    if (kase.status === 'disclosure_hold') {
      await applyAction(tem, kase.id, { type: 'disclosure_hold_ended', on: today }, actor, deps);
    }
    await applyAction(tem, kase.id, { type: 'published', on: today }, actor, deps);
    const decision = await latestDecision(tem, kase.id);
    return tem.findOneOrFail(Publication, { decision: decision!.id, status: 'published' });
  });
}
