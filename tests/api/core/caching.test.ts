import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { seedDemoBudget, type DemoBudget } from '../../../worker/budget/demo/seed'
import { configFromEnv } from '../../../worker/core/config'
import { isPublicRead } from '../../../worker/core/http/caching'
import type { AnySpec } from '../../../worker/core/http/endpoint'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from '../budget/helpers'
import { staticAssets } from '../../../worker/node-server'
import { Agent, demo, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * Issue #12, caching: public data is revalidated (`no-cache` + ETag, a revisit answered 304 without a body), personal
 * answers stay `no-store` without an ETag.
 */
let t: TestApp
let seeded: DemoBudget
const jst = '/api/v1/jst/gmina-przykladowa'
const thisYear = Number(warsawDate(new Date()).date.slice(0, 4))
const past = pubOf(thisYear - 1)
const next = pubOf(thisYear + 1)
const anonymous = () => new Agent(t)
const getWith = (path: string, headers: Record<string, string>) => anonymous().request('GET', path, undefined, headers)

beforeAll(async () => {
  t = await testApp()
  seeded = (await seedDemoBudget(t.db, configFromEnv({ APP_ENV: 'development' })))!
}, 60_000)
afterAll(() => t.close())

describe('public data', () => {
  it('carries no-cache and an ETag, and a revisit with that ETag gets 304 without a body', async () => {
    expect(seeded.finished.year).toBe(thisYear - 1)
    for (const path of [
      '/api/v1/jst',
      jst,
      `${jst}/bo`,
      next,
      `${next}/projects`,
      `${past}/projects?status=selected`,
      `${past}/final-list`,
      `${past}/results`,
    ]) {
      const first = await anonymous().get(path)
      expect(first.status, path).toBe(200)
      expect(first.headers.get('cache-control'), path).toBe('no-cache')
      const tag = first.headers.get('etag')!
      expect(tag, path).toMatch(/^W\/"[^"]+"$/)
      const again = await getWith(path, { 'If-None-Match': tag })
      expect(again.status, path).toBe(304)
      expect(await again.text(), path).toBe('')
      expect(again.headers.get('etag'), path).toBe(tag)
      expect(again.headers.get('cache-control'), path).toBe('no-cache')
      expect((await getWith(path, { 'If-None-Match': 'W/"inny"' })).status, path).toBe(200)
    }
  })

  it('gets a new ETag when staff change it, so the old one is answered in full', async () => {
    const year = thisYear + 7
    const coordinator = await loggedIn(t, demo.koordynator)
    const body = editionBody(year, {}, 5)
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
    const before = await anonymous().get(pubOf(year))
    const tag = before.headers.get('etag')!
    expect((await getWith(pubOf(year), { 'If-None-Match': tag })).status).toBe(304)

    const changed = { ...body, title: `Budżet obywatelski ${year} — po zmianie`, version: created.version as number }
    await json(coordinator.request('PUT', `${STAFF_BO}/editions/${year}`, changed), 200)
    const after = await getWith(pubOf(year), { 'If-None-Match': tag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(tag)
    expect((await after.json()).title).toBe(changed.title)
  })
})

describe('personal answers', () => {
  it('staff answers carry no-store and no ETag, and are never answered 304', async () => {
    const admin = await loggedIn(t, demo.admin)
    for (const path of ['/api/v1/auth/me', `${jst}/staff/users`, `${STAFF_BO}/overview`]) {
      const res = await admin.request('GET', path, undefined, { 'If-None-Match': '*' })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control'), path).toBe('no-store')
      expect(res.headers.get('etag'), path).toBeNull()
    }
  })

  it('a public page asked for with a staff session stays no-store: a session may see more than a resident', async () => {
    const admin = await loggedIn(t, demo.admin)
    const res = await admin.get(`${next}/projects`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
  })

  it("an author's view of their project carries no-store and no ETag", async () => {
    const edition = await json(anonymous().get(next), 200)
    const r = anonymous()
    const created = await json(r.post(`${next}/projects`, draftBody(edition.pools[0].id)), 201)
    const res = await asAuthor(r, created.token).get(`${next}/projects/${created.project.id}/author`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
  })

  it('refusals and answers about this moment carry no-store and no ETag', async () => {
    for (const [path, status] of [
      [pubOf(1999), 404],
      [`${past}/receipt/ABCDEFGHJK`, 404],
      ['/api/v1/health', 200],
    ] as const) {
      const res = await anonymous().get(path)
      expect(res.status, path).toBe(status)
      expect(res.headers.get('cache-control'), path).toBe('no-store')
      expect(res.headers.get('etag'), path).toBeNull()
    }
  })

  it('an endpoint with a secret in its path (a receipt code, an invitation) is not public data', () => {
    const spec = (path: string, access: AnySpec['access'] = { kind: 'public' }, method: AnySpec['method'] = 'get') =>
      ({ method, path, access, summary: '', tags: [], responses: {} }) as AnySpec
    expect(isPublicRead(spec('/jst/:slug/bo/:year/projects'))).toBe(true)
    expect(isPublicRead(spec('/jst/:slug/bo/:year/receipt/:code'))).toBe(false)
    expect(isPublicRead(spec('/auth/invitations/:token'))).toBe(false)
    expect(isPublicRead(spec('/auth/me', { kind: 'user' }))).toBe(false)
    expect(isPublicRead(spec('/jst/:slug/bo/:year/projects', { kind: 'public' }, 'post'))).toBe(false)
  })
})

describe('the web app from the Node server', () => {
  const dist = resolve('tmp', `caching-${process.pid}-${Math.random().toString(36).slice(2)}`)
  let app: ReturnType<typeof createApp>
  beforeAll(() => {
    mkdirSync(`${dist}/assets`, { recursive: true })
    writeFileSync(`${dist}/index.html`, '<!doctype html><html lang="pl"><div id="app"></div></html>')
    writeFileSync(`${dist}/assets/app-1234.js`, 'console.log(1)')
    app = createApp({
      config: configFromEnv({ APP_ENV: 'development' }),
      services: () => {
        throw new Error('no API here')
      },
      assets: staticAssets(dist),
    })
  })
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://localhost${path}`, { headers })

  it('revalidates index.html on every visit: no-cache, and 304 without a body while it is unchanged', async () => {
    const first = await get('/')
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const tag = first.headers.get('etag')!
    expect(tag).toMatch(/^W\/"[^"]+"$/)
    for (const path of ['/', '/gmina-przykladowa/bo']) {
      const again = await get(path, { 'If-None-Match': tag, 'Accept-Encoding': 'gzip, br' })
      expect(again.status, path).toBe(304)
      expect(await again.text(), path).toBe('')
      expect(again.headers.get('cache-control'), path).toBe('no-cache')
      expect(again.headers.get('etag'), path).toBe(tag)
      expect(again.headers.get('vary'), path).toBe('Accept-Encoding')
    }
  })

  it('keeps hashed assets for a year', async () => {
    const res = await get('/assets/app-1234.js')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await res.text()).toBe('console.log(1)')
  })
})
