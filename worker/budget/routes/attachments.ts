import { depsOf } from '../../core/deps'
import { MULTIPART_OVERHEAD_BYTES, uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { assessors } from '../access'
import {
  addAttachment,
  attachmentTooLarge,
  deleteAttachment,
  requireAttachable,
  supportListScan,
  supportListsOf,
} from '../actions/attachments'
import type { EditionFull, Project } from '../queries'
import { editionFromPath, projectFromPath, requireAuthor, type Ctx } from '../http'
import { authorView, supportListsView } from '../views/projects'

const tags = ['Budżet obywatelski — mieszkańcy']

/**
 * The upload's form, refused by its declared size and counted against the address and the project before its body is
 * read: reading it costs memory whatever the file turns out to be.
 */
async function attachmentForm(c: Ctx, e: EditionFull, p: Project): Promise<FormData> {
  const type = c.req.header('content-type') ?? ''
  if (!type.startsWith('multipart/form-data')) throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
  const { maxBytes } = e.rules.submission.attachments
  const tooLarge = attachmentTooLarge(e)
  if (Number(c.req.header('content-length')) > maxBytes + MULTIPART_OVERHEAD_BYTES)
    throw new ApiError(413, tooLarge, { errors: [{ field: 'file', detail: tooLarge }] })
  await limitUploads(c, `project:${p.id}`)
  return uploadForm(c, maxBytes, tooLarge, 'file')
}

/**
 * Files attached by the author to a draft: size, count and type limits come from the edition's rules. An upload is
 * refused by its declared size and counted against the address and the project before its body is read.
 */
export function attachmentRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/projects/:id/attachments'

  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary:
        'Dodanie załącznika (multipart/form-data: file, kind = document | photo | support-list, paperSupporters dla listy)',
      tags,
      access: { kind: 'public' },
      responses: { 201: { description: 'Dodano' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      requireAttachable(deps, e, p)
      const saved = await addAttachment(deps, e, p, await attachmentForm(c, e, p))
      return c.json({ project: await authorView(deps, e, saved) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'delete',
      path: `${base}/:attachmentId`,
      summary: 'Usunięcie załącznika ze szkicu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Usunięto' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      const saved = await deleteAttachment(deps, p, c.req.param('attachmentId'))
      return c.json({ project: await authorView(deps, e, saved) })
    },
  )
}

/**
 * Scanned paper support lists for the staff who check them (admin, koordynator, weryfikator of the JST): the scans
 * carry residents' names and addresses, so the public project page leaves them out and these answers are never
 * cached. Only `support-list` files are listed and served here; drafts stay the author's own.
 */
export function supportListRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year/projects/:id/support-lists'
  const staffTags = ['Budżet obywatelski — ocena']

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Skany papierowych list poparcia projektu (panel)',
      tags: staffTags,
      access: assessors,
      responses: { 200: { description: 'Lista skanów' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const scans = await supportListsOf(depsOf(c), await projectFromPath(c, e))
      c.header('Cache-Control', 'no-store')
      return c.json(supportListsView(scans))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:attachmentId`,
      summary: 'Skan papierowej listy poparcia (plik)',
      tags: staffTags,
      access: assessors,
      responses: { 200: { description: 'Plik' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const file = await supportListScan(depsOf(c), await projectFromPath(c, e), c.req.param('attachmentId'))
      return c.body(file.bytes as never, 200, {
        'Content-Type': file.mime,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
    },
  )
}
