// Which messages an action causes, and the facts each one shows. The wording lives with the templates (@woo/mail);
// here only the template name, the recipient and the data. Without an e-mail address nothing is queued: a letter
// by post is the coordinator's work.
import type { Case, Organisation, ThirdParty } from '@woo/db';
import type { CaseDeadline, CaseState, ExplanationStep } from '@woo/domain';
import type { CaseAction } from '../case-action.js';
import type { NotificationInput } from './queue-notification.js';

export const notificationTemplates = {
  acknowledgement: 'request.acknowledgement',
  contactConfirmation: 'contact.confirmation',
  preciseringRequested: 'precisering.requested',
  zienswijzeRequesterInformed: 'zienswijze.requester-informed',
  zienswijzeRequested: 'zienswijze.requested',
  zienswijzeReceived: 'zienswijze.received',
  extensionAnnounced: 'extension.announced',
  decisionSent: 'decision.sent',
  forwarded: 'request.forwarded',
  notHandled: 'request.not-handled',
  withdrawn: 'request.withdrawn',
} as const;

/** The explanation steps as the templates print them. */
export function explanationOf(steps: readonly ExplanationStep[]): { date: string; nl: string; en: string }[] {
  return steps.map((step) => ({ date: step.date, nl: step.nl, en: step.en }));
}

interface ActionMessageContext {
  action: CaseAction;
  kase: Case;
  organisation: Organisation;
  state: CaseState;
  deadline: CaseDeadline;
  thirdParty: ThirdParty | null;
}

export function messagesForAction(ctx: ActionMessageContext): NotificationInput[] {
  const { action, kase, organisation, deadline, state } = ctx;
  const base = {
    reference: kase.reference,
    organisationName: organisation.name,
    deadline: deadline.deadline,
    deadlineExplanation: explanationOf(deadline.steps),
  };
  const toRequester = (template: string, data: Record<string, unknown>): NotificationInput[] =>
    kase.requesterEmail
      ? [
          {
            organisation,
            case: kase,
            template,
            recipientKind: 'requester',
            recipientEmail: kase.requesterEmail,
            data: { ...base, ...data },
          },
        ]
      : [];

  switch (action.type) {
    case 'contact_logged':
      return toRequester(notificationTemplates.contactConfirmation, {
        occurredOn: action.on,
        channel: action.channel,
        outcome: action.outcome,
        agreedScope: action.agreedScope ?? null,
        writtenConsentToDelay: action.writtenConsentToDelay ?? false,
      });
    case 'precisering_asked':
      return toRequester(notificationTemplates.preciseringRequested, {
        askedOn: action.on,
        periodEnd: action.periodEnd ?? null,
      });
    case 'zienswijze_asked': {
      // Woo 4.4(4): the requester is told that a view is asked, and of the new deadline (provisional while suspended).
      const messages = toRequester(notificationTemplates.zienswijzeRequesterInformed, {
        toldOn: action.on,
        periodEnd: action.periodEnd,
        suspended: deadline.suspended,
      });
      const thirdParty = ctx.thirdParty;
      if (thirdParty?.email) {
        messages.push({
          organisation,
          case: kase,
          template: notificationTemplates.zienswijzeRequested,
          recipientKind: 'third_party',
          recipientThirdParty: thirdParty,
          recipientEmail: thirdParty.email,
          // The third party gets the case reference and its own period, nothing about the requester. The link to
          // answer is made by the sender (a fresh token whose hash it stores), so no token rests in this row.
          data: { reference: kase.reference, organisationName: organisation.name, periodEnd: action.periodEnd },
        });
      }
      return messages;
    }
    case 'zienswijze_received': {
      // Confirmation of receipt to the third party, however the view came in.
      const thirdParty = ctx.thirdParty;
      if (!thirdParty?.email) return [];
      return [
        {
          organisation,
          case: kase,
          template: notificationTemplates.zienswijzeReceived,
          recipientKind: 'third_party',
          recipientThirdParty: thirdParty,
          recipientEmail: thirdParty.email,
          data: {
            reference: kase.reference,
            organisationName: organisation.name,
            receivedOn: action.on,
            objected: action.objected ?? null,
          },
        },
      ];
    }
    case 'extension':
      return toRequester(notificationTemplates.extensionAnnounced, {
        announcedOn: action.on,
        reasons: action.reasons,
        firstTermEnd: deadline.firstTermEnd,
      });
    case 'decided':
      return toRequester(notificationTemplates.decisionSent, {
        decidedOn: action.on,
        outcome: action.outcome,
        disclosureHoldUntil: state.disclosureHoldUntil ?? null,
      });
    case 'forwarded':
      return toRequester(notificationTemplates.forwarded, { forwardedOn: action.on, to: action.to ?? null });
    case 'not_handled':
      return toRequester(notificationTemplates.notHandled, { on: action.on, ground: action.ground });
    case 'withdrawn':
      return toRequester(notificationTemplates.withdrawn, { on: action.on });
    default:
      return [];
  }
}
