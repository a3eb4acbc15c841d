import { and, eq, isNull } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError, type FieldError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { bodyLaws, existsAt, levelOfTenantKind, reservedBodySlugs } from '../domain/bodies'
import { isDay, termLastDay } from '../domain/dates'
import { addStatuteVersion, statuteForDate, type Statute, type StatuteVersion } from '../domain/statute'
import type { bodyCreateSchema, bodyUpdateSchema, statuteVersionSchema } from '../input/bodies'
import type { CouncilBody } from '../queries/bodies-ref'
import { statuteRows, termRows } from '../queries/bodies'
import { councilBodies, councilStatutes, councilTerms } from '../tables'

/** The file store's module name for the councils' files (statutes, minutes, drafts). */
export const COUNCIL_FILES = 'councils'

/** The largest statute attachment: a scanned resolution of a few dozen pages fits. */
export const MAX_STATUTE_BYTES = 10 * 1024 * 1024
export const STATUTE_TOO_LARGE = `Plik jest za duży: limit ${MAX_STATUTE_BYTES / 1048576} MB.`

const refuse = (status: 400 | 409 | 413, field: string, detail: string) =>
  new ApiError(status, detail, { errors: [{ field, detail }] })

const isUnique = (e: unknown, index: string) => {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++)
    if (new RegExp(`UNIQUE constraint failed: ${index}`).test(String((x as { message?: unknown }).message ?? x)))
      return true
  return false
}

const SLUG_TAKEN = 'Ten adres jest już zajęty przez inną radę tej jednostki. Wybierz inny.'

/**
 * A new body of the JST, being set up (`tworzona`): its kind must exist at the JST's level (no RDPP of a
 * województwo), and its address must be free, not one of the module's fixed words. Two requests for one address at
 * once: the unique index lets one in and the other gets the same 409 as a later one.
 */
export async function createBody(
  deps: Deps,
  tenant: { id: string; kind: string },
  input: v.InferOutput<typeof bodyCreateSchema>,
): Promise<CouncilBody> {
  const level = levelOfTenantKind(tenant.kind)
  if (!existsAt(input.kind, level)) throw refuse(400, 'kind', 'Ten rodzaj rady nie istnieje w jednostce tego szczebla.')
  if (reservedBodySlugs.includes(input.slug))
    throw refuse(400, 'slug', 'Ten adres jest zarezerwowany dla stron modułu rad. Wybierz inny.')
  const { db } = deps
  const now = deps.now()
  const row = {
    id: newId(),
    tenantId: tenant.id,
    kind: input.kind,
    slug: input.slug,
    name: input.name,
    description: input.description,
    email: input.email || null,
    status: 'tworzona' as const,
    createdAt: now,
    createdBy: deps.user?.id ?? null,
  }
  try {
    await db.batch([
      db.insert(councilBodies).values(row),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.body.create',
        entity: 'rd_body',
        entityId: row.id,
        after: { kind: row.kind, slug: row.slug, name: row.name },
      }),
    ])
  } catch (e) {
    if (isUnique(e, 'rd_bodies')) throw refuse(409, 'slug', SLUG_TAKEN)
    throw e
  }
  return { ...row, applicationId: null }
}

/** A change of a body's name, description, e-mail or status; the audit row keeps what it was. */
export async function updateBody(
  deps: Deps,
  body: CouncilBody,
  input: v.InferOutput<typeof bodyUpdateSchema>,
): Promise<CouncilBody> {
  const change: Partial<CouncilBody> = {}
  if (input.name !== undefined) change.name = input.name
  if (input.description !== undefined) change.description = input.description
  if (input.email !== undefined) change.email = input.email || null
  if (input.status !== undefined) change.status = input.status
  const keys = Object.keys(change) as (keyof CouncilBody)[]
  if (!keys.some((k) => change[k] !== body[k])) return body
  const { db } = deps
  await db.batch([
    db.update(councilBodies).set(change).where(eq(councilBodies.id, body.id)),
    auditInsert(deps, {
      tenantId: body.tenantId,
      action: 'rd.body.update',
      entity: 'rd_body',
      entityId: body.id,
      before: Object.fromEntries(keys.map((k) => [k, body[k]])),
      after: change,
    }),
  ])
  return { ...body, ...change }
}

