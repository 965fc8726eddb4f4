import { applyAction, registerCase, type CaseAction, type CaseActor } from '@woo/cases';
import { Case, CaseEvent, Notification, Organisation, Outbox, Suspension, type User } from '@woo/db';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { defaultHolidayCalendar } from '@woo/domain';
import { renderNotification } from '@woo/mail';
import { caseDeadlineScan } from '@woo/queue';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineScanHandler } from './deadline-scan.handler.js';

const calendar = defaultHolidayCalendar();
const logger = pino({ level: 'silent' });
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const handler = createDeadlineScanHandler({ calendar, today: () => '2026-03-27' });

function scan(day: string | undefined, organisationId?: string) {
  return handler.handle(
    { ...(organisationId && { organisationId }), ...(day && { day }) },
    { em: db.orm.em.fork(), logger, jobId: 'test', attempt: 1 },
  );
}

interface World {
  organisation: Organisation;
  coordinator: User;
  admin: User;
  retiredAdmin: User;
}

async function aWorld(): Promise<World> {
  const em = db.orm.em.fork();
  const organisation = anOrganisation(em);
  const world = {
    organisation,
    coordinator: aUser(em, { organisation, role: 'coordinator', displayName: 'Sam de Vries' }),
    admin: aUser(em, { organisation, role: 'admin', displayName: 'Anna Admin' }),
    retiredAdmin: aUser(em, { organisation, role: 'admin', active: false }),
  };
  await em.flush();
  return world;
}

const staff = (world: World): CaseActor => ({
  kind: 'staff',
  userId: world.coordinator.id,
  organisationId: world.organisation.id,
});

async function aRegisteredCase(world: World, receivedOn: string): Promise<string> {
  const registered = await registerCase(
    db.orm.em.fork(),
    {
      organisation: world.organisation,
      channel: 'web',
      receivedOn,
      question: 'Alle stukken over de herinrichting van het Stationsplein.',
      requester: { name: 'Jan Jansen', email: 'jan.jansen@example.org' },
      statusUrl: (code) => `https://woo.example.nl/status/${code}`,
    },
    staff(world),
    { calendar, today: () => receivedOn },
  );
  return registered.caseId;
}

async function act(world: World, caseId: string, action: CaseAction) {
  await applyAction(db.orm.em.fork(), caseId, action, staff(world), { calendar, today: () => action.on });
}

