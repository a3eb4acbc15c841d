import { consultationDraftForBody, consultationForBodyById } from '../../consultations'
import { depsOf } from '../../core/deps'
import { bodyText, uploadForm } from '../../core/http/body'
import { endpoint, parseWith, type Api } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { councilMember, councilStaff } from '../access'
import {
  COUNCIL_FILES,
  DRAFT_TOO_LARGE,
  MAX_DRAFT_BYTES,
  requestOf,
  requestOpinion,
  withdrawRequest,
} from '../actions/opinions'
import { castVote, closeResolution, proposeResolution, resolutionOf } from '../actions/resolutions'
import { dayOf } from '../domain/dates'
import { bodyFromPath, memberFromRequest, tenantFromPath, type Ctx } from '../http'
import { opinionRequestSchema, opinionResolutionSchema, resolutionSchema, voteSchema } from '../input/opinions'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  bodyWithTenant,
  membersInOffice,
  requestById,
  requestsOfBody,
  resolutionsByIds,
  resolutionsOfBody,
  resolutionsOfRequest,
  votesOf,
  type OpinionRequestRow,
  type ResolutionRow,
} from '../queries/opinions'
import { opinionRequestView, resolutionView } from '../views/opinions'

const staff = '/jst/:slug/staff/rady/:body'
const member = '/jst/:slug/rady/:body/czlonek'
const noStore = { 'Cache-Control': 'no-store' }

/** The requests of a body with their consultations and adopted opinions, as the lists show them. */
async function requestViews(c: Ctx, body: CouncilBody, requests: OpinionRequestRow[], withOpenVotes: boolean) {
  const { db } = depsOf(c)
  const tenant = await tenantFromPath(c)
  const now = new Date()
  const adopted = new Map(
    (
      await resolutionsByIds(
        db,
        requests.flatMap((r) => (r.resolutionId ? [r.resolutionId] : [])),
      )
    ).map((r) => [r.id, r]),
  )
  const open = withOpenVotes
    ? (await resolutionsOfBody(db, body.id)).filter((r) => r.status === 'glosowanie' && r.requestId)
    : []
  const consultations = new Map<string, { number: number; title: string }>()
  for (const r of requests)
    if (r.consultationId && !consultations.has(r.consultationId)) {
      const found = await consultationForBodyById(db, tenant.id, r.consultationId)
      if (found) consultations.set(r.consultationId, { number: found.number, title: found.title })
    }
  return requests.map((r) =>
    opinionRequestView(r, body.kind, now, {
      consultation: r.consultationId ? consultations.get(r.consultationId) : null,
      resolution: r.resolutionId ? adopted.get(r.resolutionId) : null,
      openVote: open.find((v) => v.requestId === r.id) ?? null,
    }),
  )
}

/** A resolution as a member (`me`) or staff read it: named votes so far, live counts, the request it answers. */
async function resolutionAnswer(c: Ctx, body: CouncilBody, r: ResolutionRow, me: { id: string; role: string } | null) {
  const { db } = depsOf(c)
  const [votes, members, request] = await Promise.all([
    votesOf(db, r.id),
    membersInOffice(db, body.id, dayOf(new Date())),
    r.requestId ? requestById(db, r.requestId) : undefined,
  ])
  return resolutionView(r, votes, members.length, request ?? null, me)
}

/** The request's body (JSON, or multipart with the draft's PDF in `file`), parsed by the same schema. */
async function requestInput(c: Ctx) {
  const type = (c.req.header('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    const body = await bodyFromPath(c)
    await limitUploads(c, `rd-opinion:${body.id}`)
    const form = await uploadForm(c, MAX_DRAFT_BYTES, DRAFT_TOO_LARGE, 'file')
    const fields: Record<string, string> = {}
    for (const [key, value] of form.entries()) if (typeof value === 'string' && value !== '') fields[key] = value
    return { input: parseWith(opinionRequestSchema, fields, 'formularz'), file: form.get('file') }
  }
  if (!type.startsWith('application/json'))
    throw new ApiError(415, 'Wyślij dane w formacie JSON (Content-Type: application/json).')
  let raw: unknown
  try {
    raw = JSON.parse(await bodyText(c))
  } catch {
    throw new ApiError(400, 'Treść żądania nie jest poprawnym dokumentem JSON.')
  }
  return { input: parseWith(opinionRequestSchema, raw, 'formularz'), file: null }
}

/** The draft PDF sent with a request, for staff and the body's members. */
async function draftFile(c: Ctx, body: CouncilBody, request: OpinionRequestRow) {
  const file = request.draftFileId
    ? await depsOf(c).files.read(COUNCIL_FILES, body.tenantId, request.id, request.draftFileId)
    : undefined
  if (!file) throw notFound('Do tej prośby nie dołączono pliku projektu.')
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  })
}

