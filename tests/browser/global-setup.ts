import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app under test listens, e.g. http://localhost:41234 (localhost, so Secure cookies work). */
    baseUrl: string
    /** Password of every demo account. */
    demoPassword: string
    /** Absolute path of the server's libSQL database file (tests move phase dates in it directly). */
    dbFile: string
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const DEMO_PASSWORD = 'Demo-haslo-2026-testy'

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${url}/api/v1/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The server did not become healthy within 90 s:\n${log()}`)
}

/**
 * Starts the real server (worker/node.ts, bundled as `npm start` runs it) on a free port with a fresh database under tmp/, serving the built
 * web app. The test runner builds web/dist beforehand; if it is missing, it is built here.
 */
export default async function setup(project: TestProject) {
  const dist = process.env.WEB_DIST ?? join(root, 'web', 'dist')
  if (!existsSync(join(dist, 'index.html'))) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', dist, '--emptyOutDir'],
      { cwd: root, stdio: 'inherit' },
    )
  }
  // The public pages' rendering on the server, which the server loads from the build's ssr/ folder: built when the
  // build has none (made with vite.config.ts alone), so the journeys see the pages as `npm start` serves them.
  if (!existsSync(join(dist, 'ssr', 'entry-server.js'))) {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '-c',
        'vite.ssr.config.ts',
        '--outDir',
        join(dist, 'ssr'),
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    )
  }
  mkdirSync(join(root, 'tmp', 'screenshots'), { recursive: true })
  const dbFile = `tmp/browser-${process.pid}.db`
  const port = await freePort()
  let output = ''
  // The server bundle `npm start` runs (scripts/build-server.mjs), so the journeys exercise what residents get.
  const bundle = `tmp/server-${process.pid}/node.mjs`
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.mjs'), bundle], { cwd: root, stdio: 'inherit' })
  const child = spawn(process.execPath, ['--enable-source-maps', bundle], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dbFile}`,
      APP_ENV: 'development',
      DEMO_PASSWORD,
      // The journeys create their own editions: the demo budget of `npm start` would collide with their years.
      DEMO_BUDGET: 'false',
      AUTH_REQUESTS_PER_MINUTE: '600',
      VOTE_CODES_PER_HOUR: '1000',
      // Every journey creates its projects and uploads from this one address: the per-address hourly caps would
      // otherwise depend on where the hour boundary falls during the run.
      DRAFTS_PER_HOUR: '1000',
      UPLOADS_PER_HOUR: '1000',
      APP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Never leave the server behind, even if the run is interrupted.
  const stop = () => child.exitCode === null && child.kill('SIGTERM')
  process.once('exit', stop)
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const baseUrl = `http://localhost:${port}`
  await waitForHealth(baseUrl, child, () => output)
  project.provide('baseUrl', baseUrl)
  project.provide('demoPassword', DEMO_PASSWORD)
  project.provide('dbFile', join(root, dbFile))

  return async () => {
    process.off('exit', stop)
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      const timeout = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timeout)
    }
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(join(root, `${dbFile}${suffix}`), { force: true })
    rmSync(join(root, dirname(bundle)), { recursive: true, force: true })
  }
}