/**
 * A new version of the body's statute, checked by the domain against the law for the body's kind (the errors name
 * the rule: an RDPP's NGO share, a rada seniorów's seats and ages) and against the versions on record (no change
 * backwards in time). Numbered next; two versions sent at once cannot share a number (the unique index), so the
 * later one is refused with a 409 and the office reloads the history before sending it again.
 */
export async function addStatute(
  deps: Deps,
  body: CouncilBody,
  input: v.InferOutput<typeof statuteVersionSchema>,
): Promise<typeof councilStatutes.$inferSelect> {
  const statute = input.statute as Statute
  const rows = await statuteRows(deps.db, body.id)
  const versions: StatuteVersion[] = rows.map((r) => ({ version: r.version, statute: r.statute, applies: r.applies }))
  const { versions: next, errors } = addStatuteVersion(versions, statute, body.kind, input.applies)
  if (errors.length) throw statuteRefused(errors)
  const added = next[next.length - 1]!
  const { db } = deps
  const row = {
    id: newId(),
    tenantId: body.tenantId,
    bodyId: body.id,
    version: added.version,
    statute,
    applies: input.applies,
    validFrom: statute.validFrom,
    attachmentFileId: null,
    createdAt: deps.now(),
    createdBy: deps.user?.id ?? null,
  }
  try {
    await db.batch([
      db.insert(councilStatutes).values(row),
      auditInsert(deps, {
        tenantId: body.tenantId,
        action: 'rd.statute.add',
        entity: 'rd_body',
        entityId: body.id,
        after: { version: row.version, act: statute.act, validFrom: statute.validFrom, applies: row.applies },
      }),
    ])
  } catch (e) {
    if (isUnique(e, 'rd_statutes')) throw new ApiError(409, VERSION_RACE)
    throw e
  }
  return row
}

const VERSION_RACE =
  'Ktoś w międzyczasie dodał inną wersję statutu tej rady. Odśwież stronę, sprawdź historię i wyślij zmianę ponownie.'

/** The domain's refusal of a statute as one problem with its field errors (the first one as its detail). */
function statuteRefused(errors: FieldError[]): ApiError {
  return new ApiError(400, 'Statut narusza przepisy albo jest niespójny: popraw wskazane pola.', {
    errors: errors.map((e) => ({ field: `statute.${e.field}`, detail: e.detail })),
  })
}

/** A statute version of the body by its number, or a Polish 404. */
export async function statuteVersionOf(deps: Pick<Deps, 'db'>, body: CouncilBody, raw: string) {
  const rows = /^\d{1,6}$/.test(raw) ? await statuteRows(deps.db, body.id) : []
  const row = rows.find((r) => r.version === Number(raw))
  if (!row) throw new ApiError(404, 'Nie ma takiej wersji statutu.')
  return row
}

/**
 * The resolution's PDF attached to a statute version (a scan of the act as published), replacing an earlier one;
 * the bytes are sniffed, so a renamed page cannot be served back as the JST's statute.
 */
