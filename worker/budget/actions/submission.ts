import { and, eq, exists, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { hashToken, newId, newToken } from '../../core/ids'
import { formatWarsaw } from '../../core/time/polish-calendar'
import { extraErrors } from '../domain/form-fields'
import { notifyCoauthor, notifySubmitted } from '../notify/submission'
import { countByAuthor, type EditionFull, type Project } from '../queries'
import {
  coauthorByTokenHash,
  coauthorsOf,
  hasAppeal,
  onlineSupporters,
  openQuestionOf,
  projectById,
  submissionProblemsOf,
} from '../queries/projects'
import { appeals, coauthors, projects, questions } from '../tables'
import type { coauthorSchema, draftFieldsSchema, newDraftSchema } from '../input'
import { eventInsert, requirePhase } from './common'
import { paperSupportersCounted } from '../domain/submission'
import { assessmentStatuses, isInAssessment, isRejected, isWithdrawable } from '../domain/statuses'

/*
 * The residents' actions on their projects: each checks the edition's rules and writes its rows with the project's
 * history in one batch. Route handlers add what belongs to a request (the author's key, rate limits, the response);
 * the demo seed (demo/seed.ts) calls the same functions, with `now` inside the phase it replays, so demo projects pass
 * exactly the checks residents face.
 */

/** Refusal of any change to drafts outside the submission phase. */
export const SUBMISSION_CLOSED =
  'Nabór projektów jest zamknięty: termin zgłaszania minął albo jeszcze się nie rozpoczął.'
const DRAFT_GONE = 'Ten projekt został już zgłoszony albo wycofany.'
const WITHDRAW_TOO_LATE =
  'Projektu nie wycofano: w międzyczasie zmienił się jego stan (na przykład weryfikator wydał ocenę). Odśwież stronę projektu, aby zobaczyć jego aktualny stan.'
/** A correction refused at write time: a decision or the end of the question came between loading and saving. */
const CORRECTION_TOO_LATE =
  'Poprawek nie zapisano: w międzyczasie zmienił się stan projektu (weryfikator wydał ocenę albo pytanie zostało zamknięte), więc nie można go już zmieniać. Odśwież stronę projektu, aby zobaczyć jego aktualny stan.'

type EditionRef = EditionFull & { tenant: { id: string; slug: string; name: string } }

type DraftFields = Partial<{
  title: string
  summary: string
  description: string
  poolId: string | null
  category: string | null
  beneficiaries: string
  address: string
  lat: number | null
  lng: number | null
  costItems: { name: string; amount: number }[]
  extra: Record<string, string | boolean>
}>

function checkPoolAndCategory(e: EditionFull, fields: DraftFields) {
  if (fields.poolId && !e.pools.some((p) => p.id === fields.poolId))
    throw new ApiError(400, 'Wybierz pulę z tej edycji.', {
      errors: [{ field: 'poolId', detail: 'Wybierz pulę z tej edycji.' }],
    })
  const categories = e.rules.submission.categories
  if (fields.category && categories.length && !categories.includes(fields.category))
    throw new ApiError(400, 'Wybierz kategorię z listy.', {
      errors: [{ field: 'category', detail: 'Wybierz kategorię z listy.' }],
    })
  const extra = fields.extra ? extraErrors(e.rules.submission.formFields, fields.extra) : []
  if (extra.length) throw new ApiError(400, extra[0]!.detail, { errors: extra })
}

function draftValues(fields: DraftFields) {
  const values: Record<string, unknown> = { ...fields }
  if (fields.costItems) values.cost = fields.costItems.reduce((s, i) => s + i.amount, 0)
  return values
}

/**
 * Saves a new draft and returns it with the author's key (the route mails the key as a link: `notifyDraftSaved`).
 * The phase is the caller's to check, against the clock or the date the demo replays.
 */
export async function createDraft(
  deps: Deps,
  e: EditionFull & { tenant: { id: string } },
  body: v.InferOutput<typeof newDraftSchema>,
  now = deps.now(),
): Promise<{ token: string; project: Project }> {
  if (e.rules.submission.minAge != null && body.ageConfirmed !== true) {
    throw new ApiError(400, `Projekt może zgłosić osoba, która ukończyła ${e.rules.submission.minAge} lat.`, {
      errors: [{ field: 'ageConfirmed', detail: `Potwierdź, że masz co najmniej ${e.rules.submission.minAge} lat.` }],
    })
  }
  const { authorName, authorEmail, residenceDeclared, ageConfirmed: _age, ...fields } = body
  checkPoolAndCategory(e, fields)
  const token = newToken()
  const project = {
    id: newId(),
    tenantId: e.tenant.id,
    editionId: e.edition.id,
    status: 'draft',
    authorName,
    authorEmail,
    authorResidenceDeclared: residenceDeclared,
    // Every later message to the author is written in the language they wrote the draft in.
    authorLang: deps.lang,
    authorTokenHash: await hashToken(token),
    costItems: [],
    extra: {},
    createdAt: now,
    updatedAt: now,
    ...draftValues(fields),
  } as typeof projects.$inferInsert
  const { db } = deps
  await db.batch([
    db.insert(projects).values(project),
    eventInsert(deps, project as Project, 'created', 'draft', null, now),
  ])
  return { token, project: (await projectById(db, project.id!))! }
}

/** Only a draft can be edited as a draft or submitted: a second tab may have submitted or withdrawn it already. */
export function requireDraft(p: Project): void {
  if (p.status !== 'draft') throw new ApiError(409, DRAFT_GONE)
}

/**
 * The author's edit: autosave of a draft during submission, or, after submission, corrections while a verifier's
 * question is open (the pool then stays as submitted). Returns the project as saved.
 */
export async function updateDraft(
  deps: Deps,
  e: EditionFull,
  p: Project,
  body: v.InferOutput<typeof draftFieldsSchema>,
): Promise<Project> {
  const { db } = deps
  const now = deps.now()
  if (p.status === 'draft') requirePhase(e, 'submission', SUBMISSION_CLOSED, now)
  else {
    const open = await openQuestionOf(db, p.id, now)
    if (!open || !isInAssessment(p.status))
      throw new ApiError(409, 'Zgłoszonego projektu nie można już zmieniać, chyba że weryfikator poprosi o poprawki.')
    if (body.poolId !== undefined && body.poolId !== p.poolId)
      throw new ApiError(409, 'Po zgłoszeniu nie można zmienić puli projektu.', {
        errors: [{ field: 'poolId', detail: 'Po zgłoszeniu nie można zmienić puli.' }],
      })
  }
  checkPoolAndCategory(e, body)
  const before = Object.fromEntries(Object.keys(body).map((k) => [k, (p as Record<string, unknown>)[k]]))
  // The checks above hold when the project was loaded; a submission (of a draft) or a verifier's decision (on a
  // correction) may land before this write. So the UPDATE repeats them — same status, and for a correction still
  // a status open to corrections and an open question — and if it changes nothing, no event or audit is kept.
  const openQuestion = db
    .select({ one: sql`1` })
    .from(questions)
    .where(and(eq(questions.projectId, p.id), isNull(questions.answeredAt), gt(questions.deadline, now)))
  const stillEditable =
    p.status === 'draft'
      ? eq(projects.status, 'draft')
      : and(eq(projects.status, p.status), inArray(projects.status, [...assessmentStatuses]), exists(openQuestion))
  const history =
    p.status === 'draft'
      ? []
      : [
          eventInsert(deps, p, 'corrected', p.status, 'Autor wprowadził poprawki.', now),
          auditInsert(deps, {
            tenantId: p.tenantId,
            action: 'bo.project.correct',
            entity: 'bo_project',
            entityId: p.id,
            before,
            after: body,
          }),
        ]
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ ...draftValues(body), updatedAt: now })
        .where(and(eq(projects.id, p.id), stillEditable)),
      requireChanged(db),
      ...history,
    ],
    () => new ApiError(409, p.status === 'draft' ? DRAFT_GONE : CORRECTION_TOO_LATE),
  )
  return (await projectById(db, p.id))!
}

