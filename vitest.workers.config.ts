import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * The web app's server rendering the Worker bundles (`[alias]` in wrangler.toml, which the test pool does not apply):
 * the one built next to web/dist, or none when web/dist was built without it (worker/core/http/ssr-absent.ts).
 */
const ssrBundle = fileURLToPath(new URL('./web/dist/ssr/entry-server.js', import.meta.url))
const ssrAbsent = fileURLToPath(new URL('./worker/core/http/ssr-absent.ts', import.meta.url))

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
  resolve: { alias: { 'wspolnota-ssr-bundle': existsSync(ssrBundle) ? ssrBundle : ssrAbsent } },
  test: {
    name: 'workers',
    include: ['tests/workers/**/*.test.ts'],
    globalSetup: ['tests/workers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
