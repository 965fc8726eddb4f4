// The case service (@woo/cases) writes the notifications; the send handler renders them with @woo/mail. This walks
// every action that writes one and renders every row, so a template and its producer cannot drift apart unseen.
import { applyAction, registerCase, type CaseAction, type CaseActor } from '@woo/cases';
import { Notification, ThirdParty } from '@woo/db';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { defaultHolidayCalendar } from '@woo/domain';
import { renderNotification } from '@woo/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const calendar = defaultHolidayCalendar();
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

async function aCaseWithActor() {
  const em = db.orm.em.fork();
  const organisation = anOrganisation(em, { name: 'Gemeente Voorbeeldstad' });
  const coordinator = aUser(em, { organisation });
  await em.flush();
  const actor: CaseActor = { kind: 'staff', userId: coordinator.id, organisationId: organisation.id };
  const registered = await registerCase(
    db.orm.em.fork(),
    {
      organisation,
      channel: 'web',
      receivedOn: '2026-03-02',
      question: 'Alle stukken over het Stationsplein.',
      requester: { name: 'Jan Jansen', email: 'jan.jansen@example.org' },
      statusUrl: (code) => `https://woo.example.nl/status/${code}`,
    },
    actor,
    { calendar, today: () => '2026-03-02' },
  );
  const caseId = registered.caseId;
  const act = (action: CaseAction) =>
    applyAction(db.orm.em.fork(), caseId, action, actor, { calendar, today: () => action.on });
  return { caseId, act };
}

async function renderAll(caseId: string) {
  const rows = await db.orm.em
    .fork()
    .find(Notification, { case: caseId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return rows.map((row) => ({
    template: row.template,
    message: renderNotification(row.template, row.data, row.locale),
  }));
}

describe('every notification the case service writes renders', () => {
  it('along the main line: acknowledgement to decision', async () => {
    const { caseId, act } = await aCaseWithActor();
    await act({
      type: 'contact_logged',
      on: '2026-03-03',
      outcome: 'narrowed',
      channel: 'phone',
      contactPerson: 'Jan Jansen',
      agreedScope: { subjects: ['Stationsplein'], period: '2025', notes: '' },
    });
    await act({ type: 'precisering_asked', on: '2026-03-04', periodEnd: '2026-03-18' });
    await act({ type: 'precisering_received', on: '2026-03-06' });
    await act({ type: 'documents_collected', on: '2026-03-09' });
    await act({
      type: 'zienswijze_asked',
      on: '2026-03-10',
      periodEnd: '2026-03-24',
      thirdParty: { name: 'Bouwbedrijf Noord B.V.', email: 'info@bouwbedrijf-noord.example' },
    });
    await act({ type: 'extension', on: '2026-03-12', reasons: 'Er zijn veel documenten gevonden.' });
    const thirdParty = await db.orm.em.fork().findOneOrFail(ThirdParty, { case: caseId });
    await act({ type: 'zienswijze_received', on: '2026-03-16', thirdPartyId: thirdParty.id, objected: true });
    await act({ type: 'decision_drafted', on: '2026-03-17' });
    await act({ type: 'submitted_for_review', on: '2026-03-17' });
    await act({ type: 'review_approved', on: '2026-03-18' });
    await act({ type: 'decided', on: '2026-03-19', outcome: 'deels_openbaar', thirdPartyObjected: true });

    const rendered = await renderAll(caseId);
    expect(rendered.map((r) => r.template)).toEqual([
      'request.acknowledgement',
      'contact.confirmation',
      'precisering.requested',
      'zienswijze.requester-informed',
      'zienswijze.requested',
      'extension.announced',
      // The third party's confirmation of receipt (also when the coordinator records a view that came by post).
      'zienswijze.received',
      'decision.sent',
    ]);
    for (const { message } of rendered) expect(message.text).toContain('Gemeente Voorbeeldstad');
    const byTemplate = Object.fromEntries(rendered.map((r) => [r.template, r.message]));
    expect(byTemplate['request.acknowledgement']?.text).toContain('maandag 30 maart 2026');
    expect(byTemplate['precisering.requested']?.text).toContain('woensdag 18 maart 2026');
    expect(byTemplate['extension.announced']?.text).toContain('Er zijn veel documenten gevonden.');
    expect(byTemplate['decision.sent']?.text).toMatch(/pas openbaar vanaf \w+ \d+ april 2026/);
  });

  it.each([
    ['forwarded', { type: 'forwarded', on: '2026-03-03', to: 'Provincie Noord-Holland' }, 'request.forwarded'],
    ['withdrawn', { type: 'withdrawn', on: '2026-03-03' }, 'request.withdrawn'],
    ['not handled (4.6)', { type: 'not_handled', on: '2026-03-03', ground: '4.6' }, 'request.not-handled'],
  ] as const)('%s', async (_name, action, template) => {
    const { caseId, act } = await aCaseWithActor();
    await act(action as CaseAction);
    const rendered = await renderAll(caseId);
    expect(rendered.map((r) => r.template)).toEqual(['request.acknowledgement', template]);
  });
});
