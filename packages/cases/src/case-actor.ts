import type { ActorKind } from '@woo/db';

/**
 * Who records an action. Staff act within their own organisation: a case of another organisation is "not found" for
 * them. The requester acts through the tracking code, the system (the scheduler) on its own, a third party through
 * the link of their zienswijze request (and only to give that zienswijze).
 */
export type CaseActor =
  | { kind: 'staff'; userId: string; organisationId: string }
  | { kind: 'requester' }
  | { kind: 'third_party'; thirdPartyId: string }
  | { kind: 'system' };

/** The actor kind stored on the audit event. */
export function actorKindOf(actor: CaseActor): ActorKind {
  return actor.kind === 'staff' ? 'coordinator' : actor.kind;
}
