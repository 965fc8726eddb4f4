import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createOrmConfig } from '../orm-config.js';
import { migrateToLatest, openOrm } from '../open-orm.js';

export interface TestDatabase {
  orm: MikroORM;
  databaseUrl: string;
  /** Closes the ORM and drops the database, even while other sessions are still connected. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply the committed migrations (default true). */
  migrate?: boolean;
  debug?: boolean;
}

/** Where test databases are created: a superuser connection to any existing database. */
export function testAdminUrl(): string {
  return (
    process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database `woo_test_<random>` with the committed migrations applied, for one test file.
 * Call `drop()` in `afterAll`.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `woo_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database "${name}"`));

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  let orm: MikroORM | undefined;
  const drop = async (): Promise<void> => {
    try {
      await orm?.close(true);
    } finally {
      // FORCE ends sessions still open (a second ORM in a test, a stuck worker), so nothing is left behind.
      await withAdminClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
    }
  };

  try {
    orm = await openOrm(createOrmConfig({ databaseUrl, debug: options.debug ?? false, pool: { min: 0, max: 5 } }));
    if (options.migrate ?? true) {
      await migrateToLatest(orm);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { orm, databaseUrl, drop };
}
