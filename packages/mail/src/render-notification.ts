import type { z } from 'zod';
import { otherLocale, type MailLocale } from './mail-locale.js';
import type { RenderedMessage } from './message-content.js';
import { NotificationRenderError } from './notification-render-error.js';
import { renderLayout } from './render-layout.js';
import {
  isNotificationTemplateName,
  mailTemplates,
  type NotificationData,
  type NotificationTemplateName,
} from './templates/all-templates.js';
import type { MailTemplate } from './mail-template.js';

/**
 * The e-mail for a notification: subject, plain text and HTML. `locale` chooses the language of the subject and of
 * the first part; the other language follows below. Pure: the same input gives the same message.
 * Throws `NotificationRenderError` for an unknown template or data that does not fit it.
 */
export function renderNotification<T extends NotificationTemplateName>(
  template: T,
  data: NotificationData<T>,
  locale: MailLocale,
): RenderedMessage;
export function renderNotification(template: string, data: unknown, locale: MailLocale): RenderedMessage;
export function renderNotification(template: string, data: unknown, locale: MailLocale): RenderedMessage {
  if (!isNotificationTemplateName(template)) {
    throw new NotificationRenderError('mail.unknown_template', `No mail template "${template}"`);
  }
  const definition = mailTemplates[template] as MailTemplate<string, z.ZodType>;
  const parsed = definition.data.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new NotificationRenderError(
      'mail.invalid_data',
      `Data for mail template "${template}" is invalid at: ${fields.join(', ')}`,
      fields,
    );
  }
  const second = otherLocale(locale);
  return renderLayout(
    { locale, message: definition.compose(parsed.data, locale) },
    { locale: second, message: definition.compose(parsed.data, second) },
  );
}
