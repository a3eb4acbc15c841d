import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * The Worker build inside workerd (Miniflare), as deployed: `worker/index.ts` with the bindings of `wrangler.toml`
 * (assets, vars). Instead of Turso, `DATABASE_URL` points at the test Hrana server that
 * `tests/workers/global-setup.ts` starts in Node over a real libSQL file; the options are a function so they are
 * resolved after the global setup has provided that URL.
 */
export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      main: './worker/index.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          DATABASE_URL: inject('hranaUrl'),
          APP_ENV: 'development',
          // Plain http in tests: the session cookie is `wspolnota_session` instead of `__Host-wspolnota_session`.
          COOKIE_SECURE: 'false',
        },
      },
    })),
  ],
  test: {
    name: 'workers',
    include: ['tests/workers/**/*.test.ts'],
    globalSetup: ['tests/workers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
