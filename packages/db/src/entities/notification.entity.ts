import { defineEntity, p } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Organisation } from './organisation.entity.js';
import { ThirdParty } from './third-party.entity.js';
import { User } from './user.entity.js';

export const notificationRecipientKinds = ['requester', 'user', 'third_party'] as const;
export type NotificationRecipientKind = (typeof notificationRecipientKinds)[number];
export const notificationStatuses = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

/**
 * A message to send (an e-mail for now). Written in the same transaction as its cause, with an outbox row that
 * carries only this row's id: the address and the facts stay in PostgreSQL, never in Redis. A mail server that is
 * down delays the message; the row keeps it until it is sent.
 */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: uuidPrimaryKey(),
    organisation: () => p.manyToOne(Organisation).deleteRule('no action'),
    case: () => p.manyToOne(Case).nullable().deleteRule('cascade'),
    /** Which message, e.g. 'request.acknowledgement', 'deadline.reminder'. Templates live with the sender. */
    template: p.text(),
    locale: p.enum(['nl', 'en'] as const).default('nl'),
    recipientKind: p.enum(notificationRecipientKinds),
    recipientUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    recipientThirdParty: () => p.manyToOne(ThirdParty).nullable().deleteRule('set null'),
    recipientEmail: p.text(),
    /** The facts the template shows (dates, reference, explanation steps). */
    data: p.json<Record<string, unknown>>(),
    /** Makes repeatable producers (the daily scan) idempotent, e.g. 'reminder-5wd/<caseId>/<deadline>'. */
    dedupKey: p.text().nullable().unique(),
    status: p.enum(notificationStatuses).default('pending'),
    attempts: p.integer().default(0),
    sentAt: p.datetime().nullable(),
    lastError: p.text().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['case'] }, { properties: ['status'] }],
});

export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);
