// End to end inside one process: the daily scan's fan-out, the organisation scan and the reminder mail, through the
// real outbox relay, Redis, the handlers this process registers and an SMTP server.
import { applyAction, registerCase, type CaseActor } from '@woo/cases';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { defaultHolidayCalendar } from '@woo/domain';
import { createMailTransport, type MailTransport } from '@woo/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@woo/mail/testing';
import {
  caseDeadlineScan,
  createOutboxRelay,
  createRedisConnection,
  createWorkerHost,
  type OutboxRelay,
  type WorkerHost,
} from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './index.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const redis = createRedisConnection(redisUrl, { forWorker: false });
const logger = pino({ level: 'silent' });
const calendar = defaultHolidayCalendar();

let db: TestDatabase;
let smtp: TestSmtpServer;
let mail: MailTransport;
let host: WorkerHost | undefined;
let relay: OutboxRelay | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtpServer();
  mail = createMailTransport({ smtpUrl: smtp.url, from: 'Woo <woo@voorbeeldstad.nl>' });
});

afterAll(async () => {
  await relay?.stop();
  await host?.close({ force: true });
  mail?.close();
  await smtp?.stop();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
});

describe('the workers process handlers', () => {
  it('turn a scan on Friday 27 March 2026 into one reminder e-mail to the assigned coordinator', async () => {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em, { name: 'Gemeente Voorbeeldstad' });
    const coordinator = aUser(em, { organisation, role: 'coordinator', displayName: 'Sam de Vries' });
    await em.flush();
    const actor: CaseActor = { kind: 'staff', userId: coordinator.id, organisationId: organisation.id };
    // No requester e-mail: the only mail is the reminder.
    const { caseId, reference } = await registerCase(
      db.orm.em.fork(),
      {
        organisation,
        channel: 'letter',
        receivedOn: '2026-03-10',
        question: 'Stukken over het Stationsplein.',
        requester: { name: 'Jan Jansen', postalAddress: 'Dorpsstraat 1, Voorbeeldstad' },
        statusUrl: (code) => `https://woo.example.nl/status/${code}`,
      },
      actor,
      { calendar, today: () => '2026-03-10' },
    );
    const deps = { calendar, today: () => '2026-03-11' };
    await applyAction(
      db.orm.em.fork(),
      caseId,
      { type: 'assign', on: '2026-03-11', userId: coordinator.id },
      actor,
      deps,
    );
    await applyAction(
      db.orm.em.fork(),
      caseId,
      {
        type: 'contact_logged',
        on: '2026-03-11',
        outcome: 'continues_formally',
        channel: 'letter',
        contactPerson: 'Jan',
      },
      actor,
      deps,
    );

    host = createWorkerHost({
      connection: redisUrl,
      prefix,
      orm: db.orm,
      logger,
      handlers: createHandlers({ mail, calendar, today: () => '2026-03-27' }),
    });
    await host.waitUntilReady();
    relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, intervalMs: 100 });
    relay.start();

    // As the daily job scheduler adds it: straight onto the queue, no organisation, no day.
    const schedulerQueue = new Queue(caseDeadlineScan.queue, { connection: redis, prefix });
    await schedulerQueue.add(caseDeadlineScan.name, {}, { jobId: 'repeat-like-tick' });
    await schedulerQueue.close();

    const [reminder] = await smtp.waitForMessages(1, 20_000);
    expect(reminder?.envelope.to).toEqual([coordinator.email]);
    expect(reminder?.subject).toBe(`Herinnering: besluit op Woo-verzoek ${reference} uiterlijk dinsdag 7 april 2026`);
    expect(reminder?.text).toContain('Dat is over 5 werkdagen.');
    expect(reminder?.text).toContain('Beste Sam de Vries,');
  });
});
