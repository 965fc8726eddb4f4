// Everything a coordinator needs on one screen: the case, the clock with its explanation, what may happen next
// (the domain's allowedEvents, narrowed to what the user's role may do), contacts, third parties, suspensions.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCaseState, type CaseDeps } from '@woo/cases';
import { ContactMoment, Decision, Suspension, ThirdParty, User, type Case } from '@woo/db';
import { allowedEvents, caseDeadline, compareIsoDates, eventLabels, firstContactDue } from '@woo/domain';
import { Organisation } from '@woo/db';
import { actionPermission, isAllowed } from '../auth/permissions.js';
import type { StaffSession } from '../auth/staff-session.js';
import type { CaseDetail } from './case.schemas.js';
import { caseSummary } from './case-summary.js';

export async function caseDetail(
  em: EntityManager,
  kase: Case,
  staff: StaffSession,
  deps: CaseDeps,
): Promise<CaseDetail> {
  const today = deps.today();
  const state = await loadCaseState(em, kase, deps.calendar);
  const deadline = caseDeadline(state, { calendar: deps.calendar, today });
  const organisation = await em.findOneOrFail(Organisation, kase.organisation.id);
  const contactDue = firstContactDue(kase.receivedOn, organisation.firstContactNormWorkingDays, deps.calendar);
  const assignee = kase.assignedTo ? await em.findOne(User, kase.assignedTo.id) : null;
  const contactMoments = await em.find(
    ContactMoment,
    { case: kase.id },
    { orderBy: { occurredOn: 'asc', createdAt: 'asc' } },
  );
  const thirdParties = await em.find(ThirdParty, { case: kase.id }, { orderBy: { createdAt: 'asc' } });
  const suspensions = await em.find(Suspension, { case: kase.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const decisions = await em.find(Decision, { case: kase.id }, { orderBy: { sequence: 'asc' } });
  const { steps, deadline: date, firstTermEnd, suspendedDays, suspended, extended, running } = deadline;

  return {
    ...caseSummary(kase, assignee, today),
    question: kase.question,
    requestedPeriod: kase.requestedPeriod ?? null,
    subjects: kase.subjects,
    preferredForm: kase.preferredForm,
    requester: {
      name: kase.requesterName,
      email: kase.requesterEmail ?? null,
      phone: kase.requesterPhone ?? null,
      postalAddress: kase.requesterPostalAddress ?? null,
      consentToPhone: kase.consentToPhone,
    },
    clock: {
      deadline: date,
      firstTermEnd,
      suspendedDays,
      suspended,
      extended,
      running,
      steps,
      ...(deadline.decidedOn !== undefined && { decidedOn: deadline.decidedOn }),
      ...(deadline.decidedOnTime !== undefined && { decidedOnTime: deadline.decidedOnTime }),
      ...(deadline.appealPossibleFrom !== undefined && { appealPossibleFrom: deadline.appealPossibleFrom }),
      ...(deadline.courtOrderDecideBy !== undefined && { courtOrderDecideBy: deadline.courtOrderDecideBy }),
      ...(deadline.disclosureHoldUntil !== undefined && { disclosureHoldUntil: deadline.disclosureHoldUntil }),
    },
    firstContact: {
      due: contactDue.date,
      steps: contactDue.steps,
      contactedOn: state.firstContactOn ?? null,
      overdue: state.firstContactOn === undefined && running && compareIsoDates(contactDue.date, today) < 0,
    },
    allowedActions: allowedEvents(state, { calendar: deps.calendar, today })
      .filter((type) => isAllowed(staff.role, actionPermission(type)))
      .map((type) => ({ type, label: eventLabels[type] })),
    contactMoments: contactMoments.map((moment) => ({
      id: moment.id,
      occurredOn: moment.occurredOn,
      channel: moment.channel,
      contactedBy: moment.contactedBy.id,
      contactPerson: moment.contactPerson,
      agreedScope: moment.agreedScope,
      outcome: moment.outcome,
      writtenConsentToDelay: moment.writtenConsentToDelay,
    })),
    thirdParties: thirdParties.map((party) => ({
      id: party.id,
      name: party.name,
      email: party.email ?? null,
      zienswijzeAskedOn: party.zienswijzeAskedOn,
      periodEndsOn: party.periodEndsOn,
      viewReceivedOn: party.viewReceivedOn ?? null,
      objected: party.objected ?? null,
    })),
    suspensions: suspensions.map((suspension) => ({
      reason: suspension.reason,
      fromDate: suspension.fromDate,
      resumeDate: suspension.resumeDate ?? null,
      thirdPartyId: suspension.thirdParty?.id ?? null,
    })),
    decisions: decisions.map((decision) => ({
      sequence: decision.sequence,
      decidedOn: decision.decidedOn,
      outcome: decision.outcome,
      disclosureHoldUntil: decision.disclosureHoldUntil ?? null,
    })),
  };
}
