import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

/**
 * The deploy build of the Worker: `wrangler deploy --dry-run` bundles worker/index.ts with wrangler.toml's settings
 * and stops before talking to Cloudflare. It must work offline: no login (dry run), no metrics, no prompts (CI), and
 * the npm registry used for wrangler's update check points at a closed local port so nothing waits on the network.
 */
it('bundles the Worker with `wrangler deploy --dry-run`, offline', async () => {
  const outdir = resolve('tmp', 'wrangler-dry-run')
  rmSync(outdir, { recursive: true, force: true })
  // wrangler.toml serves ./web/dist as assets; it only exists after `vite build`, but wrangler requires the directory.
  mkdirSync(resolve('web', 'dist'), { recursive: true })
  // The Worker bundles the web app's server rendering (wrangler.toml `[alias]`), which `npm run build` writes into
  // web/dist/ssr; a build made with vite.config.ts alone has none, so it is built here (the sources only, no assets).
  if (!existsSync(resolve('web', 'dist', 'ssr', 'entry-server.js')))
    await promisify(execFile)(
      'npx',
      ['--no-install', 'vite', 'build', '-c', 'vite.ssr.config.ts', '--logLevel', 'warn'],
      {
        timeout: 100_000,
      },
    )

  const { stdout, stderr } = await promisify(execFile)(
    'npx',
    ['--no-install', 'wrangler', 'deploy', '--dry-run', '--outdir', outdir],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', npm_config_registry: 'http://127.0.0.1:9/' },
      timeout: 110_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((e: { code?: number; stdout?: string; stderr?: string }) => {
    throw new Error(`wrangler exited with ${e.code}\n${e.stdout}\n${e.stderr}`)
  })

  expect(`${stdout}\n${stderr}`).toMatch(/--dry-run: exiting now/)
  const bundle = resolve(outdir, 'index.js')
  expect(existsSync(bundle)).toBe(true)
  expect(statSync(bundle).size).toBeGreaterThan(10_000)
}, 220_000)
