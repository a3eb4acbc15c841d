import { depsOf } from '../../core/deps'
import { endpoint, type Api } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { findTenant } from '../../core/tenants/queries'
import { councilStaff } from '../access'
import {
  addPaperSignatures,
  confirmApplication,
  decideApplication,
  fileApplication,
  joinApplication,
  openApplication,
  openOrganisationApplication,
  openStaffApplication,
  petitionCount,
  signPetition,
  type ApplicationTenant,
} from '../actions/applications'
import { dayOf } from '../domain/dates'
import { tenantFromPath, type Ctx } from '../http'
import {
  confirmApplicationSchema,
  decisionSchema,
  openApplicationSchema,
  organisationApplicationSchema,
  paperSignaturesSchema,
  signSchema,
  staffApplicationSchema,
} from '../input/applications'
import {
  applicationByNumber,
  applicationsOf,
  isConfirmed,
  organisationsOf,
  signaturesOf,
  type ApplicationRow,
} from '../queries/applications'
import { publicApplication, staffApplication } from '../views/applications'

const tags = ['Rady — wnioski o utworzenie']
const base = '/jst/:slug/rady/wnioski'
const staffBase = '/jst/:slug/staff/rady/wnioski'

/** The JST in the path with its kind and population (the petition threshold depends on both). */
async function tenantOf(c: Ctx): Promise<ApplicationTenant> {
  const ref = await tenantFromPath(c)
  const full = await findTenant(depsOf(c).db, ref.slug)
  if (!full) throw notFound('Nie ma takiej jednostki samorządu.')
  return { id: full.id, slug: full.slug, name: full.name, kind: full.kind, population: full.population }
}

/** The application `:number` of the JST; `listedOnly` answers an unconfirmed one as if it did not exist. */
async function applicationOf(c: Ctx, tenant: ApplicationTenant, listedOnly: boolean): Promise<ApplicationRow> {
  const raw = c.req.param('number') ?? ''
  const a = /^\d{1,9}$/.test(raw) ? await applicationByNumber(depsOf(c).db, tenant.id, Number(raw)) : undefined
  if (!a || (listedOnly && !isConfirmed(a))) throw notFound('Nie ma takiego wniosku.')
  return a
}

/** The representative's key of an NGO of the directory, sent by the web as `Authorization: Bearer …`. */
const bearer = (c: Ctx) => c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null

const noStore = (c: Ctx) => c.header('Cache-Control', 'no-store')

/** The count of a residents' petition, or null for an application that collects no signatures. */
async function countOf(c: Ctx, tenant: ApplicationTenant, a: ApplicationRow) {
  return a.bodyKind === 'rada_seniorow' && a.applicantKind === 'mieszkancy' ? petitionCount(depsOf(c), tenant, a) : null
}

async function publicView(c: Ctx, tenant: ApplicationTenant, a: ApplicationRow) {
  const orgs = await organisationsOf(depsOf(c).db, [a.id])
  return publicApplication(a, tenant.kind, await countOf(c, tenant, a), orgs)
}

async function staffView(c: Ctx, tenant: ApplicationTenant, a: ApplicationRow) {
  const { db, now } = depsOf(c)
  const [orgs, signatures] = await Promise.all([organisationsOf(db, [a.id]), signaturesOf(db, a.id)])
  return staffApplication(a, tenant.kind, await countOf(c, tenant, a), orgs, signatures, isConfirmed(a), now())
}

/**
 * Applications to create a body: residents' petitions for a rada seniorów (signed online without an account or keyed
 * in from paper by staff), NGOs' joint applications for an RDPP and applications for a youth council; filing starts
 * the decision's clock, staff record the decision; the public reads counts, never names.
 */
