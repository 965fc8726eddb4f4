import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './open-orm.js';
import { Outbox } from './entities/outbox.entity.js';
import { migrationsList } from './migrations/index.js';
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

  it('are all applied, and migrateToLatest applies nothing the second time', async () => {
    const executed = await db.orm.migrator.getExecuted();
    expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await migrateToLatest(db.orm)).toEqual([]);
  });
});

describe('outbox', () => {
  it('gets an identity id and database-clock defaults', async () => {
    const em = db.orm.em.fork();
    const row = em.create(Outbox, {
      queueName: 'ingest',
      jobName: 'ingest.document',
      jobId: 'ingest:1',
      payload: { id: 'x' },
    });
    await em.flush();
    expect(typeof row.id).toBe('number');
    const loaded = await db.orm.em.fork().findOneOrFail(Outbox, { jobId: 'ingest:1' });
    expect(loaded.attempts).toBe(0);
    expect(loaded.availableAt).toBeInstanceOf(Date);
    expect(loaded.completedAt).toBeNull();
  });
});
