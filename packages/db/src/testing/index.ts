export { createTestDatabase, testAdminUrl, type TestDatabase, type TestDatabaseOptions } from './test-database.js';
export * from './factories.js';