export function applicationsRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Wnioski o utworzenie rad (petycje seniorów, wnioski organizacji i samorządów uczniowskich)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: '{ items: [{ number, title, kindName, status, threshold, valid, … }] }' } },
    },
    async (c) => {
      const tenant = await tenantOf(c)
      const rows = await applicationsOf(depsOf(c).db, tenant.id, true)
      return c.json({ items: await Promise.all(rows.map((a) => publicView(c, tenant, a))) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary:
        'Otwarcie petycji mieszkańców (rada seniorów) lub wniosku samorządu uczniowskiego; link potwierdzenia e-mailem',
      tags,
      access: { kind: 'public' },
      body: openApplicationSchema,
      responses: {
        201: { description: '{ number, confirmed: false }' },
        400: { description: 'Błędy pól' },
        409: { description: 'Blokada 6 miesięcy po odrzuceniu (pierwszy dzień, od którego można złożyć wniosek)' },
        429: { description: 'Zbyt wiele wniosków z tego adresu' },
      },
    },
    async (c, { body }) => {
      noStore(c)
      return c.json(await openApplication(depsOf(c), await tenantOf(c), body), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/organizacje`,
      summary: 'Wniosek organizacji z katalogu (RDPP, młodzieżowa rada): Authorization: Bearer <klucz przedstawiciela>',
      tags,
      access: { kind: 'public' },
      body: organisationApplicationSchema,
      responses: {
        201: { description: '{ id, number }' },
        403: { description: 'Klucz nieważny, organizacja niezweryfikowana lub spoza jednostki' },
        409: { description: 'Blokada 6 miesięcy po odrzuceniu' },
      },
    },
    async (c, { body }) => {
      const created = await openOrganisationApplication(depsOf(c), await tenantOf(c), bearer(c), body)
      return c.json({ number: created.number }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number`,
      summary: 'Wniosek: tytuł, wnioskodawca, stan, próg, liczba ważnych podpisów (bez nazwisk), terminy, decyzja',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wniosek' }, 404: { description: 'Nie ma takiego wniosku' } },
    },
    async (c) => {
      const tenant = await tenantOf(c)
      return c.json(await publicView(c, tenant, await applicationOf(c, tenant, true)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/potwierdzenie`,
      summary: 'Potwierdzenie adresu e-mail wnioskodawcy linkiem z e-maila (#potwierdzenie=…); powtórzenie bez skutku',
      tags,
      access: { kind: 'public' },
      body: confirmApplicationSchema,
      responses: {
        200: { description: '{ number, confirmed: true }' },
        404: { description: 'Link nie działa' },
        410: { description: 'Czas na potwierdzenie minął' },
      },
    },
    async (c, { body }) => {
      const tenant = await tenantOf(c)
      return c.json(await confirmApplication(depsOf(c), tenant, await applicationOf(c, tenant, false), body.token))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/podpisy`,
      summary: 'Podpis pod petycją (imię i nazwisko, adres, oświadczenia: 60+ i zamieszkanie); jedna osoba raz',
      tags,
      access: { kind: 'public' },
      body: signSchema,
      responses: {
        201: { description: '{ valid, threshold, obliges, … }' },
        409: { description: 'Ta osoba już podpisała albo wniosek złożono' },
        429: { description: 'Zbyt wiele podpisów z tego adresu' },
      },
    },
    async (c, { body }) => {
      noStore(c)
      const tenant = await tenantOf(c)
      return c.json(await signPetition(depsOf(c), tenant, await applicationOf(c, tenant, true), body), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/organizacje`,
      summary: 'Dołączenie organizacji z katalogu do wniosku (Authorization: Bearer <klucz przedstawiciela>); raz',
      tags,
      access: { kind: 'public' },
      responses: {
        200: { description: '{ number, status } (RDPP: złożony przy 5 zweryfikowanych organizacjach)' },
        403: { description: 'Klucz nieważny, organizacja niezweryfikowana lub spoza jednostki' },
        409: { description: 'Organizacja już dołączyła albo wniosek złożono' },
      },
    },
    async (c) => {
      const tenant = await tenantOf(c)
      return c.json(await joinApplication(depsOf(c), tenant, await applicationOf(c, tenant, true), bearer(c)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: staffBase,
      summary: 'Panel: wszystkie wnioski (także czekające na potwierdzenie e-maila) z liczbą podpisów i terminami',
      tags,
      access: councilStaff,
      responses: { 200: { description: '{ items }' } },
    },
    async (c) => {
      noStore(c)
      const tenant = await tenantOf(c)
      const rows = await applicationsOf(depsOf(c).db, tenant.id, false)
      const now = depsOf(c).now()
      return c.json({
        items: await Promise.all(
          rows.map(async (a) => ({
            ...(await publicView(c, tenant, a)),
            confirmed: isConfirmed(a),
            overdue: a.status === 'zlozony' && !!a.decisionDueOn && dayOf(now) > a.decisionDueOn,
          })),
        ),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: staffBase,
      summary: 'Panel: wniosek złożony na papierze (petycja, wniosek organizacji lub samorządu uczniowskiego)',
      tags,
      access: councilStaff,
      body: staffApplicationSchema,
      responses: { 201: { description: '{ number }' }, 409: { description: 'Blokada 6 miesięcy po odrzuceniu' } },
    },
    async (c, { body }) => c.json(await openStaffApplication(depsOf(c), await tenantOf(c), body), 201),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staffBase}/:number`,
      summary: 'Panel: wniosek z listą podpisów (dane osobowe), liczbą duplikatów, organizacjami i terminem decyzji',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Wniosek z podpisami' }, 404: { description: 'Nie ma takiego wniosku' } },
    },
    async (c) => {
      noStore(c)
      const tenant = await tenantOf(c)
      return c.json(await staffView(c, tenant, await applicationOf(c, tenant, false)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/:number/podpisy`,
      summary: 'Panel: podpisy z papierowej listy (osoba, która już podpisała, jest pomijana i liczona jako duplikat)',
      tags,
      access: councilStaff,
      body: paperSignaturesSchema,
      responses: { 200: { description: '{ added, duplicates, count }' }, 409: { description: 'Wniosek złożono' } },
    },
    async (c, { body }) => {
      noStore(c)
      const tenant = await tenantOf(c)
      return c.json(await addPaperSignatures(depsOf(c), tenant, await applicationOf(c, tenant, false), body.signatures))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/:number/zlozenie`,
      summary: 'Panel: złożenie wniosku (petycja od progu, RDPP od 5 organizacji); rusza termin decyzji',
      tags,
      access: councilStaff,
      responses: {
        200: { description: '{ number, status, filedOn, decisionDueOn }' },
        409: { description: 'Poniżej progu (liczba i próg) albo już złożony' },
      },
    },
    async (c) => {
      const tenant = await tenantOf(c)
      return c.json(await fileApplication(depsOf(c), tenant, await applicationOf(c, tenant, false)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/:number/decyzja`,
      summary: 'Panel: decyzja — uwzględniony (numer aktu, opcjonalnie utworzenie rady) albo odrzucony (powód)',
      tags,
      access: councilStaff,
      body: decisionSchema,
      responses: {
        200: { description: '{ number, status, decidedOn, bodyId }' },
        409: { description: 'Wniosek niezłożony albo już rozstrzygnięty' },
      },
    },
    async (c, { body }) => {
      const tenant = await tenantOf(c)
      return c.json(await decideApplication(depsOf(c), tenant, await applicationOf(c, tenant, false), body))
    },
  )
}
