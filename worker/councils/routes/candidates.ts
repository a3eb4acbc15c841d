import { depsOf } from '../../core/deps'
import { limitPublicWrite } from '../actions/limits'
import { endpoint, type Api } from '../../core/http/endpoint'
import { uploadForm } from '../../core/http/body'
import { ApiError, notFound } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { councilStaff } from '../access'
import {
  attachNomination,
  candidacyByKey,
  MAX_NOMINATION_BYTES,
  nominationFile,
  NOMINATION_TOO_LARGE,
  confirmGuardian,
  guardianPreview,
  loadCall,
  nominateByOrganisation,
  nominateBySchool,
  registerCandidate,
  signSupport,
  verifyCandidate,
  withdrawCandidacy,
} from '../actions/candidates'
import { appoint, callOfBody, createCall, publishList } from '../actions/calls'
import { dayOf } from '../domain/dates'
import { bodyFromPath, tenantFromPath, type Ctx } from '../http'
import {
  appointmentSchema,
  callCreateSchema,
  keySchema,
  nominationSchema,
  registrationSchema,
  schoolNominationSchema,
  supportSchema,
  tokenSchema,
  verificationSchema,
} from '../input/candidates'
import { callsOfBody, candidatesOfCalls, statuteOfCall, supportOfCalls } from '../queries/candidates'
import { councilBodies, councilCalls } from '../tables'
import { and, eq, inArray } from 'drizzle-orm'
import { callSummary, publicCall, staffCall, staffCandidate } from '../views/candidates'
import { statuteVersionsOf } from '../queries/members'

const staff = '/jst/:slug/staff/rady/:body'
const pub = '/jst/:slug/rady'
const noStore = { 'Cache-Control': 'no-store' }

const numberOf = (c: Ctx) => {
  const n = Number(c.req.param('number'))
  if (!Number.isSafeInteger(n) || n < 1) throw notFound('Nie ma takiego naboru.')
  return n
}

/** The representative's key of an NGO from the directory, sent by the web as `Authorization: Bearer …`. */
const bearer = (c: Ctx) => c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null

/** Every call of the body with every candidacy (personal data), for the panel. */
async function staffCalls(c: Ctx) {
  const deps = depsOf(c)
  const body = await bodyFromPath(c)
  const calls = await callsOfBody(deps.db, body.id)
  const ids = calls.map((x) => x.id)
  const [versions, candidates, support] = await Promise.all([
    statuteVersionsOf(deps.db, body.id),
    candidatesOfCalls(deps.db, ids),
    supportOfCalls(deps.db, ids),
  ])
  const today = dayOf(deps.now())
  const current = statuteOfCall(versions, { termStart: today, opensOn: today })
  return {
    items: calls.map((call) => staffCall(call, statuteOfCall(versions, call), candidates, support, today)),
    seats: (current?.seats ?? []).map((s) => ({ key: s.key, name: s.name, seats: s.seats, fill: s.fill })),
  }
}

/** One call of the body with its candidacies, for the panel. */
async function staffCallOf(c: Ctx, number: number) {
  const deps = depsOf(c)
  const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
  const { call, statute } = await callOfBody(deps, tenant, body, number)
  const [candidates, support] = await Promise.all([
    candidatesOfCalls(deps.db, [call.id]),
    supportOfCalls(deps.db, [call.id]),
  ])
  return staffCall(call, statute, candidates, support, dayOf(deps.now()))
}

/**
 * Calls for candidates: staff open calls for a statute's seat category, enter schools' nominations, verify
 * candidacies with reasons, publish the list and appoint members; the public reads a call (no personal data),
 * registers (a minor with a guardian's e-mailed consent), signs support lists; an NGO's representative nominates
 * with the directory key; the candidate reads and withdraws the candidacy with the key of the e-mailed link.
 */
