import type { z } from 'zod';
import { caseOverdue } from './case-overdue.template.js';
import { contactConfirmation } from './contact-confirmation.template.js';
import { deadlineChanged } from './deadline-changed.template.js';
import { deadlineReminder } from './deadline-reminder.template.js';
import { decisionSent } from './decision-sent.template.js';
import { extensionAnnounced } from './extension-announced.template.js';
import { firstContactReminder } from './first-contact-reminder.template.js';
import { preciseringRequested } from './precisering-requested.template.js';
import { requestAcknowledgement } from './request-acknowledgement.template.js';
import { requestForwarded } from './request-forwarded.template.js';
import { requestNotHandled } from './request-not-handled.template.js';
import { requestWithdrawn } from './request-withdrawn.template.js';
import { zienswijzeRequesterInformed } from './zienswijze-requester-informed.template.js';
import { zienswijzeReceived } from './zienswijze-received.template.js';
import { zienswijzeRequested } from './zienswijze-requested.template.js';

/** Every template, by the name a Notification row stores in `template`. */
export const mailTemplates = {
  [requestAcknowledgement.name]: requestAcknowledgement,
  [contactConfirmation.name]: contactConfirmation,
  [preciseringRequested.name]: preciseringRequested,
  [zienswijzeRequested.name]: zienswijzeRequested,
  [zienswijzeRequesterInformed.name]: zienswijzeRequesterInformed,
  [zienswijzeReceived.name]: zienswijzeReceived,
  [deadlineChanged.name]: deadlineChanged,
  [extensionAnnounced.name]: extensionAnnounced,
  [deadlineReminder.name]: deadlineReminder,
  [firstContactReminder.name]: firstContactReminder,
  [caseOverdue.name]: caseOverdue,
  [decisionSent.name]: decisionSent,
  [requestForwarded.name]: requestForwarded,
  [requestNotHandled.name]: requestNotHandled,
  [requestWithdrawn.name]: requestWithdrawn,
} as const;

export type NotificationTemplateName = keyof typeof mailTemplates;

/** The facts a template needs, as producers write them into `Notification.data`. */
export type NotificationData<T extends NotificationTemplateName> = z.input<(typeof mailTemplates)[T]['data']>;

export const notificationTemplateNames = Object.keys(mailTemplates) as NotificationTemplateName[];

export function isNotificationTemplateName(name: string): name is NotificationTemplateName {
  return Object.hasOwn(mailTemplates, name);
}
