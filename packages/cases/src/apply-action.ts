// The case service: every action is one transaction that locks the case, replays its events, applies the new one
// through the domain (which refuses what the law or the status does not allow), appends the audit event, updates the
// cached dates on the Case row, writes the rows the event implies and queues the messages it causes.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Case,
  CaseEvent as CaseEventRow,
  ContactMoment,
  Decision,
  Document,
  Organisation,
  ThirdParty,
  ThirdPartyDocument,
  User,
} from '@woo/db';
import {
  applyCaseEvent,
  caseDeadline,
  compareIsoDates,
  parseIsoDate,
  type CaseDeadline,
  type CaseState,
} from '@woo/domain';
import { actorKindOf, type CaseActor } from './case-actor.js';
import { domainEventOf, type CaseAction } from './case-action.js';
import type { CaseDeps } from './case-deps.js';
import {
  assigneeNotFound,
  caseNotFound,
  dateInFuture,
  documentNotInCase,
  staffOnly,
  thirdPartyNotFound,
} from './case-errors.js';
import { auditEventTypes, isPublicEventType } from './audit-event-types.js';
import { loadCaseState, storedFieldsOf } from './case-replay.js';
import { messagesForAction } from './notifications/action-messages.js';
import { queueNotification } from './notifications/queue-notification.js';
import { syncSuspensions } from './suspension-sync.js';
import { recordPublication } from './decision/record-publication.js';

export interface ActionResult {
  case: Case;
  /** The state after the action (the fold of all events). */
  state: CaseState;
  /** The deadline as of today, with its explanation. */
  deadline: CaseDeadline;
  /** The audit event written. */
  event: CaseEventRow;
}

/**
 * Records `action` on the case `caseId`, all or nothing. Throws DomainError:
 * - 'case.not_found' when the case does not exist, or belongs to another organisation than a staff actor's;
 * - 'case.transition_not_allowed' (from the domain) when the status or a rule forbids it;
 * - 'case.date_in_future' when `action.on` is after today; 'date.invalid' for a malformed date;
 * - 'case.invalid_assignee', 'case.third_party.not_found' for references outside the case's organisation.
 * Runs in its own transaction, or as a nested one (savepoint) inside the caller's.
 */