/** The notifications to staff about a case, oldest first. */
async function staffNotifications(caseId: string) {
  return db.orm.em
    .fork()
    .find(Notification, { case: caseId, recipientKind: 'user' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

describe('case.deadline-scan for one organisation', () => {
  it('reminds the assigned coordinator 5 and 1 working days before the deadline, once each, then escalates', async () => {
    const world = await aWorld();
    const other = await aWorld();
    // Received Tuesday 10 March 2026 → deadline Tuesday 7 April 2026. With Good Friday (3 April) and Easter Monday
    // (6 April) not counted, 5 working days before is Friday 27 March, 1 working day before Thursday 2 April.
    const caseId = await aRegisteredCase(world, '2026-03-10');
    await act(world, caseId, { type: 'assign', on: '2026-03-10', userId: world.coordinator.id });
    await act(world, caseId, {
      type: 'contact_logged',
      on: '2026-03-11',
      outcome: 'continues_formally',
      channel: 'phone',
      contactPerson: 'Jan Jansen',
    });
    expect((await db.orm.em.fork().findOneOrFail(Case, caseId)).deadline).toBe('2026-04-07');

    await scan('2026-03-26', world.organisation.id);
    expect(await staffNotifications(caseId)).toEqual([]);

    await scan('2026-03-27', world.organisation.id);
    await scan('2026-03-27', world.organisation.id);
    await scan('2026-03-30', world.organisation.id);
    let sent = await staffNotifications(caseId);
    expect(sent.map((n) => [n.template, n.dedupKey, n.recipientUser?.id, n.recipientEmail])).toEqual([
      [
        'deadline.reminder',
        `reminder-5wd/${caseId}/2026-04-07/${world.coordinator.id}`,
        world.coordinator.id,
        world.coordinator.email,
      ],
    ]);
    expect(sent[0]?.data).toMatchObject({ deadline: '2026-04-07', workingDaysLeft: 5, recipientName: 'Sam de Vries' });

    await scan('2026-04-01', world.organisation.id);
    await scan('2026-04-02', world.organisation.id);
    await scan('2026-04-02', world.organisation.id);
    sent = await staffNotifications(caseId);
    expect(sent.map((n) => n.dedupKey)).toEqual([
      `reminder-5wd/${caseId}/2026-04-07/${world.coordinator.id}`,
      `reminder-1wd/${caseId}/2026-04-07/${world.coordinator.id}`,
    ]);
    expect(sent[1]?.data).toMatchObject({ workingDaysLeft: 1 });

    await scan('2026-04-07', world.organisation.id);
    expect(await staffNotifications(caseId)).toHaveLength(2);

    // After the deadline: the organisation's active admins, not the coordinator, not another organisation's admin.
    await scan('2026-04-08', world.organisation.id);
    await scan('2026-04-09', world.organisation.id);
    sent = await staffNotifications(caseId);
    const overdue = sent.filter((n) => n.template === 'case.overdue');
    expect(overdue.map((n) => n.recipientUser?.id)).toEqual([world.admin.id]);
    expect(overdue[0]?.data).toMatchObject({ deadline: '2026-04-07', assigneeName: 'Sam de Vries' });
    expect(overdue.map((n) => n.recipientUser?.id)).not.toContain(other.admin.id);

    // Every message is queued for sending (ids only) and renders with the facts it carries.
    const em = db.orm.em.fork();
    for (const notification of sent) {
      expect(await em.count(Outbox, { jobId: `notification.send/${notification.id}` })).toBe(1);
      const message = renderNotification(notification.template, notification.data, notification.locale);
      expect(message.text).toContain('dinsdag 7 april 2026');
    }
  });

  it('reminds of the first-contact norm on the due day and when it has passed; the admins when nobody is assigned', async () => {
    const world = await aWorld();
    // Received Tuesday 10 March 2026, norm 3 working days → due Friday 13 March.
    const caseId = await aRegisteredCase(world, '2026-03-10');

    await scan('2026-03-12', world.organisation.id);
    expect(await staffNotifications(caseId)).toEqual([]);
    await scan('2026-03-13', world.organisation.id);
    await scan('2026-03-16', world.organisation.id);
    await scan('2026-03-16', world.organisation.id);

    const sent = await staffNotifications(caseId);
    expect(sent.map((n) => [n.template, n.dedupKey, n.recipientUser?.id])).toEqual([
      ['first-contact.reminder', `first-contact-due/${caseId}/2026-03-13/${world.admin.id}`, world.admin.id],
      ['first-contact.reminder', `first-contact-overdue/${caseId}/2026-03-13/${world.admin.id}`, world.admin.id],
    ]);
    expect(sent.map((n) => n.data['overdue'])).toEqual([false, true]);
    expect(renderNotification(sent[1]!.template, sent[1]!.data, 'nl').subject).toMatch(/^Eerste contact te laat/);
  });

  it("follows the organisation's own first-contact norm", async () => {
    const world = await aWorld();
    const em = db.orm.em.fork();
    await em.nativeUpdate(Organisation, { id: world.organisation.id }, { firstContactNormWorkingDays: 5 });
    world.organisation.firstContactNormWorkingDays = 5;
    const caseId = await aRegisteredCase(world, '2026-03-10');
    // Norm 5: 11, 12, 13, 16, 17 March → due Tuesday 17 March.
    await scan('2026-03-16', world.organisation.id);
    expect(await staffNotifications(caseId)).toEqual([]);
    await scan('2026-03-17', world.organisation.id);
    expect((await staffNotifications(caseId)).map((n) => n.dedupKey)).toEqual([
      `first-contact-due/${caseId}/2026-03-17/${world.admin.id}`,
    ]);
  });

  it('resumes the clock when the precisering period has lapsed, once', async () => {
    const world = await aWorld();
    const caseId = await aRegisteredCase(world, '2026-03-02');
    await act(world, caseId, { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' });

    await scan('2026-03-17', world.organisation.id);
    const em = db.orm.em.fork();
    expect((await em.findOneOrFail(Case, caseId)).status).toBe('awaiting_precisering');

    await scan('2026-03-18', world.organisation.id);
    await scan('2026-03-18', world.organisation.id);
    await scan('2026-03-19', world.organisation.id);
    const kase = await db.orm.em.fork().findOneOrFail(Case, caseId);
    expect(kase.status).toBe('collecting_documents');
    // 2 March + 28 days = 30 March; suspended [4 March, 18 March) = 14 days → Monday 13 April 2026.
    expect(kase.deadline).toBe('2026-04-13');
    const lapses = await db.orm.em.fork().find(CaseEvent, { case: caseId, type: 'precisering_lapsed' });
    expect(lapses.map((event) => [event.occurredOn, event.actorKind])).toEqual([['2026-03-18', 'system']]);
    const suspensions = await db.orm.em.fork().find(Suspension, { case: caseId });
    expect(suspensions.map((s) => [s.reason, s.fromDate, s.resumeDate])).toEqual([
      ['precisering', '2026-03-04', '2026-03-18'],
    ]);
  });

  it('resumes the clock when the zienswijze period has lapsed', async () => {
    const world = await aWorld();
    const caseId = await aRegisteredCase(world, '2026-03-02');
    await act(world, caseId, { type: 'documents_collected', on: '2026-03-04' });
    await act(world, caseId, {
      type: 'zienswijze_asked',
      on: '2026-03-05',
      periodEnd: '2026-03-19',
      thirdParty: { name: 'Bouwbedrijf Noord B.V.', email: 'info@bouwbedrijf-noord.example' },
    });

    await scan('2026-03-19', world.organisation.id);
    expect((await db.orm.em.fork().findOneOrFail(Case, caseId)).status).toBe('awaiting_zienswijzen');
    await scan('2026-03-20', world.organisation.id);
    await scan('2026-03-20', world.organisation.id);

    const kase = await db.orm.em.fork().findOneOrFail(Case, caseId);
    expect(kase.status).toBe('assessing');
    // 30 March + suspended [6 March, 20 March) = 14 days → Monday 13 April 2026.
    expect(kase.deadline).toBe('2026-04-13');
    expect(await db.orm.em.fork().count(CaseEvent, { case: caseId, type: 'zienswijze_lapsed' })).toBe(1);
  });
});

describe('case.deadline-scan without an organisation', () => {
  it('fans out one scan per organisation for the day, through the outbox, once', async () => {
    const world = await aWorld();
    await scan('2026-05-04');
    await scan('2026-05-04');
    // Without a day: today where the handler runs.
    await scan(undefined);

    const em = db.orm.em.fork();
    const organisations = await em.count(Organisation, {});
    const rows = await em.find(Outbox, { jobName: caseDeadlineScan.name }, { orderBy: { id: 'asc' } });
    expect(rows.filter((row) => row.payload['day'] === '2026-05-04')).toHaveLength(organisations);
    expect(rows.filter((row) => row.payload['day'] === '2026-03-27')).toHaveLength(organisations);
    expect(rows.map((row) => row.jobId)).toContain(`case.deadline-scan/${world.organisation.id}/2026-05-04`);
    expect(rows.every((row) => Object.keys(row.payload).sort().join() === 'day,organisationId')).toBe(true);
  });
});
