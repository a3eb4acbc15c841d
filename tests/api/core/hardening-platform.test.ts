import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv, nodeSettingsFromEnv } from '../../../worker/core/config'
import { openClient, tuneLocalFile } from '../../../worker/core/db/client'
import { staticAssets, startNodeServer } from '../../../worker/node-server'
import { modules } from '../../../worker/modules'
import { Agent, demo, loggedIn, PASSWORD, testApp, type TestApp } from '../../support/api'

/** Findings of the security review on configuration, the Node server and HTTP caching. */

const PROD = {
  APP_ENV: 'production',
  IDENTITY_PEPPER: 'tajny-klucz-produkcji-123',
  APP_URL: 'https://bo.gmina.example',
}
const tmp = (name: string) => resolve('tmp', `platform-${process.pid}-${Math.random().toString(36).slice(2)}-${name}`)
const removeDb = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}

beforeAll(() => {
  mkdirSync(resolve('tmp'), { recursive: true })
})

describe('configuration', () => {
  it('production refuses to start without APP_URL, with a Polish message', () => {
    const { APP_URL: _, ...withoutUrl } = PROD
    expect(() => configFromEnv(withoutUrl)).toThrow(/APP_URL/)
    expect(() => configFromEnv({ ...withoutUrl, APP_URL: '' })).toThrow(/Ustaw APP_URL/)
    expect(() => configFromEnv({ ...PROD, APP_URL: 'nie adres' })).toThrow(/APP_URL/)
    expect(configFromEnv(PROD).appUrl).toBe('https://bo.gmina.example')
  })

  it('development and test default APP_URL to this server on localhost, never to a request', () => {
    expect(configFromEnv({ APP_ENV: 'development' }).appUrl).toBe('http://localhost:8787')
    expect(configFromEnv({ APP_ENV: 'test', PORT: '4321' }).appUrl).toBe('http://localhost:4321')
    expect(configFromEnv({ APP_ENV: 'development', APP_URL: 'http://localhost:5173/' }).appUrl).toBe(
      'http://localhost:5173',
    )
  })

  it('production refuses the published development pepper', () => {
    expect(() => configFromEnv({ ...PROD, IDENTITY_PEPPER: 'wspolnota-dev-pepper-not-secret' })).toThrow(
      /IDENTITY_PEPPER/,
    )
    expect(() => configFromEnv({ ...PROD, IDENTITY_PEPPER: undefined })).toThrow(/IDENTITY_PEPPER/)
  })

  it('reads enumerated settings case-insensitively', () => {
    const config = configFromEnv({
      APP_ENV: 'Development',
      COOKIE_SECURE: 'FALSE',
      TRUST_PROXY: 'True',
      MAIL_DRIVER: 'OUTBOX',
    })
    expect(config).toMatchObject({ appEnv: 'development', cookieSecure: false, trustProxy: true })
    expect(configFromEnv({ ...PROD, APP_ENV: 'PRODUCTION' }).appEnv).toBe('production')
    const node = nodeSettingsFromEnv({
      APP_ENV: 'development',
      SQLITE_SYNCHRONOUS: 'full',
      SEED_DEMO: 'FALSE',
      DEMO_BUDGET: 'False',
      SQLITE_BACKGROUND_CHECKPOINT: 'FALSE',
    })
    expect(node).toMatchObject({
      sqliteSynchronous: 'FULL',
      seedDemo: false,
      demoBudget: false,
      backgroundCheckpoint: false,
    })
  })

  it('stops on an unknown value or a number that is not a number, naming the variable and what is allowed', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ APP_ENV: 'prod' }, /APP_ENV.*development, test, production/],
      [{ APP_ENV: 'development', COOKIE_SECURE: 'yes' }, /COOKIE_SECURE.*true, false/],
      [{ APP_ENV: 'development', TRUST_PROXY: '1' }, /TRUST_PROXY.*true, false/],
      [{ APP_ENV: 'development', MAIL_DRIVER: 'smtp' }, /MAIL_DRIVER.*outbox, http/],
      [{ APP_ENV: 'development', SMS_DRIVER: 'gsm' }, /SMS_DRIVER.*outbox, http/],
      [{ APP_ENV: 'development', BODY_LIMIT_BYTES: '1MB' }, /BODY_LIMIT_BYTES.*liczb/],
      [{ APP_ENV: 'development', AUTH_REQUESTS_PER_MINUTE: 'dużo' }, /AUTH_REQUESTS_PER_MINUTE.*liczb/],
      [{ APP_ENV: 'development', VOTE_CODES_PER_HOUR: '-5' }, /VOTE_CODES_PER_HOUR.*liczb/],
      [{ APP_ENV: 'development', DRAFTS_PER_HOUR: '0' }, /DRAFTS_PER_HOUR.*liczb/],
      [{ APP_ENV: 'development', CACHE_MS: '2s' }, /CACHE_MS.*liczb/],
      [{ APP_ENV: 'development', PORT: 'osiem' }, /PORT.*liczb/],
    ]
    // With the module list, as the entries read it: the budget's own settings (DRAFTS_PER_HOUR) are checked too.
    for (const [env, message] of cases) expect(() => configFromEnv(env, modules), JSON.stringify(env)).toThrow(message)
    expect(() => nodeSettingsFromEnv({ SQLITE_SYNCHRONOUS: 'fast' })).toThrow(/SQLITE_SYNCHRONOUS.*NORMAL, FULL/)
    expect(() => nodeSettingsFromEnv({ SEED_DEMO: 'tak' })).toThrow(/SEED_DEMO.*true, false/)
    expect(() => nodeSettingsFromEnv({ DEMO_BUDGET: 'nie' })).toThrow(/DEMO_BUDGET.*true, false/)
    expect(() => nodeSettingsFromEnv({ SQLITE_BACKGROUND_CHECKPOINT: 'off' })).toThrow(
      /SQLITE_BACKGROUND_CHECKPOINT.*true, false/,
    )
  })

  it('SQLITE_SYNCHRONOUS=full in lower case makes the file fsync every commit (FULL)', async () => {
    const file = tmp('sync.db')
    const client = openClient({ url: `file:${file}` })
    try {
      await tuneLocalFile(client, `file:${file}`, 'full')
      expect((await client.execute('PRAGMA synchronous')).rows[0]![0]).toBe(2)
    } finally {
      client.close()
      removeDb(file)
    }
  })

  it('SEED_DEMO defaults to false outside development', () => {
    expect(nodeSettingsFromEnv({}).seedDemo).toBe(false)
    expect(nodeSettingsFromEnv({ APP_ENV: 'production' }).seedDemo).toBe(false)
    expect(nodeSettingsFromEnv({ APP_ENV: 'development' }).seedDemo).toBe(true)
  })
})

