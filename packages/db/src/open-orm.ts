import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, type Transaction } from '@mikro-orm/postgresql';

/**
 * Arbitrary but fixed key of the PostgreSQL advisory lock that serialises migrations between processes
 * (API and workers all call `migrateToLatest` at start-up). 0x574f4f = 'WOO'.
 */
export const MIGRATION_LOCK_KEY = 0x574f4f_0001;

export type WooOrm = MikroORM;

/** Connects and loads entity metadata. Does not migrate: call `migrateToLatest` for that. */
export async function openOrm(config: Options): Promise<MikroORM> {
  return MikroORM.init(config);
}

/**
 * Applies all pending migrations in one transaction, holding a transaction-scoped advisory lock so that
 * processes starting together migrate one after another: the second one waits, then finds nothing pending.
 * Returns the names of the migrations it applied.
 *
 * No step holds a transaction open while the migrator reads on another connection: on a server that runs one
 * transaction at a time (PGlite behind its socket, as `npm start` uses) that would never finish.
 */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const lock = (trx: Transaction) =>
    connection.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY], 'all', trx);

  // 1. Create the migrations table under the lock, on the locked connection: two processes creating it at once
  //    would otherwise collide ("duplicate key value violates unique constraint pg_type_typname_nsp_index").
  const migrator = orm.migrator;
  if (migrator instanceof Migrator) {
    const storage = migrator.getStorage();
    await connection.transactional(async (trx) => {
      await lock(trx);
      storage.setMasterMigration(trx);
      try {
        await storage.ensureTable();
      } finally {
        storage.unsetMasterMigration();
      }
    });
  }

  // 2. Up to date (the usual start-up): done, without opening a transaction.
  if ((await migrator.getPending()).length === 0) return [];

  // 3. Apply what is pending; whoever gets the lock second finds nothing left to do.
  const applied = await connection.transactional(async (trx) => {
    await lock(trx);
    return migrator.up({ transaction: trx });
  });
  return applied.map((migration) => migration.name);
}

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** A round trip to PostgreSQL for /healthz; never throws. */
export async function checkDatabase(orm: MikroORM): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await orm.em.getConnection().execute('select 1');
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
