import { Notification } from '@woo/db';
import { MailSendError, NotificationRenderError, renderNotification, sendMail, type MailTransport } from '@woo/mail';
import { defineHandler, notificationSend } from '@woo/queue';
import { UnrecoverableError } from 'bullmq';

export interface NotificationSendDeps {
  mail: MailTransport;
}

/** `<notification id@sender's domain>`: the same id on every attempt, so a copy sent twice can be recognised. */
function messageIdFor(notificationId: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'woo.localhost';
  return `<${notificationId}@${domain}>`;
}

/**
 * Sends one Notification row. Gone → skipped; already sent → skipped (a second job sends nothing). A message that
 * cannot be rendered fails for good; a mail server that is down fails the attempt, and BullMQ retries with the
 * contract's backoff, so the mail is delayed, not lost. Logs ids and counts only: never an address or content.
 */
export function createNotificationSendHandler(deps: NotificationSendDeps) {
  return defineHandler(notificationSend, async ({ notificationId }, { em, logger, attempt }) => {
    const notification = await em.findOne(Notification, { id: notificationId });
    if (!notification) {
      logger.info({ notificationId }, 'notification gone: skipped');
      return { status: 'skipped', reason: 'gone' } as const;
    }
    if (notification.status === 'sent') {
      logger.info({ notificationId }, 'notification already sent: skipped');
      return { status: 'skipped', reason: 'already_sent' } as const;
    }

    let message;
    try {
      message = renderNotification(notification.template, notification.data, notification.locale);
    } catch (error) {
      if (!(error instanceof NotificationRenderError)) throw error;
      notification.status = 'failed';
      notification.attempts += 1;
      notification.lastError = error.message;
      await em.flush();
      throw new UnrecoverableError(error.message);
    }

    try {
      await sendMail(deps.mail, {
        to: notification.recipientEmail,
        ...message,
        messageId: messageIdFor(notification.id, deps.mail.from),
      });
    } catch (error) {
      const failure = MailSendError.from(error);
      notification.attempts += 1;
      notification.lastError = failure.message;
      // The last attempt: the row says so, and the failed job stays visible for someone to look at.
      if (attempt >= notificationSend.options.attempts) notification.status = 'failed';
      await em.flush();
      throw failure;
    }

    notification.status = 'sent';
    notification.sentAt = new Date();
    notification.attempts += 1;
    notification.lastError = null;
    // Recorded at once: the smaller the gap between the server's 250 and this commit, the smaller the chance of a
    // second copy after a crash.
    await em.flush();
    logger.info({ notificationId, template: notification.template, attempts: notification.attempts }, 'mail sent');
    return { status: 'sent' } as const;
  });
}
