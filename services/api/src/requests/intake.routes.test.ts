import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTrackingCode } from '@woo/cases';
import { Case, CaseEvent, Notification, Outbox, type Organisation } from '@woo/db';
import { createApiContext } from '../app.js';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
beforeAll(async () => {
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    today: '2026-03-02',
    rateLimits: { intake: { limit: 10, windowSeconds: 60 } },
  });
  organisation = await api.organisation();
});
afterAll(async () => api?.close());

const valid = () => ({
  organisation: organisation.slug,
  question: 'Alle stukken over de herinrichting van het Stationsplein.',
  period: '2024–2025',
  subjects: ['Stationsplein'],
  preferredForm: 'digital',
  requester: { name: 'Jan Jansen', email: 'jan.jansen@example.org', phone: '+31 6 12345678' },
  consentToPhone: true,
});

// The tests share one rate-limit window of 10 intakes (invalid ones count too) from 127.0.0.1; the rate-limit test comes last.
describe('POST /api/v1/requests', () => {
  it('registers the request, answers with the tracking code and the explained deadline, and queues the acknowledgement', async () => {
    const response = await api.request('POST', '/api/v1/requests', { body: valid() });
    expect(response.status).toBe(201);
    // Monday 2 March 2026 + 28 days = Monday 30 March 2026.
    expect(response.body).toMatchObject({ receivedOn: '2026-03-02', deadline: '2026-03-30' });
    expect(response.body.deadlineExplanation.map((s: { code: string }) => s.code)).toEqual(['received', 'term']);
    expect(response.body.deadlineExplanation[1].nl).toContain('30 maart 2026');
    const code: string = response.body.trackingCode;
    expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(response.body.statusUrl).toBe(`https://woo.example.nl/status/${code}`);

    const em = api.db.orm.em.fork();
    const kase = await em.findOneOrFail(Case, { trackingCodeHash: hashTrackingCode(code) });
    expect(kase).toMatchObject({ status: 'received', channel: 'web', deadline: '2026-03-30', consentToPhone: true });
    // First contact norm: 3 working days after Monday 2 March = Thursday 5 March.
    expect(kase.firstContactDue).toBe('2026-03-05');
    expect(kase.reference).toMatch(/^WOO-2026-\d{4}$/);
    // Only the hash is stored: the code appears in no column of the case.
    expect(JSON.stringify(kase)).not.toContain(code);

    const events = await em.find(CaseEvent, { case: kase.id });
    expect(events.map((e) => [e.type, e.isPublic, e.actorKind])).toEqual([['case.received', true, 'requester']]);
    const [notification] = await em.find(Notification, { case: kase.id });
    expect(notification).toMatchObject({
      template: 'request.acknowledgement',
      recipientKind: 'requester',
      recipientEmail: 'jan.jansen@example.org',
      status: 'pending',
    });
    expect(notification!.data).toMatchObject({
      receivedOn: '2026-03-02',
      deadline: '2026-03-30',
      reference: kase.reference,
      statusUrl: response.body.statusUrl,
    });
    expect((notification!.data.deadlineExplanation as unknown[]).length).toBe(2);
    const outbox = await em.findOneOrFail(Outbox, { jobId: `notification.send/${notification!.id}` });
    expect(outbox.payload).toEqual({ notificationId: notification!.id });
  });

  it('takes the day of receipt in Dutch time: 23:30 UTC on 1 March is 2 March in Amsterdam', async () => {
    // The harness fixes today(); without it, the app derives today from now() in Europe/Amsterdam.
    const ctx = createApiContext({ ...api.deps, today: undefined, now: () => new Date('2026-03-01T23:30:00Z') });
    expect(ctx.cases.today()).toBe('2026-03-02');
  });

  it('gives every request a different code of 192 random bits', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await api.request('POST', '/api/v1/requests', { body: valid() });
      expect(response.status).toBe(201);
      codes.add(response.body.trackingCode);
      // base64url of 24 bytes: 32 characters, no padding.
      expect(Buffer.from(response.body.trackingCode, 'base64url')).toHaveLength(24);
    }
    expect(codes.size).toBe(3);
  });

  it('refuses bad fields with 400 and messages per field in Dutch and English, and stores nothing', async () => {
    const em = api.db.orm.em.fork();
    const before = await em.count(Case, {});
    const notificationsBefore = await em.count(Notification, {});
    const response = await api.request('POST', '/api/v1/requests', {
      body: {
        organisation: organisation.slug,
        question: 'kort',
        preferredForm: 'fax',
        requester: { name: '', email: 'geen-adres', phone: 'bel me' },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('http.invalid_request');
    expect(response.body.error.message.nl).toBeTruthy();
    expect(response.body.error.message.en).toBeTruthy();
    const fields = Object.fromEntries(
      response.body.error.details.fields.map((f: { field: string; message: { nl: string; en: string } }) => [
        f.field,
        f.message,
      ]),
    );
    expect(Object.keys(fields).sort()).toEqual(
      ['preferredForm', 'question', 'requester.email', 'requester.name', 'requester.phone'].sort(),
    );
    expect(fields.question).toEqual({ nl: 'Gebruik minstens 10 tekens.', en: 'Use at least 10 characters.' });
    expect(fields['requester.email']).toEqual({
      nl: 'Dit is geen geldig e-mailadres.',
      en: 'This is not a valid e-mail address.',
    });
    expect(fields['requester.name']).toEqual({ nl: 'Vul dit veld in.', en: 'Please fill in this field.' });
    expect(fields.preferredForm.nl).toBe('Kies een van: digital, paper.');
    // No value is echoed back.
    expect(JSON.stringify(response.body)).not.toContain('geen-adres');
    expect(await em.count(Case, {})).toBe(before);
    expect(await em.count(Notification, {})).toBe(notificationsBefore);
  });

  it('needs an e-mail address or a postal address, and a known organisation', async () => {
    const noContact = await api.request('POST', '/api/v1/requests', {
      body: { ...valid(), requester: { name: 'Jan Jansen' } },
    });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error.details.fields).toEqual([
      {
        field: 'requester.email',
        message: {
          nl: 'Geef een e-mailadres of een postadres, zodat we u kunnen bereiken.',
          en: 'Give an e-mail address or a postal address, so that we can reach you.',
        },
      },
    ]);
    const unknown = await api.request('POST', '/api/v1/requests', {
      body: { ...valid(), organisation: 'nergenshuizen' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields[0]).toMatchObject({ field: 'organisation' });
    const missing = await api.request('POST', '/api/v1/requests', { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'organisation',
      'question',
      'requester',
    ]);
  });

  it('accepts a postal address without e-mail, and then queues no e-mail', async () => {
    const response = await api.request('POST', '/api/v1/requests', {
      body: { ...valid(), requester: { name: 'Jan Jansen', postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' } },
    });
    expect(response.status).toBe(201);
    const em = api.db.orm.em.fork();
    const kase = await em.findOneOrFail(Case, { trackingCodeHash: hashTrackingCode(response.body.trackingCode) });
    expect(await em.count(Notification, { case: kase.id })).toBe(0);
  });

  it('limits intake per client with 429 and Retry-After', async () => {
    let response;
    for (let i = 0; i < 10; i++) {
      response = await api.request('POST', '/api/v1/requests', { body: valid() });
      if (response.status === 429) break;
    }
    expect(response!.status).toBe(429);
    expect(response!.body.error.code).toBe('http.too_many_requests');
    expect(Number(response!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});