describe('API answers are never cached unless a handler says so', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('personal and public answers, and refusals, carry Cache-Control: no-store', async () => {
    const admin = await loggedIn(t, demo.admin)
    for (const path of [
      '/api/v1/auth/me',
      '/api/v1/jst/gmina-przykladowa/staff/users',
      '/api/v1/jst/gmina-przykladowa/staff/invitations',
      '/api/v1/health',
    ]) {
      const res = await admin.get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control'), path).toBe('no-store')
    }
    expect((await new Agent(t).get('/api/v1/auth/me')).headers.get('cache-control')).toBe('no-store')
    expect((await new Agent(t).get('/api/v1/nie-ma-takiego')).headers.get('cache-control')).toBe('no-store')
    expect((await admin.login(demo.admin, PASSWORD)).headers.get('cache-control')).toBe('no-store')
  })
})

describe('static files of the Node server', () => {
  let dist: string
  let app: ReturnType<typeof createApp>
  let assets: ReturnType<typeof staticAssets>
  beforeAll(() => {
    dist = tmp('dist')
    mkdirSync(`${dist}/assets`, { recursive: true })
    writeFileSync(`${dist}/index.html`, '<!doctype html><html lang="pl"><div id="app"></div></html>')
    writeFileSync(`${dist}/assets/app-1234.js`, 'console.log(1)')
    assets = staticAssets(dist)
    app = createApp({
      config: configFromEnv({ APP_ENV: 'development' }),
      services: () => {
        throw new Error('no API here')
      },
      assets,
    })
  })
  afterAll(() => rmSync(dist, { recursive: true, force: true }))

  it('answers a page path with a malformed percent-escape with 404, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/panel/%zz', '/assets/%E0%A4%A']) {
      const res = await app.request(`http://localhost${path}`)
      expect(res.status, path).toBe(404)
    }
  })

  it('does not remember missing files: a file that appears later is served', async () => {
    expect(await (await app.request('http://localhost/pozniej.txt')).text()).toContain('<div id="app">')
    writeFileSync(`${dist}/pozniej.txt`, 'jestem')
    expect(await (await app.request('http://localhost/pozniej.txt')).text()).toBe('jestem')
  })

  it('holds only real files in memory, however many paths are asked for', async () => {
    for (let i = 0; i < 200; i++) await app.request(`http://localhost/strona-${i}`)
    for (const variant of [
      '/assets/app-1234.js',
      '//assets/app-1234.js',
      '/assets//app-1234.js',
      '/assets/./app-1234.js',
    ]) {
      const res = await app.request(`http://localhost${variant}`)
      expect(await res.text(), variant).toBe('console.log(1)')
    }
    expect(assets.cachedFiles()).toBeLessThanOrEqual(3)
  })
})

