import { and, eq, exists, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type * as v from 'valibot'
import { hashToken, newId, newToken } from '../../core/ids'
import { auditInsert } from '../../core/audit/record'
import { users } from '../../core/auth/schema'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { formatWarsaw } from '../../core/time/polish-calendar'
import { phaseAt } from '../phases'
import { extraErrors, extraFilled } from '../form-fields'
import { normalizeAddress, normalizeText, personKey } from '../../core/identity/person'
import { countByAuthor, projectDetails, supportCounts, type EditionFull, type Project } from '../queries'
import { appeals, coauthors, projects, questions, supports } from '../schema'
import {
  answerSchema,
  appealSchema,
  coauthorSchema,
  confirmSchema,
  draftFieldsSchema,
  newDraftSchema,
  resendSchema,
  supportSchema,
} from '../schemas'
import {
  AUTHOR_KEYS_ENDED,
  authorKeysEnd,
  authorLink,
  editionFromPath,
  eventInsert,
  paperSupportersCounted,
  projectFromPath,
  publicProject,
  requireAuthor,
  requirePhase,
  type Ctx,
} from '../shared'
import { formatZl } from '../../core/money'
import { clientIp, appOrigin } from '../../core/http/request'

const tags = ['Budżet obywatelski — mieszkańcy']
const SUBMISSION_CLOSED = 'Nabór projektów jest zamknięty: termin zgłaszania minął albo jeszcze się nie rozpoczął.'
const DRAFT_GONE = 'Ten projekt został już zgłoszony albo wycofany.'
const WITHDRAW_TOO_LATE =
  'Projektu nie wycofano: w międzyczasie zmienił się jego stan (na przykład weryfikator wydał ocenę). Odśwież stronę projektu, aby zobaczyć jego aktualny stan.'
const ANSWERED = { status: 409, detail: 'Na to pytanie już odpowiedziano.' } as const
const ANSWER_LATE = { status: 409, detail: 'Termin na odpowiedź minął.' } as const
/** A correction refused at write time: a decision or the end of the question came between loading and saving. */
const CORRECTION_TOO_LATE =
  'Poprawek nie zapisano: w międzyczasie zmienił się stan projektu (weryfikator wydał ocenę albo pytanie zostało zamknięte), więc nie można go już zmieniać. Odśwież stronę projektu, aby zobaczyć jego aktualny stan.'

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

/** What the author sees of their own project: everything public plus contacts, co-authors, questions and appeals. */
export async function authorView(c: Ctx, e: EditionFull, p: Project) {
  const { db } = c.get('services')
  const online = (await supportCounts(db, [p.id])).get(p.id) ?? 0
  const details = await projectDetails(db, p.id)
  return {
    ...publicProject(
      p,
      e.pools.find((x) => x.id === p.poolId),
      online,
    ),
    onlineSupporters: online,
    paperSupporters: p.paperSupporters,
    paperSupportersVerified: p.paperSupportersVerified,
    authorName: p.authorName,
    authorEmail: p.authorEmail,
    coauthors: details.coauthors.map((x) => ({ id: x.id, name: x.name, email: x.email, confirmed: !!x.confirmedAt })),
    attachments: details.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    questions: details.questions.map((q) => ({
      id: q.id,
      text: q.text,
      askedAt: q.askedAt.toISOString(),
      deadline: q.deadline.toISOString(),
      answer: q.answer,
      answeredAt: q.answeredAt?.toISOString() ?? null,
    })),
    assessments: details.assessments.map((a) => ({
      stage: a.stage,
      positive: a.positive,
      criteria: a.criteria,
      justification: a.justification,
      revisedCost: a.revisedCost,
      decidedAt: a.decidedAt.toISOString(),
    })),
    appeals: details.appeals.map((a) => ({
      id: a.id,
      text: a.text,
      filedAt: a.filedAt.toISOString(),
      decision: a.decision,
      reason: a.reason,
      decidedAt: a.decidedAt?.toISOString() ?? null,
    })),
    history: details.history.map((h) => ({ kind: h.kind, status: h.status, note: h.note, at: h.at.toISOString() })),
  }
}

/** Everything missing before a draft can be submitted, as field errors the form can show. */
export async function submissionProblems(c: Ctx, e: EditionFull, p: Project) {
  const errors: { field: string; detail: string }[] = []
  const need = (field: string, ok: boolean, detail: string) => ok || errors.push({ field, detail })
  need('title', p.title.length >= 5, 'Podaj tytuł projektu (co najmniej 5 znaków).')
  need('summary', p.summary.length >= 20, 'Napisz krótki opis (co najmniej 20 znaków).')
  need('description', p.description.length >= 50, 'Opisz projekt (co najmniej 50 znaków).')
  need('address', p.address.length >= 3, 'Podaj lokalizację projektu.')
  need('beneficiaries', p.beneficiaries.length >= 3, 'Napisz, komu projekt posłuży.')
  const items = p.costItems as { name: string; amount: number }[]
  need('costItems', items.length > 0, 'Dodaj co najmniej jedną pozycję kosztorysu.')
  if (e.rules.submission.categories.length) need('category', !!p.category, 'Wybierz kategorię.')
  const pool = e.pools.find((x) => x.id === p.poolId)
  need('poolId', !!pool, 'Wybierz pulę, do której zgłaszasz projekt.')
  if (pool) {
    need(
      'costItems',
      p.cost >= pool.minProjectCost && p.cost <= pool.maxProjectCost,
      `Koszt projektu (${formatZl(p.cost)}) musi mieścić się w limitach puli „${pool.name}”: od ${formatZl(pool.minProjectCost)} do ${formatZl(pool.maxProjectCost)}.`,
    )
    // Staff cannot check a draft's scanned list, so the declared signatures let it be submitted; a positive formal
    // assessment then needs them verified (`requireVerifiedSupport`).
    const online = (await supportCounts(c.get('services').db, [p.id])).get(p.id) ?? 0
    need(
      'supporters',
      online + p.paperSupporters >= pool.requiredSupporters,
      `Projekt potrzebuje ${pool.requiredSupporters} podpisów poparcia; ma ${online + p.paperSupporters}${p.paperSupporters ? ` (w tym ${p.paperSupporters} z papierowej listy, którą sprawdzimy po zgłoszeniu)` : ''}.`,
    )
  }
  const extra = p.extra as Record<string, string | boolean>
  for (const f of e.rules.submission.formFields)
    if (f.required) need(`extra.${f.key}`, extraFilled(f, extra[f.key]), `Wypełnij pole: ${f.label}.`)
  const details = await projectDetails(c.get('services').db, p.id)
  const minFiles = e.rules.submission.attachments.minFiles
  if (minFiles > 0)
    need(
      'file',
      details.attachments.filter((a) => a.kind !== 'support-list').length >= minFiles,
      `Dołącz wymagane załączniki: co najmniej ${minFiles} (wymaga tego regulamin edycji).`,
    )
  need(
    'coauthors',
    details.coauthors.every((x) => x.confirmedAt),
    'Każdy współautor musi potwierdzić udział linkiem z e-maila.',
  )
  if (p.paperSupporters > 0)
    need(
      'attachments',
      details.attachments.some((a) => a.kind === 'support-list'),
      'Dołącz skan papierowej listy poparcia.',
    )
  return errors
}

export async function notifyAuthor(
  c: Ctx,
  e: EditionFull & { tenant: { slug: string; name: string } },
  p: Project,
  subject: string,
  body: string,
  token?: string,
) {
  const link = token
    ? `\n\nTwój projekt: ${authorLink(appOrigin(c), e.tenant.slug, e.edition.year, p.id, token)}\n(link jest Twoim kluczem do projektu — nie udostępniaj go)`
    : `\n\nStrona projektu: ${appOrigin(c)}/${e.tenant.slug}/bo/${e.edition.year}/projekty/${p.id}`
  await c.get('services').mailer.send({
    tenantId: p.tenantId,
    kind: token ? 'author-key' : 'author-notice',
    to: p.authorEmail,
    subject: `${e.tenant.name} — budżet obywatelski: ${subject}`,
    text: `Dzień dobry,\n\n${body}${link}\n`,
  })
}

/** The staff member who asked a question learns of the answer (and of any corrections) without watching the panel. */
async function notifyAsker(
  c: Ctx,
  e: EditionFull & { tenant: { slug: string; name: string } },
  p: Project,
  askedBy: string,
  answer: string,
) {
  const { db, mailer } = c.get('services')
  const asker = await db.query.users.findFirst({ where: eq(users.id, askedBy) })
  if (!asker) return
  const link = `${appOrigin(c)}/panel/${e.tenant.slug}/bo/${e.edition.year}/projekty/${p.id}`
  await mailer.send({
    tenantId: p.tenantId,
    kind: 'staff-notice',
    to: asker.email,
    subject: `${e.tenant.name} — budżet obywatelski: odpowiedź autora (projekt nr ${p.number ?? '—'})`,
    text: `Dzień dobry,\n\nautor projektu „${p.title}” odpowiedział na Twoje pytanie:\n\n${answer}\n\nPoprawki, jeśli je wprowadził, są w historii projektu:\n${link}\n`,
  })
}

/*
 * The residents' actions below the HTTP layer: each checks the edition's rules and writes its rows with the project's
 * history in one batch. Route handlers add what belongs to a request (phase gate against the current time, author key,
 * rate limits, e-mails, the response); the demo seed (worker/demo/budget.ts) calls the same functions, with `now`
 * inside the phase it replays, so demo projects pass exactly the checks residents face.
 */

/** Saves a new draft and returns it with the author's key (the handler e-mails the key as a link). */
export async function createDraft(
  c: Ctx,
  e: EditionFull & { tenant: { id: string } },
  body: v.InferOutput<typeof newDraftSchema>,
  now = new Date(),
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
    authorTokenHash: await hashToken(token),
    costItems: [],
    extra: {},
    createdAt: now,
    updatedAt: now,
    ...draftValues(fields),
  } as typeof projects.$inferInsert
  const { db } = c.get('services')
  await db.batch([
    db.insert(projects).values(project),
    eventInsert(c, project as Project, 'created', 'draft', null, now),
  ])
  return { token, project: (await db.query.projects.findFirst({ where: eq(projects.id, project.id!) }))! }
}

