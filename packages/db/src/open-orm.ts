import { MikroORM, type Options } from '@mikro-orm/postgresql';

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
 */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  // Reading the pending list first also creates the migrations table outside the transaction below. The migrator
  // reads that table on its own connection, which must not wait for our transaction: on a server that runs one
  // transaction at a time (PGlite behind its socket, as `npm start` uses) that would never finish.
  if ((await orm.migrator.getPending()).length === 0) return [];
  const connection = orm.em.getConnection();
  const applied = await connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY], 'all', trx);
    return orm.migrator.up({ transaction: trx });
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
