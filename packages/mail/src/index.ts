export { mailLocales, type MailLocale } from './mail-locale.js';
export type { ComposedMessage, ContentBlock, RenderedMessage } from './message-content.js';
export { defineTemplate, type MailTemplate } from './mail-template.js';
export {
  isNotificationTemplateName,
  mailTemplates,
  notificationTemplateNames,
  type NotificationData,
  type NotificationTemplateName,
} from './templates/all-templates.js';
export { renderNotification } from './render-notification.js';
export { NotificationRenderError } from './notification-render-error.js';
export { escapeHtml } from './html-escape.js';
export { maskEmailAddress, maskEmailAddresses } from './mask-email-address.js';
export { MailSendError } from './mail-send-error.js';
export {
  createMailTransport,
  sendMail,
  type MailTransport,
  type MailTransportOptions,
  type OutgoingMail,
  type SentMail,
} from './mail-transport.js';
