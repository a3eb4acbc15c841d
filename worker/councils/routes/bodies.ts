import { depsOf } from '../../core/deps'
import { uploadForm } from '../../core/http/body'
import { endpoint, type Api } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { councilStaff } from '../access'
import {
  addStatute,
  addTerm,
  attachStatuteFile,
  createBody,
  MAX_STATUTE_BYTES,
  STATUTE_TOO_LARGE,
  statuteFile,
  statuteVersionOf,
  updateBody,
} from '../actions/bodies'
import { bodyFromPath, tenantFromPath, type Ctx } from '../http'
import { bodyCreateSchema, bodyUpdateSchema, statuteVersionSchema, termSchema } from '../input/bodies'
import { tenantKindOf } from '../queries/bodies'
import {
  publicBodyList,
  publicBodyPage,
  staffBody,
  staffBodyDetail,
  staffBodyList,
  staffStatute,
  termView,
} from '../views/bodies'

const pub = '/jst/:slug/rady'
const staff = '/jst/:slug/staff/rady'

async function tenantWithKind(c: Ctx) {
  const tenant = await tenantFromPath(c)
  return { ...tenant, kind: await tenantKindOf(depsOf(c).db, tenant.id) }
}

/**
 * The councils' bodies: staff create a body of a kind the JST's level has, give it statute versions checked against
 * the law (with the resolution's PDF) and open its terms; anyone reads the list of bodies and a body's public page
 * (members, meetings with attendance, resolutions with named votes, opinions, inquiries) and downloads its statute.
 * Registered last of the module: `/rady/:body` must not shadow the other parts' fixed words.
 */
export function bodiesRoutes(api: Api): void {
  const tags = ['Rady — ciała i statuty']

  endpoint(
    api,
    {
      method: 'get',
      path: staff,
      summary: 'Rady jednostki w panelu (z liczbą członków w kadencji i otwartych próśb o opinię)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Lista rad' } },
    },
    async (c) => {
      const tenant = await tenantWithKind(c)
      return c.json(await staffBodyList(depsOf(c).db, tenant.id, tenant.kind, new Date()))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: staff,
      summary: 'Nowa rada (rodzaj istniejący na szczeblu jednostki; adres [a-z0-9-], niezajęty i niezastrzeżony)',
      tags,
      access: councilStaff,
      body: bodyCreateSchema,
      responses: {
        201: { description: 'Utworzono' },
        400: { description: 'Błędy pól (rodzaj rady, adres)' },
        409: { description: 'Adres zajęty' },
      },
    },
    async (c, { body }) => {
      const tenant = await tenantWithKind(c)
      return c.json(staffBody(await createBody(depsOf(c), tenant, body), tenant.kind), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/:body`,
      summary: 'Rada w panelu: ustawienia, wszystkie wersje statutu, kadencje i wzór statutu z ustawy',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Rada' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c) => {
      const tenant = await tenantWithKind(c)
      const body = await bodyFromPath(c)
      return c.json(await staffBodyDetail(depsOf(c).db, body, tenant.kind, new Date()))
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/:body`,
      summary: 'Zmiana rady: nazwa, opis, e-mail, stan (tworzona, działa, zniesiona)',
      tags,
      access: councilStaff,
      body: bodyUpdateSchema,
      responses: { 200: { description: 'Zmieniono' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c, { body: input }) => {
      const tenant = await tenantWithKind(c)
      const body = await bodyFromPath(c)
      return c.json(staffBody(await updateBody(depsOf(c), body, input), tenant.kind))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:body/statut`,
      summary:
        'Nowa wersja statutu (sprawdzana z ustawą dla rodzaju rady; od razu albo od następnej kadencji); poprzednie zostają',
      tags,
      access: councilStaff,
      body: statuteVersionSchema,
      responses: {
        201: { description: 'Dodano wersję' },
        400: { description: 'Statut narusza ustawę (błędy pól z przepisem)' },
        409: { description: 'Ktoś w międzyczasie dodał inną wersję' },
      },
    },
    async (c, { body: input }) => {
      const body = await bodyFromPath(c)
      return c.json(staffStatute(await addStatute(depsOf(c), body, input)), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:body/statut/:number/plik`,
      summary: 'Uchwała nadająca statut: plik PDF (multipart/form-data: file, do 10 MB), zastępuje poprzedni',
      tags,
      access: councilStaff,
      responses: {
        200: { description: 'Dodano plik' },
        400: { description: 'To nie jest PDF' },
        404: { description: 'Nie ma takiej wersji' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const version = await statuteVersionOf(deps, body, c.req.param('number') ?? '')
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
      await limitUploads(c, `rd-statute:${version.id}`)
      const form = await uploadForm(c, MAX_STATUTE_BYTES, STATUTE_TOO_LARGE, 'file')
      return c.json(staffStatute(await attachStatuteFile(deps, body, version, form.get('file'))))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:body/kadencje`,
      summary: 'Nowa kadencja od podanego dnia; ostatni dzień wynika z długości kadencji w statucie',
      tags,
      access: councilStaff,
      body: termSchema,
      responses: {
        201: { description: 'Dodano kadencję' },
        400: { description: 'Brak statutu albo kadencja nakłada się na poprzednią' },
        409: { description: 'Ktoś w międzyczasie dodał kadencję' },
      },
    },
    async (c, { body: input }) => {
      const body = await bodyFromPath(c)
      return c.json(termView(await addTerm(depsOf(c), body, input.startsOn)), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: pub,
      summary: 'Rady jednostki: rodzaj, stan i liczba członków w kadencji',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista rad' }, 404: { description: 'Nie ma takiej jednostki' } },
    },
    async (c) => {
      const tenant = await tenantWithKind(c)
      return c.json(await publicBodyList(depsOf(c).db, tenant.id, tenant.kind, new Date()))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:body`,
      summary:
        'Strona rady: statut, kadencja, członkowie (imiona, nazwiska i funkcje), posiedzenia z obecnością, uchwały z imiennymi głosami, opinie i zapytania',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Strona rady' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c) => {
      const tenant = await tenantWithKind(c)
      const body = await bodyFromPath(c)
      return c.json(await publicBodyPage(depsOf(c).db, body, tenant.kind, new Date()))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:body/statut/:number/plik`,
      summary: 'Uchwała nadająca statut (PDF) danej wersji',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Brak pliku' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const file = await statuteFile(deps, await statuteVersionOf(deps, body, c.req.param('number') ?? ''))
      return c.body(file.bytes as never, 200, {
        'Content-Type': 'application/pdf',
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )
}