/** Whether a project can still collect online support (the phase is checked separately, against the clock). */
export function requireSupportable(e: EditionFull, p: Project): void {
  if (!e.rules.support.online)
    throw new ApiError(409, 'W tej edycji poparcie zbiera się wyłącznie na papierowych listach.')
  if (!['draft', 'submitted'].includes(p.status)) throw new ApiError(409, 'Tego projektu nie można już poprzeć.')
}

/** Who supports: a keyed hash of the normalised name and address, so a person supports a project once. */
export function supportKey(c: Ctx, e: EditionFull, body: { name: string; address: string }): Promise<string> {
  return personKey(c.get('config').identityPepper, [
    'support',
    e.edition.id,
    normalizeText(body.name),
    normalizeAddress(body.address),
  ])
}

/**
 * The insert of one resident's online support (a second one of the same person fails on the unique index). Built,
 * not run: the handler runs it alone, the demo seed runs a project's supports in one batch.
 */
export function supportInsert(
  c: Ctx,
  p: Project,
  body: { name: string; address: string },
  key: string,
  now = new Date(),
) {
  return c.get('services').db.insert(supports).values({
    id: newId(),
    tenantId: p.tenantId,
    projectId: p.id,
    personKey: key,
    name: body.name,
    address: body.address,
    createdAt: now,
  })
}