export async function applyAction(
  em: EntityManager,
  caseId: string,
  action: CaseAction,
  actor: CaseActor,
  deps: CaseDeps,
): Promise<ActionResult> {
  return em.transactional(async (tem) => {
    const kase = await tem.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!kase || (actor.kind === 'staff' && kase.organisation.id !== actor.organisationId)) throw caseNotFound();
    const today = deps.today();
    const on = parseIsoDate(action.on);
    if (compareIsoDates(on, today) > 0) throw dateInFuture(on, today);
    // A third party may only give their own zienswijze; anything else is "not found" for them.
    if (
      actor.kind === 'third_party' &&
      (action.type !== 'zienswijze_received' || action.thirdPartyId !== actor.thirdPartyId)
    ) {
      throw thirdPartyNotFound();
    }

    const before = await loadCaseState(tem, kase, deps.calendar);
    const actorUser = actor.kind === 'staff' ? tem.getReference(User, actor.userId) : null;
    const common = { case: kase, occurredOn: on, actor: actorUser, actorKind: actorKindOf(actor) };

    if (action.type === 'note' || action.type === 'assign') {
      const details: Record<string, unknown> = {};
      if (action.type === 'note') {
        details.text = action.text;
      } else {
        const assignee = action.userId
          ? await tem.findOne(User, { id: action.userId, organisation: kase.organisation.id, active: true })
          : null;
        if (action.userId && !assignee) throw assigneeNotFound();
        kase.assignedTo = assignee;
        details.userId = action.userId;
      }
      const event = tem.create(CaseEventRow, {
        ...common,
        type: action.type === 'note' ? auditEventTypes.note : auditEventTypes.assigned,
        reason: action.reason ?? null,
        data: details,
        isPublic: false,
      });
      await tem.flush();
      return { case: kase, state: before, deadline: caseDeadline(before, { calendar: deps.calendar, today }), event };
    }

    // The rows the event refers to must exist before the domain sees it (a zienswijze names its third party).
    let thirdParty: ThirdParty | null = null;
    if (action.type === 'zienswijze_asked') {
      thirdParty = tem.create(ThirdParty, {
        case: kase,
        name: action.thirdParty.name,
        email: action.thirdParty.email ?? null,
        postalAddress: action.thirdParty.postalAddress ?? null,
        zienswijzeAskedOn: on,
        periodEndsOn: parseIsoDate(action.periodEnd),
      });
      const documentIds = [...new Set(action.thirdParty.documentIds ?? [])];
      const documentNumbers = [...new Set(action.thirdParty.documentNumbers ?? [])];
      const byId = documentIds.length > 0 ? await tem.find(Document, { id: { $in: documentIds }, case: kase.id }) : [];
      const byNumber =
        documentNumbers.length > 0
          ? await tem.find(Document, { documentNumber: { $in: documentNumbers }, case: kase.id })
          : [];
      if (byNumber.length !== documentNumbers.length) {
        const found = new Set(byNumber.map((document) => document.documentNumber));
        throw documentNotInCase(documentNumbers.filter((number) => !found.has(number)));
      }
      if (byId.length !== documentIds.length) throw documentNotInCase();
      for (const document of new Map([...byId, ...byNumber].map((found) => [found.id, found])).values()) {
        tem.create(ThirdPartyDocument, { thirdParty, document });
      }
    } else if (action.type === 'zienswijze_received' || action.type === 'zienswijze_lapsed') {
      thirdParty = await tem.findOne(ThirdParty, { id: action.thirdPartyId, case: kase.id });
      if (!thirdParty) throw thirdPartyNotFound();
    }

    const domainEvent = domainEventOf({ ...action, on } as CaseAction, thirdParty?.id);
    if (!domainEvent) throw new Error(`action ${action.type} has no domain event`);
    const after = applyCaseEvent(before, domainEvent, { calendar: deps.calendar });
    const deadline = caseDeadline(after, { calendar: deps.calendar, today });

    const details: Record<string, unknown> = { event: storedFieldsOf(domainEvent) };
    const event = tem.create(CaseEventRow, {
      ...common,
      type: domainEvent.type,
      reason: action.reason ?? null,
      data: details,
      isPublic: isPublicEventType(domainEvent.type),
    });

    switch (action.type) {
      case 'contact_logged': {
        if (!actorUser) throw staffOnly();
        const scope = action.agreedScope ?? {};
        const moment = tem.create(ContactMoment, {
          case: kase,
          occurredOn: on,
          channel: action.channel,
          contactedBy: actorUser,
          contactPerson: action.contactPerson,
          agreedScope: {
            subjects: scope.subjects ?? [],
            period: scope.period ?? null,
            documentTypes: scope.documentTypes ?? [],
            custodians: scope.custodians ?? [],
            notes: scope.notes ?? null,
          },
          outcome: action.outcome,
          writtenConsentToDelay: action.writtenConsentToDelay ?? false,
          confirmationSentAt: null,
        });
        details.contactMomentId = moment.id;
        if (action.forwardedTo) details.forwardedTo = action.forwardedTo;
        // A narrowed request continues with the agreed scope.
        if (action.outcome === 'narrowed') {
          if (scope.subjects && scope.subjects.length > 0) kase.subjects = scope.subjects;
          if (scope.period) kase.requestedPeriod = scope.period;
        }
        break;
      }
      case 'zienswijze_asked':
        details.thirdPartyId = thirdParty!.id;
        break;
      case 'zienswijze_received':
        thirdParty!.viewReceivedOn = on;
        thirdParty!.objected = action.objected ?? null;
        thirdParty!.view = action.view ?? null;
        thirdParty!.viewContact = action.contact ?? null;
        break;
      case 'precisering_received':
        if (action.answer) details.answer = action.answer;
        break;
      case 'decided': {
        const sequence = (await tem.count(Decision, { case: kase.id })) + 1;
        const decision = tem.create(Decision, {
          case: kase,
          sequence,
          decidedOn: on,
          outcome: action.outcome,
          letterBlobKey: null,
          disclosureHoldUntil: after.disclosureHoldUntil ?? null,
        });
        details.decisionId = decision.id;
        break;
      }
      case 'published':
        // Only with every disclosed document verified; the Publication is the row this event implies.
        details.publicationId = (await recordPublication(tem, kase)).id;
        break;
      default:
        break;
    }

    kase.status = after.status;
    kase.deadline = deadline.deadline;
    kase.extended = after.extended;
    kase.decidedOn = after.decidedOn ?? null;
    kase.closedOn = after.closedOn ?? after.exitedOn ?? null;
    await syncSuspensions(tem, kase, after, event, thirdParty);
    await tem.flush();

    const organisation = await tem.findOneOrFail(Organisation, kase.organisation.id);
    for (const message of messagesForAction({ action, kase, organisation, state: after, deadline, thirdParty })) {
      await queueNotification(tem, message);
    }
    return { case: kase, state: after, deadline, event };
  });
}
