/**
 * Test layout: unit tests are pure and fast; integration tests run against the real Neo4j
 * that the global setup makes sure is up; e2e tests drive Debian's chromium.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