export function candidatesRoutes(api: Api): void {
  const tags = ['Rady — nabory i kandydaci']

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/nabory`,
      summary: 'Nabory rady z kandydaturami (dane osobowe)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Nabory i kategorie miejsc ze statutu' }, 404: { description: 'Nie ma rady' } },
    },
    async (c) => c.json(await staffCalls(c), 200, noStore),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/nabory`,
      summary: 'Ogłoszenie naboru kandydatów na miejsca jednej kategorii statutu',
      tags,
      access: councilStaff,
      body: callCreateSchema,
      responses: {
        201: { description: 'Ogłoszono' },
        400: { description: 'Błędy pól (kategoria spoza statutu, kolejność dni)' },
        409: { description: 'Rada bez statutu albo zniesiona' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const call = await createCall(deps, tenant, body, input)
      return c.json(await staffCallOf(c, call.number), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/nabory/:number`,
      summary: 'Nabór z kandydaturami (dane osobowe)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Nabór' }, 404: { description: 'Nie ma takiego naboru' } },
    },
    async (c) => c.json(await staffCallOf(c, numberOf(c)), 200, noStore),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/nabory/:number/kandydatury`,
      summary: 'Zgłoszenie kandydata przez szkołę (wpisuje urząd w imieniu szkoły)',
      tags,
      access: councilStaff,
      body: schoolNominationSchema,
      responses: {
        201: { description: 'Zgłoszono' },
        400: { description: 'Kandydat nie spełnia warunków statutu' },
        409: { description: 'Nabór zamknięty' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const { candidacy } = await nominateBySchool(deps, tenant, body, numberOf(c), input)
      return c.json(candidacy, 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/kandydatury/:id/weryfikacja`,
      summary: 'Weryfikacja kandydatury (odrzucenie z powodem)',
      tags,
      access: councilStaff,
      body: verificationSchema,
      responses: {
        200: { description: 'Zapisano' },
        404: { description: 'Nie ma takiej kandydatury' },
        409: { description: 'Kandydatura czeka na zgodę, brak poparcia albo jest zamknięta' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const { candidate } = await verifyCandidate(deps, tenant, body, c.req.param('id') ?? '', input)
      return c.json(staffCandidate(candidate, null), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/nabory/:number/lista`,
      summary: 'Publikacja listy kandydatów (po terminie, po weryfikacji)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Opublikowano' }, 409: { description: 'Przed terminem albo bez weryfikacji' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const number = numberOf(c)
      await publishList(deps, tenant, body, number)
      return c.json(await staffCallOf(c, number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/nabory/:number/powolanie`,
      summary: 'Powołanie zweryfikowanych kandydatów na członków (klucze wysłane e-mailem)',
      tags,
      access: councilStaff,
      body: appointmentSchema,
      responses: {
        200: { description: 'Powołani członkowie' },
        400: { description: 'Początek mandatu poza kadencją' },
        409: { description: 'Kandydat niezweryfikowany, brak miejsc albo kadencji' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const { members } = await appoint(deps, tenant, body, numberOf(c), input)
      return c.json(
        {
          members: members.map((m) => ({
            id: m.id,
            name: m.name,
            seatCategory: m.seatCategory,
            represents: m.represents,
            startsOn: m.startsOn,
            endsOn: m.endsOn,
            invited: m.invitedAt !== null,
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
      path: `${pub}/nabory`,
      summary: 'Nabory kandydatów w jednostce (otwarte i zakończone)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista naborów' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const tenant = await tenantFromPath(c)
      const rows = await deps.db
        .select({ call: councilCalls, body: councilBodies })
        .from(councilCalls)
        .innerJoin(councilBodies, eq(councilBodies.id, councilCalls.bodyId))
        .where(and(eq(councilCalls.tenantId, tenant.id), inArray(councilBodies.status, ['tworzona', 'dziala'])))
      const today = dayOf(deps.now())
      return c.json({
        items: rows.sort((a, b) => b.call.number - a.call.number).map((r) => callSummary(r.body, r.call, today)),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/nabory/:number`,
      summary: 'Nabór: rada, kategoria, termin, zasady statutu i lista kandydatów (bez danych osobowych)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Nabór' }, 404: { description: 'Nie ma takiego naboru' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const tenant = await tenantFromPath(c)
      const { call, body, statute } = await loadCall(deps, tenant, numberOf(c))
      const [candidates, support] = await Promise.all([
        candidatesOfCalls(deps.db, [call.id]),
        supportOfCalls(deps.db, [call.id]),
      ])
      return c.json(publicCall(body, call, statute, candidates, support, dayOf(deps.now())), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/nabory/:number/kandydatury`,
      summary: 'Zgłoszenie własnej kandydatury (osoba niepełnoletnia: zgoda rodzica lub opiekuna e-mailem)',
      tags,
      access: { kind: 'public' },
      body: registrationSchema,
      responses: {
        201: { description: 'Przyjęto; klucz kandydata w odpowiedzi i w e-mailu' },
        400: { description: 'Kandydat nie spełnia warunków statutu (reguła nazwana)' },
        409: { description: 'Nabór zamknięty, nabór dla organizacji albo kandydatura już zgłoszona' },
      },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'candidate')
      const answer = await registerCandidate(depsOf(c), await tenantFromPath(c), numberOf(c), input)
      return c.json(answer, 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/nabory/:number/zgloszenia`,
      summary:
        'Zgłoszenie kandydata przez organizację z katalogu (Authorization: Bearer <klucz przedstawiciela>; jedno zgłoszenie w naborze)',
      tags,
      access: { kind: 'public' },
      body: nominationSchema,
      responses: {
        201: { description: 'Zgłoszono' },
        400: { description: 'Kandydat nie spełnia warunków statutu' },
        401: { description: 'Brak klucza przedstawiciela' },
        403: { description: 'Klucz nieważny albo organizacja spoza katalogu jednostki' },
        409: { description: 'Organizacja już zgłosiła kandydata albo nabór zamknięty' },
      },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'nomination')
      const answer = await nominateByOrganisation(depsOf(c), await tenantFromPath(c), numberOf(c), bearer(c), input)
      return c.json(answer, 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${pub}/nabory/:number/zgloszenia/:id/uchwala`,
      summary:
        'Uchwała organizacji o zgłoszeniu kandydata (multipart/form-data, pole file: PDF; Authorization: Bearer <klucz przedstawiciela>)',
      tags,
      access: { kind: 'public' },
      responses: {
        200: { description: 'Dołączono (zastępuje wcześniejszy plik)' },
        400: { description: 'Brak pliku albo plik nie jest PDF' },
        401: { description: 'Brak klucza przedstawiciela' },
        404: { description: 'Nie ma zgłoszenia tej organizacji' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const type = c.req.header('content-type') ?? ''
      if (!type.startsWith('multipart/form-data'))
        throw new ApiError(415, 'Wyślij uchwałę jako multipart/form-data z polem file (PDF).')
      const key = bearer(c)
      await limitUploads(c, `rd-nomination:${key ?? ''}`)
      const form = await uploadForm(c, MAX_NOMINATION_BYTES, NOMINATION_TOO_LARGE, 'file')
      const view = await attachNomination(
        depsOf(c),
        await tenantFromPath(c),
        numberOf(c),
        c.req.param('id') ?? '',
        key,
        form.get('file'),
      )
      return c.json(view, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/kandydatury/:id/uchwala`,
      summary: 'Uchwała organizacji o zgłoszeniu kandydata (PDF)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Brak pliku' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const file = await nominationFile(deps, tenant, body, c.req.param('id') ?? '')
      return c.body(file.bytes as never, 200, {
        'Content-Type': 'application/pdf',
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/nabory/:number/kandydatury/:id/poparcie`,
      summary: 'Podpis na liście poparcia kandydata (gdy statut jej wymaga)',
      tags,
      access: { kind: 'public' },
      body: supportSchema,
      responses: {
        201: { description: 'Podpis przyjęty; liczba ważnych podpisów' },
        400: { description: 'Błędy pól (wiek popierającego)' },
        409: { description: 'Statut bez list poparcia, nabór zamknięty albo poparcie innego kandydata' },
      },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'support')
      const answer = await signSupport(depsOf(c), await tenantFromPath(c), numberOf(c), c.req.param('id') ?? '', input)
      return c.json(answer, 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/zgoda/podglad`,
      summary: 'Podgląd kandydatury, na którą rodzic lub opiekun ma wyrazić zgodę (token z linku)',
      tags,
      access: { kind: 'public' },
      body: tokenSchema,
      responses: { 200: { description: 'Kandydatura' }, 404: { description: 'Link nieważny' } },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'consent')
      return c.json(await guardianPreview(depsOf(c), await tenantFromPath(c), input.token), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/zgoda`,
      summary: 'Zgoda rodzica lub opiekuna na kandydowanie (powtórzenie daje tę samą odpowiedź)',
      tags,
      access: { kind: 'public' },
      body: tokenSchema,
      responses: {
        200: { description: 'Zgoda zapisana; kandydatura się liczy' },
        404: { description: 'Link nieważny' },
        409: { description: 'Nabór zamknięty albo kandydatura wycofana' },
      },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'consent')
      return c.json(await confirmGuardian(depsOf(c), await tenantFromPath(c), input.token), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/kandydatura`,
      summary: 'Kandydatura widziana przez kandydata (klucz z linku)',
      tags,
      access: { kind: 'public' },
      body: keySchema,
      responses: { 200: { description: 'Kandydatura' }, 404: { description: 'Link nieważny' } },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'candidacy')
      return c.json(await candidacyByKey(depsOf(c), await tenantFromPath(c), input.key), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/kandydatura/wycofanie`,
      summary: 'Wycofanie kandydatury przez kandydata (powtórzenie daje tę samą odpowiedź)',
      tags,
      access: { kind: 'public' },
      body: keySchema,
      responses: {
        200: { description: 'Wycofano' },
        404: { description: 'Link nieważny' },
        409: { description: 'Kandydat już wybrany albo odrzucony' },
      },
    },
    async (c, { body: input }) => {
      await limitPublicWrite(depsOf(c), 'candidacy')
      return c.json(await withdrawCandidacy(depsOf(c), await tenantFromPath(c), input.key), 200, noStore)
    },
  )
}
