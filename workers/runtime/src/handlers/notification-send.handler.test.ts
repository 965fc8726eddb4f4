import { Writable } from 'node:stream';
import { queueNotification } from '@woo/cases';
import { Notification, Outbox, type Organisation } from '@woo/db';
import { anOrganisation, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { createMailTransport, type MailTransport } from '@woo/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@woo/mail/testing';
import {
  allJobs,
  createOutboxRelay,
  createRedisConnection,
  createWorkerHost,
  notificationSend,
  type AnyJobContract,
  type WorkerHost,
} from '@woo/queue';
import { deleteKeysWithPrefix, eventually, uniqueTestPrefix } from '@woo/queue/testing';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotificationSendHandler } from './notification-send.handler.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const redis = createRedisConnection(redisUrl, { forWorker: false });
const queue = new Queue(notificationSend.queue, { connection: redis, prefix });

// Everything the workers log, to check that no address and no content gets there.
const logLines: string[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

// The real contract retries after 30 s, 1 min, 2 min…; here after 200 ms each, to see retries within a test.
const fastRetries: readonly AnyJobContract[] = allJobs.map((contract) =>
  contract.name === notificationSend.name
    ? { ...contract, options: { ...contract.options, backoff: { type: 'fixed', delay: 200 } } }
    : contract,
);

let db: TestDatabase;
let smtp: TestSmtpServer;
let mail: MailTransport;
let organisation: Organisation;
const hosts: WorkerHost[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtpServer();
  mail = createMailTransport({ smtpUrl: smtp.url, from: 'Gemeente Voorbeeldstad <woo@voorbeeldstad.nl>' });
  const em = db.orm.em.fork();
  organisation = anOrganisation(em, { name: 'Gemeente Voorbeeldstad' });
  await em.flush();
});

beforeEach(async () => {
  if (!smtp.running) await smtp.restart();
  smtp.clear();
  logLines.length = 0;
});

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close({ force: true })));
});

afterAll(async () => {
  mail?.close();
  await smtp?.stop();
  await queue.close();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
});

const handler = () => createNotificationSendHandler({ mail });

async function startHost() {
  const host = createWorkerHost({
    connection: redisUrl,
    prefix,
    orm: db.orm,
    logger,
    handlers: [handler()],
    contracts: fastRetries,
  });
  hosts.push(host);
  await host.waitUntilReady();
  return host;
}

/** A notification written the way producers write it: row and outbox row in one transaction. */
async function aNotification(data: Record<string, unknown> = acknowledgement) {
  return db.orm.em.fork().transactional((em) =>
    queueNotification(em, {
      organisation,
      template: 'request.acknowledgement',
      recipientKind: 'requester',
      recipientEmail: 'jan.jansen@example.org',
      data,
    }),
  );
}

async function dispatch() {
  const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, contracts: fastRetries });
  try {
    return await relay.runOnce();
  } finally {
    await relay.stop();
  }
}

const row = (id: string) => db.orm.em.fork().findOneOrFail(Notification, { id });

const acknowledgement = {
  reference: 'WOO-2026-0042',
  organisationName: 'Gemeente Voorbeeldstad',
  receivedOn: '2026-03-02',
  deadline: '2026-03-30',
  deadlineExplanation: [
    { date: '2026-03-02', nl: 'ontvangen op maandag 2 maart 2026', en: 'received on Monday 2 March 2026' },
    { date: '2026-03-30', nl: '+28 dagen = maandag 30 maart 2026', en: '+28 days = Monday 30 March 2026' },
  ],
  statusUrl: 'https://woo.voorbeeldstad.nl/status/abc',
};

function expectNothingPersonalLogged() {
  const log = logLines.join('');
  expect(log).toContain('notification.send');
  expect(log).not.toContain('jan.jansen');
  expect(log).not.toContain('ontvangen');
  expect(log).not.toContain('WOO-2026-0042');
}

describe('notification.send', () => {
  it('delivers the rendered message over SMTP and records it as sent', async () => {
    await startHost();
    const notification = await aNotification();
    expect(await dispatch()).toEqual({ dispatched: 1, failed: 0 });

    const [received] = await smtp.waitForMessages(1);
    expect(received?.envelope.to).toEqual(['jan.jansen@example.org']);
    expect(received?.subject).toBe('Wij hebben uw Woo-verzoek ontvangen (WOO-2026-0042)');
    expect(received?.text).toContain('maandag 30 maart 2026');
    expect(received?.messageId).toBe(`<${notification.id}@voorbeeldstad.nl>`);

    const sent = await eventually(async () => {
      const current = await row(notification.id);
      return current.status === 'sent' ? current : undefined;
    });
    expect(sent.attempts).toBe(1);
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.lastError).toBeNull();
    await eventually(
      async () =>
        (await db.orm.em.fork().findOneOrFail(Outbox, { jobId: `notification.send/${notification.id}` })).completedAt,
    );
    expectNothingPersonalLogged();
  });

  it('sends nothing for a row already sent or gone', async () => {
    const notification = await aNotification();
    const context = () => ({ em: db.orm.em.fork(), logger, jobId: 'direct', attempt: 1 });
    expect(await handler().handle({ notificationId: notification.id }, context())).toEqual({ status: 'sent' });
    expect(await handler().handle({ notificationId: notification.id }, context())).toEqual({
      status: 'skipped',
      reason: 'already_sent',
    });
    expect(await handler().handle({ notificationId: '0190a0b0-0000-7000-8000-00000000dead' }, context())).toEqual({
      status: 'skipped',
      reason: 'gone',
    });
    await smtp.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.messages).toHaveLength(1);
  });

  it('delays mail while the SMTP server is down and loses none: it arrives once, after the restart', async () => {
    await smtp.stop();
    await startHost();
    const notification = await aNotification();
    await dispatch();

    // Attempts fail and are retried; the row keeps the message and says why.
    const failing = await eventually(async () => {
      const current = await row(notification.id);
      return current.attempts >= 2 ? current : undefined;
    });
    expect(failing.status).toBe('pending');
    expect(failing.lastError).toMatch(/ECONNREFUSED/);
    expect(failing.lastError).not.toContain('jan.jansen');
    expect(smtp.messages).toHaveLength(0);
    expect(logLines.join('')).toMatch(/ECONNREFUSED.*"msg":"job failed"/);

    await smtp.restart();
    const sent = await eventually(async () => {
      const current = await row(notification.id);
      return current.status === 'sent' ? current : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.lastError).toBeNull();
    const jobId = `notification.send/${notification.id}`;
    await eventually(async () => (await queue.getJobState(jobId)) === 'completed');

    // Exactly once, also after the job completed.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.map((message) => message.messageId)).toEqual([`<${notification.id}@voorbeeldstad.nl>`]);
    expectNothingPersonalLogged();
  });

  it('fails for good, without sending, when the data does not fit the template', async () => {
    await startHost();
    const notification = await aNotification({ ...acknowledgement, deadline: 'soon' });
    await dispatch();

    const jobId = `notification.send/${notification.id}`;
    await eventually(async () => (await queue.getJobState(jobId)) === 'failed');
    const job = await queue.getJob(jobId);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe('Data for mail template "request.acknowledgement" is invalid at: deadline');
    const failed = await row(notification.id);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toBe(job?.failedReason);
    expect(smtp.messages).toHaveLength(0);
  });
});
