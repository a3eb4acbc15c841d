import type { Context } from 'hono'
import * as v from 'valibot'
import { depsOf } from '../deps'
import type { AppEnv } from '../http/context'
import type { Api } from '../http/endpoint'
import { endpoint } from '../http/endpoint'
import { ApiError, notFound } from '../http/problem'
import { clientIp } from '../http/request'
import { personKey } from '../identity/person'
import { findTenantRef } from '../tenants/queries'
import {
  addOrganization,
  confirmRegistration,
  contactOrganization,
  refuseOrganization,
  registerOrganization,
  sendRepresentativeLinks,
  verifyOrganization,
  withdrawOrganization,
} from './actions'
import {
  confirmSchema,
  contactSchema,
  directoryQuerySchema,
  linkRequestSchema,
  refuseSchema,
  registrationSchema,
  staffAddSchema,
  staffQuerySchema,
} from './input'
import {
  actsIn,
  directory,
  DIRECTORY_PAGE_SIZE,
  listedOrganization,
  organizationById,
  staffList,
  tenantsOf,
  type Organization,
} from './queries'
import { representativeOf } from './representative'
import { organizationRecord, publicOrganization, type DirectoryPage } from './views'

type Ctx = Context<AppEnv>

/** Registrations one network address may send per hour (a school or an NGO centre registers several). */
const REGISTRATIONS_PER_HOUR_PER_ADDRESS = 10
/** Registrations and link requests per hour naming one e-mail address: nobody can flood a mailbox from the form. */
const MESSAGES_PER_HOUR_PER_EMAIL = 3
/** Contact-form messages one address may send per hour, and one organisation may receive per day. */
const CONTACTS_PER_HOUR_PER_ADDRESS = 5
const CONTACTS_PER_DAY_PER_ORGANIZATION = 20

/** Per-address and per-key limits, each with its own Polish refusal and `Retry-After`. */
async function limit(c: Ctx, rules: readonly (readonly [string, number, number, string])[]): Promise<void> {
  for (const [key, max, periodSeconds, detail] of rules) {
    const { success, retryAfter } = await c.get('services').rateLimiter.limit(key, { limit: max, periodSeconds })
    if (!success) throw new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } })
  }
}

/** The e-mail address as a keyed hash, so the limiter never stores the address itself. */
const emailKey = (c: Ctx, email: string) => personKey(c.get('config').identityPepper, ['organization-mail', email])

/** Answers carrying personal data (a contact address, a representative's name) are never stored by any cache. */
function noStore(c: Ctx): void {
  c.header('Cache-Control', 'no-store')
}

/** The representative's key, sent as `Authorization: Bearer …` by the page their e-mailed link opened. */
async function requireRepresentative(c: Ctx): Promise<Organization> {
  const key = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!key) throw new ApiError(401, 'Otwórz stronę wpisu z linku przedstawiciela, który wysłaliśmy e-mailem.')
  const o = await representativeOf(depsOf(c), key, { includeRefused: true })
  if (!o || o.id !== c.req.param('id'))
    throw new ApiError(403, 'Ten link nie otwiera tego wpisu. Poproś o nowy link przedstawiciela.')
  return o
}

/** The entry named in a staff path, if it acts in the staff's JST (otherwise, for them, it does not exist). */
async function staffOrganization(c: Ctx): Promise<Organization> {
  const { db } = c.get('services')
  const o = await organizationById(db, c.req.param('id') ?? '')
  if (!o || o.status === 'unconfirmed' || !(await actsIn(db, o.id, c.get('tenant').id)))
    throw notFound('Nie ma takiej organizacji w tej jednostce samorządu.')
  return o
}

async function directoryPage(
  c: Ctx,
  query: v.InferOutput<typeof directoryQuerySchema>,
  tenantId: string | undefined,
): Promise<DirectoryPage> {
  const { db } = c.get('services')
  const page = query.page ?? 1
  const { items, total } = await directory(db, {
    tenantId,
    area: query.area || undefined,
    q: query.q,
    verifiedOnly: query.verified === 'true',
    page,
  })
  const tenants = await tenantsOf(
    db,
    items.map((o) => o.id),
  )
  return {
    items: items.map((o) => publicOrganization(o, tenants.get(o.id))),
    total,
    page,
    pageSize: DIRECTORY_PAGE_SIZE,
  }
}

