import { and, asc, eq, inArray } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { newId } from '../../core/ids'
import { uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { projects } from '../schema'
import { editionFromPath, eventInsert, idParam, type Ctx } from '../shared'
import { implementation, implementationNotes, results } from './schema'
import type { ResultsData } from './staff-routes'
import { BUDGET_FILES } from '../queries'

export const implementationStatuses = ['selected', 'in_progress', 'done', 'abandoned'] as const
const statusLabels: Record<string, string> = {
  selected: 'wybrany do realizacji',
  in_progress: 'w realizacji',
  done: 'zrealizowany',
  abandoned: 'odstąpiono od realizacji',
}

export const statusSchema = v.pipe(
  v.object({
    status: v.picklist(implementationStatuses, 'Wybierz status realizacji.'),
    reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000))),
  }),
  v.forward(
    v.check(
      (b) => b.status !== 'abandoned' || (b.reason ?? '').length >= 10,
      'Odstąpienie od realizacji wymaga uzasadnienia (co najmniej 10 znaków).',
    ),
    ['reason'],
  ),
)
const noteSchema = v.object({
  text: v.pipe(
    v.string('Wpisz treść informacji.'),
    v.trim(),
    v.minLength(5, 'Wpisz treść informacji (co najmniej 5 znaków).'),
    v.maxLength(10_000),
  ),
})
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']
const PHOTO_MAX = 8 * 1024 * 1024

/** Statements that open implementation tracking for every winner, with the scope as voted; run with publication. */
export async function implementationRows(
  c: Ctx,
  e: Awaited<ReturnType<typeof editionFromPath>>,
  data: ResultsData,
  now = new Date(),
) {
  const { db } = c.get('services')
  const winners = new Set(data.pools.flatMap((p) => p.outcome.selected))
  const rows = (
    await db
      .select()
      .from(projects)
      .where(and(eq(projects.editionId, e.edition.id), eq(projects.status, 'accepted')))
  ).filter((p) => winners.has(String(p.number ?? p.id)))
  return rows.flatMap((p) => [
    db
      .insert(implementation)
      .values({
        projectId: p.id,
        tenantId: e.tenant.id,
        editionId: e.edition.id,
        scope: {
          number: p.number,
          title: p.title,
          summary: p.summary,
          description: p.description,
          address: p.address,
          lat: p.lat,
          lng: p.lng,
          cost: p.revisedCost ?? p.cost,
          costItems: p.costItems,
        },
        status: 'selected',
        updatedAt: now,
      })
      .onConflictDoNothing(),
    eventInsert(c, p, 'selected', 'accepted', 'Projekt wybrany w głosowaniu do realizacji.', now),
  ])
}

/** Tracking is public only once an administrator has published the results: before that even the winners are secret. */
async function requirePublished(c: Ctx, e: Awaited<ReturnType<typeof editionFromPath>>): Promise<void> {
  const published = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (!published?.publishedAt)
    throw new ApiError(404, 'Wyniki nie zostały jeszcze opublikowane.', {
      type: 'https://wspolnota.example/problems/results-not-published',
    })
}

async function winner(c: Ctx, e: Awaited<ReturnType<typeof editionFromPath>>) {
  const row = await c.get('services').db.query.implementation.findFirst({
    where: and(eq(implementation.projectId, c.req.param('id')!), eq(implementation.editionId, e.edition.id)),
  })
  if (!row) throw notFound('Ten projekt nie jest zwycięskim projektem tej edycji.')
  return row
}

type Edition = Awaited<ReturnType<typeof editionFromPath>>
type Tracked = typeof implementation.$inferSelect

/*
 * Staff updates of a winner's implementation below the HTTP layer, each with its history row and audit entry in one
 * batch: the route handlers and the demo seed (worker/demo/budget.ts, with `now` in the past) call the same code.
 */

/**
 * A new implementation status (the body as `statusSchema` parses it: abandoning needs a reason). Saving the status
 * (and reason) the winner already has writes nothing — no history event, no audit entry — and answers `false`.
 */
export async function setImplementationStatus(
  c: Ctx,
  e: Edition,
  row: Tracked,
  body: v.InferOutput<typeof statusSchema>,
  now = new Date(),
): Promise<boolean> {
  const { db } = c.get('services')
  if (row.status === body.status && (row.reason ?? '') === (body.reason ?? '')) return false
  const project = (await db.query.projects.findFirst({ where: eq(projects.id, row.projectId) }))!
  await db.batch([
    db
      .update(implementation)
      .set({ status: body.status, reason: body.reason ?? null, updatedAt: now })
      .where(eq(implementation.projectId, row.projectId)),
    eventInsert(
      c,
      project,
      'implementation',
      project.status,
      `Realizacja: ${statusLabels[body.status]}${body.reason ? ` — ${body.reason}` : ''}`,
      now,
    ),
    auditInsert(c, {
      tenantId: e.tenant.id,
      action: 'bo.implementation.status',
      entity: 'bo_project',
      entityId: row.projectId,
      before: { status: row.status, reason: row.reason },
      after: body,
    }),
  ])
  return true
}

