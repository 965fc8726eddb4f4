import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@woo/logging';
import type { Organisation } from '@woo/db';
import { createApp } from '../app.js';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let coordinator: { cookie: string };

beforeAll(async () => {
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    today: '2026-03-02',
    rateLimits: { trackingCodeMisses: { limit: 3, windowSeconds: 60 } },
  });
  organisation = await api.organisation();
  coordinator = await api.staff(organisation);
});
afterAll(async () => api?.close());

async function submit(): Promise<{ code: string; caseId: string }> {
  const response = await api.request('POST', '/api/v1/requests', {
    body: {
      organisation: organisation.slug,
      question: 'Alle stukken over de herinrichting van het Stationsplein.',
      requester: { name: 'Jan Jansen', email: 'jan.jansen@example.org' },
    },
  });
  expect(response.status).toBe(201);
  const list = await api.request('GET', '/api/v1/cases?status=received', { cookie: coordinator.cookie });
  const caseId = list.body.cases.find((c: { reference: string }) => c.reference === response.body.reference).id;
  return { code: response.body.trackingCode, caseId };
}

const coordinatorAct = (caseId: string, action: string, body: Record<string, unknown> = {}) =>
  api.request('POST', `/api/v1/cases/${caseId}/actions/${action}`, { body, cookie: coordinator.cookie });