/** Submits a complete draft (every gap refused as a field error, the per-author limit applied) and numbers it. */
export async function submitProject(deps: Deps, e: EditionFull, p: Project, now = deps.now()): Promise<Project> {
  requireDraft(p)
  const { db } = deps
  const errors = await submissionProblemsOf(db, e, p)
  if (errors.length)
    throw new ApiError(400, 'Projekt nie jest gotowy do zgłoszenia: uzupełnij wskazane pola.', { errors })
  const limit = e.rules.submission.maxProjectsPerAuthor
  if (limit != null && (await countByAuthor(db, e.edition.id, p.authorEmail)) >= limit)
    throw new ApiError(409, `Jedna osoba może zgłosić najwyżej ${limit} projekt(y) w tej edycji.`)
  await db.batch([
    db
      .update(projects)
      .set({
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
        number: sql`(SELECT COALESCE(MAX(number), 0) + 1 FROM bo_projects WHERE edition_id = ${e.edition.id})`,
      })
      .where(and(eq(projects.id, p.id), eq(projects.status, 'draft'))),
    eventInsert(deps, p, 'submitted', 'submitted', null, now),
  ])
  return (await projectById(db, p.id))!
}

/** The author's submission now, during the submission phase, confirmed by e-mail with the project's number. */
export async function submitDraft(deps: Deps, e: EditionRef, p: Project): Promise<Project> {
  requireDraft(p)
  requirePhase(e, 'submission', SUBMISSION_CLOSED, deps.now())
  const saved = await submitProject(deps, e, p)
  await notifySubmitted(deps, e, saved)
  return saved
}

