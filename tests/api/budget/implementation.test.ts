import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { auditLog } from '../../../worker/core/audit/schema'
import { editions, projectEvents } from '../../../worker/budget/tables'
import { implementation, implementationNotes } from '../../../worker/budget/tables/voting'
import { countedEdition, json } from './helpers'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  newTenant,
  ORIGIN,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'

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
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
)

async function upload(agent: Agent, projectId: string, text: string, file?: File) {
  const form = new FormData()
  form.append('text', text)
  if (file) form.append('photo', file)
  return t.app.request(`${ORIGIN}${staff}/implementation/${projectId}/notes`, {
    method: 'POST',
    body: form,
    headers: { Cookie: agent.cookie, Origin: ORIGIN },
  })
}

beforeAll(async () => {
  t = await testApp()
  ;({ winnerId, loserId } = await countedEdition(t, year))
})
afterAll(() => t.close())

describe('photos of implementation notes', () => {
  it('serves nothing before publication, then the photo inline with its type and nosniff', async () => {
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${newId()}`), 404)
    await json((await loggedIn(t, demo.admin)).post(`${staff}/results/publish`, {}), 200)
    const list = await json(new Agent(t).get(`${pub}/implementation`), 200)
    expect(list.items.map((i: { projectId: string }) => i.projectId)).toEqual([winnerId])

    const koordynator = await loggedIn(t, demo.koordynator)
    const note = await json(
      upload(koordynator, winnerId, 'Posadzono pierwsze drzewa.', new File([PNG], 'drzewa.png', { type: 'image/png' })),
      201,
    )
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
    const note = await json(
      upload(koordynator, winnerId, 'Drugie zdjęcie z budowy.', new File([PNG], 'b.png', { type: 'image/png' })),
      201,
    )
    // the right photo under a project that did not win, and an unknown id under the winner
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${loserId}/photos/${note.photoId}`), 404)
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${newId()}`), 404)
    // a project attachment of another kind is not reachable through this route
    const documentId = newId()
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    await t.db.run(
      sql`INSERT INTO files (id, module, tenant_id, owner_id, kind, name, mime, size, data, created_at) VALUES (${documentId}, 'budget', ${e!.tenantId}, ${winnerId}, 'document', 'opis.pdf', 'application/pdf', 8, ${Buffer.from('%PDF-1.4')}, ${Date.now()})`,
    )
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${documentId}`), 404)
    // HTML renamed to .png is refused at upload, next to the photo field
    const html = await expectProblem(
      await upload(
        koordynator,
        winnerId,
        'Zdjęcie, które nie jest zdjęciem.',
        new File(['<script>alert(1)</script>'], 'x.png', { type: 'image/png' }),
      ),
      400,
    )
    expect(html.errors).toEqual([{ field: 'photo', detail: expect.stringContaining('JPEG, PNG lub WebP') }])
  })
})