describe('the requester status page', () => {
  it('shows the status in plain Dutch and English, the deadline with its explanation, and what the requester can do', async () => {
    api.clock.today = '2026-03-02';
    const { code } = await submit();
    const response = await api.request('GET', `/api/v1/requests/${code}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      organisation: { name: organisation.name },
      receivedOn: '2026-03-02',
      status: 'received',
      statusText: { title: { nl: 'Uw verzoek is binnen', en: 'We have received your request' } },
      deadline: { date: '2026-03-30', running: true, suspended: false, extended: false },
      expected: [],
      timeline: [{ on: '2026-03-02', type: 'case.received', text: { nl: 'We hebben uw verzoek ontvangen.' } }],
      possibleActions: ['consent-to-delay', 'withdraw'],
    });
    expect(response.body.deadline.explanation[1].en).toContain('30 March 2026');
    // The requester's own data and the internal fields are not on the page.
    expect(JSON.stringify(response.body)).not.toContain('jan.jansen@example.org');
  });

  it('asks for a precisering with its date, takes the answer through the code, and resumes the term', async () => {
    api.clock.today = '2026-03-02';
    const { code, caseId } = await submit();
    api.clock.today = '2026-03-03';
    expect((await coordinatorAct(caseId, 'precisering_asked', { periodEnd: '2026-03-17' })).status).toBe(200);
    let status = (await api.request('GET', `/api/v1/requests/${code}`)).body;
    expect(status.status).toBe('awaiting_precisering');
    expect(status.expected).toEqual([
      {
        code: 'precisering',
        before: '2026-03-17',
        text: {
          nl: 'Maak uw verzoek preciezer. Stuur uw antwoord uiterlijk op dinsdag 17 maart 2026.',
          en: 'Please make your request more precise. Send your answer by Tuesday 17 March 2026 at the latest.',
        },
      },
    ]);
    expect(status.possibleActions).toContain('precisering');
    expect(status.deadline.suspended).toBe(true);

    // Answered on Friday 6 March: suspended 4–5 March = 2 days; 2026-03-30 + 2 = Wednesday 2026-04-01.
    api.clock.today = '2026-03-06';
    const answered = await api.request('POST', `/api/v1/requests/${code}/precisering`, {
      body: { answer: 'Alleen het verkeersbesluit.' },
    });
    expect(answered.status).toBe(200);
    status = answered.body;
    expect(status.status).toBe('collecting_documents');
    expect(status.deadline).toMatchObject({ date: '2026-04-01', suspended: false });
    expect(status.timeline.map((e: { type: string }) => e.type)).toEqual([
      'case.received',
      'precisering_asked',
      'precisering_received',
    ]);
    // A second answer is refused: nothing is awaited now.
    const again = await api.request('POST', `/api/v1/requests/${code}/precisering`, { body: { answer: 'Nog iets.' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('case.transition_not_allowed');
    const empty = await api.request('POST', `/api/v1/requests/${code}/precisering`, { body: { answer: ' ' } });
    expect(empty.status).toBe(400);
  });

  it('records written consent to a delay, which suspends the term, and a withdrawal', async () => {
    api.clock.today = '2026-03-02';
    const { code } = await submit();
    const consent = await api.request('POST', `/api/v1/requests/${code}/consent-to-delay`, {
      body: { until: '2026-03-15' },
    });
    expect(consent.status).toBe(200);
    // Consent on 2 March up to and including 15 March: suspended 3–15 March = 13 days; 2026-03-30 + 13 = Sunday
    // 2026-04-12 → Atw: Monday 2026-04-13.
    expect(consent.body.deadline.date).toBe('2026-04-13');
    expect(consent.body.possibleActions).not.toContain('consent-to-delay');

    api.clock.today = '2026-03-04';
    const withdrawn = await api.request('POST', `/api/v1/requests/${code}/withdraw`, { body: {} });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      statusText: { title: { nl: 'U heeft uw verzoek ingetrokken' } },
      possibleActions: [],
    });
    const twice = await api.request('POST', `/api/v1/requests/${code}/withdraw`, { body: {} });
    expect(twice.status).toBe(409);
  });

  it('shows public events only: no notes, no review steps, no third party', async () => {
    api.clock.today = '2026-03-02';
    const { code, caseId } = await submit();
    api.clock.today = '2026-03-03';
    await api.request('POST', `/api/v1/cases/${caseId}/notes`, {
      body: { text: 'Verzoeker klinkt boos; voorzichtig formuleren.' },
      cookie: coordinator.cookie,
    });
    expect((await coordinatorAct(caseId, 'documents_collected')).status).toBe(200);
    const asked = await coordinatorAct(caseId, 'zienswijze_asked', {
      periodEnd: '2026-03-17',
      thirdParty: { name: 'Petra de Boer', email: 'petra@example.org', postalAddress: 'Kerkstraat 2' },
    });
    expect(asked.status).toBe(200);
    const status = (await api.request('GET', `/api/v1/requests/${code}`)).body;
    expect(status.timeline.map((e: { type: string }) => e.type)).toEqual([
      'case.received',
      'documents_collected',
      'zienswijze_asked',
    ]);
    const text = JSON.stringify(status);
    for (const secret of ['Petra', 'petra@example.org', 'Kerkstraat', 'boos']) expect(text).not.toContain(secret);
  });

  it('answers a wrong code with 404 without saying how close it was, and slows repeated misses down with 429', async () => {
    api.clock.today = '2026-03-02';
    const { code } = await submit();
    const almost = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    const wrong = await api.request('GET', `/api/v1/requests/${almost}`);
    const malformed = await api.request('GET', '/api/v1/requests/abc');
    expect(wrong.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(wrong.body).toEqual(malformed.body);
    expect(wrong.body.error.code).toBe('request.not_found');
    // The limit is 3 misses per window; the third one is counted, after that even the right code waits.
    const third = await api.request('POST', `/api/v1/requests/${almost}/withdraw`, { body: {} });
    expect(third.status).toBe(404);
    const blocked = await api.request('GET', `/api/v1/requests/${code}`);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never writes the tracking code to the request log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ name: 'api', level: 'info' }, sink);
    const server = createApp({ ...api.deps, logger, redisKeyPrefix: `${api.prefix}-log` }).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    let code: string;
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      api.clock.today = '2026-03-02';
      code = (await submit()).code;
      expect((await fetch(`${base}/api/v1/requests/${code}`)).status).toBe(200);
      expect((await fetch(`${base}/api/v1/requests/${code}x`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const log = lines.join('');
    expect(log).toContain('/api/v1/requests/:trackingCode');
    expect(code).toHaveLength(32);
    expect(log).not.toContain(code);
  });
});