export function requireDraft(p: Project): void {
  if (p.status !== 'draft') throw new ApiError(409, DRAFT_GONE)
}

/** Submits a complete draft (every gap refused as a field error, the per-author limit applied) and numbers it. */
export async function submitProject(c: Ctx, e: EditionFull, p: Project, now = new Date()): Promise<Project> {
  requireDraft(p)
  const errors = await submissionProblems(c, e, p)
  if (errors.length)
    throw new ApiError(400, 'Projekt nie jest gotowy do zgłoszenia: uzupełnij wskazane pola.', { errors })
  const { db } = c.get('services')
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
    eventInsert(c, p, 'submitted', 'submitted', null, now),
  ])
  return (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!
}

/** The author's appeal against a negative assessment, within the deadline that assessment set. */
export async function fileAppeal(c: Ctx, p: Project, body: { text: string }, now = new Date()): Promise<Project> {
  if (!['formal_rejected', 'merit_rejected'].includes(p.status))
    throw new ApiError(409, 'Odwołanie przysługuje od negatywnej oceny projektu.')
  const { db } = c.get('services')
  if ((await db.select({ id: appeals.id }).from(appeals).where(eq(appeals.projectId, p.id))).length > 0)
    throw new ApiError(409, 'Od tej oceny złożono już odwołanie.')
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
    eventInsert(c, p, 'appealed', 'appealed', 'Autor złożył odwołanie.', now),
  ])
  return (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!
}