/** The author withdraws the project, until the end of submission, unless a decision got there first. */
export async function withdrawProject(deps: Deps, e: EditionFull, p: Project): Promise<Project> {
  if (!isWithdrawable(p.status)) throw new ApiError(409, 'Tego projektu nie można już wycofać.')
  const now = deps.now()
  requirePhase(e, 'submission', 'Projekt można wycofać tylko do końca naboru.', now)
  const { db } = deps
  // A verifier's decision (or a submission from another tab) may land between the check above and this write.
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ status: 'withdrawn', updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, p.status))),
      requireChanged(db),
      eventInsert(deps, p, 'withdrawn', 'withdrawn', 'Autor wycofał projekt.', now),
    ],
    () => new ApiError(409, WITHDRAW_TOO_LATE),
  )
  return (await projectById(db, p.id))!
}

/** The author's appeal against a negative assessment, within the deadline that assessment set. */
export async function fileAppeal(deps: Deps, p: Project, body: { text: string }, now = deps.now()): Promise<Project> {
  if (!isRejected(p.status)) throw new ApiError(409, 'Odwołanie przysługuje od negatywnej oceny projektu.')
  const { db } = deps
  if (await hasAppeal(db, p.id)) throw new ApiError(409, 'Od tej oceny złożono już odwołanie.')
  if (!p.appealDeadline || p.appealDeadline.getTime() <= now.getTime()) {
    throw new ApiError(
      409,
      `Termin na odwołanie minął${p.appealDeadline ? ` (można było się odwołać do ${formatWarsaw(p.appealDeadline, 'deadline')})` : ''}.`,
      { type: 'https://wspolnota.example/problems/deadline-passed' },
    )
  }
  await db.batch([
    db.insert(appeals).values({ id: newId(), tenantId: p.tenantId, projectId: p.id, text: body.text, filedAt: now }),
    db.update(projects).set({ status: 'appealed', updatedAt: now }).where(eq(projects.id, p.id)),
    eventInsert(deps, p, 'appealed', 'appealed', 'Autor złożył odwołanie.', now),
  ])
  return (await projectById(db, p.id))!
}

/**
 * A positive formal assessment needs the pool's supporters from online support and *verified* paper signatures only.
 * Throws a Polish 409 if they fall short; otherwise returns the same condition for the assessment's UPDATE, so a
 * verification lowering the count at the same moment cannot slip past it.
 */
export async function requireVerifiedSupport(
  deps: Pick<Deps, 'db'>,
  e: EditionFull,
  p: Project,
): Promise<SQL | undefined> {
  const pool = e.pools.find((x) => x.id === p.poolId)
  if (!pool || pool.requiredSupporters === 0) return undefined
  const online = await onlineSupporters(deps.db, p.id)
  const verified = paperSupportersCounted(p)
  if (online + verified < pool.requiredSupporters) {
    const declared =
      p.paperSupporters > verified ? `; autor zadeklarował ${p.paperSupporters} podpisów na papierowej liście` : ''
    throw new ApiError(
      409,
      `Projekt ma ${online + verified} z ${pool.requiredSupporters} wymaganych podpisów poparcia (${online} przez internet, ${verified} zweryfikowanych z papierowej listy${declared}). Najpierw wpisz liczbę ważnych podpisów ze skanu listy albo oceń projekt negatywnie.`,
    )
  }
  return sql`(SELECT count(*) FROM bo_supports WHERE project_id = ${p.id}) + COALESCE(${projects.paperSupportersVerified}, 0) >= ${pool.requiredSupporters}`
}

