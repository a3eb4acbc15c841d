import { and, eq, notExists, sql, type SQL } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { newId } from '../../core/ids'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { findTenant, findTenantRef } from '../../core/tenants/queries'
import { forget } from '../../core/cache'
import { isOpen, phaseAt } from '../phases'
import { checkSubmissionForm } from '../form-fields'
import { calendarChangesOf, listEditions, loadEdition, type EditionFull } from '../queries'
import { checkEraseDate, editionInputSchema, type EditionInput } from '../rules'
import { editions, phases, pools, projects } from '../schema'
import { editionUpdateSchema } from '../schemas'
import { editionFromPath, type Ctx } from '../shared'
import { checkEdition, maxSupporters, minimumBudget } from '../statute'

/** The public view of an edition: calendar, pools, the rules residents need, and the statutory computations. */
export function publicEdition(e: EditionFull, now = new Date()) {
  const total = e.pools.reduce((s, p) => s + p.amount, 0)
  return {
    year: e.edition.year,
    title: e.edition.title,
    resolution: {
      number: e.edition.resolutionNumber,
      date: e.edition.resolutionDate,
      publication: e.edition.resolutionPublication,
    },
    currentPhase: phaseAt(e.phases, now),
    phases: e.phases.map((p) => ({
      phase: p.phase,
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
    })),
    pools: e.pools.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      kind: p.kind,
      areas: p.areas as string[],
      amount: p.amount,
      minProjectCost: p.minProjectCost,
      maxProjectCost: p.maxProjectCost,
      residents: p.residents,
      residentsSource: p.residentsSource,
      requiredSupporters: p.requiredSupporters,
      maxSupportersAllowed: maxSupporters(p.residents),
    })),
    total,
    expendituresLastReport: e.edition.expendituresLastReport,
    minimumTotal: e.edition.expendituresLastReport == null ? null : minimumBudget(e.edition.expendituresLastReport),
    rules: e.rules,
  }
}

/**
 * What organisers load before changing an edition: the public view plus its `version`, which their save of the
 * settings or of the calendar must send back. Read fresh from the database (not the public memo), so the version is
 * the one stored now.
 */
export function staffEdition(e: EditionFull) {
  return { ...publicEdition(e), version: e.edition.version }
}

/** Problem type of a save made from an edition someone else has changed since it was loaded (the form reloads). */
export const EDITION_CHANGED = 'https://wspolnota.example/problems/edition-changed'

/** The 409 for a stale save of an edition's settings or calendar. */
export function editionChanged(): ApiError {
  return new ApiError(
    409,
    'Ktoś inny zmienił tę edycję w międzyczasie, więc Twoich zmian nie zapisano. Wczytaj edycję ponownie (odśwież stronę), sprawdź aktualne ustawienia i wprowadź swoje zmiany jeszcze raz.',
    { type: EDITION_CHANGED },
  )
}

/**
 * The first two statements of a batch that saves an edition: the UPDATE that raises its version (with `set`), only if
 * it is still `version` (and `also` holds), and the guard that rolls back the rest of the batch otherwise. Run the
 * batch with `guardedBatch` (worker/core/db/guard.ts); its conflict is usually `editionChanged()`.
 */
export function bumpVersion(
  c: Ctx,
  editionId: string,
  version: number,
  set: Partial<typeof editions.$inferInsert>,
  also?: SQL,
) {
  const { db } = c.get('services')
  return [
    db
      .update(editions)
      .set({ ...set, version: sql`${editions.version} + 1` })
      .where(and(eq(editions.id, editionId), eq(editions.version, version), also)),
    requireChanged(db),
  ] as const
}

/** The edition of `:year` in the caller's JST, read fresh from the database (not the memo), or a Polish 404. */
export async function freshEdition(c: Ctx): Promise<EditionFull> {
  const year = Number(c.req.param('year'))
  const e = Number.isInteger(year) ? await loadEdition(c.get('services').db, c.get('tenant').id, year) : undefined
  if (!e) throw notFound(`Nie ma edycji budżetu obywatelskiego na rok ${c.req.param('year')}.`)
  return e
}

