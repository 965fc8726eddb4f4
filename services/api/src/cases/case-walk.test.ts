// A request from intake to publication, checking the deadline after every step against dates computed by hand.
// Calendar facts used: 2 March 2026 is a Monday; Easter 2026 is Sunday 5 April, so Friday 3 April (Goede Vrijdag)
// and Monday 6 April (2e Paasdag) are Atw holidays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notification, Outbox, Suspension } from '@woo/db';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-02' });
});
afterAll(async () => api?.close());

describe('a request walks from intake to publication', () => {
  it('keeps the deadline right after every step, also across a restart of the API', async () => {
    const organisation = await api.organisation();
    const coordinator = await api.staff(organisation, 'coordinator');
    const reviewer = await api.staff(organisation, 'reviewer');
    const act = async (action: string, body: Record<string, unknown>, cookie = coordinator.cookie) => {
      const response = await api.request('POST', `/api/v1/cases/${caseId}/actions/${action}`, { body, cookie });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };

    // Intake on Monday 2 March 2026: 2026-03-02 + 28 days = Monday 2026-03-30.
    const intake = await api.request('POST', '/api/v1/requests', {
      body: {
        organisation: organisation.slug,
        question: 'Alle stukken over de herinrichting van het Stationsplein sinds 2024.',
        requester: { name: 'Jan Jansen', email: 'jan.jansen@example.org' },
        consentToPhone: true,
      },
    });
    expect(intake.status).toBe(201);
    expect(intake.body).toMatchObject({ receivedOn: '2026-03-02', deadline: '2026-03-30' });
    const code: string = intake.body.trackingCode;
    const list = await api.request('GET', '/api/v1/cases', { cookie: coordinator.cookie });
    const caseId: string = list.body.cases[0].id;

    // Informal contact on Wednesday 4 March, request narrowed: no effect on the term, still 2026-03-30.
    api.clock.today = '2026-03-04';
    let detail = await act('contact_logged', {
      channel: 'phone',
      contactPerson: 'Jan Jansen',
      outcome: 'narrowed',
      agreedScope: { subjects: ['verkeersbesluit Stationsplein'], period: '2024–2025' },
    });
    expect(detail.status).toBe('informal_contact');
    expect(detail.clock.deadline).toBe('2026-03-30');
    expect(detail.subjects).toEqual(['verkeersbesluit Stationsplein']);

    // Precisering asked on 4 March with a period up to 18 March: suspended from Thursday 5 March.
    detail = await act('precisering_asked', { periodEnd: '2026-03-18' });
    expect(detail.status).toBe('awaiting_precisering');
    expect(detail.clock.suspended).toBe(true);

    // The requester answers on Monday 9 March through the status page: suspended 5–8 March = 4 days.
    // 2026-03-30 + 4 = Friday 2026-04-03 = Goede Vrijdag → Sat 4, Sun 5 (Easter), Mon 6 (2e Paasdag) → Tue 2026-04-07.
    api.clock.today = '2026-03-09';
    const answered = await api.request('POST', `/api/v1/requests/${code}/precisering`, {
      body: { answer: 'Alleen het verkeersbesluit en de adviezen daarover.' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.deadline.date).toBe('2026-04-07');

    // The API restarts: nothing recorded so far is lost.
    await api.restart();
    detail = (await api.request('GET', `/api/v1/cases/${caseId}`, { cookie: coordinator.cookie })).body;
    expect(detail.status).toBe('collecting_documents');
    expect(detail.clock.deadline).toBe('2026-04-07');
    expect(detail.clock.suspendedDays).toBe(4);
    expect(detail.clock.steps.map((step: { code: string }) => step.code)).toContain('atw_shift');

    // Documents collected on Tuesday 10 March: no effect.
    api.clock.today = '2026-03-10';
    detail = await act('documents_collected', {});
    expect(detail.status).toBe('assessing');
    expect(detail.clock.deadline).toBe('2026-04-07');

    // Zienswijze asked on Wednesday 11 March (requester told that day), period to 25 March: suspended from 12 March.
    api.clock.today = '2026-03-11';
    detail = await act('zienswijze_asked', {
      periodEnd: '2026-03-25',
      thirdParty: { name: 'Bouwbedrijf Noord B.V.', email: 'info@bouwbedrijf-noord.example' },
    });
    expect(detail.status).toBe('awaiting_zienswijzen');
    const thirdPartyId: string = detail.thirdParties[0].id;

    // View received on Tuesday 17 March: suspended 12–16 March = 5 days; 4 + 5 = 9 days in all.
    // 2026-03-30 + 9 = Wednesday 2026-04-08 (no holiday).
    api.clock.today = '2026-03-17';
    detail = await act('zienswijze_received', { thirdPartyId, objected: true, view: 'Wij maken bezwaar.' });
    expect(detail.status).toBe('assessing');
    expect(detail.clock).toMatchObject({ deadline: '2026-04-08', firstTermEnd: '2026-04-08', suspendedDays: 9 });

    // Extension on Friday 20 March (before the first term ends on 8 April): 2026-04-08 + 14 = Wednesday 2026-04-22.
    api.clock.today = '2026-03-20';
    detail = await act('extension', { reasons: 'Veel documenten en een derde-belanghebbende.' });
    expect(detail.clock).toMatchObject({ deadline: '2026-04-22', firstTermEnd: '2026-04-08', extended: true });

    // Draft, review by the reviewer, decision on Wednesday 8 April with a third party objecting.
    api.clock.today = '2026-04-01';
    await act('decision_drafted', {});
    await act('submitted_for_review', {});
    api.clock.today = '2026-04-02';
    await act('review_approved', {}, reviewer.cookie);
    api.clock.today = '2026-04-08';
    detail = await act('decided', { outcome: 'deels_openbaar', thirdPartyObjected: true });
    // Disclosure hold: 2026-04-08 + 14 = Wednesday 2026-04-22 (no holiday); disclosure from the day after, 2026-04-23.
    expect(detail.status).toBe('disclosure_hold');
    expect(detail.clock).toMatchObject({
      deadline: '2026-04-22',
      decidedOn: '2026-04-08',
      decidedOnTime: true,
      disclosureHoldUntil: '2026-04-23',
    });
    expect(detail.decisions).toEqual([
      { sequence: 1, decidedOn: '2026-04-08', outcome: 'deels_openbaar', disclosureHoldUntil: '2026-04-23' },
    ]);

    api.clock.today = '2026-04-22';
    const early = await api.request('POST', `/api/v1/cases/${caseId}/actions/disclosure_hold_ended`, {
      body: {},
      cookie: coordinator.cookie,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.details.reason).toBe('hold_not_ended');
    api.clock.today = '2026-04-23';
    await act('disclosure_hold_ended', {});
    // Recorded without the decision letter (the generic action), the decision cannot be published; the case closes.
    const publish = await api.request('POST', `/api/v1/cases/${caseId}/actions/published`, {
      body: {},
      cookie: coordinator.cookie,
    });
    expect(publish.status).toBe(422);
    expect(publish.body.error.details.reasons.map((reason: { code: string }) => reason.code)).toEqual(['no_letter']);
    detail = await act('closed', {});
    expect(detail.status).toBe('closed');
    expect(detail.allowedActions).toEqual([]);

    // The rows the events imply, and the messages they caused (each with its outbox row).
    const em = api.db.orm.em.fork();
    const suspensions = await em.find(Suspension, { case: caseId }, { orderBy: { fromDate: 'asc' } });
    expect(suspensions.map((s) => [s.reason, s.fromDate, s.resumeDate])).toEqual([
      ['precisering', '2026-03-05', '2026-03-09'],
      ['zienswijze', '2026-03-12', '2026-03-17'],
    ]);
    const notifications = await em.find(Notification, { case: caseId }, { orderBy: { createdAt: 'asc' } });
    expect(notifications.map((n) => n.template)).toEqual([
      'request.acknowledgement',
      'contact.confirmation',
      'precisering.requested',
      'zienswijze.requester-informed',
      'zienswijze.requested',
      // The third party's confirmation of receipt (also when the coordinator records a view that came by post).
      'zienswijze.received',
      'extension.announced',
      'decision.sent',
    ]);
    const outbox = await em.find(Outbox, { jobName: 'notification.send' });
    const queued = new Set(outbox.map((row) => row.payload.notificationId));
    for (const notification of notifications) expect(queued.has(notification.id)).toBe(true);

    // The requester's page: public events only, no name of the third party anywhere.
    const status = await api.request('GET', `/api/v1/requests/${code}`);
    expect(status.body.status).toBe('closed');
    const text = JSON.stringify(status.body);
    expect(text).not.toContain('Bouwbedrijf');
    expect(text).not.toContain('bezwaar');
    expect(status.body.timeline.map((entry: { type: string }) => entry.type)).not.toContain('review_approved');
  });
});
