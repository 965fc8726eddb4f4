// The intake's organisations on the real database: found ones kept for the TTL, unknown ones never kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation } from '@woo/db';
import { anOrganisation, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { intakeOrganisations } from './intake-organisations.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('intakeOrganisations', () => {
  it('keeps a found organisation for the TTL, then reads it again', async () => {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em, { name: 'Gemeente Oud', firstContactNormWorkingDays: 3 });
    await em.flush();
    let clock = 0;
    const organisations = intakeOrganisations(db.orm, { ttlMs: 30_000, now: () => clock });
    expect(await organisations.bySlug(organisation.slug)).toEqual({
      id: organisation.id,
      name: 'Gemeente Oud',
      firstContactNormWorkingDays: 3,
    });
    await db.orm.em.fork().nativeUpdate(Organisation, { id: organisation.id }, { name: 'Gemeente Nieuw' });
    clock = 29_999;
    expect((await organisations.bySlug(organisation.slug))?.name).toBe('Gemeente Oud');
    clock = 30_000;
    expect((await organisations.bySlug(organisation.slug))?.name).toBe('Gemeente Nieuw');
  });

  it('does not keep an unknown slug: an organisation added afterwards is found at once', async () => {
    const organisations = intakeOrganisations(db.orm, { now: () => 0 });
    expect(await organisations.bySlug('nog-niet')).toBeNull();
    const em = db.orm.em.fork();
    const added = anOrganisation(em, { slug: 'nog-niet' });
    await em.flush();
    expect((await organisations.bySlug('nog-niet'))?.id).toBe(added.id);
  });

  it('gives concurrent lookups of one slug the same answer', async () => {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em);
    await em.flush();
    const organisations = intakeOrganisations(db.orm);
    const found = await Promise.all(Array.from({ length: 20 }, () => organisations.bySlug(organisation.slug)));
    expect(new Set(found).size).toBe(1);
    expect(found[0]?.id).toBe(organisation.id);
  });
});
