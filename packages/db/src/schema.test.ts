import { OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseEvent } from './entities/case-event.entity.js';
import { Case } from './entities/case.entity.js';
import { ContactMoment } from './entities/contact-moment.entity.js';
import { DecisionDocument } from './entities/decision-document.entity.js';
import { Document } from './entities/document.entity.js';
import { Outbox } from './entities/outbox.entity.js';
import { Publication } from './entities/publication.entity.js';
import { RedactionRegion } from './entities/redaction-region.entity.js';
import { Suspension } from './entities/suspension.entity.js';
import { User } from './entities/user.entity.js';
import { migrationsList } from './migrations/index.js';
import { migrateToLatest, openOrm } from './open-orm.js';
import { createOrmConfig } from './orm-config.js';
import {
  aCase,
  aCaseEvent,
  aContactMoment,
  aDecision,
  aDecisionDocument,
  aDocument,
  aPage,
  aPublication,
  aRedactionRegion,
  aSuspension,
  aThirdParty,
  aUser,
  anOrganisation,
  anOutboxRow,
} from './testing/factories.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('migrations', () => {
  it('agree with the entities: the schema generator finds nothing to change', async () => {
    const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are noticed when they disagree with the entities (a column the entities expect is missing)', async () => {
    const drifted = await createTestDatabase();
    try {
      await drifted.orm.em.getConnection().execute('alter table "organisation" drop column "tooi_identifier"');
      const diff = await drifted.orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff).toContain('tooi_identifier');
    } finally {
      await drifted.drop();
    }
  });

  it('are all applied, and migrateToLatest applies nothing the second time', async () => {
    const executed = await db.orm.migrator.getExecuted();
    expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await migrateToLatest(db.orm)).toEqual([]);
  });

  it('run once when several processes start together', async () => {
    // A race shows itself only sometimes: try a few fresh databases.
    for (let round = 0; round < 3; round++) {
      const fresh = await createTestDatabase({ migrate: false });
      // More ORMs on the same database stand in for processes starting at the same time.
      const others = await Promise.all([1, 2].map(() => openOrm(createOrmConfig({ databaseUrl: fresh.databaseUrl }))));
      try {
        const applied = await Promise.all([fresh.orm, ...others].map((orm) => migrateToLatest(orm)));
        expect(applied.flat().sort()).toEqual(migrationsList.map((m) => m.name).sort());
        const executed = await fresh.orm.migrator.getExecuted();
        expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
      } finally {
        await Promise.all(others.map((orm) => orm.close(true)));
        await fresh.drop();
      }
    }
  });
});

describe('case_event is append-only', () => {
  async function anEvent(): Promise<CaseEvent> {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em);
    const event = aCaseEvent(em, { case: aCase(em, { organisation }) });
    await em.flush();
    return event;
  }

  it('rejects UPDATE', async () => {
    const event = await anEvent();
    const em = db.orm.em.fork();
    await expect(em.execute('update case_event set reason = ? where id = ?', ['rewritten', event.id])).rejects.toThrow(
      /append-only: UPDATE/,
    );
    const reloaded = await em.findOneOrFail(CaseEvent, event.id);
    reloaded.reason = 'rewritten';
    await expect(em.flush()).rejects.toThrow(/append-only/);
  });

  it('rejects DELETE', async () => {
    const event = await anEvent();
    const em = db.orm.em.fork();
    await expect(em.execute('delete from case_event where id = ?', [event.id])).rejects.toThrow(/append-only: DELETE/);
    expect(await em.count(CaseEvent, { id: event.id })).toBe(1);
  });

  it('keeps its case from being deleted', async () => {
    const event = await anEvent();
    const em = db.orm.em.fork();
    await expect(em.execute('delete from woo_case where id = ?', [event.case.id])).rejects.toThrow();
  });
});

