// The coordinator API: registration, the work list with its filters, the detail, and every clock event of
// DESIGN §3 with its refusals. Dates are computed by hand in the comments (2 March 2026 is a Monday; Easter 2026 is
// 5 April, so Good Friday 3 April and Easter Monday 6 April are Atw holidays; Koningsdag is Monday 27 April).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@woo/db';
import { CaseEvent, Notification, type Organisation } from '@woo/db';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let coordinator: { user: User; cookie: string };
let reviewer: { user: User; cookie: string };

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-02' });
  organisation = await api.organisation();
  coordinator = await api.staff(organisation, 'coordinator');
  reviewer = await api.staff(organisation, 'reviewer');
});
afterAll(async () => api?.close());

async function register(receivedOn: string, cookie = coordinator.cookie, requesterEmail = 'jan@example.org') {
  const response = await api.request('POST', '/api/v1/cases', {
    cookie,
    body: {
      channel: 'letter',
      receivedOn,
      question: 'Alle stukken over de nieuwe brug over de Vaart.',
      requester: { name: 'Jan Jansen', email: requesterEmail, postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.case.id as string;
}

async function act(caseId: string, action: string, body: Record<string, unknown> = {}, cookie = coordinator.cookie) {
  return api.request('POST', `/api/v1/cases/${caseId}/actions/${action}`, { body, cookie });
}

async function ok(caseId: string, action: string, body: Record<string, unknown> = {}, cookie = coordinator.cookie) {
  const response = await act(caseId, action, body, cookie);
  expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

async function refused(caseId: string, action: string, body: Record<string, unknown>, reason: string) {
  const response = await act(caseId, action, body);
  expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(409);
  expect(response.body.error).toMatchObject({ code: 'case.transition_not_allowed', details: { reason } });
  expect(response.body.error.message.nl).toBeTruthy();
  expect(response.body.error.message.en).toBeTruthy();
  return response.body.error;
}

describe('registering a request received by letter, phone or e-mail', () => {
  it('keeps the real date of receipt, also in the past, and returns the tracking code once', async () => {
    api.clock.today = '2026-03-05';
    const response = await api.request('POST', '/api/v1/cases', {
      cookie: coordinator.cookie,
      body: {
        channel: 'phone',
        receivedOn: '2026-02-02',
        question: 'Welke adviezen zijn er over de brug gegeven?',
        requester: { name: 'Jan Jansen', phone: '06 12345678', postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
      },
    });
    expect(response.status).toBe(201);
    // Monday 2 February 2026 + 28 days = Monday 2 March 2026 (February 2026 has 28 days).
    expect(response.body.case).toMatchObject({ channel: 'phone', receivedOn: '2026-02-02', deadline: '2026-03-02' });
    expect(response.body.case.overdue).toBe(true);
    expect(response.body.trackingCode).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const em = api.db.orm.em.fork();
    const [received] = await em.find(CaseEvent, { case: response.body.case.id });
    expect(received).toMatchObject({ type: 'case.received', actorKind: 'coordinator', occurredOn: '2026-02-02' });
    expect(received!.actor?.id).toBe(coordinator.user.id);
  });

  it('refuses a date of receipt in the future, the web channel and reviewers', async () => {
    api.clock.today = '2026-03-05';
    const future = await api.request('POST', '/api/v1/cases', {
      cookie: coordinator.cookie,
      body: {
        channel: 'letter',
        receivedOn: '2026-03-06',
        question: 'Alle stukken over de brug.',
        requester: { name: 'J', email: 'j@example.org' },
      },
    });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('case.date_in_future');
    const web = await api.request('POST', '/api/v1/cases', {
      cookie: coordinator.cookie,
      body: {
        channel: 'web',
        receivedOn: '2026-03-05',
        question: 'Alle stukken over de brug.',
        requester: { name: 'J', email: 'j@example.org' },
      },
    });
    expect(web.status).toBe(400);
    const impossible = await api.request('POST', '/api/v1/cases', {
      cookie: coordinator.cookie,
      body: {
        channel: 'letter',
        receivedOn: '2026-02-30',
        question: 'Alle stukken over de brug.',
        requester: { name: 'J', email: 'j@example.org' },
      },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.details.fields[0]).toMatchObject({ field: 'receivedOn' });
  });
});

describe('the work list', () => {
  it('filters by status, deadline within N working days, overdue, first contact overdue and assignee, sorted by deadline', async () => {
    const own = await api.organisation();
    const me = await api.staff(own, 'coordinator');
    api.clock.today = '2026-03-05';
    // Deadlines: 2026-02-02 + 28 = 2026-03-02; 2026-03-02 + 28 = 2026-03-30; Friday 2026-02-20 + 28 = Friday 2026-03-20.
    const overdueCase = await register('2026-02-02', me.cookie);
    const laterCase = await register('2026-03-02', me.cookie);
    const soonCase = await register('2026-02-20', me.cookie);
    const ids = async (query: string) => {
      const response = await api.request('GET', `/api/v1/cases${query}`, { cookie: me.cookie });
      expect(response.status).toBe(200);
      return response.body.cases.map((c: { id: string }) => c.id);
    };
    expect(await ids('')).toEqual([overdueCase, soonCase, laterCase]);
    expect(await ids('?overdue=true')).toEqual([overdueCase]);
    expect(await ids('?overdue=false')).toEqual([soonCase, laterCase]);
    // 12 working days after Thursday 5 March: 6, 9–13, 16–20, 23 March → up to Monday 23 March: only the 20 March case.
    expect(await ids('?dueWithinWorkingDays=12')).toEqual([soonCase]);
    expect(await ids('?dueWithinWorkingDays=17')).toEqual([soonCase, laterCase]);
    // First contact due 3 working days after receipt: 5 Feb, 25 Feb (overdue) and 5 March (due today, not overdue).
    expect(await ids('?firstContactOverdue=true')).toEqual([overdueCase, soonCase]);
    await ok(
      soonCase,
      'contact_logged',
      { channel: 'phone', contactPerson: 'Jan Jansen', outcome: 'continues_formally' },
      me.cookie,
    );
    expect(await ids('?firstContactOverdue=true')).toEqual([overdueCase]);
    expect(await ids('?status=informal_contact')).toEqual([soonCase]);

    const assign = await api.request('POST', `/api/v1/cases/${laterCase}/assign`, {
      cookie: me.cookie,
      body: { userId: me.user.id },
    });
    expect(assign.status).toBe(200);
    expect(assign.body.assignedTo).toEqual({ id: me.user.id, displayName: me.user.displayName });
    expect(await ids('?assignedToMe=true')).toEqual([laterCase]);
    const bad = await api.request('GET', '/api/v1/cases?dueWithinWorkingDays=soon', { cookie: me.cookie });
    expect(bad.status).toBe(400);
  });

  it('assigns only to staff of the own organisation', async () => {
    api.clock.today = '2026-03-05';
    const caseId = await register('2026-03-02');
    const other = await api.staff(await api.organisation());
    const response = await api.request('POST', `/api/v1/cases/${caseId}/assign`, {
      cookie: coordinator.cookie,
      body: { userId: other.user.id },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('case.invalid_assignee');
  });
});

describe('the case detail and the audit log', () => {
  it('shows the clock with its explanation, the first-contact norm and the allowed actions for the role', async () => {
    api.clock.today = '2026-03-03';
    const caseId = await register('2026-03-02');
    const detail = (await api.request('GET', `/api/v1/cases/${caseId}`, { cookie: coordinator.cookie })).body;
    expect(detail.clock).toMatchObject({ deadline: '2026-03-30', firstTermEnd: '2026-03-30', running: true });
    expect(detail.clock.steps[1].nl).toBe(
      '+28 dagen beslistermijn, vanaf de dag na ontvangst (Woo 4.4 lid 1) = maandag 30 maart 2026',
    );
    // Monday 2 March + 3 working days = Thursday 5 March.
    expect(detail.firstContact).toMatchObject({ due: '2026-03-05', contactedOn: null, overdue: false });
    const types = detail.allowedActions.map((a: { type: string }) => a.type);
    expect(types).toEqual(expect.arrayContaining(['contact_logged', 'precisering_asked', 'extension', 'withdrawn']));
    expect(types).not.toContain('notice_of_default_received');
    expect(detail.allowedActions[0].label).toEqual({ nl: expect.any(String), en: expect.any(String) });
    // A reviewer sees no actions of the coordinator.
    const forReviewer = (await api.request('GET', `/api/v1/cases/${caseId}`, { cookie: reviewer.cookie })).body;
    expect(forReviewer.allowedActions).toEqual([]);
  });

  it('keeps notes out of public view and lists every event with who did it', async () => {
    api.clock.today = '2026-03-03';
    const caseId = await register('2026-03-02');
    const note = await api.request('POST', `/api/v1/cases/${caseId}/notes`, {
      cookie: reviewer.cookie,
      body: { text: 'Let op: eerder verzoek over hetzelfde onderwerp.' },
    });
    expect(note.status).toBe(201);
    await ok(caseId, 'precisering_asked', { periodEnd: '2026-03-17', reason: 'Te algemeen.' });
    const log = await api.request('GET', `/api/v1/cases/${caseId}/events`, { cookie: reviewer.cookie });
    expect(log.status).toBe(200);
    expect(
      log.body.events.map((e: { type: string; isPublic: boolean; actor: { role: string | null } }) => [
        e.type,
        e.isPublic,
        e.actor.role,
      ]),
    ).toEqual([
      ['case.received', true, 'coordinator'],
      ['case.note', false, 'reviewer'],
      ['precisering_asked', true, 'coordinator'],
    ]);
    expect(log.body.events[1].data.text).toBe('Let op: eerder verzoek over hetzelfde onderwerp.');
    expect(log.body.events[2]).toMatchObject({ occurredOn: '2026-03-03', reason: 'Te algemeen.' });
  });
});

describe('clock events and their refusals', () => {
  it('refuses an event the status does not allow, with a coded message in Dutch and English', async () => {
    api.clock.today = '2026-03-03';
    const caseId = await register('2026-03-02');
    const error = await refused(caseId, 'published', {}, 'status');
    expect(error.message.nl).toContain('kan niet bij een verzoek met de status "Ontvangen"');
    expect(error.message.en).toContain('Possible now:');
    const future = await act(caseId, 'documents_collected', { on: '2026-03-04' });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('case.date_in_future');
    const before = await act(caseId, 'documents_collected', { on: '2026-03-01' });
    expect(before.status).toBe(409);
    expect(before.body.error.details.reason).toBe('before_previous_event');
  });

  it('informal contact: closing outcomes end the case; written consent to delay suspends the term', async () => {
    api.clock.today = '2026-03-04';
    const answered = await register('2026-03-02');
    const closed = await ok(answered, 'contact_logged', {
      channel: 'phone',
      contactPerson: 'Jan Jansen',
      outcome: 'answered_informally',
      agreedScope: { notes: 'Uitgelegd waar het raadsbesluit staat.' },
    });
    expect(closed.status).toBe('resolved_informally');
    expect(closed.clock.running).toBe(false);
    expect(closed.contactMoments[0]).toMatchObject({
      outcome: 'answered_informally',
      contactedBy: coordinator.user.id,
    });

    const delayed = await register('2026-03-02');
    // Consent in the call on 4 March: suspended from 5 March, still running (provisional deadline).
    const withConsent = await ok(delayed, 'contact_logged', {
      channel: 'phone',
      contactPerson: 'Jan Jansen',
      outcome: 'continues_formally',
      writtenConsentToDelay: true,
    });
    expect(withConsent.clock.suspended).toBe(true);
    expect(withConsent.firstContact.contactedOn).toBe('2026-03-04');
    // Consent ended on Thursday 19 March: suspended 5–18 March = 14 days; 2026-03-30 + 14 = Monday 2026-04-13.
    api.clock.today = '2026-03-19';
    const ended = await ok(delayed, 'consent_to_delay_ended');
    expect(ended.clock).toMatchObject({ deadline: '2026-04-13', suspendedDays: 14, suspended: false });
    await refused(delayed, 'consent_to_delay_ended', {}, 'no_consent_running');
  });

  it('consent to delay recorded by the coordinator, with an agreed last day', async () => {
    api.clock.today = '2026-03-05';
    const caseId = await register('2026-03-02');
    // Given on 5 March up to and including 18 March: suspended 6–18 March = 13 days;
    // 2026-03-30 + 13 = Sunday 2026-04-12 → Atw: Monday 2026-04-13.
    api.clock.today = '2026-03-20';
    const detail = await ok(caseId, 'consent_to_delay_given', { on: '2026-03-05', until: '2026-03-18' });
    expect(detail.clock).toMatchObject({ deadline: '2026-04-13', suspendedDays: 13 });
    expect(detail.clock.steps.at(-1).code).toBe('atw_shift');
    expect(detail.suspensions).toEqual([
      { reason: 'consent_to_delay', fromDate: '2026-03-06', resumeDate: '2026-03-19', thirdPartyId: null },
    ]);
  });

  it('precisering lapsed: refused before the period ended, resumes the day after it; then not handled (4.1(6))', async () => {
    api.clock.today = '2026-03-03';
    const caseId = await register('2026-03-02');
    await ok(caseId, 'precisering_asked', { periodEnd: '2026-03-10' });
    api.clock.today = '2026-03-10';
    await refused(caseId, 'precisering_lapsed', {}, 'period_not_ended');
    // Lapsed, registered on 12 March: runs again on 11 March; suspended 4–10 March = 7 days;
    // 2026-03-30 + 7 = Monday 2026-04-06 = Easter Monday → Atw: Tuesday 2026-04-07.
    api.clock.today = '2026-03-12';
    const lapsed = await ok(caseId, 'precisering_lapsed');
    expect(lapsed.clock).toMatchObject({ deadline: '2026-04-07', suspendedDays: 7 });
    // Not handling must be announced within 2 weeks after the period lapsed: 2026-03-10 + 14 = Tuesday 2026-03-24.
    api.clock.today = '2026-03-25';
    await refused(caseId, 'not_handled', { ground: '4.1(6)', on: '2026-03-25' }, 'not_handled_too_late');
    const notHandled = await ok(caseId, 'not_handled', { ground: '4.1(6)', on: '2026-03-24' });
    expect(notHandled.status).toBe('not_handled');
    const em = api.db.orm.em.fork();
    expect((await em.find(Notification, { case: caseId })).map((n) => n.template)).toContain('request.not-handled');
  });

  it('not handled for abuse (4.6) only within 2 weeks of receipt', async () => {
    api.clock.today = '2026-03-17';
    const caseId = await register('2026-03-02');
    // 2026-03-02 + 14 = Monday 2026-03-16.
    await refused(caseId, 'not_handled', { ground: '4.6' }, 'not_handled_too_late');
    expect((await ok(caseId, 'not_handled', { ground: '4.6', on: '2026-03-16' })).status).toBe('not_handled');
  });

  it('zienswijze lapsed: resumes the day after its period; an unknown third party is not found', async () => {
    api.clock.today = '2026-03-04';
    const caseId = await register('2026-03-02');
    await ok(caseId, 'documents_collected', { on: '2026-03-03' });
    const asked = await ok(caseId, 'zienswijze_asked', {
      periodEnd: '2026-03-18',
      thirdParty: { name: 'Bouwbedrijf Noord B.V.', postalAddress: 'Industrieweg 4, Voorbeeldstad' },
    });
    const thirdPartyId = asked.thirdParties[0].id;
    expect(asked.thirdParties[0]).toMatchObject({ zienswijzeAskedOn: '2026-03-04', periodEndsOn: '2026-03-18' });
    api.clock.today = '2026-03-18';
    await refused(caseId, 'zienswijze_lapsed', { thirdPartyId }, 'period_not_ended');
    const unknown = await act(caseId, 'zienswijze_received', { thirdPartyId: '0190f0e0-0000-7000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('case.third_party.not_found');
    // Lapsed on 20 March: runs again on 19 March; suspended 5–18 March = 14 days; 2026-03-30 + 14 = Monday 2026-04-13.
    api.clock.today = '2026-03-20';
    const lapsed = await ok(caseId, 'zienswijze_lapsed', { thirdPartyId });
    expect(lapsed.status).toBe('assessing');
    expect(lapsed.clock).toMatchObject({ deadline: '2026-04-13', suspendedDays: 14 });
    expect(lapsed.suspensions).toEqual([
      { reason: 'zienswijze', fromDate: '2026-03-05', resumeDate: '2026-03-19', thirdPartyId },
    ]);
    // No e-mail address for the third party: only the requester is told.
    const em = api.db.orm.em.fork();
    const templates = (await em.find(Notification, { case: caseId })).map((n) => n.template);
    expect(templates).toContain('zienswijze.requester-informed');
    expect(templates).not.toContain('zienswijze.requested');
  });

  it('extension: only once and only until the first term ends; then notice of default, court order, withdrawal', async () => {
    api.clock.today = '2026-03-31';
    const late = await register('2026-03-02');
    const error = await refused(late, 'extension', { reasons: 'Veel documenten.' }, 'first_term_ended');
    expect(error.message.nl).toBe('Verdagen kan niet meer: de eerste termijn is op maandag 30 maart 2026 verstreken.');
    const noReasons = await act(late, 'extension', { reasons: '' });
    expect(noReasons.status).toBe(400);

    // On the last day of the first term it still can: 2026-03-30 + 14 = Monday 2026-04-13.
    const caseId = await register('2026-03-02');
    const extended = await ok(caseId, 'extension', { on: '2026-03-30', reasons: 'Veel documenten.' });
    expect(extended.clock).toMatchObject({ deadline: '2026-04-13', firstTermEnd: '2026-03-30', extended: true });
    await refused(caseId, 'extension', { reasons: 'Nog meer documenten.' }, 'already_extended');

    // Notice of default only after the deadline: refused on 13 April, accepted on 14 April.
    api.clock.today = '2026-04-13';
    await refused(caseId, 'notice_of_default_received', {}, 'deadline_not_passed');
    await refused(caseId, 'court_order', { decideBy: '2026-05-04' }, 'no_notice_of_default');
    api.clock.today = '2026-04-14';
    // Appeal possible after 2 weeks: 2026-04-14 + 14 = Tuesday 2026-04-28; from the day after, 2026-04-29.
    const notice = await ok(caseId, 'notice_of_default_received');
    expect(notice.clock.appealPossibleFrom).toBe('2026-04-29');
    expect(notice.overdue).toBe(true);
    api.clock.today = '2026-04-20';
    const order = await ok(caseId, 'court_order', { decideBy: '2026-05-04' });
    expect(order.clock.courtOrderDecideBy).toBe('2026-05-04');
    const withdrawn = await ok(caseId, 'withdrawn');
    expect(withdrawn.status).toBe('withdrawn');
    const em = api.db.orm.em.fork();
    expect((await em.find(Notification, { case: caseId })).map((n) => n.template)).toEqual([
      'request.acknowledgement',
      'extension.announced',
      'request.withdrawn',
    ]);
  });

  it('forward to another organisation', async () => {
    api.clock.today = '2026-03-03';
    const caseId = await register('2026-03-02');
    const forwarded = await ok(caseId, 'forwarded', { to: 'Provincie Noord' });
    expect(forwarded.status).toBe('forwarded');
    expect(forwarded.clock.running).toBe(false);
  });

  it('review: only the reviewer approves or rejects; a rejection goes back to assessing; decision without hold', async () => {
    api.clock.today = '2026-03-10';
    const caseId = await register('2026-03-02');
    await ok(caseId, 'documents_collected');
    await ok(caseId, 'decision_drafted');
    await ok(caseId, 'submitted_for_review');
    const byCoordinator = await act(caseId, 'review_approved', {});
    expect(byCoordinator.status).toBe(403);
    const rejected = await ok(caseId, 'review_rejected', { reason: 'Motivering 5.1.2e ontbreekt.' }, reviewer.cookie);
    expect(rejected.status).toBe('assessing');
    const log = await api.request('GET', `/api/v1/cases/${caseId}/events`, { cookie: reviewer.cookie });
    expect(log.body.events.at(-1)).toMatchObject({
      type: 'review_rejected',
      data: { event: { reason: 'Motivering 5.1.2e ontbreekt.' } },
      isPublic: false,
    });
    await ok(caseId, 'decision_drafted');
    await ok(caseId, 'submitted_for_review');
    await ok(caseId, 'review_approved', {}, reviewer.cookie);
    await refused(caseId, 'decided', { outcome: 'niet_openbaar', thirdPartyObjected: true }, 'nothing_to_hold');
    const decided = await ok(caseId, 'decided', { outcome: 'openbaar' });
    expect(decided.status).toBe('decided');
    expect(decided.clock).toMatchObject({ decidedOn: '2026-03-10', decidedOnTime: true, running: false });
    await refused(caseId, 'closed', { on: '2026-03-09' }, 'before_previous_event');
    // A decision recorded without its letter (the generic action) cannot be published: the dossier needs the letter.
    const unpublishable = await act(caseId, 'published', {});
    expect(unpublishable.status).toBe(422);
    expect(unpublishable.body.error).toMatchObject({
      code: 'publication.blocked',
      details: { reasons: [expect.objectContaining({ code: 'no_letter' })] },
    });
    expect((await ok(caseId, 'closed')).status).toBe('closed');
  });
});
