import { depsOf } from '../../core/deps'
import { uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { organisers } from '../access'
import {
  addImplementationNote,
  deleteImplementationNote,
  editImplementationNote,
  implementationPhoto,
  noteOf,
  PHOTO_MAX,
  publicImplementation,
  setImplementationStatus,
  winnerOf,
  type NotePhoto,
} from '../actions/implementation'
import { editionFromPath, type Ctx } from '../http'
import { noteEdited, statusChanged } from '../views/implementation'
import { noteSchema, statusSchema } from '../input/voting-staff'

const tags = ['Budżet obywatelski — realizacja']

/** The note's text and photo as sent: JSON `{ text }`, or a multipart form with `text` and `photo`. */
async function noteUpload(c: Ctx, projectId: string): Promise<{ text: unknown; photo: NotePhoto | null }> {
  const type = c.req.header('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    await limitUploads(c, `project:${projectId}`)
    const form = await uploadForm(c, PHOTO_MAX, 'Zdjęcie jest za duże: limit 8 MB.')
    const f = form.get('photo')
    const photo = f instanceof File && f.size > 0 ? f : null
    return {
      text: form.get('text'),
      photo: photo && { name: photo.name, type: photo.type, size: photo.size, bytes: () => photo.arrayBuffer() },
    }
  }
  if (type.startsWith('application/json'))
    return { text: ((await c.req.json().catch(() => ({}))) as { text?: unknown }).text, photo: null }
  throw new ApiError(415, 'Wyślij dane jako JSON albo multipart/form-data.')
}

/** Implementation of winners: statuses with reasons, progress notes and photos, public once results are published. */
export function implementationRoutes(api: Api): void {
  const staff = '/jst/:slug/staff/bo/:year/implementation'

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
    async (c) => c.json(await publicImplementation(depsOf(c), await editionFromPath(c))),
  )

  /*
   * A progress note's photo, shown in `<img>` on the public page: inline, with its stored type — checked against the
   * bytes at upload — and `nosniff`, so it can never be read as a script or a page.
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
      const file = await implementationPhoto(depsOf(c), e, c.req.param('id')!, c.req.param('photoId')!)
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
      const [e, deps] = [await editionFromPath(c), depsOf(c)]
      const changed = await setImplementationStatus(deps, e, await winnerOf(deps, e, c.req.param('id')!), body)
      return c.json(statusChanged(body.status, changed))
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
      const [e, deps] = [await editionFromPath(c), depsOf(c)]
      const row = await winnerOf(deps, e, c.req.param('id')!)
      const { text, photo } = await noteUpload(c, row.projectId)
      return c.json(await addImplementationNote(deps, e, row, text, photo), 201)
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
      const [e, deps] = [await editionFromPath(c), depsOf(c)]
      const note = await noteOf(deps, e, await winnerOf(deps, e, c.req.param('id')!), c.req.param('noteId'))
      const now = deps.now()
      return c.json(noteEdited(note, body.text, await editImplementationNote(deps, e, note, body.text, now), now))
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
      const [e, deps] = [await editionFromPath(c), depsOf(c)]
      const note = await noteOf(deps, e, await winnerOf(deps, e, c.req.param('id')!), c.req.param('noteId'))
      await deleteImplementationNote(deps, e, note)
      return c.body(null, 204)
    },
  )
}
