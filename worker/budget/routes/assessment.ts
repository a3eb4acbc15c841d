import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { memberships, users } from '../../core/auth/schema'
import { newId } from '../../core/ids'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, forbidden, notFound } from '../../core/http/problem'
import { deadlineAfter, formatWarsaw } from '../../core/time/polish-calendar'
import { supportCounts, type EditionFull, type Project } from '../queries'
import { appeals, assessments, projects, questions } from '../schema'
import { appealDecisionSchema, assessmentSchema, assignSchema, paperSupportSchema, questionSchema } from '../schemas'
import { editionFromPath, eventInsert, paperSupportersCounted, projectFromPath, type Ctx } from '../shared'
import { authorView, notifyAuthor, requireVerifiedSupport, verifyPaperSupporters } from './submission'
import { formatZl } from '../../core/money'

const tags = ['Budżet obywatelski — ocena']
const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const
const assessors = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const

/** A weryfikator may act only on projects assigned to them; coordinators and admins on all. */
function requireAssigned(c: Ctx, p: Project) {
  if (c.get('role') === 'weryfikator' && p.verifierId !== c.get('user')!.id)
    throw forbidden('Ten projekt jest przypisany innemu weryfikatorowi.')
}

async function staffList(c: Ctx, e: EditionFull & { tenant: { id: string } }) {
  const { db } = c.get('services')
  const rows = await db
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.editionId, e.edition.id),
        inArray(projects.status, [
          'submitted',
          'formal_rejected',
          'merit',
          'merit_rejected',
          'appealed',
          'accepted',
          'withdrawn',
        ]),
      ),
    )
    .orderBy(asc(projects.number))
  const counts = await supportCounts(
    db,
    rows.map((r) => r.id),
  )
  const pending = await db
    .select({ projectId: appeals.projectId })
    .from(appeals)
    .where(
      and(inArray(appeals.projectId, rows.length ? rows.map((r) => r.id) : ['']), eq(appeals.tenantId, e.tenant.id)),
    )
  return rows.map((p) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    status: p.status,
    pool: e.pools.find((x) => x.id === p.poolId)?.name ?? null,
    cost: p.cost,
    revisedCost: p.revisedCost,
    supporters: (counts.get(p.id) ?? 0) + paperSupportersCounted(p),
    verifierId: p.verifierId,
    authorName: p.authorName,
    authorEmail: p.authorEmail,
    appealDeadline: p.appealDeadline?.toISOString() ?? null,
    hasAppeal: pending.some((a) => a.projectId === p.id),
  }))
}

/*
 * Staff decisions below the HTTP layer, each with its history row and audit entry in one batch, by the user in
 * `c.get('user')`. Handlers add the assignment check, the author's e-mail and the response; the demo seed
 * (worker/demo/budget.ts) calls the same functions with `now` inside the past edition it replays.
 */

/** A formal or merit assessment: a failed criterion rejects the project and opens the appeal period from `now`. */
export async function assessProject(
  c: Ctx,
  e: EditionFull & { tenant: { id: string } },
  p: Project,
  body: v.InferOutput<typeof assessmentSchema>,
  now = new Date(),
) {
  const expected = body.stage === 'formal' ? 'submitted' : 'merit'
  if (p.status !== expected)
    throw new ApiError(
      409,
      body.stage === 'formal'
        ? 'Ocenę formalną wystawia się projektom zgłoszonym i jeszcze nieocenionym.'
        : 'Ocenę merytoryczną wystawia się po pozytywnej ocenie formalnej.',
    )
  const positive = body.criteria.every((x) => x.passed)
  const enoughSupport = body.stage === 'formal' && positive ? await requireVerifiedSupport(c, e, p) : undefined
  const status = positive ? (body.stage === 'formal' ? 'merit' : 'accepted') : `${body.stage}_rejected`
  const appealDeadline = positive ? null : deadlineAfter(now, e.rules.appeal.days, e.rules.appeal.dayKind)
  const { db } = c.get('services')
  const row = {
    id: newId(),
    tenantId: e.tenant.id,
    projectId: p.id,
    stage: body.stage,
    positive,
    criteria: body.criteria,
    justification: body.justification,
    revisedCost: body.revisedCost ?? null,
    decidedBy: c.get('user')!.id,
    decidedAt: now,
  }
  const note = `${body.stage === 'formal' ? 'Ocena formalna' : 'Ocena merytoryczna'}: ${positive ? 'pozytywna' : 'negatywna'}. ${body.justification}${body.revisedCost != null ? ` Koszt po weryfikacji: ${formatZl(body.revisedCost)}.` : ''}`
  // The status decides at write time too: of two decisions at once, or a decision and the author's withdrawal, only
  // the first is kept — the other's assessment, event and audit entry are rolled back with its UPDATE.
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ status, appealDeadline, revisedCost: body.revisedCost ?? p.revisedCost, updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, expected), enoughSupport)),
      requireChanged(db),
      db.insert(assessments).values(row),
      eventInsert(c, p, `assessment-${body.stage}`, status, note, now),
      auditInsert(c, {
        tenantId: e.tenant.id,
        action: `bo.assessment.${body.stage}`,
        entity: 'bo_project',
        entityId: p.id,
        before: { status: p.status },
        after: { status, criteria: body.criteria, justification: body.justification },
      }),
    ],
    () =>
      new ApiError(
        409,
        'Oceny nie zapisano: w międzyczasie zmienił się stan projektu (ktoś inny go ocenił albo autor go wycofał). Odśwież projekt, aby zobaczyć jego aktualny stan.',
      ),
  )
  const saved = (await db.query.projects.findFirst({ where: eq(projects.id, p.id) }))!
  return { saved, note, appealDeadline }
}