const tags = ['Organizacje pozarządowe']
const staffTags = ['Organizacje pozarządowe — panel JST']
const staffAccess = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const

/**
 * The NGO directory: the public list (platform-wide and per JST) and pages, registration with a confirmed address,
 * the representative's own entry (their key), the contact form, and the staff's verification in a JST's panel.
 */
export function organizationRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: '/organizations',
      summary: 'Katalog organizacji pozarządowych na platformie',
      tags,
      access: { kind: 'public' },
      query: directoryQuerySchema,
      responses: { 200: { description: 'Strona katalogu (bez adresów e-mail)' } },
    },
    async (c, { query }) => {
      let tenantId: string | undefined
      if (query.jst) {
        const tenant = await findTenantRef(c.get('services').db, query.jst)
        if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
        tenantId = tenant.id
      }
      return c.json(await directoryPage(c, query, tenantId))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/organizations',
      summary: 'Organizacje pozarządowe działające w JST',
      tags,
      access: { kind: 'public' },
      query: directoryQuerySchema,
      responses: { 200: { description: 'Strona katalogu JST (bez adresów e-mail)' } },
    },
    async (c, { query }) => {
      const tenant = await findTenantRef(c.get('services').db, c.req.param('slug') ?? '')
      if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
      return c.json(await directoryPage(c, query, tenant.id))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/organizations/:id',
      summary: 'Strona organizacji w katalogu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Organizacja (bez adresu e-mail)' } },
    },
    async (c) => {
      const { db } = c.get('services')
      const o = await listedOrganization(db, c.req.param('id') ?? '')
      if (!o) throw notFound('Nie ma takiej organizacji w katalogu.')
      return c.json(publicOrganization(o, (await tenantsOf(db, [o.id])).get(o.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/organizations',
      summary: 'Zgłoszenie organizacji do katalogu (potwierdzane linkiem e-mail)',
      tags,
      access: { kind: 'public' },
      body: registrationSchema,
      responses: { 201: { description: 'Zapisano; wysłano link potwierdzający adres e-mail' } },
    },
    async (c, { body }) => {
      await limit(c, [
        [
          `org-register:${clientIp(c)}`,
          REGISTRATIONS_PER_HOUR_PER_ADDRESS,
          3600,
          'Zbyt wiele zgłoszeń organizacji z tego adresu. Spróbuj za godzinę.',
        ],
        [
          `org-mail:${await emailKey(c, body.contactEmail)}`,
          MESSAGES_PER_HOUR_PER_EMAIL,
          3600,
          'Na ten adres e-mail wysłaliśmy już kilka wiadomości. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.',
        ],
      ])
      const o = await registerOrganization(depsOf(c), body)
      noStore(c)
      return c.json({ id: o.id, status: o.status }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/organizations/confirm',
      summary: 'Potwierdzenie adresu e-mail organizacji z linku',
      tags,
      access: { kind: 'public' },
      body: confirmSchema,
      responses: { 200: { description: 'Potwierdzono; zwraca wpis i klucz przedstawiciela (wysłany też e-mailem)' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const { organization, key } = await confirmRegistration(deps, body.token)
      noStore(c)
      return c.json({
        organization: organizationRecord(
          organization,
          (await tenantsOf(deps.db, [organization.id])).get(organization.id),
        ),
        key,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/organizations/representative-links',
      summary: 'Prośba o nowy link przedstawiciela (na adres kontaktowy wpisu)',
      tags,
      access: { kind: 'public' },
      body: linkRequestSchema,
      responses: { 202: { description: 'Jeśli adres należy do wpisu, wysłano na niego link' } },
    },
    async (c, { body }) => {
      await limit(c, [
        [`org-link:${clientIp(c)}`, 10, 3600, 'Zbyt wiele próśb z tego adresu. Spróbuj za godzinę.'],
        [
          `org-mail:${await emailKey(c, body.email)}`,
          MESSAGES_PER_HOUR_PER_EMAIL,
          3600,
          'Na ten adres e-mail wysłaliśmy już kilka wiadomości. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.',
        ],
      ])
      await sendRepresentativeLinks(depsOf(c), body.email)
      return c.json({ sent: true }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/organizations/:id/representative',
      summary: 'Wpis oczami przedstawiciela organizacji (klucz przedstawiciela)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wpis z adresem kontaktowym i stanem weryfikacji' } },
    },
    async (c) => {
      const o = await requireRepresentative(c)
      noStore(c)
      return c.json(organizationRecord(o, (await tenantsOf(c.get('services').db, [o.id])).get(o.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'delete',
      path: '/organizations/:id/representative',
      summary: 'Usunięcie wpisu przez przedstawiciela organizacji',
      tags,
      access: { kind: 'public' },
      responses: { 204: { description: 'Usunięto wpis wraz z adresem kontaktowym' } },
    },
    async (c) => {
      const o = await requireRepresentative(c)
      await withdrawOrganization(depsOf(c), o)
      return c.body(null, 204)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/organizations/:id/contact',
      summary: 'Wiadomość do organizacji przez formularz kontaktowy (adres organizacji pozostaje ukryty)',
      tags,
      access: { kind: 'public' },
      body: contactSchema,
      responses: { 202: { description: 'Wysłano; odpowiedź organizacji przyjdzie na podany adres' } },
    },
    async (c, { body }) => {
      const o = await listedOrganization(c.get('services').db, c.req.param('id') ?? '')
      if (!o) throw notFound('Nie ma takiej organizacji w katalogu.')
      await limit(c, [
        [
          `org-contact:${clientIp(c)}`,
          CONTACTS_PER_HOUR_PER_ADDRESS,
          3600,
          'Zbyt wiele wiadomości z tego adresu. Spróbuj za godzinę.',
        ],
        [
          `org-contact-to:${o.id}`,
          CONTACTS_PER_DAY_PER_ORGANIZATION,
          86_400,
          'Ta organizacja dostała dziś już wiele wiadomości. Spróbuj jutro.',
        ],
      ])
      await contactOrganization(depsOf(c), o, body)
      noStore(c)
      return c.json({ sent: true }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/organizations',
      summary: 'Organizacje działające w JST (do weryfikacji)',
      tags: staffTags,
      access: staffAccess,
      query: staffQuerySchema,
      responses: { 200: { description: 'Lista: najpierw oczekujące na weryfikację' } },
    },
    async (c, { query }) => {
      const { db } = c.get('services')
      const items = await staffList(db, c.get('tenant').id, query.status || undefined)
      const tenants = await tenantsOf(
        db,
        items.map((o) => o.id),
      )
      noStore(c)
      return c.json({ items: items.map((o) => organizationRecord(o, tenants.get(o.id))) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/organizations',
      summary: 'Dodanie organizacji przez urząd (od razu zweryfikowanej)',
      tags: staffTags,
      access: staffAccess,
      body: staffAddSchema,
      responses: { 201: { description: 'Dodano; organizacja dostała e-mailem link przedstawiciela' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const o = await addOrganization(deps, c.get('tenant'), body)
      noStore(c)
      return c.json(organizationRecord(o, (await tenantsOf(deps.db, [o.id])).get(o.id)), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/organizations/:id/verify',
      summary: 'Weryfikacja organizacji',
      tags: staffTags,
      access: staffAccess,
      responses: { 200: { description: 'Zweryfikowano; organizacja dostała e-mail' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const o = await verifyOrganization(deps, c.get('tenant'), await staffOrganization(c))
      noStore(c)
      return c.json(organizationRecord(o, (await tenantsOf(deps.db, [o.id])).get(o.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/organizations/:id/refuse',
      summary: 'Odmowa weryfikacji organizacji (z powodem)',
      tags: staffTags,
      access: staffAccess,
      body: refuseSchema,
      responses: { 200: { description: 'Odmówiono; organizacja dostała e-mail z powodem' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const o = await refuseOrganization(deps, c.get('tenant'), await staffOrganization(c), body.reason)
      noStore(c)
      return c.json(organizationRecord(o, (await tenantsOf(deps.db, [o.id])).get(o.id)))
    },
  )
}
