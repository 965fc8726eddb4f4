import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase, openOrm } from './open-orm.js';
import { createOrmConfig } from './orm-config.js';
import { createTestDatabase, testAdminUrl, type TestDatabase } from './testing/test-database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('checkDatabase', () => {
  it('reports a healthy database with its round-trip time', async () => {
    const health = await checkDatabase(db.orm);
    expect(health.ok).toBe(true);
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.error).toBeUndefined();
  });

  it('reports an unreachable database instead of throwing', async () => {
    const url = new URL(testAdminUrl());
    url.pathname = '/woo_test_does_not_exist';
    const orm = await openOrm(createOrmConfig({ databaseUrl: url.toString() }));
    try {
      const health = await checkDatabase(orm);
      expect(health.ok).toBe(false);
      expect(health.error).toMatch(/woo_test_does_not_exist/);
    } finally {
      await orm.close(true);
    }
  });
});

describe('createOrmConfig', () => {
  it('forbids the global EntityManager, so every request and job forks its own', async () => {
    const { Organisation } = await import('./entities/organisation.entity.js');
    await expect(db.orm.em.find(Organisation, {})).rejects.toThrow(/global EntityManager/i);
  });
});