export async function attachStatuteFile(
  deps: Deps,
  body: CouncilBody,
  version: typeof councilStatutes.$inferSelect,
  file: unknown,
) {
  if (!(file instanceof File) || file.size === 0) throw refuse(400, 'file', 'Wybierz plik PDF z uchwałą.')
  if (file.size > MAX_STATUTE_BYTES) throw refuse(413, 'file', STATUTE_TOO_LARGE)
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches('application/pdf', bytes)) throw refuse(400, 'file', 'To nie jest plik PDF.')
  const { db, files } = deps
  const id = newId()
  const name = safeFileName(file.name || `statut-${body.slug}-${version.version}.pdf`)
  const previous = version.attachmentFileId
  await guardedBatch(
    db,
    [
      db
        .update(councilStatutes)
        .set({ attachmentFileId: id })
        .where(
          and(
            eq(councilStatutes.id, version.id),
            previous ? eq(councilStatutes.attachmentFileId, previous) : isNull(councilStatutes.attachmentFileId),
          ),
        ),
      requireChanged(db),
      files.insert(
        {
          module: COUNCIL_FILES,
          id,
          tenantId: body.tenantId,
          ownerId: version.id,
          kind: 'statute',
          name: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`,
          mime: 'application/pdf',
          size: bytes.byteLength,
          createdAt: deps.now(),
        },
        bytes,
      ),
      ...(previous ? [files.remove(COUNCIL_FILES, body.tenantId, previous)] : []),
      auditInsert(deps, {
        tenantId: body.tenantId,
        action: 'rd.statute.file',
        entity: 'rd_body',
        entityId: body.id,
        before: { version: version.version, fileId: previous },
        after: { version: version.version, fileId: id, size: bytes.byteLength },
      }),
    ],
    () => new ApiError(409, 'Ktoś w międzyczasie dodał plik tej wersji statutu. Odśwież stronę.'),
  )
  return { ...version, attachmentFileId: id }
}

/** A statute version's PDF for download, or a Polish 404. */
export async function statuteFile(deps: Pick<Deps, 'files'>, version: typeof councilStatutes.$inferSelect) {
  const file = version.attachmentFileId
    ? await deps.files.read(COUNCIL_FILES, version.tenantId, version.id, version.attachmentFileId)
    : undefined
  if (!file) throw new ApiError(404, 'Do tej wersji statutu nie dodano pliku uchwały.')
  return file
}

/**
 * A new term of office from `startsOn`: its last day follows from the term length of the statute that governs that
 * day (an RDPP: 3 years, to the day before the anniversary), and it may not begin before the previous term ends.
 * Numbered next per body; two at once cannot share a number (the unique index: the later one gets a 409).
 */
export async function addTerm(deps: Deps, body: CouncilBody, startsOn: string) {
  if (!isDay(startsOn)) throw refuse(400, 'startsOn', 'Podaj datę w postaci RRRR-MM-DD.')
  const [rows, terms] = await Promise.all([statuteRows(deps.db, body.id), termRows(deps.db, body.id)])
  const governing = statuteForDate(
    rows.map((r) => ({ version: r.version, statute: r.statute, applies: r.applies })),
    startsOn,
    startsOn,
  )
  if (!governing)
    throw refuse(
      400,
      'startsOn',
      'W tym dniu rada nie ma jeszcze statutu: dodaj statut obowiązujący najpóźniej od początku kadencji.',
    )
  const previous = terms[terms.length - 1]
  if (previous && startsOn <= previous.endsOn)
    throw refuse(400, 'startsOn', 'Nowa kadencja może się zacząć dopiero po ostatnim dniu poprzedniej.')
  const { db } = deps
  const row = {
    id: newId(),
    tenantId: body.tenantId,
    bodyId: body.id,
    number: (previous?.number ?? 0) + 1,
    startsOn,
    endsOn: termLastDay(startsOn, governing.statute.termYears),
    createdAt: deps.now(),
  }
  try {
    await db.batch([
      db.insert(councilTerms).values(row),
      auditInsert(deps, {
        tenantId: body.tenantId,
        action: 'rd.term.add',
        entity: 'rd_body',
        entityId: body.id,
        after: { number: row.number, startsOn, endsOn: row.endsOn, statuteVersion: governing.version },
      }),
    ])
  } catch (e) {
    if (isUnique(e, 'rd_terms')) throw new ApiError(409, 'Ktoś w międzyczasie dodał kadencję tej rady. Odśwież stronę.')
    throw e
  }
  return row
}

/** The name of a body's kind at the JST's level ("gminna rada seniorów"). */
export function kindName(kind: CouncilBody['kind'], tenantKind: string): string {
  return bodyLaws[kind].names[levelOfTenantKind(tenantKind)] ?? bodyLaws[kind].names.gmina ?? ''
}
