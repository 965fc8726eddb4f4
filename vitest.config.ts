import { defineConfig } from 'vitest/config';

// One run for the whole workspace. Integration tests create their own database and queue prefix per file,
// so files may run in parallel (two workers: these machines have two cores).
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'workers/*/src/**/*.test.ts',
      'infra/local/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
