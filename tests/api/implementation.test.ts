import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken, newId, newToken } from '../../worker/auth/tokens'
import { editions, projects } from '../../worker/budget/schema'
import { votingPhases } from '../support/editions'
import { editionBody, json } from './budget-helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, ORIGIN, testApp, type TestApp } from './helpers'

/**
 * The public photo of a progress note: served only after publication, only for a photo attached to a note of a
 * winner of this edition, inline with its own type and `nosniff` — never another file of the project.
 */
let t: TestApp
let winnerId: string
let loserId: string
const year = 2031
const pub = `/api/v1/jst/gmina-przykladowa/bo/${year}`
const staff = `/api/v1/jst/gmina-przykladowa/staff/bo/${year}`
// The smallest valid PNG: 1×1 transparent pixel.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (ch) => ch.charCodeAt(0))

async function upload(agent: Agent, projectId: string, text: string, file?: File) {
  const form = new FormData()
  form.append('text', text)
  if (file) form.append('photo', file)
  return t.app.request(`${ORIGIN}${staff}/implementation/${projectId}/notes`, { method: 'POST', body: form, headers: { Cookie: agent.cookie, Origin: ORIGIN } })
}

beforeAll(async () => {
  t = await testApp()
  const coordinator = await loggedIn(t, demo.koordynator)
  const body = { ...editionBody(year), phases: votingPhases() }
  body.rules = { ...body.rules, ballot: { format: 'approval', minProjects: 1, maxProjects: 1, areaPools: 'any-one-area' } }
  const created = await json(coordinator.post('/api/v1/jst/gmina-przykladowa/staff/bo/editions', body), 201)
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  const now = new Date()
  const ids: string[] = []
  for (const number of [1, 2]) {
    const id = newId()
    ids.push(id)
    await t.db.insert(projects).values({ id, tenantId: e!.tenantId, editionId: e!.id, poolId: created.pools[0].id, number, status: 'accepted', title: `Projekt ${number}`, costItems: [], cost: number === 1 ? 50_000_000 : 55_000_000, extra: {}, authorName: 'Autor Testowy', authorEmail: `autor${number}@example.pl`, authorTokenHash: await hashToken(newToken()), authorResidenceDeclared: true, createdAt: now, updatedAt: now })
  }
  ;[winnerId, loserId] = ids as [string, string]
  // One ballot for project 1, so it wins; project 2 (no votes) no longer fits in the pool.
  const r = new Agent(t)
  expect((await r.post(`${pub}/vote/code`, { channel: 'email', address: 'glosujaca@example.pl' })).status).toBe(202)
  const code = (await lastMail(r, 'glosujaca@example.pl')).text.match(/\b(\d{6})\b/)![1]
  const { token } = await json(r.post(`${pub}/vote/session`, { channel: 'email', address: 'glosujaca@example.pl', code }), 201)
  const identity = { firstName: 'Anna', lastName: 'Nowak', address: 'ul. Polna 3, Przykładowo', residenceDeclared: true, adult: true }
  await json(r.request('POST', `${pub}/vote/cast`, { choices: { [created.pools[0].id]: { [winnerId]: 1 } }, identity }, { Authorization: `Bearer ${token}` }), 201)
  await t.db.run(sql`UPDATE bo_phases SET ends_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'voting'`)
  await t.db.run(sql`UPDATE bo_phases SET starts_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'results'`)
  await json(coordinator.post(`${staff}/results`, {}), 201)
})
afterAll(() => t.close())

describe('photos of implementation notes', () => {
  it('serves nothing before publication, then the photo inline with its type and nosniff', async () => {
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${newId()}`), 404)
    await json((await loggedIn(t, demo.admin)).post(`${staff}/results/publish`, {}), 200)
    const list = await json(new Agent(t).get(`${pub}/implementation`), 200)
    expect(list.items.map((i: { projectId: string }) => i.projectId)).toEqual([winnerId])

    const koordynator = await loggedIn(t, demo.koordynator)
    const note = await json(upload(koordynator, winnerId, 'Posadzono pierwsze drzewa.', new File([PNG], 'drzewa.png', { type: 'image/png' })), 201)
    const photo = await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${note.photoId}`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/png')
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff')
    expect(photo.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''drzewa\.png$/)
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(PNG)
    const after = await json(new Agent(t).get(`${pub}/implementation`), 200)
    expect(after.items[0].notes).toMatchObject([{ text: 'Posadzono pierwsze drzewa.', photoId: note.photoId }])
  })

  it('refuses a photo that is not a note photo of this winner, and a file whose bytes are not an image', async () => {
    const koordynator = await loggedIn(t, demo.koordynator)
    const note = await json(upload(koordynator, winnerId, 'Drugie zdjęcie z budowy.', new File([PNG], 'b.png', { type: 'image/png' })), 201)
    // the right photo under a project that did not win, and an unknown id under the winner
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${loserId}/photos/${note.photoId}`), 404)
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${newId()}`), 404)
    // a project attachment of another kind is not reachable through this route
    const documentId = newId()
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    await t.db.run(sql`INSERT INTO bo_attachments (id, tenant_id, project_id, kind, name, mime, size, data, created_at) VALUES (${documentId}, ${e!.tenantId}, ${winnerId}, 'document', 'opis.pdf', 'application/pdf', 8, ${Buffer.from('%PDF-1.4')}, ${Date.now()})`)
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${documentId}`), 404)
    // HTML renamed to .png is refused at upload, next to the photo field
    const html = await expectProblem(await upload(koordynator, winnerId, 'Zdjęcie, które nie jest zdjęciem.', new File(['<script>alert(1)</script>'], 'x.png', { type: 'image/png' })), 400)
    expect(html.errors).toEqual([{ field: 'photo', detail: expect.stringContaining('JPEG, PNG lub WebP') }])
  })
})
