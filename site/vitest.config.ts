import { defineConfig } from 'vitest/config'

/**
 * Four projects:
 * - `unit`: pure helpers (`test/unit/**`), fast, no build.
 * - `browser`: Chromium against the real portal (`test/browser/**`). Its global setup seeds a
 *   throwaway database, exports the snapshot, builds the site and serves it; files then run one
 *   after another against that one server. TEST_SITE_DIST=<built folder> skips the preparation.
 * - `publishing`: the CMS with its portal builder on a seeded database; changes made over REST
 *   must reach (or leave) the live release.
 * - `preview`: Chromium against the draft-preview server and the real CMS it asks
 *   (`test/preview/**`); its global setup starts both on a throwaway database.
 * - `admin`: Chromium against the CMS's admin, from its production build (`test/admin/**`).
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
      {
        extends: true,
        test: {
          name: 'publishing',
          include: ['test/publishing/**/*.test.ts'],
          // Each step waits for a real build of the seeded portal.
          hookTimeout: 900_000,
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'preview',
          include: ['test/preview/**/*.test.ts'],
          globalSetup: ['test/support/previewServer.ts'],
          // Starting the CMS and compiling its API routes the first time take a minute or two.
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'admin',
          include: ['test/admin/**/*.test.ts'],
          // `next build` of the CMS, when no test before made it from the same sources.
          hookTimeout: 900_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
})