/** A photo sent with a progress note; its bytes are read only once the note's text has passed. */
export interface NotePhoto {
  name: string
  type: string
  size: number
  bytes: () => Promise<ArrayBuffer | Uint8Array>
}

/** A progress note, optionally with a photo (JPEG, PNG or WebP up to 8 MB, its type checked against its bytes). */
export async function addImplementationNote(
  c: Ctx,
  e: Edition,
  row: Tracked,
  text: unknown,
  photo: NotePhoto | null,
  now = new Date(),
): Promise<{ id: string; photoId: string | null }> {
  const { db, files } = c.get('services')
  const parsed = v.safeParse(noteSchema, { text })
  if (!parsed.success)
    throw new ApiError(400, parsed.issues[0].message, { errors: [{ field: 'text', detail: parsed.issues[0].message }] })
  const noteId = newId()
  const statements = []
  let photoId: string | null = null
  if (photo) {
    const bytes = new Uint8Array(await photo.bytes())
    if (!PHOTO_TYPES.includes(photo.type) || photo.size > PHOTO_MAX || !contentMatches(photo.type, bytes)) {
      throw new ApiError(400, 'Zdjęcie: JPEG, PNG lub WebP do 8 MB.', {
        errors: [{ field: 'photo', detail: 'Zdjęcie: JPEG, PNG lub WebP do 8 MB.' }],
      })
    }
    photoId = newId()
    statements.push(
      files.insert(
        {
          module: BUDGET_FILES,
          id: photoId,
          tenantId: e.tenant.id,
          ownerId: row.projectId,
          kind: 'implementation-photo',
          name: safeFileName(photo.name),
          mime: photo.type,
          size: photo.size,
          createdAt: now,
        },
        bytes,
      ),
    )
  }
  statements.push(
    db.insert(implementationNotes).values({
      id: noteId,
      tenantId: e.tenant.id,
      projectId: row.projectId,
      text: parsed.output.text,
      photoId,
      authorId: c.get('user')!.id,
      at: now,
    }),
    auditInsert(c, {
      tenantId: e.tenant.id,
      action: 'bo.implementation.note',
      entity: 'bo_project',
      entityId: row.projectId,
      after: { text: parsed.output.text, photoId },
    }),
  )
  await db.batch(statements as never)
  return { id: noteId, photoId }
}

/** A progress note of this winner (of this edition of this JST), or a Polish 404. */
async function noteOf(c: Ctx, e: Edition, row: Tracked) {
  const id = v.safeParse(idParam, c.req.param('noteId'))
  const note = id.success
    ? await c.get('services').db.query.implementationNotes.findFirst({
        where: and(
          eq(implementationNotes.id, id.output),
          eq(implementationNotes.projectId, row.projectId),
          eq(implementationNotes.tenantId, e.tenant.id),
        ),
      })
    : undefined
  if (!note) throw notFound('Nie ma takiej informacji o postępie realizacji tego projektu.')
  return note
}

type Note = typeof implementationNotes.$inferSelect

/** A corrected text of a progress note (its photo stays); the same text again writes nothing and answers `false`. */
export async function editImplementationNote(
  c: Ctx,
  e: Edition,
  note: Note,
  text: string,
  now = new Date(),
): Promise<boolean> {
  if (note.text === text) return false
  const { db } = c.get('services')
  await db.batch([
    db.update(implementationNotes).set({ text, editedAt: now }).where(eq(implementationNotes.id, note.id)),
    auditInsert(c, {
      tenantId: e.tenant.id,
      action: 'bo.implementation.note.edit',
      entity: 'bo_project',
      entityId: note.projectId,
      before: { noteId: note.id, text: note.text },
      after: { noteId: note.id, text },
    }),
  ])
  return true
}

/** Removes a progress note together with its photo. */
export async function deleteImplementationNote(c: Ctx, e: Edition, note: Note): Promise<void> {
  const { db, files } = c.get('services')
  await db.batch([
    db.delete(implementationNotes).where(eq(implementationNotes.id, note.id)),
    ...(note.photoId ? [files.remove(BUDGET_FILES, e.tenant.id, note.photoId)] : []),
    auditInsert(c, {
      tenantId: e.tenant.id,
      action: 'bo.implementation.note.delete',
      entity: 'bo_project',
      entityId: note.projectId,
      before: { noteId: note.id, text: note.text, photoId: note.photoId, at: note.at.toISOString() },
    }),
  ] as never)
}

