export { createOrmConfig, migrationsFolder, type OrmConfigInput } from './orm-config.js';
export {
  openOrm,
  migrateToLatest,
  checkDatabase,
  MIGRATION_LOCK_KEY,
  type DatabaseHealth,
  type WooOrm,
} from './open-orm.js';
export { uuidV7 } from './uuid-v7.js';
export { entities } from './entities/index.js';
export { Outbox, OutboxSchema } from './entities/outbox.entity.js';
