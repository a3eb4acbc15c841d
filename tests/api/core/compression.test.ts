import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { resolve } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { Plugin } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import viteConfig from '../../../vite.config'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import { staticAssets, startNodeServer, type NodeServer } from '../../../worker/node-server'
import { PASSWORD, testApp, type TestApp } from '../../support/api'

/**
 * Issue #12, the serving part: the build's brotli and gzip copies of the web app go out by `Accept-Encoding`, and the
 * Node server gzips larger API answers, which the app built for Workers leaves to Cloudflare.
 */

const dir = resolve('tmp', `compression-${process.pid}-${Math.random().toString(36).slice(2)}`)
const dist = `${dir}/dist`
const script = `${Array.from({ length: 400 }, (_, i) => `export const label${i} = 'Budżet obywatelski ${i}'`).join('\n')}\n`
const html = `<!doctype html><html lang="pl"><head><script type="module" src="/assets/app-1234.js"></script></head><body>${'<div id="app"></div>'.repeat(80)}</body></html>`
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...new Array(2000).fill(0)])

/** Raw bytes and headers as they travel: fetch() would undo the encoding, which is what these tests look at. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', fail)
      })
        .on('error', fail)
        .end()
    },
  )
}

const decode = (body: Buffer, encoding: string | null | undefined) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body

/** The vite.config.ts step that writes the `.br` and `.gz` copies, run on a folder as `vite build` runs it. */
async function precompressFolder(outDir: string) {
  const plugins = (viteConfig as { plugins: unknown[] }).plugins.flat() as Plugin[]
  const plugin = plugins.find((p) => p?.name === 'wspolnota:precompress')!
  ;(plugin.configResolved as (config: unknown) => void)({ root: dir, build: { outDir } })
  await (plugin.closeBundle as () => Promise<void>)()
}

beforeAll(async () => {
  mkdirSync(`${dist}/assets`, { recursive: true })
  writeFileSync(`${dist}/index.html`, html)
  writeFileSync(`${dist}/assets/app-1234.js`, script)
  writeFileSync(`${dist}/assets/logo-1234.png`, png)
  writeFileSync(`${dist}/robots.txt`, 'User-agent: *\n')
  await precompressFolder(dist)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the build step', () => {
  it('writes smaller brotli and gzip copies of text files, none of images or of files too small to gain', () => {
    for (const file of ['index.html', 'assets/app-1234.js']) {
      const plain = readFileSync(`${dist}/${file}`)
      expect(brotliDecompressSync(readFileSync(`${dist}/${file}.br`)).equals(plain), file).toBe(true)
      expect(gunzipSync(readFileSync(`${dist}/${file}.gz`)).equals(plain), file).toBe(true)
      expect(readFileSync(`${dist}/${file}.br`).byteLength).toBeLessThan(plain.byteLength / 4)
    }
    expect(() => readFileSync(`${dist}/assets/logo-1234.png.gz`)).toThrow()
    expect(() => readFileSync(`${dist}/robots.txt.gz`)).toThrow()
    expect(readFileSync(`${dist}/.assetsignore`, 'utf8')).toContain('*.br')
  })
})

describe('static files by Accept-Encoding', () => {
  let assets: ReturnType<typeof staticAssets>
  let app: ReturnType<typeof createApp>
  beforeAll(() => {
    assets = staticAssets(dist)
    app = createApp({
      config: configFromEnv({ APP_ENV: 'development' }),
      services: () => {
        throw new Error('no API here')
      },
      assets,
    })
  })
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://localhost${path}`, { headers })

  it('sends brotli when accepted, else gzip, else the plain file, each with Vary and its own Content-Length', async () => {
    const cases: [string | undefined, string | null][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.2, gzip;q=0.8', 'gzip'],
      ['gzip;q=0.5, br;q=0.5', 'br'],
      ['*', 'br'],
      ['*;q=0.1, br;q=0', 'gzip'],
      ['identity', null],
      ['gzip;q=0, br;q=0', null],
      [undefined, null],
    ]
    for (const [accept, encoding] of cases) {
      const res = await get('/assets/app-1234.js', accept === undefined ? {} : { 'Accept-Encoding': accept })
      const body = Buffer.from(await res.arrayBuffer())
      expect(res.status, accept).toBe(200)
      expect(res.headers.get('content-encoding'), accept).toBe(encoding)
      expect(res.headers.get('vary'), accept).toBe('Accept-Encoding')
      expect(res.headers.get('content-length'), accept).toBe(String(body.byteLength))
      expect(res.headers.get('content-type'), accept).toContain('javascript')
      expect(res.headers.get('cache-control'), accept).toContain('immutable')
      expect(decode(body, encoding).toString('utf8'), accept).toBe(script)
    }
  })

  it('compresses index.html too, at / and for every page of the SPA', async () => {
    for (const path of ['/', '/gmina-przykladowa/bo/2026']) {
      const res = await get(path, { 'Accept-Encoding': 'gzip, br' })
      expect(res.headers.get('content-encoding'), path).toBe('br')
      expect(res.headers.get('vary'), path).toBe('Accept-Encoding')
      expect(decode(Buffer.from(await res.arrayBuffer()), 'br').toString('utf8'), path).toBe(html)
    }
  })

  it('sends images as they are, without Vary', async () => {
    const res = await get('/assets/logo-1234.png', { 'Accept-Encoding': 'gzip, br' })
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('vary')).toBeNull()
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png)
  })

  it('holds each file once in memory, whatever encodings were asked for', async () => {
    for (const accept of ['br', 'gzip', 'identity']) await get('/assets/app-1234.js', { 'Accept-Encoding': accept })
    expect(assets.cachedFiles()).toBeLessThanOrEqual(3)
  })
})

describe('the Node server', () => {
  let server: NodeServer
  const file = resolve('tmp', `compression-${process.pid}-${Math.random().toString(36).slice(2)}.db`)
  beforeAll(async () => {
    server = await startNodeServer({
      APP_ENV: 'development',
      DATABASE_URL: `file:${file}`,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_PASSWORD: PASSWORD,
      DEMO_BUDGET: 'false',
      WEB_DIST: dist,
    })
  })
  afterAll(async () => {
    await server?.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  })

  it('sends the entry script brotli-encoded with the length of the bytes on the wire', async () => {
    const res = await rawGet(`${server.url}/assets/app-1234.js`, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['vary']).toBe('Accept-Encoding')
    expect(res.headers['content-length']).toBe(String(res.body.byteLength))
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script)
  })

  it('gzips an API answer over 1 KiB, and leaves a small one as it is', async () => {
    const plain = await rawGet(`${server.url}/api/openapi.json`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.byteLength).toBeGreaterThan(1024)
    const packed = await rawGet(`${server.url}/api/openapi.json`, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers['vary']).toContain('Accept-Encoding')
    expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength / 3)
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true)

    const small = await rawGet(`${server.url}/api/v1/health`, { 'Accept-Encoding': 'gzip' })
    expect(small.status).toBe(200)
    expect(small.body.byteLength).toBeLessThan(1024)
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(small.body.toString('utf8')).status).toBe('ok')
  })
})

describe('the app as built for Workers (no compress option)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('leaves every API answer uncompressed: Cloudflare compresses on the way out', async () => {
    for (const path of ['/api/openapi.json', '/api/v1/jst/gmina-przykladowa']) {
      const res = await t.app.request(`http://localhost${path}`, { headers: { 'Accept-Encoding': 'gzip, br' } })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-encoding'), path).toBeNull()
      expect(JSON.parse(await res.text()), path).toBeTruthy()
    }
  })
})