/** Implementation of winners: statuses with reasons, progress notes and photos, public once results are published. */
export function implementationRoutes(api: Api): void {
  const staff = '/jst/:slug/staff/bo/:year/implementation'
  const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const
  const tags = ['Budżet obywatelski — realizacja']

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo/:year/implementation',
      summary: 'Realizacja zwycięskich projektów (po publikacji wyników)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      await requirePublished(c, e)
      const rows = await db.select().from(implementation).where(eq(implementation.editionId, e.edition.id))
      const notes = rows.length
        ? await db
            .select()
            .from(implementationNotes)
            .where(
              inArray(
                implementationNotes.projectId,
                rows.map((r) => r.projectId),
              ),
            )
            .orderBy(asc(implementationNotes.at))
        : []
      return c.json({
        items: rows
          .sort((a, b) => ((a.scope as { number: number }).number ?? 0) - ((b.scope as { number: number }).number ?? 0))
          .map((r) => ({
            projectId: r.projectId,
            scope: r.scope,
            status: r.status,
            statusLabel: statusLabels[r.status],
            reason: r.reason,
            updatedAt: r.updatedAt.toISOString(),
            notes: notes
              .filter((n) => n.projectId === r.projectId)
              .map((n) => ({
                id: n.id,
                text: n.text,
                photoId: n.photoId,
                at: n.at.toISOString(),
                editedAt: n.editedAt?.toISOString() ?? null,
              })),
          })),
      })
    },
  )

  /*
   * A progress note's photo, shown in `<img>` on the public page. Only a photo attached to a note of a winner of this
   * edition is served (never another attachment of the project), only after publication, inline, with its stored
   * type — checked against the bytes at upload — and `nosniff`, so it can never be read as a script or a page.
   */
  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo/:year/implementation/:id/photos/:photoId',
      summary: 'Zdjęcie z informacji o postępie realizacji',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Zdjęcie (JPEG, PNG lub WebP)' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      await requirePublished(c, e)
      const row = await winner(c, e)
      const { db, files } = c.get('services')
      const photoId = c.req.param('photoId')!
      const note = await db.query.implementationNotes.findFirst({
        where: and(eq(implementationNotes.projectId, row.projectId), eq(implementationNotes.photoId, photoId)),
      })
      const file = note ? await files.read(BUDGET_FILES, e.tenant.id, row.projectId, photoId) : undefined
      if (!file || file.kind !== 'implementation-photo' || !PHOTO_TYPES.includes(file.mime))
        throw notFound('Nie ma takiego zdjęcia.')
      return c.body(file.bytes as never, 200, {
        'Content-Type': file.mime,
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        // A photo never changes under its id; a week in caches saves the JST's bandwidth.
        'Cache-Control': 'public, max-age=604800, immutable',
      })
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/:id`,
      summary: 'Zmiana statusu realizacji (odstąpienie wymaga uzasadnienia)',
      tags,
      access: organisers,
      body: statusSchema,
      responses: { 200: { description: 'Zmieniono' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const changed = await setImplementationStatus(c, e, await winner(c, e), body)
      return c.json({ status: body.status, statusLabel: statusLabels[body.status], changed })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:id/notes`,
      summary: 'Informacja o postępie realizacji (JSON: text; albo multipart: text i photo)',
      tags,
      access: organisers,
      responses: { 201: { description: 'Dodano' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const row = await winner(c, e)
      const type = c.req.header('content-type') ?? ''
      let text: unknown
      let photo: File | null = null
      if (type.startsWith('multipart/form-data')) {
        await limitUploads(c, `project:${row.projectId}`)
        const form = await uploadForm(c, PHOTO_MAX, 'Zdjęcie jest za duże: limit 8 MB.')
        text = form.get('text')
        const f = form.get('photo')
        photo = f instanceof File && f.size > 0 ? f : null
      } else if (type.startsWith('application/json')) {
        text = ((await c.req.json().catch(() => ({}))) as { text?: unknown }).text
      } else throw new ApiError(415, 'Wyślij dane jako JSON albo multipart/form-data.')
      const note = await addImplementationNote(
        c,
        e,
        row,
        text,
        photo && { name: photo.name, type: photo.type, size: photo.size, bytes: () => photo.arrayBuffer() },
      )
      return c.json(note, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/:id/notes/:noteId`,
      summary: 'Poprawienie treści informacji o postępie realizacji (zdjęcie zostaje)',
      tags,
      access: organisers,
      body: noteSchema,
      responses: { 200: { description: 'Poprawiono (albo bez zmian: changed = false)' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const note = await noteOf(c, e, await winner(c, e))
      const now = new Date()
      const changed = await editImplementationNote(c, e, note, body.text, now)
      return c.json({
        id: note.id,
        text: body.text,
        photoId: note.photoId,
        at: note.at.toISOString(),
        editedAt: (changed ? now : note.editedAt)?.toISOString() ?? null,
        changed,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'delete',
      path: `${staff}/:id/notes/:noteId`,
      summary: 'Usunięcie informacji o postępie realizacji razem z jej zdjęciem',
      tags,
      access: organisers,
      responses: { 204: { description: 'Usunięto' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      await deleteImplementationNote(c, e, await noteOf(c, e, await winner(c, e)))
      return c.body(null, 204)
    },
  )
}
