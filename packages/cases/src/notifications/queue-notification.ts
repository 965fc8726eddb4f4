import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Notification,
  type Case,
  type NotificationRecipientKind,
  type Organisation,
  type ThirdParty,
  type User,
} from '@woo/db';
import { enqueueViaOutbox, notificationSend } from '@woo/queue';

export interface NotificationInput {
  organisation: Organisation;
  case?: Case | null;
  /** Template name, e.g. 'request.acknowledgement'; the templates live with the sender (@woo/mail). */
  template: string;
  locale?: 'nl' | 'en';
  recipientKind: NotificationRecipientKind;
  recipientEmail: string;
  recipientUser?: User | null;
  recipientThirdParty?: ThirdParty | null;
  /** The facts the message shows: dates, reference, explanation steps. */
  data: Record<string, unknown>;
  /** For producers that may run twice (the daily scan): the same key writes no second message. */
  dedupKey?: string | null;
}

/**
 * Writes a Notification row and its `notification.send` outbox row in the caller's transaction: the message exists
 * exactly when the change that caused it commits, and Redis only ever sees the row's id. With a `dedupKey` that
 * exists already, returns the existing row and writes nothing.
 */
export async function queueNotification(em: EntityManager, input: NotificationInput): Promise<Notification> {
  if (!em.isInTransaction()) {
    throw new Error(`queueNotification(${input.template}) needs a transaction: call it inside em.transactional()`);
  }
  if (input.dedupKey) {
    const existing = await em.findOne(Notification, { dedupKey: input.dedupKey });
    if (existing) return existing;
  }
  const notification = em.create(Notification, {
    organisation: input.organisation,
    case: input.case ?? null,
    template: input.template,
    locale: input.locale ?? 'nl',
    recipientKind: input.recipientKind,
    recipientUser: input.recipientUser ?? null,
    recipientThirdParty: input.recipientThirdParty ?? null,
    recipientEmail: input.recipientEmail,
    data: input.data,
    dedupKey: input.dedupKey ?? null,
  });
  // The outbox row is inserted at once; the notification must exist before the relay can see its id committed.
  await em.flush();
  await enqueueViaOutbox(em, notificationSend, { notificationId: notification.id });
  return notification;
}