/** Decides an appeal with reasons: accepted admits the project to the vote, rejected restores the negative status. */
export async function decideAppeal(
  c: Ctx,
  e: EditionFull & { tenant: { id: string } },
  appealId: string,
  body: v.InferOutput<typeof appealDecisionSchema>,
  now = new Date(),
) {
  const { db } = c.get('services')
  const appeal = await db.query.appeals.findFirst({
    where: and(eq(appeals.id, appealId), eq(appeals.tenantId, e.tenant.id)),
  })
  const p =
    appeal &&
    (await db.query.projects.findFirst({
      where: and(eq(projects.id, appeal.projectId), eq(projects.editionId, e.edition.id)),
    }))
  if (!appeal || !p) throw notFound('Nie ma takiego odwołania w tej edycji.')
  if (appeal.decision) throw new ApiError(409, 'To odwołanie zostało już rozstrzygnięte.')
  const [lastStage] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.projectId, p.id))
    .orderBy(desc(assessments.decidedAt))
  const status = body.accepted ? 'accepted' : `${lastStage?.stage ?? 'formal'}_rejected`
  await guardedBatch(
    db,
    [
      db
        .update(appeals)
        .set({
          decision: body.accepted ? 'accepted' : 'rejected',
          reason: body.reason,
          decidedBy: c.get('user')!.id,
          decidedAt: now,
        })
        .where(and(eq(appeals.id, appeal.id), isNull(appeals.decision))),
      requireChanged(db),
      db.update(projects).set({ status, updatedAt: now }).where(eq(projects.id, p.id)),
      eventInsert(
        c,
        p,
        'appeal-decided',
        status,
        `Odwołanie ${body.accepted ? 'uwzględnione — projekt dopuszczony do głosowania' : 'nieuwzględnione'}. ${body.reason}`,
        now,
      ),
      auditInsert(c, {
        tenantId: e.tenant.id,
        action: 'bo.appeal.decide',
        entity: 'bo_appeal',
        entityId: appeal.id,
        before: { status: p.status },
        after: { status, accepted: body.accepted, reason: body.reason },
      }),
    ],
    () => new ApiError(409, 'To odwołanie zostało już rozstrzygnięte.'),
  )
  return { project: p, status }
}

