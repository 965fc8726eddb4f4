// Keeps the Suspension rows equal to the domain state's suspensions. Each action starts at most one suspension, so
// rows in creation order line up with the state's list; a changed resume date is written to the matching row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Suspension, type Case, type CaseEvent, type ThirdParty } from '@woo/db';
import type { CaseState } from '@woo/domain';

export async function syncSuspensions(
  em: EntityManager,
  kase: Case,
  state: CaseState,
  event: CaseEvent,
  thirdParty: ThirdParty | null,
): Promise<void> {
  const rows = await em.find(Suspension, { case: kase.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  state.suspensions.forEach((suspension, index) => {
    const row = rows[index];
    if (!row) {
      em.create(Suspension, {
        case: kase,
        reason: suspension.reason,
        fromDate: suspension.from,
        resumeDate: suspension.resume,
        startedByEvent: event,
        endedByEvent: suspension.resume === null ? null : event,
        thirdParty: suspension.reason === 'zienswijze' ? thirdParty : null,
      });
      return;
    }
    if (row.resumeDate !== suspension.resume) {
      row.resumeDate = suspension.resume;
      row.endedByEvent = event;
    }
  });
}
