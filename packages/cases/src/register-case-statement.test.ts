// The one-statement registration on a real database: what it writes reads back through the entities unchanged (so
// the SQL and the entities agree on every column), it is atomic, it joins the caller's transaction, and the
// reference counter's asynchronous commit never reaches anything but the counter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { Case, CaseEvent, Notification, Outbox, uuidV7, type Organisation, type User } from '@woo/db';
import { defaultHolidayCalendar } from '@woo/domain';
import type { CaseDeps } from './case-deps.js';
import { nextCaseReference } from './case-reference.js';
import { insertRows, insertRowsStatement, row } from './register-case-statement.js';
import { registerCase, type RegisterCaseInput } from './register-case.js';
import { hashTrackingCode } from './tracking-code.js';

let db: TestDatabase;
let organisation: Organisation;
let coordinator: User;
const deps: CaseDeps = { calendar: defaultHolidayCalendar(), today: () => '2026-03-02' };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  organisation = anOrganisation(em, { firstContactNormWorkingDays: 3 });
  coordinator = aUser(em, { organisation });
  await em.flush();
});
afterAll(async () => db?.drop());

const input = (overrides: Partial<RegisterCaseInput> = {}): RegisterCaseInput => ({
  organisation,
  channel: 'letter',
  receivedOn: '2026-02-27',
  question: "Alle stukken over de brug, ook 'de oude' \\ en ? tekens.",
  requestedPeriod: '2024–2025',
  subjects: ['brug', "Koning's weg"],
  preferredForm: 'paper',
  requester: { name: 'Jan Jansen', email: 'jan@example.org', phone: '+31 6 1234', postalAddress: 'Dorpsstraat 1' },
  consentToPhone: true,
  statusUrl: (code) => `https://woo.example.nl/status/${code}`,
  ...overrides,
});

