import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import {
  storedRateLimiter,
  UPLOADS_PER_HOUR_PER_ADDRESS,
  UPLOADS_PER_HOUR_PER_OWNER,
} from '../../../worker/core/http/rate-limit'
import { createMailer, createSmsSender, outboxOptions } from '../../../worker/core/mail/mailer'
import { databaseFileStore } from '../../../worker/core/files/store'
import { draftBody, editionBody, json, pubOf, STAFF_BO } from '../budget/helpers'
import { Agent, demo, expectProblem, loggedIn, ORIGIN, type TestApp, testApp } from '../../support/api'

/**
 * Uploads are refused by their size before their body is read (the declared Content-Length against the route's own
 * limit; a body without one is cut off while it streams), and counted per address and per project. The rate limiter
 * runs on a fixed clock in the middle of an hour, so an hour boundary never falls inside a test.
 */
const YEAR = 2027
const pub = pubOf(YEAR)
const MB = 1024 * 1024

let t: TestApp
let limited: TestApp
let poolId = ''

beforeAll(async () => {
  t = await testApp()
  const coordinator = await loggedIn(t, demo.koordynator)
  poolId = (await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(YEAR)), 201)).pools[1].id
  const config = configFromEnv({ APP_ENV: 'development' })
  const middleOfAnHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 1_800_000
  const services = {
    db: t.db,
    mailer: createMailer(t.db, { kind: 'outbox' }, outboxOptions(config)),
    sms: createSmsSender(t.db, { kind: 'outbox' }, outboxOptions(config)),
    rateLimiter: storedRateLimiter(t.db, () => middleOfAnHour),
    files: databaseFileStore(t.db),
  }
  limited = { ...t, app: createApp({ config, services: () => services }) }
})
afterAll(() => t.close())

async function draft(n: number): Promise<{ id: string; token: string }> {
  const created = await json(
    new Agent(limited).post(`${pub}/projects`, { ...draftBody(poolId), authorEmail: `autor${n}@example.pl` }),
    201,
  )
  return { id: created.project.id, token: created.token }
}

/** A body that counts what is read from it; nothing is pulled until someone reads (high-water mark 0). */
function watchedBody(total: number) {
  const seen = { bytes: 0 }
  let left = total
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (left <= 0) return controller.close()
        const chunk = new Uint8Array(Math.min(64 * 1024, left)).fill(37)
        left -= chunk.byteLength
        seen.bytes += chunk.byteLength
        controller.enqueue(chunk)
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, seen }
}

function rawUpload(p: { id: string; token: string }, body: ReadableStream<Uint8Array>, declared?: number) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${p.token}`,
    Origin: ORIGIN,
    'Content-Type': 'multipart/form-data; boundary=----granica',
  }
  if (declared !== undefined) headers['Content-Length'] = String(declared)
  return limited.app.request(`${ORIGIN}${pub}/projects/${p.id}/attachments`, {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit)
}

/** A small PDF from one client address (the Workers header `CF-Connecting-IP`, read when there is no Node socket). */
function pdfUpload(p: { id: string; token: string }, address = '203.0.113.7') {
  const form = new FormData()
  form.append(
    'file',
    new File([new TextEncoder().encode('%PDF-1.4\n% test\n') as BlobPart], 'mapa.pdf', { type: 'application/pdf' }),
  )
  form.append('kind', 'document')
  return limited.app.request(`${ORIGIN}${pub}/projects/${p.id}/attachments`, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Bearer ${p.token}`, Origin: ORIGIN, 'CF-Connecting-IP': address },
  })
}

describe('upload size, checked before the body is read', () => {
  it('refuses an upload announcing 30 MB with 413 and a Polish message, without reading its body', async () => {
    const p = await draft(1)
    const { stream, seen } = watchedBody(30 * MB)
    const problem = await expectProblem(await rawUpload(p, stream, 30 * MB), 413)
    expect(problem.detail).toMatch(/zbyt duże|za duży/)
    expect(seen.bytes).toBe(0)
  })

  it("refuses an upload announcing more than the edition's file limit (8 MB > 5 MB) without reading its body", async () => {
    const p = await draft(2)
    const { stream, seen } = watchedBody(8 * MB)
    const problem = await expectProblem(await rawUpload(p, stream, 8 * MB), 413)
    expect(problem.detail).toBe('Plik jest za duży: limit 5.0 MB.')
    expect(problem.errors).toEqual([{ field: 'file', detail: 'Plik jest za duży: limit 5.0 MB.' }])
    expect(seen.bytes).toBe(0)
  })

  it("stops reading a body sent without Content-Length once it passes the edition's file limit", async () => {
    const p = await draft(3)
    const { stream, seen } = watchedBody(12 * MB)
    await expectProblem(await rawUpload(p, stream), 413)
    expect(seen.bytes).toBeLessThan(5 * MB + 256 * 1024)
  })
})

describe('upload rate limits', () => {
  it(`refuses the ${UPLOADS_PER_HOUR_PER_OWNER + 1}st upload into one project and the ${UPLOADS_PER_HOUR_PER_ADDRESS + 1}st from one address within an hour (429)`, async () => {
    const [a, b] = [await draft(4), await draft(5)]
    const statuses = async (p: { id: string; token: string }, n: number) => {
      const out: number[] = []
      for (let i = 0; i < n; i++) out.push((await pdfUpload(p)).status)
      return out
    }
    const intoA = await statuses(a, UPLOADS_PER_HOUR_PER_OWNER)
    expect(intoA.filter((s) => s === 429)).toEqual([])
    expect(intoA.filter((s) => s === 201)).toHaveLength(5)
    const overA = await pdfUpload(a)
    const problem = await expectProblem(overA, 429)
    expect(problem.detail).toMatch(/^Zbyt wiele przesłanych plików/)
    expect(overA.headers.get('Retry-After')).toBeTruthy()
    const intoB = await statuses(b, UPLOADS_PER_HOUR_PER_ADDRESS - UPLOADS_PER_HOUR_PER_OWNER - 1)
    expect(intoB.filter((s) => s === 429)).toEqual([])
    await expectProblem(await pdfUpload(b), 429)
    expect((await pdfUpload(b, '198.51.100.9')).status).toBe(400)
  })
})