describe('the Node server', () => {
  it('in production creates no demo accounts and prints no passwords', async () => {
    const file = tmp('prod.db')
    const server = await startNodeServer({
      ...PROD,
      DATABASE_URL: `file:${file}`,
      PORT: '0',
      HOST: '127.0.0.1',
      WEB_DIST: tmp('none'),
    })
    try {
      expect(server.logins).toBeNull()
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: demo.operator, password: PASSWORD }),
      })
      expect(res.status).toBe(401)
    } finally {
      await server.close()
      removeDb(file)
    }
  })

  it('close() leaves every write in the database file itself, not only in its -wal', async () => {
    const file = tmp('close.db')
    const copy = tmp('close-copy.db')
    const server = await startNodeServer({
      APP_ENV: 'development',
      DATABASE_URL: `file:${file}`,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_PASSWORD: PASSWORD,
      DEMO_BUDGET: 'false',
      WEB_DIST: tmp('none'),
    })
    try {
      const logins = await Promise.all(
        Array.from({ length: 5 }, () =>
          fetch(`${server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: demo.admin, password: PASSWORD }),
          }),
        ),
      )
      expect(logins.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    } finally {
      await server.close()
    }
    copyFileSync(file, copy)
    const client = createClient({ url: `file:${copy}` })
    try {
      const rows = await client.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login'")
      expect(Number(rows.rows[0]!.n)).toBe(5)
    } finally {
      client.close()
      removeDb(file)
      removeDb(copy)
    }
  })

  it('on SIGTERM the server process writes everything into the database file and exits cleanly', async () => {
    const file = tmp('signal.db')
    const copy = tmp('signal-copy.db')
    const child = spawn(resolve('node_modules/.bin/tsx'), ['worker/node.ts'], {
      env: {
        ...process.env,
        APP_ENV: 'development',
        APP_URL: '',
        DATABASE_URL: `file:${file}`,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_PASSWORD: PASSWORD,
        DEMO_BUDGET: 'false',
        WEB_DIST: tmp('none'),
        SEED_DEMO: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
    try {
      const url = await new Promise<string>((found, failed) => {
        child.stdout.on('data', (chunk) => {
          output += chunk
          const match = output.match(/Wspólnota działa: (http:\/\/\S+)/)
          if (match) found(match[1]!)
        })
        child.once('exit', () => failed(new Error(`the server exited: ${output}`)))
      })
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: demo.koordynator, password: PASSWORD }),
      })
      expect(login.status).toBe(200)
      child.kill('SIGTERM')
      expect(await exited, output).toBe(0)
      copyFileSync(file, copy)
      const client = createClient({ url: `file:${copy}` })
      try {
        const rows = await client.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login'")
        expect(Number(rows.rows[0]!.n)).toBe(1)
      } finally {
        client.close()
      }
      expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
      removeDb(file)
      removeDb(copy)
    }
  }, 60_000)
})
