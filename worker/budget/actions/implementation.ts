import { eq } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import type { TenantRef } from '../../core/http/context'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { implementationChange, implementationHistoryNote } from '../domain/implementation'
import { BUDGET_FILES, type EditionFull } from '../queries'
import {
  acceptedProjects,
  findNote,
  findWinner,
  noteWithPhoto,
  notesOf,
  projectById,
  winnersOf,
  type Note,
  type Tracked,
} from '../queries/implementation'
import { findResults } from '../queries/results'
import { eventInsert } from './common'
import { idParam } from '../input'
import { implementationList } from '../views/implementation'
import type { ResultsData } from '../views/results'
import { implementation, implementationNotes } from '../tables/voting'
import { noteSchema, type statusSchema } from '../input/voting-staff'

/*
 * Implementation of winners: statuses with reasons, progress notes and photos, public once results are published.
 * Each staff update writes its history row and audit entry in one batch; the route handlers and the demo seed
 * (worker/budget/demo/seed.ts, with `now` in the past) call the same code.
 */

type Edition = EditionFull & { tenant: TenantRef }

/** Types of progress photos; each is checked against its bytes at upload and again when served. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']
/** Largest progress photo accepted. */
export const PHOTO_MAX = 8 * 1024 * 1024

/** Statements that open implementation tracking for every winner, with the scope as voted; run with publication. */
export async function implementationRows(
  deps: Pick<Deps, 'db'>,
  e: Edition,
  data: Pick<ResultsData, 'pools'>,
  now: Date,
) {
  const { db } = deps
  const winners = new Set(data.pools.flatMap((p) => p.outcome.selected))
  const rows = (await acceptedProjects(db, e.edition.id)).filter((p) => winners.has(String(p.number ?? p.id)))
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
    eventInsert(deps, p, 'selected', 'accepted', 'Projekt wybrany w głosowaniu do realizacji.', now),
  ])
}

/** Tracking is public only once an administrator has published the results: before that even the winners are secret. */
export async function requirePublished(deps: Pick<Deps, 'db'>, e: Edition): Promise<void> {
  const published = await findResults(deps.db, e.edition.id)
  if (!published?.publishedAt)
    throw new ApiError(404, 'Wyniki nie zostały jeszcze opublikowane.', {
      type: 'https://wspolnota.example/problems/results-not-published',
    })
}

/** A winner of this edition by project id, or a Polish 404 for any other project. */
export async function winnerOf(deps: Pick<Deps, 'db'>, e: Edition, projectId: string): Promise<Tracked> {
  const row = await findWinner(deps.db, e.edition.id, projectId)
  if (!row) throw notFound('Ten projekt nie jest zwycięskim projektem tej edycji.')
  return row
}

/** A progress note of this winner (of this edition of this JST) by its id from the path, or a Polish 404. */
export async function noteOf(
  deps: Pick<Deps, 'db'>,
  e: Edition,
  row: Tracked,
  noteId: string | undefined,
): Promise<Note> {
  const id = v.safeParse(idParam, noteId)
  const note = id.success ? await findNote(deps.db, e.tenant.id, row.projectId, id.output) : undefined
  if (!note) throw notFound('Nie ma takiej informacji o postępie realizacji tego projektu.')
  return note
}

/** The public list of winners with their statuses and notes, once results are published. */
export async function publicImplementation(deps: Pick<Deps, 'db'>, e: Edition) {
  await requirePublished(deps, e)
  const rows = await winnersOf(deps.db, e.edition.id)
  return implementationList(
    rows,
    await notesOf(
      deps.db,
      rows.map((r) => r.projectId),
    ),
  )
}

/**
 * A progress photo for the public page: only one attached to a note of a winner of this edition (never another
 * attachment of the project), only after publication, and only of a photo type.
 */
export async function implementationPhoto(
  deps: Pick<Deps, 'db' | 'files'>,
  e: Edition,
  projectId: string,
  photoId: string,
) {
  await requirePublished(deps, e)
  const row = await winnerOf(deps, e, projectId)
  const note = await noteWithPhoto(deps.db, row.projectId, photoId)
  const file = note ? await deps.files.read(BUDGET_FILES, e.tenant.id, row.projectId, photoId) : undefined
  if (!file || file.kind !== 'implementation-photo' || !PHOTO_TYPES.includes(file.mime))
    throw notFound('Nie ma takiego zdjęcia.')
  return file
}

/**
 * A new implementation status (the body as `statusSchema` parses it: abandoning needs a reason), if the status machine
 * (domain/implementation.ts) allows it. Saving the status (and reason) the winner already has writes nothing — no
 * history event, no audit entry — and answers `false`.
 */
export async function setImplementationStatus(
  deps: Deps,
  e: Edition,
  row: Tracked,
  body: v.InferOutput<typeof statusSchema>,
  now = deps.now(),
): Promise<boolean> {
  const change = implementationChange(row, body)
  if (change.kind === 'unchanged') return false
  if (change.kind === 'refused') throw new ApiError(409, change.message)
  const { db } = deps
  const project = (await projectById(db, row.projectId))!
  await db.batch([
    db
      .update(implementation)
      .set({ status: body.status, reason: body.reason ?? null, updatedAt: now })
      .where(eq(implementation.projectId, row.projectId)),
    eventInsert(deps, project, 'implementation', project.status, implementationHistoryNote(body), now),
    auditInsert(deps, {
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
  deps: Deps,
  e: Edition,
  row: Tracked,
  text: unknown,
  photo: NotePhoto | null,
  now = deps.now(),
): Promise<{ id: string; photoId: string | null }> {
  const { db, files } = deps
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
      authorId: deps.user!.id,
      at: now,
    }),
    auditInsert(deps, {
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

/** A corrected text of a progress note (its photo stays); the same text again writes nothing and answers `false`. */
export async function editImplementationNote(
  deps: Deps,
  e: Edition,
  note: Note,
  text: string,
  now = deps.now(),
): Promise<boolean> {
  if (note.text === text) return false
  const { db } = deps
  await db.batch([
    db.update(implementationNotes).set({ text, editedAt: now }).where(eq(implementationNotes.id, note.id)),
    auditInsert(deps, {
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
export async function deleteImplementationNote(deps: Deps, e: Edition, note: Note): Promise<void> {
  const { db, files } = deps
  await db.batch([
    db.delete(implementationNotes).where(eq(implementationNotes.id, note.id)),
    ...(note.photoId ? [files.remove(BUDGET_FILES, e.tenant.id, note.photoId)] : []),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.implementation.note.delete',
      entity: 'bo_project',
      entityId: note.projectId,
      before: { noteId: note.id, text: note.text, photoId: note.photoId, at: note.at.toISOString() },
    }),
  ] as never)
}
