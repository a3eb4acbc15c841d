import { eq } from 'drizzle-orm'
import { newId } from '../../core/ids'
import type { Api } from '../../core/http/endpoint'
import { MULTIPART_OVERHEAD_BYTES, uploadForm } from '../../core/http/body'
import { endpoint } from '../../core/http/endpoint'
import { limitUploads } from '../../core/http/rate-limit'
import { ApiError, notFound } from '../../core/http/problem'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { projects } from '../schema'
import { editionFromPath, eventInsert, projectFromPath, requireAuthor, requirePhase } from '../shared'
import { authorView } from './submission'
import { BUDGET_FILES } from '../queries'

const kinds = ['document', 'photo', 'support-list'] as const
const tags = ['Budżet obywatelski — mieszkańcy']

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
      if (p.status !== 'draft') throw new ApiError(409, 'Załączniki dodaje się przed zgłoszeniem projektu.')
      requirePhase(e, 'submission', 'Nabór projektów jest zamknięty.')
      const type = c.req.header('content-type') ?? ''
      if (!type.startsWith('multipart/form-data')) throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
      const limits = e.rules.submission.attachments
      const tooLarge = `Plik jest za duży: limit ${(limits.maxBytes / 1048576).toFixed(1)} MB.`
      const refuseSize = () => new ApiError(413, tooLarge, { errors: [{ field: 'file', detail: tooLarge }] })
      if (Number(c.req.header('content-length')) > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) throw refuseSize()
      await limitUploads(c, `project:${p.id}`)
      const form = await uploadForm(c, limits.maxBytes, tooLarge, 'file')
      const file = form.get('file')
      const kind = String(form.get('kind') ?? 'document')
      const field = (detail: string, name = 'file') => new ApiError(400, detail, { errors: [{ field: name, detail }] })
      if (!(file instanceof File) || file.size === 0) throw field('Wybierz plik do dołączenia.')
      if (!(kinds as readonly string[]).includes(kind))
        throw field('Rodzaj załącznika: dokument, zdjęcie albo lista poparcia.', 'kind')
      if (file.size > limits.maxBytes) throw refuseSize()
      if (!(limits.types as string[]).includes(file.type))
        throw field(
          `Niedozwolony typ pliku. Dozwolone: ${limits.types.map((t) => t.split('/')[1]!.replace('vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx').replace('vnd.oasis.opendocument.text', 'odt')).join(', ')}.`,
        )
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (!contentMatches(file.type, bytes)) throw field('Zawartość pliku nie zgadza się z jego typem.')
      const paper = kind === 'support-list' ? Number(form.get('paperSupporters') ?? NaN) : null
      if (paper !== null && (!Number.isInteger(paper) || paper < 1 || paper > 100_000))
        throw field('Podaj liczbę podpisów na papierowej liście.', 'paperSupporters')
      const { db, files } = c.get('services')
      if ((await files.list(BUDGET_FILES, p.tenantId, p.id)).length >= limits.maxFiles)
        throw field(`Najwyżej ${limits.maxFiles} załączników.`)
      await db.batch([
        files.insert(
          {
            module: BUDGET_FILES,
            id: newId(),
            tenantId: p.tenantId,
            ownerId: p.id,
            kind,
            name: safeFileName(file.name),
            mime: file.type,
            size: file.size,
            createdAt: new Date(),
          },
          bytes,
        ),
        ...(paper !== null
          ? [
              db
                .update(projects)
                .set({ paperSupporters: p.paperSupporters + paper, updatedAt: new Date() })
                .where(eq(projects.id, p.id)),
            ]
          : []),
        eventInsert(c, p, 'attachment', p.status, null),
      ] as never)
      return c.json(
        { project: await authorView(c, e, (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!) },
        201,
      )
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
      if (p.status !== 'draft') throw new ApiError(409, 'Załączniki można usuwać tylko ze szkicu.')
      const { db, files } = c.get('services')
      const file = (await files.list(BUDGET_FILES, p.tenantId, p.id)).find((f) => f.id === c.req.param('attachmentId'))
      if (!file) throw notFound('Nie ma takiego załącznika.')
      const statements = [files.remove(BUDGET_FILES, p.tenantId, file.id)]
      if (file.kind === 'support-list')
        statements.push(db.update(projects).set({ paperSupporters: 0 }).where(eq(projects.id, p.id)) as never)
      await db.batch(statements as never)
      return c.json({
        project: await authorView(c, e, (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!),
      })
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
  const access = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const
  const staffTags = ['Budżet obywatelski — ocena']
  const scansOf = async (c: Parameters<typeof editionFromPath>[0]) => {
    const e = await editionFromPath(c)
    const p = await projectFromPath(c, e)
    if (p.status === 'draft') throw notFound('Szkice widzi tylko autor.')
    return {
      p,
      scans: (await c.get('services').files.list(BUDGET_FILES, p.tenantId, p.id)).filter(
        (f) => f.kind === 'support-list',
      ),
    }
  }

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Skany papierowych list poparcia projektu (panel)',
      tags: staffTags,
      access,
      responses: { 200: { description: 'Lista skanów' } },
    },
    async (c) => {
      const { scans } = await scansOf(c)
      c.header('Cache-Control', 'no-store')
      return c.json({
        items: scans.map((f) => ({
          id: f.id,
          name: f.name,
          mime: f.mime,
          size: f.size,
          createdAt: f.createdAt.toISOString(),
        })),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:attachmentId`,
      summary: 'Skan papierowej listy poparcia (plik)',
      tags: staffTags,
      access,
      responses: { 200: { description: 'Plik' } },
    },
    async (c) => {
      const { p, scans } = await scansOf(c)
      const id = c.req.param('attachmentId')
      const file = scans.some((f) => f.id === id)
        ? await c.get('services').files.read(BUDGET_FILES, p.tenantId, p.id, id!)
        : undefined
      if (!file) throw notFound('Nie ma takiego skanu listy poparcia.')
      return c.body(file.bytes as never, 200, {
        'Content-Type': file.mime,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
    },
  )
}
