// The case service on a real database: one transaction per action, nothing written when the domain refuses, and the
// scheduler's way in (a system actor registering a lapse).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { Case, CaseEvent, Notification, Outbox, Suspension, ThirdParty, type Organisation, type User } from '@woo/db';
import { defaultHolidayCalendar, isDomainError } from '@woo/domain';
import { applyAction } from './apply-action.js';
import type { CaseDeps } from './case-deps.js';
import { queueNotification } from './notifications/queue-notification.js';
import { registerCase } from './register-case.js';
import { hashTrackingCode } from './tracking-code.js';

let db: TestDatabase;
let organisation: Organisation;
let coordinator: User;
const clock = { today: '2026-03-02' };
const deps: CaseDeps = { calendar: defaultHolidayCalendar(), today: () => clock.today };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  organisation = anOrganisation(em);
  coordinator = aUser(em, { organisation });
  await em.flush();
});
afterAll(async () => db?.drop());

async function newCase(email: string | null = 'jan@example.org') {
  clock.today = '2026-03-02';
  const registered = await registerCase(
    db.orm.em.fork(),
    {
      organisation,
      channel: 'web',
      receivedOn: '2026-03-02',
      question: 'Alle stukken over de brug.',
      requester: { name: 'Jan Jansen', email },
      statusUrl: (code) => `https://woo.example.nl/s/${code}`,
    },
    { kind: 'requester' },
    deps,
  );
  return registered;
}

const staff = () => ({ kind: 'staff' as const, userId: coordinator.id, organisationId: organisation.id });

describe('registerCase', () => {
  it('stores the hash of the code, the cached dates, the received event and the acknowledgement with its outbox row', async () => {
    const registered = await newCase();
    const em = db.orm.em.fork();
    const kase = await em.findOneOrFail(Case, registered.caseId);
    expect(kase.trackingCodeHash).toBe(hashTrackingCode(registered.trackingCode));
    expect(kase).toMatchObject({ deadline: '2026-03-30', firstContactDue: '2026-03-05', status: 'received' });
    const [notification] = await em.find(Notification, { case: kase.id });
    expect(notification!.template).toBe('request.acknowledgement');
    expect(await em.count(Outbox, { jobId: `notification.send/${notification!.id}` })).toBe(1);
  });

  it('numbers references per organisation and year', async () => {
    const a = await newCase();
    const b = await newCase();
    const number = (reference: string) => Number(reference.slice('WOO-2026-'.length));
    expect(number(b.reference)).toBe(number(a.reference) + 1);
  });
});

describe('applyAction', () => {
  it('writes nothing at all when the domain refuses the event', async () => {
    const { caseId } = await newCase();
    clock.today = '2026-03-03';
    const em = db.orm.em.fork();
    const counts = async () => [
      await em.count(CaseEvent, { case: caseId }),
      await em.count(ThirdParty, { case: caseId }),
      await em.count(Notification, { case: caseId }),
    ];
    const before = await counts();
    // A zienswijze cannot be asked before the documents are collected; the third party row must not survive.
    const error = await applyAction(
      em,
      caseId,
      {
        type: 'zienswijze_asked',
        on: '2026-03-03',
        periodEnd: '2026-03-17',
        thirdParty: { name: 'Bouwbedrijf Noord B.V.', email: 'info@noord.example' },
      },
      staff(),
      deps,
    ).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('case.transition_not_allowed');
    expect(await counts()).toEqual(before);
    expect((await em.fork().findOneOrFail(Case, caseId)).status).toBe('received');
  });

  it('hides a case of another organisation from staff', async () => {
    const { caseId } = await newCase();
    const error = await applyAction(
      db.orm.em.fork(),
      caseId,
      { type: 'note', on: '2026-03-02', text: 'x' },
      { kind: 'staff', userId: coordinator.id, organisationId: '0190f0e0-0000-7000-8000-000000000000' },
      deps,
    ).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('case.not_found');
  });

  it('lets the scheduler register a lapsed zienswijze as the system, resuming the clock', async () => {
    const { caseId } = await newCase();
    clock.today = '2026-03-03';
    await applyAction(db.orm.em.fork(), caseId, { type: 'documents_collected', on: '2026-03-03' }, staff(), deps);
    const asked = await applyAction(
      db.orm.em.fork(),
      caseId,
      {
        type: 'zienswijze_asked',
        on: '2026-03-03',
        periodEnd: '2026-03-17',
        thirdParty: { name: 'Bouwbedrijf Noord B.V.' },
      },
      staff(),
      deps,
    );
    const thirdPartyId = asked.event.data.thirdPartyId as string;
    clock.today = '2026-03-18';
    const lapsed = await applyAction(
      db.orm.em.fork(),
      caseId,
      { type: 'zienswijze_lapsed', on: '2026-03-18', thirdPartyId },
      { kind: 'system' },
      deps,
    );
    // Suspended 4–17 March = 14 days: 2026-03-30 + 14 = Monday 2026-04-13.
    expect(lapsed.state.status).toBe('assessing');
    expect(lapsed.deadline.deadline).toBe('2026-04-13');
    const em = db.orm.em.fork();
    expect((await em.findOneOrFail(Case, caseId)).deadline).toBe('2026-04-13');
    const [suspension] = await em.find(Suspension, { case: caseId });
    expect(suspension).toMatchObject({ reason: 'zienswijze', fromDate: '2026-03-04', resumeDate: '2026-03-18' });
    expect(suspension!.endedByEvent?.id).toBe(lapsed.event.id);
    expect(lapsed.event).toMatchObject({ actorKind: 'system', isPublic: true });
  });
});

describe('queueNotification', () => {
  it('writes one row per dedup key, with its outbox row, only inside a transaction', async () => {
    const em = db.orm.em.fork();
    const input = {
      organisation,
      template: 'deadline.reminder',
      recipientKind: 'user' as const,
      recipientUser: coordinator,
      recipientEmail: coordinator.email,
      data: { deadline: '2026-03-30' },
      dedupKey: `reminder-test/${coordinator.id}`,
    };
    await expect(queueNotification(em, input)).rejects.toThrow(/transaction/);
    const first = await em.transactional((tem) => queueNotification(tem, input));
    const second = await db.orm.em.fork().transactional((tem) => queueNotification(tem, input));
    expect(second.id).toBe(first.id);
    expect(await db.orm.em.fork().count(Notification, { dedupKey: input.dedupKey })).toBe(1);
    expect(await db.orm.em.fork().count(Outbox, { jobId: `notification.send/${first.id}` })).toBe(1);
  });
});
