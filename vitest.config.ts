import { defineConfig } from 'vitest/config'

/**
 * Three projects, one command: Node API and library tests on real libSQL files, the Worker build inside workerd
 * (vitest.workers.config.ts), and real-browser journeys in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/api/**/*.test.ts',
            'tests/tally/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'worker/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      './vitest.workers.config.ts',
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