const LOCKED =
  'Zgłaszanie projektów już się rozpoczęło — zmiana zasad edycji wymaga zmiany uchwały i nie jest możliwa w systemie. Terminy faz można przesunąć osobno: zmianą harmonogramu z podanym powodem.'

const editionSummary = v.object({ year: v.number(), title: v.string(), currentPhase: v.nullable(v.string()) })

function rows(c: Ctx, tenantId: string, editionId: string, input: EditionInput) {
  const { db } = c.get('services')
  return [
    ...input.pools.map((p, position) =>
      db.insert(pools).values({ id: newId(), tenantId, editionId, position, ...p, areas: p.areas }),
    ),
    ...input.phases.map((p) =>
      db
        .insert(phases)
        .values({ editionId, tenantId, phase: p.phase, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) }),
    ),
  ]
}

async function validated(c: Ctx, input: EditionInput) {
  const tenant = await findTenant(c.get('services').db, c.get('tenant').slug)
  const errors = [
    ...checkEdition(input, tenant!.kind),
    ...checkSubmissionForm(input.rules.submission),
    ...checkEraseDate(input.rules, input.phases),
  ]
  if (errors.length) throw new ApiError(400, errors[0]!.detail, { errors })
}

/**
 * Creates an edition of the JST in `c.get('tenant')` after the statutory and form checks, with its audit entry in the
 * same batch. The route's handler and the demo seed (worker/demo/budget.ts) both call it, so a demo edition passes
 * exactly the checks staff face. `now` stamps the record (the seed replays a past edition at its own dates).
 */
export async function createEdition(c: Ctx, body: EditionInput, now = new Date()): Promise<EditionFull> {
  await validated(c, body)
  const { db } = c.get('services')
  const tenant = c.get('tenant')
  const editionId = newId()
  try {
    await db.batch([
      db.insert(editions).values({
        id: editionId,
        tenantId: tenant.id,
        year: body.year,
        title: body.title,
        resolutionNumber: body.resolutionNumber,
        resolutionDate: body.resolutionDate,
        resolutionPublication: body.resolutionPublication ?? null,
        expendituresLastReport: body.expendituresLastReport ?? null,
        rules: body.rules,
        createdAt: now,
        updatedAt: now,
      }),
      ...rows(c, tenant.id, editionId, body),
      auditInsert(c, {
        tenantId: tenant.id,
        action: 'bo.edition.create',
        entity: 'bo_edition',
        entityId: editionId,
        after: body,
      }),
    ] as never)
  } catch (e) {
    if (/UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e)))
      throw new ApiError(409, `Edycja na rok ${body.year} już istnieje.`, {
        errors: [{ field: 'year', detail: 'Edycja na ten rok już istnieje.' }],
      })
    throw e
  }
  return (await loadEdition(db, tenant.id, body.year))!
}

