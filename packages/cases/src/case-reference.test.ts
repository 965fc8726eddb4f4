// Case references on a real database: concurrent registrations get distinct numbers without waiting on each other,
// each year starts again at 1, and organisations count separately.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import type { Organisation } from '@woo/db';
import { nextCaseReference } from './case-reference.js';

let db: TestDatabase;
let first: Organisation;
let second: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  first = anOrganisation(em);
  second = anOrganisation(em);
  await em.flush();
});
afterAll(async () => db?.drop());

describe('nextCaseReference', () => {
  it('hands out distinct, consecutive numbers to concurrent registrations', async () => {
    const references = await Promise.all(
      Array.from({ length: 20 }, () => nextCaseReference(db.orm.em.fork(), first, '2026-03-02')),
    );
    expect(new Set(references).size).toBe(20);
    expect([...references].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `WOO-2026-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('counts per organisation and per year', async () => {
    expect(await nextCaseReference(db.orm.em.fork(), second, '2026-12-31')).toBe('WOO-2026-0001');
    expect(await nextCaseReference(db.orm.em.fork(), first, '2027-01-01')).toBe('WOO-2027-0001');
    expect(await nextCaseReference(db.orm.em.fork(), first, '2026-06-01')).toBe('WOO-2026-0021');
  });
});