/**
 * A positive formal assessment needs the pool's supporters from online support and *verified* paper signatures only.
 * Throws a Polish 409 if they fall short; otherwise returns the same condition for the assessment's UPDATE, so a
 * verification lowering the count at the same moment cannot slip past it.
 */
export async function requireVerifiedSupport(c: Ctx, e: EditionFull, p: Project): Promise<SQL | undefined> {
  const pool = e.pools.find((x) => x.id === p.poolId)
  if (!pool || pool.requiredSupporters === 0) return undefined
  const online = (await supportCounts(c.get('services').db, [p.id])).get(p.id) ?? 0
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
export async function verifyPaperSupporters(c: Ctx, p: Project, count: number, now = new Date()): Promise<Project> {
  if (p.status !== 'submitted')
    throw new ApiError(409, 'Papierową listę poparcia sprawdza się przed oceną formalną zgłoszonego projektu.')
  if (count > p.paperSupporters) {
    const detail = `Autor zadeklarował ${p.paperSupporters} podpisów na papierowej liście — ważnych nie może być więcej.`
    throw new ApiError(400, detail, { errors: [{ field: 'count', detail }] })
  }
  const { db } = c.get('services')
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ paperSupportersVerified: count, updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, 'submitted'))),
      requireChanged(db),
      eventInsert(
        c,
        p,
        'paper-supporters',
        p.status,
        `Zweryfikowano papierową listę poparcia: ${count} ważnych podpisów.`,
        now,
      ),
      auditInsert(c, {
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
  return (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!
}

/** Residents: drafts with autosave, co-authors, support, submission, withdrawal, answers and appeals — no account. */
export function submissionRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/projects'

  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary: 'Nowy projekt (szkic zapisywany na bieżąco)',
      tags,
      access: { kind: 'public' },
      body: newDraftSchema,
      responses: { 201: { description: 'Szkic; zwraca klucz autora (wysłany też e-mailem)' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      requirePhase(e, 'submission', SUBMISSION_CLOSED)
      const { success } = await c.get('services').rateLimiter.limit(`bo-draft:${clientIp(c)}`, {
        limit: c.get('config').draftsPerHourPerAddress,
        periodSeconds: 3600,
      })
      if (!success) throw new ApiError(429, 'Zbyt wiele nowych projektów z tego adresu. Spróbuj za godzinę.')
      const { token, project: saved } = await createDraft(c, e, body)
      await notifyAuthor(
        c,
        e,
        saved,
        'szkic projektu zapisany',
        'zapisaliśmy szkic Twojego projektu. Możesz do niego wrócić w każdej chwili przed końcem naboru.',
        token,
      )
      return c.json({ token, project: await authorView(c, e, saved) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:id/author`,
      summary: 'Projekt oczami autora (klucz autora)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Projekt z danymi autora' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      return c.json({
        project: await authorView(c, e, p),
        missing: p.status === 'draft' ? await submissionProblems(c, e, p) : [],
      })
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${base}/:id`,
      summary: 'Autozapis szkicu albo poprawki na pytanie weryfikatora',
      tags,
      access: { kind: 'public' },
      body: draftFieldsSchema,
      responses: { 200: { description: 'Zapisano' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const { db } = c.get('services')
      if (p.status === 'draft') requirePhase(e, 'submission', SUBMISSION_CLOSED)
      else {
        const open = await db.query.questions.findFirst({
          where: and(
            eq(questions.projectId, p.id),
            isNull(questions.answeredAt),
            sql`${questions.deadline} > ${Date.now()}`,
          ),
        })
        if (!open || !['submitted', 'merit'].includes(p.status))
          throw new ApiError(
            409,
            'Zgłoszonego projektu nie można już zmieniać, chyba że weryfikator poprosi o poprawki.',
          )
        if (body.poolId !== undefined && body.poolId !== p.poolId)
          throw new ApiError(409, 'Po zgłoszeniu nie można zmienić puli projektu.', {
            errors: [{ field: 'poolId', detail: 'Po zgłoszeniu nie można zmienić puli.' }],
          })
      }
      checkPoolAndCategory(e, body)
      const before = Object.fromEntries(Object.keys(body).map((k) => [k, (p as Record<string, unknown>)[k]]))
      const now = new Date()
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
          : and(eq(projects.status, p.status), inArray(projects.status, ['submitted', 'merit']), exists(openQuestion))
      const history =
        p.status === 'draft'
          ? []
          : [
              eventInsert(c, p, 'corrected', p.status, 'Autor wprowadził poprawki.', now),
              auditInsert(c, {
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
      const saved = (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!
      return c.json({
        project: await authorView(c, e, saved),
        missing: saved.status === 'draft' ? await submissionProblems(c, e, saved) : [],
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/coauthors`,
      summary: 'Dodanie współautora (potwierdza linkiem)',
      tags,
      access: { kind: 'public' },
      body: coauthorSchema,
      responses: { 201: { description: 'Wysłano prośbę o potwierdzenie' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      if (p.status !== 'draft') throw new ApiError(409, 'Współautorów dodaje się przed zgłoszeniem projektu.')
      requirePhase(e, 'submission', SUBMISSION_CLOSED)
      if (body.email === p.authorEmail)
        throw new ApiError(400, 'Ten adres należy do autora.', {
          errors: [{ field: 'email', detail: 'Ten adres należy do autora.' }],
        })
      const { db, mailer } = c.get('services')
      const existing = await db.select().from(coauthors).where(eq(coauthors.projectId, p.id))
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
        createdAt: new Date(),
      })
      await mailer.send({
        tenantId: p.tenantId,
        kind: 'coauthor-confirmation',
        to: body.email,
        subject: `${e.tenant.name} — potwierdź współautorstwo projektu`,
        text: `Dzień dobry,\n\n${p.authorName} wskazał(a) Cię jako współautora projektu „${p.title || 'bez tytułu'}” w budżecie obywatelskim ${e.edition.year}.\nPotwierdź udział:\n${appOrigin(c)}/${e.tenant.slug}/bo/wspolautor#klucz=${token}\n\nJeśli to pomyłka, zignoruj tę wiadomość.`,
      })
      return c.json({ project: await authorView(c, e, p) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/bo/coauthors/confirm',
      summary: 'Potwierdzenie współautorstwa z linku',
      tags,
      access: { kind: 'public' },
      body: confirmSchema,
      responses: { 200: { description: 'Potwierdzono' } },
    },
    async (c, { body }) => {
      const { db } = c.get('services')
      const row = await db.query.coauthors.findFirst({ where: eq(coauthors.tokenHash, await hashToken(body.token)) })
      if (!row) throw notFound('Link potwierdzenia jest nieważny albo niepełny.')
      const project = (await db.query.projects.findFirst({ where: eq(projects.id, row.projectId) }))!
      if (!row.confirmedAt)
        await db.batch([
          db.update(coauthors).set({ confirmedAt: new Date() }).where(eq(coauthors.id, row.id)),
          eventInsert(c, project, 'coauthor-confirmed', null),
        ])
      return c.json({ projectTitle: project.title, name: row.name })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/supports`,
      summary: 'Poparcie projektu przez mieszkańca (raz na osobę)',
      tags,
      access: { kind: 'public' },
      body: supportSchema,
      responses: { 201: { description: 'Poparcie zapisane' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      requireSupportable(e, p)
      requirePhase(e, 'submission', 'Poparcie można złożyć tylko w czasie naboru projektów.')
      const { success } = await c
        .get('services')
        .rateLimiter.limit(`bo-support:${clientIp(c)}`, { limit: 60, periodSeconds: 3600 })
      if (!success) throw new ApiError(429, 'Zbyt wiele poparć z tego adresu. Spróbuj za godzinę.')
      const { db } = c.get('services')
      try {
        await supportInsert(c, p, body, await supportKey(c, e, body))
      } catch (err) {
        if (/UNIQUE constraint failed/i.test(String((err as { cause?: unknown }).cause ?? '') + String(err)))
          throw new ApiError(409, 'Ta osoba już poparła ten projekt — jedna osoba może poprzeć projekt tylko raz.', {
            type: 'https://wspolnota.example/problems/already-supported',
          })
        throw err
      }
      const n = (await supportCounts(db, [p.id])).get(p.id) ?? 0
      return c.json({ supporters: n + paperSupportersCounted(p) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:id/support-info`,
      summary: 'Co widzi osoba popierająca projekt (także szkic, przed zgłoszeniem)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Tytuł, opis, pula i czy można poprzeć' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      const { db } = c.get('services')
      const online = (await supportCounts(db, [p.id])).get(p.id) ?? 0
      const pool = e.pools.find((x) => x.id === p.poolId)
      const open =
        e.rules.support.online &&
        ['draft', 'submitted'].includes(p.status) &&
        phaseAt(e.phases, new Date()) === 'submission'
      return c.json({
        id: p.id,
        title: p.title,
        summary: p.summary,
        status: p.status,
        pool: pool ? { code: pool.code, name: pool.name, requiredSupporters: pool.requiredSupporters } : null,
        supporters: online + paperSupportersCounted(p),
        supportOpen: open,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/submit`,
      summary: 'Zgłoszenie projektu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Zgłoszono; projekt dostaje numer' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      requireDraft(p)
      requirePhase(e, 'submission', SUBMISSION_CLOSED)
      const saved = await submitProject(c, e, p)
      await notifyAuthor(
        c,
        e,
        saved,
        `projekt nr ${saved.number} zgłoszony`,
        `Twój projekt „${saved.title}” został zgłoszony i otrzymał numer ${saved.number}. Poinformujemy Cię o wyniku oceny.`,
      )
      return c.json({ project: await authorView(c, e, saved) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/withdraw`,
      summary: 'Wycofanie projektu (do końca naboru)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wycofano' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      if (!['draft', 'submitted'].includes(p.status)) throw new ApiError(409, 'Tego projektu nie można już wycofać.')
      requirePhase(e, 'submission', 'Projekt można wycofać tylko do końca naboru.')
      const { db } = c.get('services')
      // A verifier's decision (or a submission from another tab) may land between the check above and this write.
      await guardedBatch(
        db,
        [
          db
            .update(projects)
            .set({ status: 'withdrawn', updatedAt: new Date() })
            .where(and(eq(projects.id, p.id), eq(projects.status, p.status))),
          requireChanged(db),
          eventInsert(c, p, 'withdrawn', 'withdrawn', 'Autor wycofał projekt.'),
        ],
        () => new ApiError(409, WITHDRAW_TOO_LATE),
      )
      return c.json({
        project: await authorView(c, e, (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/questions/:qid/answer`,
      summary: 'Odpowiedź autora na pytanie weryfikatora',
      tags,
      access: { kind: 'public' },
      body: answerSchema,
      responses: { 200: { description: 'Zapisano odpowiedź' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const { db } = c.get('services')
      const q = await db.query.questions.findFirst({
        where: and(eq(questions.id, c.req.param('qid')!), eq(questions.projectId, p.id)),
      })
      if (!q) throw notFound('Nie ma takiego pytania.')
      if (q.answeredAt) throw new ApiError(ANSWERED.status, ANSWERED.detail)
      if (q.deadline.getTime() <= Date.now()) throw new ApiError(ANSWER_LATE.status, ANSWER_LATE.detail)
      // Two answers sent at once (two tabs) both pass the checks above: only the one whose UPDATE finds the question
      // still open keeps its history event and audit entry; the other batch is rolled back whole and answered 409.
      const now = new Date()
      await guardedBatch(
        db,
        [
          db
            .update(questions)
            .set({ answer: body.answer, answeredAt: now })
            .where(and(eq(questions.id, q.id), isNull(questions.answeredAt), gt(questions.deadline, now))),
          requireChanged(db),
          eventInsert(c, p, 'answered', p.status, 'Autor odpowiedział na pytanie weryfikatora.', now),
          auditInsert(c, {
            tenantId: p.tenantId,
            action: 'bo.question.answer',
            entity: 'bo_project',
            entityId: p.id,
            after: { questionId: q.id, answer: body.answer },
          }),
        ],
        async () =>
          (await db.query.questions.findFirst({ where: eq(questions.id, q.id) }))?.answeredAt
            ? new ApiError(ANSWERED.status, ANSWERED.detail)
            : new ApiError(ANSWER_LATE.status, ANSWER_LATE.detail),
      )
      await notifyAsker(c, e, p, q.askedBy, body.answer)
      return c.json({
        project: await authorView(c, e, (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/appeals`,
      summary: 'Odwołanie od niedopuszczenia projektu do głosowania',
      tags,
      access: { kind: 'public' },
      body: appealSchema,
      responses: { 201: { description: 'Złożono odwołanie' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      return c.json({ project: await authorView(c, e, await fileAppeal(c, p, body)) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/bo/:year/author-link',
      summary: 'Nowy link autora na e-mail (dotychczasowy działa, dopóki autor nie użyje nowego)',
      tags,
      access: { kind: 'public' },
      body: resendSchema,
      responses: {
        202: { description: 'Przyjęto (odpowiedź nie zdradza, czy projekt istnieje)' },
        409: { description: 'Edycja się zakończyła: linki autorów już nie działają' },
        429: { description: 'Za dużo próśb z tego adresu sieci albo o ten adres e-mail' },
      },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const end = authorKeysEnd(e.phases)
      if (end && end.getTime() <= Date.now()) throw new ApiError(409, AUTHOR_KEYS_ENDED)
      const { db, rateLimiter } = c.get('services')
      // Per address and per e-mail (keyed, so the limiter never stores the address itself): nobody can flood an
      // author's mailbox, and the answer is the same whether the e-mail has projects or not.
      const perEmail = await personKey(c.get('config').identityPepper, ['author-link', e.edition.id, body.email])
      for (const [key, limit, detail] of [
        [`bo-link:${clientIp(c)}`, 10, 'Zbyt wiele próśb z tego adresu. Spróbuj za godzinę.'],
        [
          `bo-link-email:${perEmail}`,
          3,
          'Na ten adres e-mail wysłaliśmy już kilka linków. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.',
        ],
      ] as const) {
        const { success, retryAfter } = await rateLimiter.limit(key, { limit, periodSeconds: 3600 })
        if (!success) throw new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } })
      }
      const mine = await db
        .select()
        .from(projects)
        .where(and(eq(projects.editionId, e.edition.id), eq(projects.authorEmail, body.email)))
      for (const p of mine.filter((x) => x.status !== 'withdrawn')) {
        const token = newToken()
        // The new key waits beside the current one (see `requireAuthor`); a later request replaces only the waiting one.
        await db.batch([
          db
            .update(projects)
            .set({ authorNextTokenHash: await hashToken(token) })
            .where(eq(projects.id, p.id)),
          auditInsert(c, { tenantId: p.tenantId, action: 'bo.author-link', entity: 'bo_project', entityId: p.id }),
        ])
        await notifyAuthor(
          c,
          e,
          p,
          'nowy link do projektu',
          `ktoś (zapewne Ty) poprosił na stronie budżetu obywatelskiego o nowy link do projektu „${p.title || 'bez tytułu'}”. Dotychczasowy link działa, dopóki nie otworzysz nowego; potem działa już tylko nowy. Jeśli to nie Ty prosisz o link, zignoruj tę wiadomość — nic się nie zmieni.`,
          token,
        )
      }
      return c.json({ status: 'accepted' }, 202)
    },
  )
}