/** Editions: set up by the JST's admin or coordinator, read by everyone. */
export function editionRoutes(api: Api): void {
  const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/bo/editions',
      summary: 'Nowa edycja budżetu obywatelskiego (z pulami i kalendarzem)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: editionInputSchema,
      responses: { 201: { description: 'Utworzono' } },
    },
    async (c, { body }) => {
      return c.json(staffEdition(await createEdition(c, body)), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/bo/editions/:year',
      summary: 'Edycja do zmiany w panelu (z wersją do odesłania przy zapisie)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      responses: { 200: { description: 'Edycja z polem version' } },
    },
    async (c) => {
      const e = await freshEdition(c)
      const { db } = c.get('services')
      return c.json({
        ...staffEdition(e),
        submissionOpen: isOpen(e.phases, 'submission', new Date()),
        calendarChanges: await calendarChangesOf(db, e.edition.id),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: '/jst/:slug/staff/bo/editions/:year',
      summary: 'Zmiana ustawień edycji (przed rozpoczęciem zgłaszania; z wersją z odczytu)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: editionUpdateSchema,
      responses: {
        200: { description: 'Zmieniono; edycja z nową wersją' },
        409: { description: 'Zgłaszanie już trwa albo ktoś inny zmienił edycję w międzyczasie' },
      },
    },
    async (c, { body: { version, ...body } }) => {
      const current = await freshEdition(c)
      const { db } = c.get('services')
      const now = new Date()
      const started = current.phases.find((p) => p.phase === 'submission')!.startsAt <= now
      const projectsOf = () =>
        db.select({ id: projects.id }).from(projects).where(eq(projects.editionId, current.edition.id))
      const hasProjects = (await projectsOf().limit(1)).length > 0
      if (started || hasProjects) throw new ApiError(409, LOCKED)
      if (body.year !== current.edition.year)
        throw new ApiError(400, 'Nie można zmienić roku edycji.', {
          errors: [{ field: 'year', detail: 'Nie można zmienić roku edycji.' }],
        })
      if (version !== current.edition.version) throw editionChanged()
      await validated(c, body)
      const tenant = c.get('tenant')
      // Checked again at write time: the version (another organiser's save or change of dates) and that no project
      // has been saved meanwhile (its pool would be deleted below).
      await guardedBatch(
        db,
        [
          ...bumpVersion(
            c,
            current.edition.id,
            version,
            {
              title: body.title,
              resolutionNumber: body.resolutionNumber,
              resolutionDate: body.resolutionDate,
              resolutionPublication: body.resolutionPublication ?? null,
              expendituresLastReport: body.expendituresLastReport ?? null,
              rules: body.rules,
              updatedAt: now,
            },
            notExists(projectsOf()),
          ),
          db.delete(pools).where(eq(pools.editionId, current.edition.id)),
          db.delete(phases).where(eq(phases.editionId, current.edition.id)),
          ...rows(c, tenant.id, current.edition.id, body),
          auditInsert(c, {
            tenantId: tenant.id,
            action: 'bo.edition.update',
            entity: 'bo_edition',
            entityId: current.edition.id,
            before: publicEdition(current),
            after: body,
          }),
        ],
        async () =>
          (await db.query.editions.findFirst({ where: eq(editions.id, current.edition.id) }))?.version !== version
            ? editionChanged()
            : new ApiError(409, LOCKED),
      )
      // This server's memo of the edition would otherwise show the old settings for a moment.
      forget(`edition:${tenant.slug}:${body.year}`)
      return c.json(staffEdition((await loadEdition(db, tenant.id, body.year))!))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo',
      summary: 'Edycje budżetu obywatelskiego JST',
      tags: ['Budżet obywatelski'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista', schema: v.object({ items: v.array(editionSummary) }) } },
    },
    async (c) => {
      const { db } = c.get('services')
      const tenant = await findTenantRef(db, c.req.param('slug')!)
      if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
      const items = []
      for (const e of await listEditions(db, tenant.id)) {
        const full = (await loadEdition(db, tenant.id, e.year))!
        items.push({ year: e.year, title: e.title, currentPhase: phaseAt(full.phases, new Date()) })
      }
      return c.json({ items })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo/:year',
      summary: 'Edycja: kalendarz, pule i zasady',
      tags: ['Budżet obywatelski'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Edycja' } },
    },
    async (c) => {
      const edition = await editionFromPath(c)
      // Changes of dates made after submission opened, announced with their reasons (PATCH …/calendar).
      const calendarChanges = await calendarChangesOf(c.get('services').db, edition.edition.id)
      return c.json({
        ...publicEdition(edition),
        submissionOpen: isOpen(edition.phases, 'submission', new Date()),
        calendarChanges,
      })
    },
  )
}
