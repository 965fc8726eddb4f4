// Parametrised statements on the real database: outside a transaction they are prepared once per connection and
// reused; inside the EntityManager's transaction they are part of it; the values never become SQL text.
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrmConfig } from './orm-config.js';
import { openOrm } from './open-orm.js';
import { runPooledStatement, runStatement } from './run-statement.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';

let db: TestDatabase;
/** One connection only, so what the test asks the session about is the session that ran the statements. */
let single: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  single = await openOrm(createOrmConfig({ databaseUrl: db.databaseUrl, pool: { min: 1, max: 1 } }));
  await runPooledStatement(single.em.fork(), 'create table note (id serial primary key, body text not null)', []);
});
afterAll(async () => {
  await single?.close(true);
  await db?.drop();
});

const insert = 'insert into note (body) values ($1) returning id, body';

describe('runStatement', () => {
  it('prepares a statement once per connection and runs it again by name, values as parameters', async () => {
    const em = single.em.fork();
    const tricky = "O'Brien; drop table note; -- $2 ? \\";
    const [first] = await runStatement<{ id: number; body: string }>(em, insert, [tricky]);
    const [second] = await runStatement<{ id: number; body: string }>(em, insert, ['tweede']);
    expect(first!.body).toBe(tricky);
    expect(second!.id).toBe(first!.id + 1);
    const prepared = await runPooledStatement<{ name: string; statement: string }>(
      em,
      'select name, statement from pg_prepared_statements order by name',
      [],
    );
    const ours = prepared.filter((row) => row.statement === insert);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.name).toMatch(/^woo_[0-9a-f]{24}$/);
  });

  it("runs inside the EntityManager's transaction and is rolled back with it", async () => {
    const failure = new Error('rolled back');
    const outcome = await single.em
      .fork()
      .transactional(async (tem) => {
        await runStatement(tem, insert, ['in de transactie']);
        const [inside] = await runStatement<{ count: string }>(tem, 'select count(*) from note where body = $1', [
          'in de transactie',
        ]);
        expect(inside!.count).toBe('1');
        throw failure;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(failure);
    const [after] = await runStatement<{ count: string }>(
      single.em.fork(),
      'select count(*) from note where body = $1',
      ['in de transactie'],
    );
    expect(after!.count).toBe('0');
  });

  it('runPooledStatement stays outside a transaction: what it wrote survives the rollback', async () => {
    const orm = db.orm;
    await runPooledStatement(orm.em.fork(), 'create table if not exists pooled (body text)', []);
    await orm.em
      .fork()
      .transactional(async (tem) => {
        await runPooledStatement(tem, 'insert into pooled (body) values ($1)', ['blijft']);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const [row] = await runPooledStatement<{ count: string }>(orm.em.fork(), 'select count(*) from pooled', []);
    expect(row!.count).toBe('1');
  });
});
