import { and, eq } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { nextVersion, parseDocument, type DraftDocument } from '../domain/document'
import { CONSULTATION_FILES, documentOf, documentVersion, type Consultation } from '../queries'
import { documents, documentVersions } from '../tables'
import { docxToText } from './docx'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The largest `.docx` accepted: a long programme with a few pictures stays well below it. */
export const MAX_DOCX_BYTES = 5 * 1024 * 1024

export const DOCX_TOO_LARGE = `Plik jest za duży: limit ${MAX_DOCX_BYTES / 1048576} MB.`

/** A draft as received: its kind and text, and for a `.docx` the original file, kept in the file store. */
export interface DraftSource {
  kind: 'markdown' | 'text' | 'docx'
  source: string
  file?: { name: string; bytes: Uint8Array }
}

/** What a new version did to the paragraphs of the previous one (ids), for the organiser's summary. */
export interface VersionSummary {
  version: number
  kept: number
  edited: string[]
  moved: string[]
  added: string[]
  removed: string[]
}

/** Thrown when the guarded batch of a new version lost a race, to look at who won. */
class LostRace extends Error {}

const field = (detail: string, name = 'file') => new ApiError(400, detail, { errors: [{ field: name, detail }] })

/**
 * The text of an uploaded `.docx`: refused when it is empty, too large or not a Word file by its content (a zip that
 * mammoth can read), so nothing else reaches the parser or the file store.
 */
export async function draftFromDocx(file: unknown): Promise<DraftSource> {
  if (!(file instanceof File) || file.size === 0) throw field('Wybierz plik .docx z projektem.')
  if (file.size > MAX_DOCX_BYTES)
    throw new ApiError(413, DOCX_TOO_LARGE, { errors: [{ field: 'file', detail: DOCX_TOO_LARGE }] })
  const bytes = new Uint8Array(await file.arrayBuffer())
  const notDocx = 'To nie jest plik .docx (dokument programu Word).'
  if (!contentMatches(DOCX_MIME, bytes)) throw field(notDocx)
  let source: string
  try {
    source = await docxToText(bytes)
  } catch {
    throw field(notDocx)
  }
  return { kind: 'docx', source, file: { name: safeFileName(file.name || 'projekt.docx'), bytes } }
}

/** The summary of a new version made from `previous` (none for the first) and the freshly parsed text. */
function versionOf(previous: DraftDocument | undefined, parsed: DraftDocument, version: number) {
  if (!previous) {
    const ids = parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.id))
    const summary: VersionSummary = { version, kept: 0, edited: [], moved: [], added: ids, removed: [] }
    return { structure: { ...parsed, version }, summary }
  }
  const mapping = nextVersion(previous, parsed)
  const summary: VersionSummary = {
    version,
    kept: mapping.kept.length,
    edited: mapping.edited,
    moved: mapping.moved,
    added: mapping.added,
    removed: mapping.removed,
  }
  return { structure: { ...mapping.document, version }, summary }
}

/**
 * When the current version was made from exactly this text (the same upload sent again, or the other of two sent at
 * once), the answer that upload got: the summary is computed again from the version before it, which `nextVersion`
 * gives the same every time. Null otherwise.
 */
async function sameAsCurrent(deps: Pick<Deps, 'db'>, c: Consultation, draft: DraftSource) {
  const current = await documentVersion(deps.db, c.id)
  if (!current || current.source !== draft.source || current.sourceKind !== draft.kind) return null
  const before = current.version > 1 ? await documentVersion(deps.db, c.id, current.version - 1) : undefined
  return versionOf(before?.structure, parseDocument(current.source), current.version).summary
}

/**
 * Adds a version of the consultation's draft. The first is `parseDocument`'s; each next one is `nextVersion` of the
 * current, so paragraphs keep their ids (comments stay on them) and only new text gets new ones. The document's
 * `currentVersion` moves by a guarded UPDATE in the same batch as the version, the original file and the audit row:
 * of two different uploads at once one becomes the next version and the other gets a 409 (the first upload of all is kept
 * unique by the one-document-per-consultation index instead). The same text sent again makes no version: it gets the
 * first upload's answer (`created: false`), also when the two were sent at once.
 */
export async function addDocumentVersion(
  deps: Deps,
  c: Consultation,
  draft: DraftSource,
  now = deps.now(),
): Promise<{ summary: VersionSummary; created: boolean }> {
  if (c.status === 'reported')
    throw new ApiError(409, 'Wyniki konsultacji zostały już podane: projektu nie można już zmienić.')
  const parsed = parseDocument(draft.source)
  if (!parsed.sections.some((s) => s.paragraphs.length > 0))
    throw field('W projekcie nie znaleziono żadnego akapitu.', draft.kind === 'docx' ? 'file' : 'source')
  const repeated = await sameAsCurrent(deps, c, draft)
  if (repeated) return { summary: repeated, created: false }
  const { db, files } = deps
  const doc = await documentOf(db, c.id)
  const previous = doc ? await documentVersion(db, c.id, doc.currentVersion) : undefined
  const version = (doc?.currentVersion ?? 0) + 1
  const { structure, summary } = versionOf(previous?.structure, parsed, version)
  const documentId = doc?.id ?? newId()
  const fileId = draft.file ? newId() : null
  const rows = [
    db.insert(documentVersions).values({
      documentId,
      version,
      tenantId: c.tenantId,
      sourceKind: draft.kind,
      source: draft.source,
      structure,
      fileId,
      createdBy: deps.user?.id ?? null,
      createdAt: now,
    }),
    ...(draft.file
      ? [
          files.insert(
            {
              module: CONSULTATION_FILES,
              id: fileId!,
              tenantId: c.tenantId,
              ownerId: c.id,
              kind: 'draft',
              name: draft.file.name,
              mime: DOCX_MIME,
              size: draft.file.bytes.byteLength,
              createdAt: now,
            },
            draft.file.bytes,
          ),
        ]
      : []),
    auditInsert(deps, {
      tenantId: c.tenantId,
      action: 'ks.document.version',
      entity: 'ks_consultation',
      entityId: c.id,
      after: { sourceKind: draft.kind, fileId, ...summary },
    }),
  ]
  try {
    if (doc)
      await guardedBatch(
        db,
        [
          db
            .update(documents)
            .set({ currentVersion: version, updatedAt: now })
            .where(and(eq(documents.id, doc.id), eq(documents.currentVersion, version - 1))),
          requireChanged(db),
          ...rows,
        ],
        async () => new LostRace(),
      )
    else
      await db.batch([
        db.insert(documents).values({
          id: documentId,
          tenantId: c.tenantId,
          consultationId: c.id,
          currentVersion: 1,
          createdAt: now,
          updatedAt: now,
        }),
        ...rows,
      ] as never)
  } catch (e) {
    const lost =
      e instanceof LostRace ||
      /UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e))
    if (!lost) throw e
    const first = await sameAsCurrent(deps, c, draft)
    if (first) return { summary: first, created: false }
    throw new ApiError(
      409,
      'Ktoś w międzyczasie dodał nową wersję projektu. Odśwież stronę i sprawdź ją przed dodaniem kolejnej.',
    )
  }
  return { summary, created: true }
}