describe('entities', () => {
  it('persist and load with their relations', async () => {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em, { tooiIdentifier: 'gm0363' });
    const coordinator = aUser(em, { organisation, email: 'Coordinator.Een@Example.ORG' });
    const kase = aCase(em, { organisation, receivedOn: '2026-03-02', assignedTo: coordinator });
    const asked = aCaseEvent(em, {
      case: kase,
      type: 'zienswijze.asked',
      actor: coordinator,
      actorKind: 'coordinator',
    });
    const thirdParty = aThirdParty(em, { case: kase });
    aSuspension(em, { case: kase, reason: 'zienswijze', startedByEvent: asked, thirdParty, fromDate: '2026-03-11' });
    aContactMoment(em, { case: kase, contactedBy: coordinator, outcome: 'narrowed' });
    const email = aDocument(em, { case: kase, mediaType: 'message/rfc822' });
    const attachment = aDocument(em, { case: kase, parent: email, familyId: email.familyId });
    const copy = aDocument(em, { case: kase, sha256: attachment.sha256, duplicateOf: attachment });
    const page = aPage(em, { document: attachment, words: [{ text: 'Jan', x: 72, y: 100, width: 20, height: 12 }] });
    aRedactionRegion(em, { document: attachment, page, createdBy: coordinator });
    const decision = aDecision(em, { case: kase, disclosureHoldUntil: '2026-04-20' });
    aDecisionDocument(em, { decision, document: attachment, grounds: ['5.1.2e', '5.1.1d'] });
    aPublication(em, { decision });
    anOutboxRow(em, { payload: { documentId: attachment.id } });
    await em.flush();

    const read = db.orm.em.fork();
    const loadedCase = await read.findOneOrFail(Case, kase.id, { populate: ['organisation', 'assignedTo'] });
    expect(loadedCase.organisation.tooiIdentifier).toBe('gm0363');
    expect(loadedCase.assignedTo?.id).toBe(coordinator.id);
    expect(loadedCase.subjects).toEqual(['herinrichting Stationsplein']);
    expect(loadedCase.version).toBe(1);

    const user = await read.findOneOrFail(User, coordinator.id);
    expect(user.email).toBe('coordinator.een@example.org');
    expect(user.active).toBe(true);

    const suspension = await read.findOneOrFail(
      Suspension,
      { case: kase.id },
      { populate: ['startedByEvent', 'thirdParty'] },
    );
    expect(suspension.startedByEvent?.type).toBe('zienswijze.asked');
    expect(suspension.thirdParty?.name).toBe(thirdParty.name);
    expect(suspension.resumeDate).toBeNull();

    const contact = await read.findOneOrFail(ContactMoment, { case: kase.id });
    expect(contact.agreedScope.subjects).toEqual(['herinrichting Stationsplein']);

    const loadedCopy = await read.findOneOrFail(Document, copy.id, { populate: ['duplicateOf.parent'] });
    expect(loadedCopy.duplicateOf?.parent?.id).toBe(email.id);
    expect(await read.count(Document, { case: kase.id, sha256: attachment.sha256 })).toBe(2);

    const region = await read.findOneOrFail(RedactionRegion, { document: attachment.id }, { populate: ['page'] });
    expect(region.page.words?.[0]?.text).toBe('Jan');
    expect(region.status).toBe('proposed');

    const line = await read.findOneOrFail(DecisionDocument, { document: attachment.id }, { populate: ['decision'] });
    expect(line.grounds).toEqual(['5.1.2e', '5.1.1d']);
    expect(line.decision.disclosureHoldUntil).toBe('2026-04-20');
    expect((await read.findOneOrFail(Publication, { decision: decision.id })).status).toBe('pending');

    const outbox = await read.findOneOrFail(Outbox, { payload: { documentId: attachment.id } });
    expect(outbox.attempts).toBe(0);
    expect(outbox.availableAt).toBeInstanceOf(Date);
  });

  it('refuse a second region with the same dedup key in a document', async () => {
    const em = db.orm.em.fork();
    const document = aDocument(em, { case: aCase(em, { organisation: anOrganisation(em) }) });
    const page = aPage(em, { document });
    aRedactionRegion(em, { document, page, dedupKey: 'bsn:p1:123456782' });
    await em.flush();
    aRedactionRegion(em, { document, page, dedupKey: 'bsn:p1:123456782' });
    await expect(em.flush()).rejects.toThrow(/redaction_region_document_id_dedup_key_unique/);
  });
});

describe('date columns', () => {
  const offsetsInJanuary: Record<string, number> = {
    'Pacific/Kiritimati': -840,
    'America/Adak': 600,
    'Europe/Amsterdam': -60,
    UTC: 0,
  };
  const zones = Object.keys(offsetsInJanuary);

  it.each(zones)('round-trip as YYYY-MM-DD strings with the process in %s', async (zone) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      // Node applies a changed TZ at once; make sure it did, or this test would prove nothing.
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetsInJanuary[zone]);
      const em = db.orm.em.fork();
      // 29 March 2026: the night the Netherlands moves to summer time.
      const kase = aCase(em, { organisation: anOrganisation(em), receivedOn: '2026-03-29', deadline: '2026-04-27' });
      await em.flush();

      const loaded = await db.orm.em.fork().findOneOrFail(Case, kase.id);
      expect(loaded.receivedOn).toBe('2026-03-29');
      expect(loaded.deadline).toBe('2026-04-27');
      expect(loaded.decidedOn).toBeNull();

      const [row] = await em.execute<{ received_on: string }[]>(
        'select received_on::text as received_on from woo_case where id = ?',
        [kase.id],
      );
      expect(row?.received_on).toBe('2026-03-29');
      expect(await em.count(Case, { id: kase.id, receivedOn: { $gte: '2026-03-29', $lt: '2026-03-30' } })).toBe(1);
    } finally {
      process.env.TZ = previous;
    }
  });
});

describe('case optimistic lock', () => {
  it('refuses a write based on a stale version', async () => {
    const setup = db.orm.em.fork();
    const kase = aCase(setup, { organisation: anOrganisation(setup) });
    await setup.flush();

    const first = db.orm.em.fork();
    const second = db.orm.em.fork();
    const a = await first.findOneOrFail(Case, kase.id);
    const b = await second.findOneOrFail(Case, kase.id);

    a.status = 'informal_contact';
    await first.flush();
    expect(a.version).toBe(2);

    b.status = 'collecting_documents';
    await expect(second.flush()).rejects.toBeInstanceOf(OptimisticLockError);
    expect((await db.orm.em.fork().findOneOrFail(Case, kase.id)).status).toBe('informal_contact');
  });
});
