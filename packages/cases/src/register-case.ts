// A new request: the Case row with its cached dates, the public 'received' event, and the acknowledgement to the
// requester, in one transaction. Used by the public intake and by coordinators registering a phone call or letter.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, CaseEvent as CaseEventRow, User, type CaseChannel, type Organisation } from '@woo/db';
import {
  caseDeadline,
  compareIsoDates,
  firstContactDue,
  initialCaseState,
  parseIsoDate,
  type CaseDeadline,
  type ExplainedDate,
  type IsoDate,
} from '@woo/domain';
import { actorKindOf, type CaseActor } from './case-actor.js';
import type { CaseDeps } from './case-deps.js';
import { dateInFuture } from './case-errors.js';
import { auditEventTypes } from './audit-event-types.js';
import { nextCaseReference } from './case-reference.js';
import { explanationOf, notificationTemplates } from './notifications/action-messages.js';
import { queueNotification } from './notifications/queue-notification.js';
import { hashTrackingCode, newTrackingCode } from './tracking-code.js';

export interface RegisterCaseInput {
  organisation: Organisation;
  channel: CaseChannel;
  /** The day the request arrived (Europe/Amsterdam): today for the web form, possibly earlier for a letter. */
  receivedOn: IsoDate;
  question: string;
  requestedPeriod?: string | null;
  subjects?: string[];
  preferredForm?: string | null;
  requester: { name: string; email?: string | null; postalAddress?: string | null; phone?: string | null };
  consentToPhone?: boolean;
  /** Makes the status link in the acknowledgement: `statusUrl(trackingCode)`. */
  statusUrl: (trackingCode: string) => string;
}

export interface RegisteredCase {
  case: Case;
  /** Shown once to the requester; only its hash is stored. */
  trackingCode: string;
  statusUrl: string;
  deadline: CaseDeadline;
  firstContactDue: ExplainedDate;
}

export async function registerCase(
  em: EntityManager,
  input: RegisterCaseInput,
  actor: CaseActor,
  deps: CaseDeps,
): Promise<RegisteredCase> {
  const today = deps.today();
  const receivedOn = parseIsoDate(input.receivedOn);
  if (compareIsoDates(receivedOn, today) > 0) throw dateInFuture(receivedOn, today);
  const state = initialCaseState(receivedOn);
  const deadline = caseDeadline(state, { calendar: deps.calendar, today });
  const contactDue = firstContactDue(receivedOn, input.organisation.firstContactNormWorkingDays, deps.calendar);
  const trackingCode = newTrackingCode();
  const statusUrl = input.statusUrl(trackingCode);

  // Before the transaction: see nextCaseReference.
  const reference = await nextCaseReference(em, input.organisation, receivedOn);
  return em.transactional(async (tem) => {
    const kase = tem.create(Case, {
      organisation: input.organisation,
      reference,
      trackingCodeHash: hashTrackingCode(trackingCode),
      status: state.status,
      channel: input.channel,
      receivedOn,
      question: input.question,
      requestedPeriod: input.requestedPeriod ?? null,
      subjects: input.subjects ?? [],
      preferredForm: input.preferredForm ?? 'digital',
      requesterName: input.requester.name,
      requesterEmail: input.requester.email ?? null,
      requesterPhone: input.requester.phone ?? null,
      requesterPostalAddress: input.requester.postalAddress ?? null,
      consentToPhone: input.consentToPhone ?? false,
      assignedTo: null,
      extended: false,
      deadline: deadline.deadline,
      firstContactDue: contactDue.date,
      decidedOn: null,
      closedOn: null,
    });
    tem.create(CaseEventRow, {
      case: kase,
      type: auditEventTypes.received,
      occurredOn: receivedOn,
      actor: actor.kind === 'staff' ? tem.getReference(User, actor.userId) : null,
      actorKind: actorKindOf(actor),
      reason: null,
      data: { channel: input.channel },
      isPublic: true,
    });
    await tem.flush();
    if (kase.requesterEmail) {
      await queueNotification(tem, {
        organisation: input.organisation,
        case: kase,
        template: notificationTemplates.acknowledgement,
        recipientKind: 'requester',
        recipientEmail: kase.requesterEmail,
        data: {
          reference,
          organisationName: input.organisation.name,
          receivedOn,
          deadline: deadline.deadline,
          deadlineExplanation: explanationOf(deadline.steps),
          statusUrl,
        },
      });
    }
    return { case: kase, trackingCode, statusUrl, deadline, firstContactDue: contactDue };
  });
}
