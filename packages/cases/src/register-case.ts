// A new request: the Case row with its cached dates, the public 'received' event, and the acknowledgement to the
// requester with its outbox row, written by ONE statement (atomic on its own; inside the caller's transaction when
// there is one). Used by the public intake and by coordinators registering a phone call or letter.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, CaseEvent, Notification, Outbox, uuidV7, type CaseChannel, type Organisation } from '@woo/db';
import {
  caseDeadline,
  compareIsoDates,
  firstContactDue,
  initialCaseState,
  parseIsoDate,
  type CaseDeadline,
  type ExplainedDate,
  type HolidayCalendar,
  type IsoDate,
} from '@woo/domain';
import { notificationSend } from '@woo/queue';
import { actorKindOf, type CaseActor } from './case-actor.js';
import type { CaseDeps } from './case-deps.js';
import { dateInFuture } from './case-errors.js';
import { auditEventTypes } from './audit-event-types.js';
import { nextCaseReference } from './case-reference.js';
import { explanationOf, notificationTemplates } from './notifications/action-messages.js';
import { insertRows, row, type AnyRowInsert, type RowValues } from './register-case-statement.js';
import { hashTrackingCode, newTrackingCode } from './tracking-code.js';

export interface RegisterCaseInput {
  /** The organisation's row, or the part of it a registration needs (the intake keeps that part in memory). */
  organisation: Pick<Organisation, 'id' | 'name' | 'firstContactNormWorkingDays'>;
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
  caseId: string;
  reference: string;
  receivedOn: IsoDate;
  /** Shown once to the requester; only its hash is stored. */
  trackingCode: string;
  statusUrl: string;
  deadline: CaseDeadline;
  firstContactDue: ExplainedDate;
}

/**
 * The dates of a new case depend only on the day of receipt, today, the organisation's norm and the calendar; a busy
 * intake asks for the same few all day. Kept per calendar, at most a few hundred entries, frozen (they are shared).
 */
const initialDatesCache = new WeakMap<
  HolidayCalendar,
  Map<string, { deadline: CaseDeadline; contactDue: ExplainedDate }>
>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function initialDates(receivedOn: IsoDate, today: IsoDate, norm: number, calendar: HolidayCalendar) {
  let byKey = initialDatesCache.get(calendar);
  if (!byKey) initialDatesCache.set(calendar, (byKey = new Map()));
  const key = `${receivedOn}/${today}/${norm}`;
  let dates = byKey.get(key);
  if (!dates) {
    if (byKey.size >= 500) byKey.clear();
    dates = deepFreeze({
      deadline: caseDeadline(initialCaseState(receivedOn), { calendar, today }),
      contactDue: firstContactDue(receivedOn, norm, calendar),
    });
    byKey.set(key, dates);
  }
  return dates;
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
  const organisation = input.organisation;
  const { deadline, contactDue } = initialDates(
    receivedOn,
    today,
    organisation.firstContactNormWorkingDays,
    deps.calendar,
  );
  const trackingCode = newTrackingCode();
  const statusUrl = input.statusUrl(trackingCode);

  // Before the statement: see nextCaseReference.
  const reference = await nextCaseReference(em, organisation, receivedOn);
  const now = new Date();
  const caseValues = {
    id: uuidV7(),
    organisation: organisation.id,
    reference,
    trackingCodeHash: hashTrackingCode(trackingCode),
    status: initialCaseState(receivedOn).status,
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
    createdAt: now,
    updatedAt: now,
  } satisfies RowValues<Case>;
  const rows: AnyRowInsert[] = [
    row(Case, caseValues),
    row(CaseEvent, {
      case: caseValues.id,
      type: auditEventTypes.received,
      occurredOn: receivedOn,
      recordedAt: now,
      actor: actor.kind === 'staff' ? actor.userId : null,
      actorKind: actorKindOf(actor),
      reason: null,
      data: { channel: input.channel },
      isPublic: true,
    }),
  ];
  if (caseValues.requesterEmail) {
    // The acknowledgement and its `notification.send` outbox row, as queueNotification and enqueueViaOutbox write them.
    const notificationId = uuidV7();
    rows.push(
      row(Notification, {
        id: notificationId,
        organisation: organisation.id,
        case: caseValues.id,
        template: notificationTemplates.acknowledgement,
        locale: 'nl',
        recipientKind: 'requester',
        recipientUser: null,
        recipientThirdParty: null,
        recipientEmail: caseValues.requesterEmail,
        data: {
          reference,
          organisationName: organisation.name,
          receivedOn,
          deadline: deadline.deadline,
          deadlineExplanation: explanationOf(deadline.steps),
          statusUrl,
        },
        dedupKey: null,
        status: 'pending',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const payload = notificationSend.payload.parse({ notificationId });
    rows.push(
      row(
        Outbox,
        {
          queueName: notificationSend.queue,
          jobName: notificationSend.name,
          jobId: notificationSend.jobId(payload),
          payload,
          attempts: 0,
        },
        { onConflictDoNothing: 'jobId' },
      ),
    );
  }
  await insertRows(em, rows);
  return {
    caseId: caseValues.id,
    reference,
    receivedOn,
    trackingCode,
    statusUrl,
    deadline,
    firstContactDue: contactDue,
  };
}