describe('registerCase in one statement', () => {
  it('writes case, event, acknowledgement and outbox row that read back through the entities as given', async () => {
    const registered = await registerCase(
      db.orm.em.fork(),
      input(),
      { kind: 'staff', userId: coordinator.id, organisationId: organisation.id },
      deps,
    );
    const em = db.orm.em.fork();
    const kase = await em.findOneOrFail(Case, registered.caseId);
    expect(kase).toMatchObject({
      reference: registered.reference,
      trackingCodeHash: hashTrackingCode(registered.trackingCode),
      status: 'received',
      channel: 'letter',
      receivedOn: '2026-02-27',
      question: "Alle stukken over de brug, ook 'de oude' \\ en ? tekens.",
      requestedPeriod: '2024–2025',
      subjects: ['brug', "Koning's weg"],
      preferredForm: 'paper',
      requesterName: 'Jan Jansen',
      requesterEmail: 'jan@example.org',
      requesterPhone: '+31 6 1234',
      requesterPostalAddress: 'Dorpsstraat 1',
      consentToPhone: true,
      assignedTo: null,
      extended: false,
      // Friday 27 February 2026 + 4 weeks; first contact 3 working days later: Wednesday 4 March.
      deadline: '2026-03-27',
      firstContactDue: '2026-03-04',
      decidedOn: null,
      closedOn: null,
      version: 1,
    });
    expect(kase.organisation.id).toBe(organisation.id);
    expect(kase.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(kase.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    const [event, ...more] = await em.find(CaseEvent, { case: kase.id });
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: 'case.received',
      occurredOn: '2026-02-27',
      actorKind: 'coordinator',
      reason: null,
      data: { channel: 'letter' },
      isPublic: true,
    });
    expect(event!.actor?.id).toBe(coordinator.id);

    const [notification] = await em.find(Notification, { case: kase.id });
    expect(notification).toMatchObject({
      template: 'request.acknowledgement',
      locale: 'nl',
      recipientKind: 'requester',
      recipientEmail: 'jan@example.org',
      dedupKey: null,
      status: 'pending',
      attempts: 0,
      recipientUser: null,
      recipientThirdParty: null,
      data: {
        reference: kase.reference,
        organisationName: organisation.name,
        receivedOn: '2026-02-27',
        deadline: '2026-03-27',
        statusUrl: registered.statusUrl,
      },
    });
    expect(notification!.data.deadlineExplanation).toEqual(
      registered.deadline.steps.map((s) => ({ date: s.date, nl: s.nl, en: s.en })),
    );
    const outbox = await em.findOneOrFail(Outbox, { jobId: `notification.send/${notification!.id}` });
    expect(outbox).toMatchObject({
      queueName: 'notifications',
      jobName: 'notification.send',
      payload: { notificationId: notification!.id },
      attempts: 0,
      dispatchedAt: null,
      completedAt: null,
    });
  });

  it('writes no acknowledgement without an e-mail address, and an empty list of subjects', async () => {
    const registered = await registerCase(
      db.orm.em.fork(),
      input({ subjects: [], requester: { name: 'Per Post', postalAddress: 'Kerkplein 2' } }),
      { kind: 'requester' },
      deps,
    );
    const em = db.orm.em.fork();
    expect((await em.findOneOrFail(Case, registered.caseId)).subjects).toEqual([]);
    expect(await em.count(Notification, { case: registered.caseId })).toBe(0);
    const [event] = await em.find(CaseEvent, { case: registered.caseId });
    expect(event).toMatchObject({ actorKind: 'requester', actor: null });
  });

  it("joins the caller's transaction: rolled back with it", async () => {
    const failure = new Error('the caller changed its mind');
    let caseId: string | undefined;
    const outcome = await db.orm.em
      .fork()
      .transactional(async (em) => {
        caseId = (await registerCase(em, input(), { kind: 'requester' }, deps)).caseId;
        throw failure;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(failure);
    expect(caseId).toBeDefined();
    const em = db.orm.em.fork();
    expect(await em.count(Case, { id: caseId })).toBe(0);
    expect(await em.count(CaseEvent, { case: caseId })).toBe(0);
    expect(await em.count(Notification, { case: caseId })).toBe(0);
  });

  it('is atomic: one failing row writes none of the others', async () => {
    const { caseId } = await registerCase(db.orm.em.fork(), input(), { kind: 'requester' }, deps);
    const em = db.orm.em.fork();
    const event = (caseId: string) =>
      row(CaseEvent, { case: caseId, type: 'note', occurredOn: '2026-03-02', actorKind: 'system', data: {} });
    // The second event's case does not exist: its foreign key fails, so the first (valid) event must not stay either.
    const error = await insertRows(em, [event(caseId), event(uuidV7())]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await em.count(CaseEvent, { case: caseId })).toBe(1);
    expect(await insertRows(em, [event(caseId)])).toEqual([1]);
    expect(await em.count(CaseEvent, { case: caseId })).toBe(2);
  });

  it('takes table and column names from the metadata, and refuses a property the entity does not have', () => {
    const em = db.orm.em.fork();
    const { sql, params } = insertRowsStatement(em, [
      row(
        Outbox,
        { jobId: 'x/1', queueName: 'q', jobName: 'a.b', payload: { id: 1 } },
        { onConflictDoNothing: 'jobId' },
      ),
    ]);
    expect(sql).toContain('insert into "outbox" ("job_id", "queue_name", "job_name", "payload")');
    expect(sql).toContain('on conflict ("job_id") do nothing');
    expect(params).toEqual(['x/1', 'q', 'a.b', '{"id":1}']);
    expect(() => insertRowsStatement(em, [{ entity: Outbox, values: { jobIdentifier: 'x' } }])).toThrow(
      "Outbox has no single-column property 'jobIdentifier'",
    );
    expect(() => insertRowsStatement(em, [row(Case, { question: { text: 'x' } })])).toThrow('cannot take an object');
  });
});

describe('the reference counter commits its own increment asynchronously, and nothing else', () => {
  it("leaves synchronous_commit on for the caller's transaction and for the pool's next statements", async () => {
    const em = db.orm.em.fork();
    await em.transactional(async (tem) => {
      await nextCaseReference(tem, organisation, '2026-03-02');
      const [inside] = await tem.execute<{ synchronous_commit: string }[]>('show synchronous_commit');
      expect(inside!.synchronous_commit).toBe('on');
    });
    // Every pooled connection, after it ran increments: the setting was local to each increment's transaction.
    await Promise.all(
      Array.from({ length: 10 }, () => nextCaseReference(db.orm.em.fork(), organisation, '2026-03-02')),
    );
    const settings = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.orm.em.fork().transactional(async (tem) => {
          const [row] = await tem.execute<{ synchronous_commit: string }[]>('show synchronous_commit');
          return row!.synchronous_commit;
        }),
      ),
    );
    expect(new Set(settings)).toEqual(new Set(['on']));
  });
});
