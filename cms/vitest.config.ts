import { defineConfig } from 'vitest/config'

/**
 * Two projects over `test/**\/*.test.ts`:
 * - `api`: REST and GraphQL over a real HTTP server (`next dev` on a throwaway database), started
 *   once by the global setup and shared by every file; files run one after another.
 * - `api-production`: the same files against the production build (`next start`), which bundles
 *   the server differently (see next.config.ts).
 * - `local`: unit tests and the seed test (Payload's Local API on its own throwaway database).
 * Set TEST_DATABASE_URI=mongodb://… to run both against MongoDB instead of SQLite.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // One file at a time: the HTTP suites share one server, and this machine has two cores.
    fileParallelism: false,
    maxWorkers: 1,
    // Starting Next.js, compiling a route the first time and seeding can each take a minute.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'local',
          include: ['test/**/*.test.ts'],
          exclude: ['test/api/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/support/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api-production',
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/support/globalSetup.ts'],
        },
      },
    ],
  },
})
