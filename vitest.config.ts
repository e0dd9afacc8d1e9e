/**
 * Three test projects: `unit` is pure and fast; `integration` runs against the real Neo4j
 * that its global setup makes sure is up, one file at a time (one test crashes the
 * database on purpose); `e2e` drives Debian's chromium against the served app.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      // Some unit tests run the command line as a user does: a busy two-core machine needs more than 5 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 }, testTimeout: 60_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Runs after the unit tests and before the browser tests: one of its tests crashes the database.
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/support/_database-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          globalSetup: ['tests/support/_app-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
