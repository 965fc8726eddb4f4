import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, User, type Case } from '@woo/db';

/** The full audit log of a case, oldest first: every event with who, when (legal date and recording time) and why. */
export async function caseAuditLog(em: EntityManager, kase: Case) {
  const events = await em.find(CaseEvent, { case: kase.id }, { orderBy: { id: 'asc' } });
  const actorIds = [...new Set(events.map((event) => event.actor?.id).filter((id): id is string => !!id))];
  const actors = actorIds.length > 0 ? await em.find(User, { id: { $in: actorIds } }) : [];
  const roleOf = new Map(actors.map((user) => [user.id, user.role]));
  return {
    events: events.map((event) => ({
      id: Number(event.id),
      type: event.type,
      occurredOn: event.occurredOn,
      recordedAt: event.recordedAt.toISOString(),
      actor: {
        kind: event.actorKind,
        userId: event.actor?.id ?? null,
        role: event.actor ? (roleOf.get(event.actor.id) ?? null) : null,
      },
      reason: event.reason ?? null,
      data: event.data,
      isPublic: event.isPublic,
    })),
  };
}
