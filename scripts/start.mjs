#!/usr/bin/env node
/**
 * `npm start`: the one command that brings Wspólnota up on a fresh machine. It installs dependencies when they are
 * missing or older than the lockfile, builds the web app (with its server rendering of the public pages) and the server
 * bundle (scripts/build-server.mjs) when their sources changed, then starts the Node server on the embedded libSQL file (migrations and the demo JST happen inside
 * the server on start).
 * Plain Node with no dependencies, because it runs before `npm install`.
 * `npm run dev` (`--dev`) runs Vite's dev server with hot reload next to an API server that restarts on changes.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dev = process.argv.includes('--dev')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0)
function newest(dir) {
  if (!existsSync(dir)) return 0
  let t = statSync(dir).mtimeMs
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const installed = join(root, 'node_modules', '.package-lock.json')
if (mtime(installed) < mtime(join(root, 'package-lock.json'))) {
  console.log('Instaluję zależności (npm install)…')
  run(npm, ['install', '--no-audit', '--no-fund'])
}

// Development (demo JST with printed logins, the outbox page) unless told otherwise. Its e-mailed links point at the
// address the person actually opens: Vite's dev server with --dev, this server otherwise. Production must name its
// public address itself (APP_URL), so nothing is filled in for it.
const appEnv = process.env.APP_ENV || 'development'
const ownAddress = `http://localhost:${dev ? 5173 : process.env.PORT || 8787}`
const env = {
  ...process.env,
  APP_ENV: appEnv,
  ...(appEnv.toLowerCase() !== 'production' && !process.env.APP_URL ? { APP_URL: ownAddress } : {}),
}
if (dev) {
  const api = spawn(npm, ['exec', '--', 'tsx', 'watch', 'worker/node.ts'], { cwd: root, stdio: 'inherit', env })
  const web = spawn(npm, ['exec', '--', 'vite'], { cwd: root, stdio: 'inherit', env })
  const stop = () => (api.kill(), web.kill())
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} else {
  const built = mtime(join(root, 'web', 'dist', 'index.html'))
  const sources = Math.max(
    newest(join(root, 'web', 'src')),
    newest(join(root, 'web', 'public')),
    mtime(join(root, 'web', 'index.html')),
    mtime(join(root, 'vite.config.ts')),
    // The web app imports the pure parts of worker/ (rules, ballot checks, the Polish calendar) of every module.
    newest(join(root, 'worker')),
  )
  // The public pages' rendering on the server (vite.ssr.config.ts) lives in web/dist/ssr and is rebuilt with it.
  const rendering = mtime(join(root, 'web', 'dist', 'ssr', 'entry-server.js'))
  if (built < sources || rendering < Math.max(built, sources, mtime(join(root, 'vite.ssr.config.ts')))) {
    console.log('Buduję aplikację webową (vite build)…')
    run(npm, ['exec', '--', 'vite', 'build', '--logLevel', 'warn'])
    run(npm, ['exec', '--', 'vite', 'build', '-c', 'vite.ssr.config.ts', '--logLevel', 'warn'])
  }
  const bundle = join(root, 'dist', 'server', 'node.mjs')
  if (mtime(bundle) < Math.max(newest(join(root, 'worker')), mtime(join(root, 'package-lock.json')))) {
    console.log('Buduję serwer (esbuild)…')
    run(process.execPath, [join(root, 'scripts', 'build-server.mjs')])
  }
  const server = spawn(process.execPath, ['--enable-source-maps', bundle], { cwd: root, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}
