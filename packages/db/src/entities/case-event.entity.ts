import { defineEntity, p } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { User } from './user.entity.js';

export const actorKinds = ['coordinator', 'requester', 'third_party', 'system'] as const;
export type ActorKind = (typeof actorKinds)[number];

/**
 * The append-only audit log of a case: who did what, when and why. The requester's status page is derived
 * from the public events. A database trigger rejects every UPDATE and DELETE, so history cannot be rewritten,
 * not even by a bug; foreign keys to it never cascade.
 */
export const CaseEventSchema = defineEntity({
  name: 'CaseEvent',
  tableName: 'case_event',
  properties: {
    id: p.bigint('number').primary().autoincrement().columnType('bigint').generated('by default as identity'),
    case: () => p.manyToOne(Case).deleteRule('no action'),
    /** Event type, e.g. 'case.received', 'zienswijze.asked' (the domain's event names). */
    type: p.text(),
    /** The legal date of the event, which the clock counts from. */
    occurredOn: p.date(),
    /** When it was written down. */
    recordedAt: p.datetime().onCreate(() => new Date()),
    actor: () => p.manyToOne(User).nullable().deleteRule('no action'),
    actorKind: p.enum(actorKinds),
    reason: p.text().nullable(),
    data: p.json<Record<string, unknown>>().onCreate(() => ({})),
    /** Shown on the requester's timeline. */
    isPublic: p.boolean().default(false),
  },
  indexes: [{ properties: ['case', 'occurredOn'] }],
  triggers: [
    {
      name: 'case_event_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: `raise exception 'case_event is append-only: % is not allowed', tg_op using errcode = 'restrict_violation';`,
    },
  ],
});

export class CaseEvent extends CaseEventSchema.class {}
CaseEventSchema.setClass(CaseEvent);
