import { eq } from 'drizzle-orm'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import type { StoredFileMeta } from '../../core/files/store'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { BUDGET_FILES, type EditionFull, type Project } from '../queries'
import { projectById } from '../queries/projects'
import { projects } from '../tables'
import { eventInsert, requirePhase } from './common'

const kinds = ['document', 'photo', 'support-list'] as const

/** The refusal of a file above the edition's size limit, shared by the route's early checks and the form's file. */
export function attachmentTooLarge(e: EditionFull): string {
  return `Plik jest za duży: limit ${(e.rules.submission.attachments.maxBytes / 1048576).toFixed(1)} MB.`
}

/** Attachments are added to a draft during submission; checked before the upload's body is read. */
export function requireAttachable(deps: Pick<Deps, 'now'>, e: EditionFull, p: Project): void {
  if (p.status !== 'draft') throw new ApiError(409, 'Załączniki dodaje się przed zgłoszeniem projektu.')
  requirePhase(e, 'submission', 'Nabór projektów jest zamknięty.', deps.now())
}

/**
 * Stores the file of an upload form (`file`, `kind`, and `paperSupporters` for a scanned support list) on the draft,
 * within the edition's limits on size, count and type, its content matching its declared type. A support list adds
 * its declared signatures to the draft's (staff verify them after submission). Returns the project as saved.
 */
export async function addAttachment(deps: Deps, e: EditionFull, p: Project, form: FormData): Promise<Project> {
  const limits = e.rules.submission.attachments
  const file = form.get('file')
  const kind = String(form.get('kind') ?? 'document')
  const field = (detail: string, name = 'file') => new ApiError(400, detail, { errors: [{ field: name, detail }] })
  if (!(file instanceof File) || file.size === 0) throw field('Wybierz plik do dołączenia.')
  if (!(kinds as readonly string[]).includes(kind))
    throw field('Rodzaj załącznika: dokument, zdjęcie albo lista poparcia.', 'kind')
  if (file.size > limits.maxBytes) {
    const tooLarge = attachmentTooLarge(e)
    throw new ApiError(413, tooLarge, { errors: [{ field: 'file', detail: tooLarge }] })
  }
  if (!(limits.types as string[]).includes(file.type))
    throw field(
      `Niedozwolony typ pliku. Dozwolone: ${limits.types.map((t) => t.split('/')[1]!.replace('vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx').replace('vnd.oasis.opendocument.text', 'odt')).join(', ')}.`,
    )
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches(file.type, bytes)) throw field('Zawartość pliku nie zgadza się z jego typem.')
  const paper = kind === 'support-list' ? Number(form.get('paperSupporters') ?? NaN) : null
  if (paper !== null && (!Number.isInteger(paper) || paper < 1 || paper > 100_000))
    throw field('Podaj liczbę podpisów na papierowej liście.', 'paperSupporters')
  const { db, files } = deps
  if ((await files.list(BUDGET_FILES, p.tenantId, p.id)).length >= limits.maxFiles)
    throw field(`Najwyżej ${limits.maxFiles} załączników.`)
  const now = deps.now()
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
        createdAt: now,
      },
      bytes,
    ),
    ...(paper !== null
      ? [
          db
            .update(projects)
            .set({ paperSupporters: p.paperSupporters + paper, updatedAt: now })
            .where(eq(projects.id, p.id)),
        ]
      : []),
    eventInsert(deps, p, 'attachment', p.status, null, now),
  ] as never)
  return (await projectById(db, p.id))!
}

/** Removes a file from a draft; removing the scanned support list also drops the signatures it declared. */
export async function deleteAttachment(deps: Deps, p: Project, attachmentId: string | undefined): Promise<Project> {
  if (p.status !== 'draft') throw new ApiError(409, 'Załączniki można usuwać tylko ze szkicu.')
  const { db, files } = deps
  const file = (await files.list(BUDGET_FILES, p.tenantId, p.id)).find((f) => f.id === attachmentId)
  if (!file) throw notFound('Nie ma takiego załącznika.')
  const statements = [files.remove(BUDGET_FILES, p.tenantId, file.id)]
  if (file.kind === 'support-list')
    statements.push(db.update(projects).set({ paperSupporters: 0 }).where(eq(projects.id, p.id)) as never)
  await db.batch(statements as never)
  return (await projectById(db, p.id))!
}

/**
 * The scanned paper support lists of a submitted project, for the staff who check them. A draft's files stay the
 * author's own, so a draft is answered as if it did not exist.
 */
export async function supportListsOf(deps: Pick<Deps, 'files'>, p: Project): Promise<StoredFileMeta[]> {
  if (p.status === 'draft') throw notFound('Szkice widzi tylko autor.')
  return (await deps.files.list(BUDGET_FILES, p.tenantId, p.id)).filter((f) => f.kind === 'support-list')
}

/** One scanned support list with its bytes, or a Polish 404 if the id names no scan of this project. */
export async function supportListScan(
  deps: Pick<Deps, 'files'>,
  p: Project,
  attachmentId: string | undefined,
): Promise<StoredFileMeta & { bytes: Uint8Array }> {
  const scans = await supportListsOf(deps, p)
  const file = scans.some((f) => f.id === attachmentId)
    ? await deps.files.read(BUDGET_FILES, p.tenantId, p.id, attachmentId!)
    : undefined
  if (!file) throw notFound('Nie ma takiego skanu listy poparcia.')
  return file
}
