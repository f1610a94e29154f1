import { defineConfig } from 'vitest/config'

/**
 * Two projects:
 * - `unit`: pure helpers (`test/unit/**`), fast, no build.
 * - `browser`: Chromium against the real portal (`test/browser/**`). Its global setup seeds a
 *   throwaway database, exports the snapshot, builds the site and serves it; files then run one
 *   after another against that one server. TEST_SITE_DIST=<built folder> skips the preparation.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // This machine has two cores, and Chromium takes one.
    fileParallelism: false,
    maxWorkers: 1,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/globalSetup.ts'],
          // Seeding, exporting and building take minutes; a page with axe takes seconds.
          hookTimeout: 900_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
})
