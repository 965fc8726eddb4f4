import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities/index.js';
import { WooMigrationGenerator } from './migration-generator.js';
import { migrationsList } from './migrations/index.js';

export interface OrmConfigInput {
  databaseUrl: string;
  debug?: boolean;
  pool?: { min: number; max: number };
  /**
   * Create the database when it does not exist (MikroORM's `ensureDatabase`). Off by default: in production a
   * wrong DATABASE_URL must fail loudly, not quietly start an empty database. Local start-up may turn it on.
   */
  createDatabaseIfMissing?: boolean;
}

/** Folder of the committed migrations, relative to this package (used by the create-migration CLI). */
export const migrationsFolder = new URL('./migrations/', import.meta.url);

/**
 * MikroORM options for the one PostgreSQL database. Entities and migrations are listed explicitly, so nothing
 * depends on globbing the file system (works the same under tsx, vitest and a bundler).
 */
export function createOrmConfig(input: OrmConfigInput): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: input.databaseUrl,
    entities: [...entities],
    extensions: [Migrator],
    debug: input.debug ?? false,
    ...(input.pool ? { pool: { min: input.pool.min, max: input.pool.max } } : {}),
    // Every request and job forks its own EntityManager; the global one must never collect state.
    allowGlobalContext: false,
    ensureDatabase: input.createDatabaseIfMissing ?? false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: [...migrationsList],
      transactional: true,
      allOrNothing: true,
      // The committed migrations are the truth; new ones are diffed against a database that has them applied
      // (see cli/create-migration.ts), so no snapshot file is written or read.
      snapshot: false,
      snapshotOnMigrate: false,
      emit: 'ts',
      generator: WooMigrationGenerator,
      silent: true,
    },
  };
}
