// The operators' queue dashboard (Bull Board under /admin/queues): admins only, every queue of the workers listed,
// a job that really failed is retried through Bull Board's own API and then processed; Bull Board's PUTs are held to
// the same-origin rule (it does not send X-Requested-With), and nothing but a retry can be changed through it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, Worker } from 'bullmq';
import { allJobs, createRedisConnection, findFreeTextFields, systemPing } from '@woo/queue';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';
import { workerQueueNames } from './queue-dashboard.js';

interface ErrorBody {
  error: { code: string; message: { nl: string; en: string } };
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let api: TestApi;
let admin: string;
let coordinator: string;

beforeAll(async () => {
  api = await startTestApi({ redisUrl });
  const organisation = await api.organisation();
  admin = (await api.staff(organisation, 'admin')).cookie;
  coordinator = (await api.staff(organisation, 'coordinator')).cookie;
});
afterAll(async () => api?.close());

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the queue dashboard', () => {
  it('is for admins: 401 without a session, 403 for a coordinator, the board for an admin', async () => {
    const anonymous = await fetch(`${api.base}/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorBody).error.code).toBe('auth.unauthenticated');
    const anonymousApi = await fetch(`${api.base}/admin/queues/api/queues`);
    expect(anonymousApi.status).toBe(401);

    const asCoordinator = await fetch(`${api.base}/admin/queues`, { headers: { cookie: coordinator } });
    expect(asCoordinator.status).toBe(403);
    expect(((await asCoordinator.json()) as ErrorBody).error.message.nl).toBe(
      'Alleen een beheerder mag de wachtrijen zien.',
    );
    const coordinatorApi = await fetch(`${api.base}/admin/queues/api/queues`, { headers: { cookie: coordinator } });
    expect(coordinatorApi.status).toBe(403);

    const asAdmin = await fetch(`${api.base}/admin/queues`, { headers: { cookie: admin } });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.headers.get('content-type')).toContain('text/html');
    expect(await asAdmin.text()).toContain('Woo — wachtrijen');
  });

  it("is only for the operator organisation's admins when the installation names one", async () => {
    const operated = await startTestApi({ redisUrl, operatorOrganisation: 'beheerorganisatie' });
    try {
      // Before the operator organisation exists nobody is let in.
      const early = await operated.staff(await operated.organisation(), 'admin');
      expect((await fetch(`${operated.base}/admin/queues`, { headers: { cookie: early.cookie } })).status).toBe(403);
      const operator = await operated.staff(await operated.organisation('beheerorganisatie'), 'admin');
      const other = await operated.staff(await operated.organisation(), 'admin');
      const asOperator = await fetch(`${operated.base}/admin/queues`, { headers: { cookie: operator.cookie } });
      expect(asOperator.status).toBe(200);
      for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
        const asOther = await fetch(`${operated.base}${path}`, { headers: { cookie: other.cookie } });
        expect(asOther.status, path).toBe(403);
        expect(((await asOther.json()) as ErrorBody).error.message.nl).toBe(
          'Alleen de beheerders van de organisatie die deze installatie beheert, mogen de wachtrijen zien.',
        );
      }
    } finally {
      await operated.close();
    }
  });

  it('lists every queue of the workers, one detect.<ground> queue per ground included', async () => {
    const response = await api.request('GET', '/admin/queues/api/queues', { cookie: admin });
    expect(response.status).toBe(200);
    const shown = (response.body.queues as { name: string }[]).map((queue) => queue.name).sort();
    expect(shown).toEqual(workerQueueNames());
    for (const name of ['notifications', 'scheduler', 'system', 'ingest', 'ocr', 'detect', 'redact']) {
      expect(shown).toContain(name);
    }
    expect(shown.filter((name) => name.startsWith('detect.'))).toEqual(
      expect.arrayContaining(['detect.5.1.1d', 'detect.5.1.1e', 'detect.5.1.2e']),
    );
  });

  it('retries a job that really failed, through Bull Board, and the worker then processes it', async () => {
    const connection = createRedisConnection(redisUrl, { forWorker: true });
    const producer = new Queue(systemPing.queue, { connection: api.redis, prefix: api.prefix });
    let runs = 0;
    const worker = new Worker(
      systemPing.queue,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('eerste poging mislukt');
        return { status: 'done' };
      },
      { connection, prefix: api.prefix },
    );
    try {
      const requestId = randomUUID();
      const jobId = systemPing.jobId({ requestId });
      await producer.add(systemPing.name, { requestId }, { jobId, ...systemPing.options });
      const job = () => producer.getJob(jobId);
      await until(
        async () => (await job())?.getState(),
        (state) => state === 'failed',
      );

      // The failed job as Bull Board shows it: its data is the payload's id, nothing else.
      const failed = await api.request('GET', '/admin/queues/api/queues?activeQueue=system&status=failed', {
        cookie: admin,
      });
      const system = (failed.body.queues as { name: string; jobs: { id: string; data: unknown }[] }[]).find(
        (queue) => queue.name === 'system',
      )!;
      expect(system.jobs.map((shown) => shown.data)).toEqual([{ requestId }]);

      const retryPath = `/admin/queues/api/queues/system/${encodeURIComponent(jobId)}/retry`;
      // Bull Board's own PUT carries no X-Requested-With; without our Origin it is refused…
      const noOrigin = await api.request('PUT', retryPath, { cookie: admin, csrf: false });
      expect(noOrigin.status).toBe(403);
      expect(noOrigin.body.error.code).toBe('csrf.forbidden');
      const otherSite = await api.request('PUT', retryPath, {
        cookie: admin,
        csrf: false,
        headers: { origin: 'https://kwaadwillend.example' },
      });
      expect(otherSite.status).toBe(403);
      // …a coordinator may not, even from our origin…
      const notAdmin = await api.request('PUT', retryPath, {
        cookie: coordinator,
        csrf: false,
        headers: { origin: api.base },
      });
      expect(notAdmin.status).toBe(403);
      expect((await job())?.failedReason).toBe('eerste poging mislukt');

      // …and from the page itself (same origin) the retry goes through and the worker processes the job.
      const retried = await api.request('PUT', retryPath, {
        cookie: admin,
        csrf: false,
        headers: { origin: api.base },
      });
      expect(retried.status, JSON.stringify(retried.body)).toBeLessThan(300);
      await until(
        async () => (await job())?.getState(),
        (state) => state === 'completed',
      );
      expect(runs).toBe(2);
      expect((await job())?.returnvalue).toEqual({ status: 'done' });
    } finally {
      await worker.close();
      await producer.close();
      connection.disconnect();
    }
  });

  it('allows nothing but retries: no emptying, adding or editing job data', async () => {
    const sameOrigin = { cookie: admin, csrf: false, headers: { origin: api.base } };
    for (const [method, path, body] of [
      ['PUT', '/admin/queues/api/queues/notifications/empty', undefined],
      ['PUT', '/admin/queues/api/queues/notifications/obliterate', undefined],
      ['POST', '/admin/queues/api/queues/notifications/add', { name: 'notification.send', data: { to: 'x' } }],
      ['PATCH', `/admin/queues/api/queues/system/${encodeURIComponent('system.ping/x')}/update-data`, { a: 1 }],
      ['PUT', '/admin/queues/api/queues/pause', undefined],
    ] as const) {
      const response = await api.request(method, path, { ...sameOrigin, ...(body && { body }) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error.code).toBe('queues.forbidden');
    }
  });

  it('shows job data that holds ids, dates and enums only (the payload policy of every contract)', () => {
    for (const contract of allJobs) expect(findFreeTextFields(contract.payload), contract.name).toEqual([]);
  });
});