/**
 * Staff's count of valid signatures on the scanned paper list (`POST …/projects/{id}/paper-supporters`): from then on
 * it, not the author's declaration, counts towards the threshold and in public. Set while the project waits for its
 * formal assessment (checking the list is part of it), never above the declared number, with the project's history
 * and the audit entry in one batch that a decision or withdrawal landing first turns into a 409.
 */
export async function verifyPaperSupporters(deps: Deps, p: Project, count: number, now = deps.now()): Promise<Project> {
  if (p.status !== 'submitted')
    throw new ApiError(409, 'Papierową listę poparcia sprawdza się przed oceną formalną zgłoszonego projektu.')
  if (count > p.paperSupporters) {
    const detail = `Autor zadeklarował ${p.paperSupporters} podpisów na papierowej liście — ważnych nie może być więcej.`
    throw new ApiError(400, detail, { errors: [{ field: 'count', detail }] })
  }
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ paperSupportersVerified: count, updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, 'submitted'))),
      requireChanged(db),
      eventInsert(
        deps,
        p,
        'paper-supporters',
        p.status,
        `Zweryfikowano papierową listę poparcia: ${count} ważnych podpisów.`,
        now,
      ),
      auditInsert(deps, {
        tenantId: p.tenantId,
        action: 'bo.paper-supporters',
        entity: 'bo_project',
        entityId: p.id,
        before: { declared: p.paperSupporters, verified: p.paperSupportersVerified },
        after: { declared: p.paperSupporters, verified: count },
      }),
    ],
    () =>
      new ApiError(
        409,
        'Liczby podpisów nie zapisano: w międzyczasie zmienił się stan projektu (wydano ocenę formalną albo autor go wycofał). Odśwież stronę projektu.',
      ),
  )
  return (await projectById(db, p.id))!
}

/**
 * The author names a co-author of a draft (at most ten, never themselves); the co-author confirms by the e-mailed
 * link, and a draft with unconfirmed co-authors cannot be submitted.
 */
export async function addCoauthor(
  deps: Deps,
  e: EditionRef,
  p: Project,
  body: v.InferOutput<typeof coauthorSchema>,
): Promise<void> {
  if (p.status !== 'draft') throw new ApiError(409, 'Współautorów dodaje się przed zgłoszeniem projektu.')
  requirePhase(e, 'submission', SUBMISSION_CLOSED, deps.now())
  if (body.email === p.authorEmail)
    throw new ApiError(400, 'Ten adres należy do autora.', {
      errors: [{ field: 'email', detail: 'Ten adres należy do autora.' }],
    })
  const { db } = deps
  const existing = await coauthorsOf(db, p.id)
  if (existing.some((x) => x.email === body.email))
    throw new ApiError(409, 'Ta osoba jest już współautorem.', {
      errors: [{ field: 'email', detail: 'Ta osoba jest już współautorem.' }],
    })
  if (existing.length >= 10) throw new ApiError(409, 'Projekt może mieć najwyżej 10 współautorów.')
  const token = newToken()
  await db.insert(coauthors).values({
    id: newId(),
    tenantId: p.tenantId,
    projectId: p.id,
    name: body.name,
    email: body.email,
    tokenHash: await hashToken(token),
    createdAt: deps.now(),
  })
  await notifyCoauthor(deps, e, p, body, token)
}

/** A co-author's confirmation by the e-mailed link (a second use changes nothing). */
export async function confirmCoauthor(deps: Deps, token: string): Promise<{ projectTitle: string; name: string }> {
  const { db } = deps
  const row = await coauthorByTokenHash(db, await hashToken(token))
  if (!row) throw notFound('Link potwierdzenia jest nieważny albo niepełny.')
  const project = (await projectById(db, row.projectId))!
  if (!row.confirmedAt) {
    const now = deps.now()
    await db.batch([
      db.update(coauthors).set({ confirmedAt: now }).where(eq(coauthors.id, row.id)),
      eventInsert(deps, project, 'coauthor-confirmed', null, null, now),
    ])
  }
  return { projectTitle: project.title, name: row.name }
}
