// The rows the `published` event implies: the Publication of the latest decision, written in the event's transaction
// and only when the decision has its letter and every document it discloses has its verified public version
// (applyAction calls this).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, Publication, type Case } from '@woo/db';
import { blockers, publicationBlocked } from './decision-errors.js';
import { decisionBlockers, latestDecision } from './publication-readiness.js';

export async function recordPublication(em: EntityManager, kase: Case): Promise<Publication> {
  const decision = await latestDecision(em, kase.id);
  if (!decision) throw publicationBlocked([blockers.noDecision()]);
  const reasons = await decisionBlockers(em, kase.id, decision);
  if (reasons.length > 0) throw publicationBlocked(reasons);
  const organisation = await em.findOneOrFail(Organisation, kase.organisation.id);
  return em.create(Publication, {
    decision,
    status: 'published',
    // When it was written down, like the audit event's recordedAt; the legal date is the event's.
    publishedAt: new Date(),
    publicSlug: `${organisation.slug}-${kase.reference.toLowerCase()}-${decision.sequence}`,
  });
}
