import { and, eq, inArray } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { newId } from '../../core/ids'
import { guardedBatch } from '../../core/db/guard'
import { afterResponse } from '../../core/http/after-response'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { forget } from '../../core/cache'
import { isOpen } from '../phases'
import { authorsAffected, checkCalendarChange, describeMove, type PhaseMove } from '../calendar-change'
import { calendarChangesOf, latestOpenAppealDeadline, loadEdition, type EditionFull } from '../queries'
import { calendarChanges, phases, projects } from '../schema'
import { calendarChangeSchema } from '../schemas'
import type { Ctx } from '../shared'
import { bumpVersion, editionChanged, freshEdition, staffEdition } from './editions'
import { appOrigin } from '../../core/http/request'

const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const
const submittedStatuses = ['submitted', 'formal_rejected', 'merit', 'merit_rejected', 'appealed', 'accepted']

/**
 * Tells the authors whom the new dates concern (see `authorsAffected`): one e-mail per address, naming their
 * projects, what moved and why, with a link to the edition's calendar.
 */
async function notifyAuthors(
  c: Ctx,
  e: EditionFull,
  tenant: { id: string; slug: string; name: string },
  moves: PhaseMove[],
  reason: string,
) {
  const who = authorsAffected(moves)
  const statuses = [...(who.submitted ? submittedStatuses : []), ...(who.drafts ? ['draft'] : [])]
  if (statuses.length === 0) return
  const { db, mailer } = c.get('services')
  const rows = await db
    .select({ email: projects.authorEmail, title: projects.title, number: projects.number })
    .from(projects)
    .where(and(eq(projects.editionId, e.edition.id), inArray(projects.status, statuses)))
  const byAuthor = new Map<string, string[]>()
  for (const p of rows)
    byAuthor.set(p.email, [
      ...(byAuthor.get(p.email) ?? []),
      `${p.number != null ? `nr ${p.number} ` : ''}„${p.title || 'bez tytułu'}”`,
    ])
  const link = `${appOrigin(c)}/${tenant.slug}/bo/${e.edition.year}`
  const changes = moves.map((m) => `- ${describeMove(m)}`).join('\n')
  for (const [to, titles] of byAuthor) {
    await mailer.send({
      kind: 'calendar-change',
      tenantId: tenant.id,
      to,
      subject: `${tenant.name} — budżet obywatelski: zmiana terminów edycji ${e.edition.year}`,
      text: `Dzień dobry,\n\nzmieniły się terminy budżetu obywatelskiego ${e.edition.year}, które dotyczą Twojego projektu (${titles.join(', ')}):\n\n${changes}\n\nPowód zmiany: ${reason}\n\nAktualny harmonogram: ${link}\n`,
    })
  }
}

/**
 * Changing the dates of a running edition: the one thing staff may change after submission opens. The rules are
 * in `calendar-change.ts`; this handler loads the edition fresh (not from the memo), refuses a change made from an
 * older `version` of the edition than the stored one (409: another organiser changed it meanwhile), writes the new
 * dates, the raised version, the public notice and the audit entry together, and tells the authors concerned.
 */
export function calendarRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'patch',
      path: '/jst/:slug/staff/bo/editions/:year/calendar',
      summary: 'Zmiana terminów faz trwającej edycji (z powodem, ogłaszana publicznie)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: calendarChangeSchema,
      responses: {
        200: { description: 'Zmieniono terminy; edycja z publicznymi ogłoszeniami zmian i nową wersją' },
        409: { description: 'Termin, którego nie można już zmienić, albo ktoś inny zmienił edycję w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const { db } = c.get('services')
      const tenant = c.get('tenant')
      const year = Number(c.req.param('year'))
      const e = await freshEdition(c)
      // Dates checked against a calendar someone else has just moved could undo their change: refuse, and again at
      // write time below (two organisers saving at the same moment).
      if (body.version !== e.edition.version) throw editionChanged()
      const now = new Date()
      const check = checkCalendarChange(e.phases, body.phases, now, {
        latestAppealDeadline: await latestOpenAppealDeadline(db, e.edition.id),
        identityEraseOn: e.rules.voting.identityEraseOn ?? null,
      })
      if (check.errors.length)
        throw new ApiError(check.conflict ? 409 : 400, check.errors[0]!.detail, { errors: check.errors })
      const changeId = newId()
      const before = e.phases.map((p) => ({
        phase: p.phase,
        startsAt: p.startsAt.toISOString(),
        endsAt: p.endsAt.toISOString(),
      }))
      await guardedBatch(
        db,
        [
          ...bumpVersion(c, e.edition.id, body.version, { updatedAt: now }),
          ...check.moves.map((m) =>
            db
              .update(phases)
              .set({ startsAt: new Date(m.after.startsAt), endsAt: new Date(m.after.endsAt) })
              .where(and(eq(phases.editionId, e.edition.id), eq(phases.phase, m.phase))),
          ),
          db.insert(calendarChanges).values({
            id: changeId,
            tenantId: tenant.id,
            editionId: e.edition.id,
            reason: body.reason,
            changes: check.moves,
            changedAt: now,
          }),
          auditInsert(c, {
            tenantId: tenant.id,
            action: 'bo.edition.calendar',
            entity: 'bo_edition',
            entityId: e.edition.id,
            before: { phases: before },
            after: { phases: body.phases, reason: body.reason, moves: check.moves, noticeId: changeId },
          }),
        ],
        editionChanged,
      )
      // Gates and public pages read the memo; without this, this server would show the old dates for a moment.
      forget(`edition:${tenant.slug}:${year}`)
      const saved = (await loadEdition(db, tenant.id, year))!
      // Possibly hundreds of authors: told after the answer, so the request neither waits for nor fails on the mail.
      afterResponse(c, 'calendar change e-mails', () => notifyAuthors(c, saved, tenant, check.moves, body.reason))
      return c.json({
        ...staffEdition(saved),
        submissionOpen: isOpen(saved.phases, 'submission', new Date()),
        calendarChanges: await calendarChangesOf(db, saved.edition.id),
      })
    },
  )
}