/**
 * Opinions with legal clocks: staff ask a body for its opinion (on a consultation's draft or an uploaded one), read
 * and withdraw requests; members read the draft, propose the opinion as a resolution (or another resolution), vote
 * by name, and the chair closes and counts the vote. Members' answers are personal (`no-store`).
 */
export function opinionsRoutes(api: Api): void {
  const tags = ['Rady — opinie i uchwały']

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/opinie`,
      summary: 'Prośby o opinię skierowane do rady: stan, ostatni dzień, wynik',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Lista próśb' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      const requests = await requestsOfBody(depsOf(c).db, body.id)
      return c.json({ items: await requestViews(c, body, requests, true) }, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/opinie`,
      summary:
        'Prośba o opinię: {subject, title, description?, consultationNumber? | days?} w JSON albo multipart/form-data z plikiem projektu (file, PDF); ta sama konsultacja tej samej radzie drugi raz zwraca pierwszą prośbę',
      tags,
      access: councilStaff,
      responses: {
        200: { description: 'Ta prośba już była (te same konsultacje)' },
        201: { description: 'Wysłano prośbę; członkowie dostali e-mail' },
        400: { description: 'Błędne dane, brak projektu albo terminu' },
        409: { description: 'Rada nie działa' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const { input, file } = await requestInput(c)
      const found = await bodyWithTenant(deps.db, body.id)
      const { request, created } = await requestOpinion(deps, found!.tenant, body, input, file)
      const [view] = await requestViews(c, body, [request], true)
      return c.json(view, created ? 201 : 200)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/opinie/:number`,
      summary: 'Prośba o opinię z jej wynikiem',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Prośba' }, 404: { description: 'Nie ma takiej prośby' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      const request = await requestOf(depsOf(c), body, c.req.param('number') ?? '')
      const [view] = await requestViews(c, body, [request], true)
      return c.json(view, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/opinie/:number/projekt.pdf`,
      summary: 'Plik projektu dołączony do prośby o opinię',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'PDF' }, 404: { description: 'Brak pliku' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      return draftFile(c, body, await requestOf(depsOf(c), body, c.req.param('number') ?? ''))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/opinie/:number/wycofanie`,
      summary:
        'Wycofanie prośby o opinię (otwarte głosowanie nad nią kończy się bez skutku); ponowienie nic nie zmienia',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Wycofano' }, 409: { description: 'Opinia już wydana albo termin minął' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const tenant = await tenantFromPath(c)
      const request = await requestOf(deps, body, c.req.param('number') ?? '')
      const withdrawn = await withdrawRequest(deps, tenant, body, request)
      const [view] = await requestViews(c, body, [withdrawn], true)
      return c.json(view)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/uchwaly/:id/zamkniecie`,
      summary: 'Zamknięcie głosowania i policzenie głosów przez urząd (np. gdy przewodniczący nie może)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Wynik głosowania' }, 409: { description: 'Głosowanie zamknięte' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const tenant = await tenantFromPath(c)
      const resolution = await resolutionOf(deps, body, c.req.param('id') ?? '')
      const closed = await closeResolution(deps, tenant, body, resolution, { staff: true })
      return c.json(await resolutionAnswer(c, body, closed, null))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${member}/opinie`,
      summary: 'Prośby o opinię do mojej rady: otwarte i zakończone, ze stanem, ostatnim dniem i liczbą dni',
      tags,
      access: councilMember,
      responses: {
        200: { description: 'Lista' },
        401: { description: 'Nieważny link' },
        403: { description: 'Inna rada' },
      },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      await memberFromRequest(c, body)
      const requests = (await requestsOfBody(depsOf(c).db, body.id)).filter((r) => r.status !== 'wycofany')
      return c.json({ items: await requestViews(c, body, requests, true) }, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${member}/opinie/:number`,
      summary: 'Prośba o opinię z projektem (tekst projektu z konsultacji albo link do pliku) i uchwałami w sprawie',
      tags,
      access: councilMember,
      responses: { 200: { description: 'Prośba' }, 404: { description: 'Nie ma takiej prośby' } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const request = await requestOf(depsOf(c), body, c.req.param('number') ?? '')
      if (request.status === 'wycofany') throw new ApiError(404, 'Nie ma takiej prośby o opinię.')
      const tenant = await tenantFromPath(c)
      const [[view], draft, resolutions] = await Promise.all([
        requestViews(c, body, [request], true),
        request.consultationId ? consultationDraftForBody(db, request.consultationId) : null,
        resolutionsOfRequest(db, request.id),
      ])
      return c.json(
        {
          ...view!,
          me: { id: me.id, name: me.name, role: me.role },
          body: { slug: body.slug, name: body.name, kind: body.kind },
          draft,
          draftFileUrl: request.draftFileId
            ? `/api/v1/jst/${tenant.slug}/rady/${body.slug}/czlonek/opinie/${request.number}/projekt.pdf`
            : null,
          topic: `opinia:${request.id}`,
          resolutions: resolutions.map((r) => ({
            id: r.id,
            title: r.title,
            status: r.status,
            number: r.number,
            tally: r.tally ?? null,
          })),
        },
        200,
        noStore,
      )
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${member}/opinie/:number/projekt.pdf`,
      summary: 'Plik projektu do zaopiniowania (tylko dla członków rady)',
      tags,
      access: councilMember,
      responses: { 200: { description: 'PDF' }, 404: { description: 'Brak pliku' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      await memberFromRequest(c, body)
      return draftFile(c, body, await requestOf(depsOf(c), body, c.req.param('number') ?? ''))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${member}/opinie/:number/uchwala`,
      summary: 'Projekt uchwały z opinią rady, poddany od razu pod głosowanie (jedno głosowanie naraz)',
      tags,
      access: councilMember,
      body: opinionResolutionSchema,
      responses: {
        201: { description: 'Głosowanie otwarte' },
        409: { description: 'Trwa już głosowanie, prośba zamknięta albo termin minął' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const tenant = await tenantFromPath(c)
      const request = await requestOf(deps, body, c.req.param('number') ?? '')
      const created = await proposeResolution(deps, tenant, body, me, { kind: 'opinia', ...input }, request)
      return c.json(await resolutionAnswer(c, body, created, me), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${member}/uchwaly`,
      summary: 'Uchwały mojej rady: głosowane i zakończone',
      tags,
      access: councilMember,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      await memberFromRequest(c, body)
      const items = await resolutionsOfBody(depsOf(c).db, body.id)
      return c.json(
        {
          items: items.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: r.title,
            status: r.status,
            number: r.number,
            openedAt: r.openedAt.toISOString(),
          })),
        },
        200,
        noStore,
      )
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${member}/uchwaly`,
      summary: 'Projekt uchwały (wniosek do wójta albo inna sprawa), poddany od razu pod głosowanie',
      tags,
      access: councilMember,
      body: resolutionSchema,
      responses: { 201: { description: 'Głosowanie otwarte' } },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const tenant = await tenantFromPath(c)
      const created = await proposeResolution(deps, tenant, body, me, input, null)
      return c.json(await resolutionAnswer(c, body, created, me), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${member}/uchwaly/:id`,
      summary: 'Uchwała: treść, imienne głosy dotąd i bieżące liczby',
      tags,
      access: councilMember,
      responses: { 200: { description: 'Uchwała' }, 404: { description: 'Nie ma takiej uchwały' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const resolution = await resolutionOf(depsOf(c), body, c.req.param('id') ?? '')
      return c.json(await resolutionAnswer(c, body, resolution, me), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${member}/uchwaly/:id/glos`,
      summary: 'Mój głos (za, przeciw, wstrzymuję się); można go zmienić, dopóki głosowanie trwa',
      tags,
      access: councilMember,
      body: voteSchema,
      responses: {
        200: { description: 'Głos zapisany' },
        403: { description: 'Członek innej rady' },
        409: { description: 'Głosowanie zamknięte' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const tenant = await tenantFromPath(c)
      const resolution = await resolutionOf(deps, body, c.req.param('id') ?? '')
      await castVote(deps, tenant, resolution, me, input.option)
      return c.json(await resolutionAnswer(c, body, resolution, me), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${member}/uchwaly/:id/zamkniecie`,
      summary: 'Zamknięcie głosowania i policzenie głosów (przewodniczący): kworum i większość ze statutu',
      tags,
      access: councilMember,
      responses: {
        200: { description: 'Wynik głosowania' },
        403: { description: 'Nie przewodniczący' },
        409: { description: 'Głosowanie zamknięte albo termin opinii minął' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const tenant = await tenantFromPath(c)
      const resolution = await resolutionOf(deps, body, c.req.param('id') ?? '')
      const closed = await closeResolution(deps, tenant, body, resolution, { member: me })
      return c.json(await resolutionAnswer(c, body, closed, me), 200, noStore)
    },
  )
}
