import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import { staticAssets } from '../../../worker/node-server'
import { databaseFileStore } from '../../../worker/core/files/store'
import { testApp, type TestApp } from '../../support/api'

let t: TestApp
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  const dist = resolve('web/dist')
  if (!existsSync(`${dist}/index.html`))
    spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  t = await testApp()
  const services = {
    db: t.db,
    mailer: { send: async () => {} },
    sms: { send: async () => {} },
    rateLimiter: { limit: async () => ({ success: true, retryAfter: 0 }) },
    files: databaseFileStore(t.db),
  }
  app = createApp({
    config: configFromEnv({ APP_ENV: 'development' }),
    services: () => services,
    assets: staticAssets(dist),
  })
})
afterAll(() => t.close())

describe('the web app from the Node server', () => {
  it('serves the SPA at / with lang="pl" and a strict CSP', async () => {
    const res = await app.request('http://localhost/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html).toMatch(/<html[^>]*lang="pl"/)
    // A server-rendered page's answers travel in a data block, which never runs; the only inline script that runs is
    // the start script, allowed by exactly its own SHA-256 in the page's policy.
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self'/)
    expect(csp).not.toContain('unsafe-inline')
    const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)]
    expect(inline.length).toBeLessThanOrEqual(1)
    for (const [, code] of inline) {
      const hash = createHash('sha256').update(code!).digest('base64')
      expect(csp).toContain(`'sha256-${hash}'`)
    }
  })

  it('answers every client-side route with the SPA, and hashed assets with a long cache', async () => {
    for (const path of [
      '/gmina-przykladowa',
      '/panel/logowanie',
      '/gmina-przykladowa/deklaracja-dostepnosci',
      '/nie-ma-takiej-strony',
    ]) {
      const res = await app.request(`http://localhost${path}`)
      expect(res.status, path).toBe(200)
      expect(await res.text()).toContain('<div id="app"')
    }
    const html = await (await app.request('http://localhost/')).text()
    // The entry script: linked by the plain page, named by the start script (`data-entry`) on a rendered one.
    const asset = html.match(/(?:src|data-entry)="(\/assets\/[^"]+\.js)"/)![1]!
    const res = await app.request(`http://localhost${asset}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(res.headers.get('content-type')).toContain('javascript')
  })

  it('does not serve files outside web/dist', async () => {
    const res = await app.request('http://localhost/..%2f..%2fpackage.json')
    expect(await res.text()).not.toContain('"name": "wspolnota"')
  })

  it('shows the development outbox page as plain HTML without scripts', async () => {
    const res = await app.request('http://localhost/dev/outbox')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('lang="pl"')
    expect(html).not.toContain('<script')
  })
})

describe('missing files', () => {
  it('answers a missing hashed asset with 404, not the SPA', async () => {
    const res = await app.request('http://localhost/assets/nie-ma-takiego-pliku.js')
    expect(res.status).toBe(404)
  })
})