/** Staff: assignment, formal and merit assessment, questions, paper support counts and appeals (conflicts: conflicts.ts). */
export function assessmentRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects`,
      summary: 'Zgłoszone projekty (panel)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const team = await db
        .select({ id: users.id, name: users.name, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.tenantId, e.tenant.id),
            eq(memberships.active, true),
            inArray(memberships.role, ['weryfikator', 'koordynator']),
          ),
        )
      return c.json({ items: await staffList(c, e), verifiers: team })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects/:id`,
      summary: 'Projekt w panelu (z danymi autora)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Projekt' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      if (p.status === 'draft') throw notFound('Szkice widzi tylko autor.')
      return c.json({ project: { ...(await authorView(c, e, p)), verifierId: p.verifierId } })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/assign`,
      summary: 'Przypisanie weryfikatora',
      tags,
      access: organisers,
      body: assignSchema,
      responses: { 200: { description: 'Przypisano' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      const { db } = c.get('services')
      const member = await db.query.memberships.findFirst({
        where: and(
          eq(memberships.tenantId, e.tenant.id),
          eq(memberships.userId, body.verifierId),
          eq(memberships.active, true),
        ),
      })
      if (!member || !['weryfikator', 'koordynator'].includes(member.role)) {
        throw new ApiError(400, 'Wybrana osoba nie jest weryfikatorem ani koordynatorem tej JST.', {
          errors: [{ field: 'verifierId', detail: 'Wybierz weryfikatora z zespołu tej JST.' }],
        })
      }
      await db.batch([
        db.update(projects).set({ verifierId: body.verifierId, updatedAt: new Date() }).where(eq(projects.id, p.id)),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.project.assign',
          entity: 'bo_project',
          entityId: p.id,
          before: { verifierId: p.verifierId },
          after: { verifierId: body.verifierId },
        }),
      ])
      return c.json({ ok: true })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/assessments`,
      summary: 'Ocena formalna albo merytoryczna z uzasadnieniem',
      tags,
      access: assessors,
      body: assessmentSchema,
      responses: { 201: { description: 'Zapisano ocenę' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      requireAssigned(c, p)
      const { saved, note, appealDeadline } = await assessProject(c, e, p, body)
      const appealInfo = appealDeadline
        ? `\n\nMożesz się odwołać do ${formatWarsaw(appealDeadline, 'deadline')} — na stronie projektu z Twojego linku autora.`
        : ''
      await notifyAuthor(c, e, saved, `wynik oceny projektu nr ${p.number}`, `${note}${appealInfo}`)
      return c.json({ project: await authorView(c, e, saved) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/questions`,
      summary: 'Pytanie do autora z terminem odpowiedzi',
      tags,
      access: assessors,
      body: questionSchema,
      responses: { 201: { description: 'Wysłano pytanie' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      requireAssigned(c, p)
      if (!['submitted', 'merit'].includes(p.status))
        throw new ApiError(409, 'Pytania zadaje się w trakcie oceny projektu.')
      const deadline = deadlineAfter(new Date(), e.rules.questionDays, 'calendar')
      const { db } = c.get('services')
      // A decision (or the author's withdrawal) landing after the check above: the question must not be asked then.
      await guardedBatch(
        db,
        [
          db
            .update(projects)
            .set({ updatedAt: new Date() })
            .where(and(eq(projects.id, p.id), eq(projects.status, p.status))),
          requireChanged(db),
          db.insert(questions).values({
            id: newId(),
            tenantId: e.tenant.id,
            projectId: p.id,
            text: body.text,
            askedBy: c.get('user')!.id,
            askedAt: new Date(),
            deadline,
          }),
          eventInsert(c, p, 'question', p.status, 'Weryfikator poprosił autora o wyjaśnienia.'),
          auditInsert(c, {
            tenantId: e.tenant.id,
            action: 'bo.question',
            entity: 'bo_project',
            entityId: p.id,
            after: { text: body.text, deadline: deadline.toISOString() },
          }),
        ],
        () =>
          new ApiError(
            409,
            'Pytania nie wysłano: w międzyczasie zmienił się stan projektu (wydano ocenę albo autor go wycofał). Odśwież stronę projektu.',
          ),
      )
      await notifyAuthor(
        c,
        e,
        p,
        `pytanie do projektu nr ${p.number}`,
        `weryfikator prosi o wyjaśnienia lub poprawki:\n\n${body.text}\n\nOdpowiedz do ${formatWarsaw(deadline, 'deadline')} na stronie projektu z Twojego linku autora.`,
      )
      return c.json({ deadline: deadline.toISOString() }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/paper-supporters`,
      summary:
        'Weryfikacja papierowej listy poparcia: liczba ważnych podpisów ze skanu (liczą się tylko one, nie deklaracja autora)',
      tags,
      access: assessors,
      body: paperSupportSchema,
      responses: { 200: { description: 'Zapisano' }, 409: { description: 'Projekt jest już po ocenie formalnej' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      requireAssigned(c, p)
      const saved = await verifyPaperSupporters(c, p, body.count)
      return c.json({ paperSupporters: saved.paperSupporters, paperSupportersVerified: saved.paperSupportersVerified })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/appeals`,
      summary: 'Odwołania w edycji',
      tags,
      access: assessors,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const rows = await db
        .select({
          appeal: appeals,
          project: { id: projects.id, number: projects.number, title: projects.title, status: projects.status },
        })
        .from(appeals)
        .innerJoin(projects, eq(projects.id, appeals.projectId))
        .where(eq(projects.editionId, e.edition.id))
        .orderBy(asc(appeals.filedAt))
      return c.json({
        items: rows.map(({ appeal, project }) => ({
          id: appeal.id,
          text: appeal.text,
          filedAt: appeal.filedAt.toISOString(),
          decision: appeal.decision,
          reason: appeal.reason,
          decidedAt: appeal.decidedAt?.toISOString() ?? null,
          project,
        })),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/appeals/:appealId/decision`,
      summary: 'Rozstrzygnięcie odwołania z uzasadnieniem',
      tags,
      access: organisers,
      body: appealDecisionSchema,
      responses: { 200: { description: 'Rozstrzygnięto' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const { project: p, status } = await decideAppeal(c, e, c.req.param('appealId')!, body)
      await notifyAuthor(
        c,
        e,
        p,
        `rozstrzygnięcie odwołania (projekt nr ${p.number})`,
        `Twoje odwołanie zostało ${body.accepted ? 'uwzględnione: projekt trafia na listę do głosowania' : 'nieuwzględnione'}.\n\nUzasadnienie: ${body.reason}`,
      )
      return c.json({ status })
    },
  )
}
