import { hashThirdPartyToken, newThirdPartyToken } from '@woo/cases';
import { Notification, ThirdParty } from '@woo/db';
import { MailSendError, NotificationRenderError, renderNotification, sendMail, type MailTransport } from '@woo/mail';
import { defineHandler, notificationSend, type JobContext } from '@woo/queue';
import { UnrecoverableError } from 'bullmq';

export interface NotificationSendDeps {
  mail: MailTransport;
  /**
   * The link a third party follows to give their zienswijze, for a token (e.g. `<PUBLIC_BASE_URL>/zienswijze/<token>`).
   * Without it the zienswijze request asks for an answer by e-mail.
   */
  thirdPartyLink?: (token: string) => string;
}

/**
 * The zienswijze request carries a link with a token that exists nowhere else: minted here, at the moment of
 * sending, its hash committed on the ThirdParty row BEFORE the mail goes out (so the link in a delivered mail always
 * works), the token itself only in the rendered message. Each attempt mints a new token and replaces the hash: a
 * retry after a failed send makes the link of the new mail the one that works. The Notification row, the job payload
 * and the logs never see the token.
 */
async function withRespondLink(
  em: JobContext['em'],
  notification: Notification,
  deps: NotificationSendDeps,
): Promise<Record<string, unknown>> {
  const data = notification.data;
  const thirdPartyId = notification.recipientThirdParty?.id;
  if (notification.template !== 'zienswijze.requested' || !thirdPartyId || !deps.thirdPartyLink) return data;
  const token = newThirdPartyToken();
  await em.nativeUpdate(
    ThirdParty,
    { id: thirdPartyId },
    { accessTokenHash: hashThirdPartyToken(token), updatedAt: new Date() },
  );
  return { ...data, respondUrl: deps.thirdPartyLink(token) };
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
      // Rendered first without a link: a message that cannot be rendered mints no token.
      renderNotification(notification.template, notification.data, notification.locale);
      const data = await withRespondLink(em, notification, deps);
      message = renderNotification(notification.template, data, notification.locale);
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