describe('staff corrections: unchanged status, editing and deleting notes', () => {
  const audited = async (action: string) =>
    (await t.db.select().from(auditLog).where(eq(auditLog.action, action))).length
  const history = async () =>
    (
      await t.db
        .select()
        .from(projectEvents)
        .where(and(eq(projectEvents.projectId, winnerId), eq(projectEvents.kind, 'implementation')))
    ).length
  const notesOf = async () =>
    (await json(new Agent(t).get(`${pub}/implementation`), 200)).items.find(
      (i: { projectId: string }) => i.projectId === winnerId,
    ).notes as { id: string; text: string; photoId: string | null; editedAt: string | null }[]
  const notePath = (projectId: string, noteId: string) => `${staff}/implementation/${projectId}/notes/${noteId}`

  it('saving the same status and reason again writes no history event and no audit entry', async () => {
    const admin = await loggedIn(t, demo.admin)
    expect(
      await json(admin.patch(`${staff}/implementation/${winnerId}`, { status: 'in_progress' }), 200),
    ).toMatchObject({ status: 'in_progress', changed: true })
    const [events, entries] = [await history(), await audited('bo.implementation.status')]
    expect(await json(admin.patch(`${staff}/implementation/${winnerId}`, { status: 'in_progress' }), 200)).toEqual({
      status: 'in_progress',
      statusLabel: 'w realizacji',
      changed: false,
    })
    expect([await history(), await audited('bo.implementation.status')]).toEqual([events, entries])
    // with a reason: the same reason (after trimming) is no change either, another reason is
    const reason = 'Wykonawca wycofał się z umowy.'
    await json(admin.patch(`${staff}/implementation/${winnerId}`, { status: 'abandoned', reason }), 200)
    expect(
      await json(
        admin.patch(`${staff}/implementation/${winnerId}`, { status: 'abandoned', reason: ` ${reason} ` }),
        200,
      ),
    ).toMatchObject({ changed: false })
    expect(
      await json(
        admin.patch(`${staff}/implementation/${winnerId}`, { status: 'abandoned', reason: `${reason} Nowy przetarg.` }),
        200,
      ),
    ).toMatchObject({ changed: true })
    expect([await history(), await audited('bo.implementation.status')]).toEqual([events + 2, entries + 2])
    await json(admin.patch(`${staff}/implementation/${winnerId}`, { status: 'in_progress' }), 200)
  })

  it('corrects the text of a note (the photo stays), audited with before and after; the same text again writes nothing', async () => {
    const koordynator = await loggedIn(t, demo.koordynator)
    const note = await json(
      upload(koordynator, winnerId, 'Posadzno drzewa.', new File([PNG], 'd.png', { type: 'image/png' })),
      201,
    )
    const edited = await json(
      koordynator.patch(notePath(winnerId, note.id), { text: '  Posadzono drzewa przy szkole.  ' }),
      200,
    )
    expect(edited).toMatchObject({
      id: note.id,
      text: 'Posadzono drzewa przy szkole.',
      photoId: note.photoId,
      changed: true,
    })
    const shown = (await notesOf()).find((n) => n.id === note.id)!
    expect(shown).toMatchObject({
      text: 'Posadzono drzewa przy szkole.',
      photoId: note.photoId,
      editedAt: edited.editedAt,
    })
    expect(Date.parse(shown.editedAt!)).toBeGreaterThan(0)
    expect((await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${note.photoId}`)).status).toBe(200)
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'bo.implementation.note.edit'))
    expect(entry).toMatchObject({
      entity: 'bo_project',
      entityId: winnerId,
      before: { noteId: note.id, text: 'Posadzno drzewa.' },
      after: { noteId: note.id, text: 'Posadzono drzewa przy szkole.' },
    })
    expect(
      await json(koordynator.patch(notePath(winnerId, note.id), { text: 'Posadzono drzewa przy szkole.' }), 200),
    ).toMatchObject({ changed: false, editedAt: edited.editedAt })
    expect(await audited('bo.implementation.note.edit')).toBe(1)
    // an untouched note says it was never corrected
    expect((await notesOf()).find((n) => n.text === 'Posadzono pierwsze drzewa.')!.editedAt).toBeNull()
  })

  it('refuses a text that is too short or missing, next to the text field, and changes nothing', async () => {
    const admin = await loggedIn(t, demo.admin)
    const note = (await notesOf())[0]!
    const short = await expectProblem(await admin.patch(notePath(winnerId, note.id), { text: ' abc ' }), 400)
    expect(short.errors).toEqual([{ field: 'text', detail: 'Wpisz treść informacji (co najmniej 5 znaków).' }])
    const missing = await expectProblem(await admin.patch(notePath(winnerId, note.id), {}), 400)
    expect(missing.errors?.[0]?.field).toBe('text')
    expect((await notesOf())[0]!.text).toBe(note.text)
  })

  it('deletes a note with its photo (the public photo address then answers 404), audited', async () => {
    const admin = await loggedIn(t, demo.admin)
    const note = await json(
      upload(admin, winnerId, 'Zdjęcie do usunięcia.', new File([PNG], 'x.png', { type: 'image/png' })),
      201,
    )
    expect((await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${note.photoId}`)).status).toBe(200)
    const removed = await admin.request('DELETE', notePath(winnerId, note.id))
    expect(removed.status).toBe(204)
    await expectProblem(await new Agent(t).get(`${pub}/implementation/${winnerId}/photos/${note.photoId}`), 404)
    expect((await notesOf()).map((n) => n.id)).not.toContain(note.id)
    expect(await t.db.run(sql`SELECT id FROM files WHERE id = ${note.photoId}`).then((r) => r.rows.length)).toBe(0)
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'bo.implementation.note.delete'))
    expect(entry).toMatchObject({
      entityId: winnerId,
      before: { noteId: note.id, text: 'Zdjęcie do usunięcia.', photoId: note.photoId },
    })
    // a note without a photo, and then the same note again: gone
    const plain = await json(
      admin.post(`${staff}/implementation/${winnerId}/notes`, { text: 'Informacja bez zdjęcia.' }),
      201,
    )
    expect((await admin.request('DELETE', notePath(winnerId, plain.id))).status).toBe(204)
    await expectProblem(await admin.request('DELETE', notePath(winnerId, plain.id)), 404)
  })

  it('refuses verifiers, moderators, another JST and a note of another project', async () => {
    const note = (await notesOf())[0]!
    for (const role of [demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, role)
      await expectProblem(await agent.patch(notePath(winnerId, note.id), { text: 'Poprawka bez uprawnień.' }), 403)
      await expectProblem(await agent.request('DELETE', notePath(winnerId, note.id)), 403)
    }
    await expectProblem(await new Agent(t).request('DELETE', notePath(winnerId, note.id)), 401)

    // another JST's coordinator: refused here, and finds nothing under their own JST
    const { agent: other } = await staffOfAnotherJst(t, 'koordynator')
    await expectProblem(await other.patch(notePath(winnerId, note.id), { text: 'Poprawka z innej gminy.' }), 403)
    await expectProblem(await other.request('DELETE', notePath(winnerId, note.id)), 403)
    const foreign = `/api/v1/jst/${newTenant.slug}/staff/bo/${year}/implementation/${winnerId}/notes/${note.id}`
    await expectProblem(await other.patch(foreign, { text: 'Poprawka z innej gminy.' }), 404)
    await expectProblem(await other.request('DELETE', foreign), 404)

    // a second tracked project: the first one's note is not reachable under it; nor is an unknown note
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    await t.db.insert(implementation).values({
      projectId: loserId,
      tenantId: e!.tenantId,
      editionId: e!.id,
      scope: { number: 2, title: 'Projekt 2', cost: 55_000_000 },
      status: 'selected',
      updatedAt: new Date(),
    })
    const admin = await loggedIn(t, demo.admin)
    const wrong = await expectProblem(
      await admin.patch(notePath(loserId, note.id), { text: 'Poprawka pod innym projektem.' }),
      404,
    )
    expect(wrong.detail).toBe('Nie ma takiej informacji o postępie realizacji tego projektu.')
    await expectProblem(await admin.request('DELETE', notePath(loserId, note.id)), 404)
    await expectProblem(await admin.request('DELETE', notePath(winnerId, newId())), 404)
    const [kept] = await t.db.select().from(implementationNotes).where(eq(implementationNotes.id, note.id))
    expect(kept!.text).toBe(note.text)
  })
})
