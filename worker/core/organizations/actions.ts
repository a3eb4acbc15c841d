import { and, eq } from 'drizzle-orm'
import { auditInsert } from '../audit/record'
import { guardedBatch, requireChanged } from '../db/guard'
import type { Deps } from '../deps'
import type { TenantRef } from '../http/context'
import { ApiError, notFound } from '../http/problem'
import { translate } from '../i18n'
import { normalizeText } from '../identity/person'
import { hashToken, newId, newToken } from '../ids'
import { formatWarsaw } from '../time/polish-calendar'
import type { OrganizationInput, RegistrationInput } from './input'
import {
  notifyAddedByStaff,
  notifyConfirmation,
  notifyConfirmed,
  notifyNewKey,
  notifyRefused,
  notifyVerified,
  sendContactMessage,
} from './notify'
import {
  listedByRegister,
  organizationByConfirmHash,
  organizationById,
  organizationsOfEmail,
  tenantsBySlugs,
  tenantsOf,
  type Organization,
} from './queries'
import { canRefuse, canVerify, type Register } from './rules'
import { organizations, organizationTenants } from './tables'
import { auditFacts } from './views'

/** How long a registration's confirmation link works; the entry is deleted a week after (./retention.ts). */
export const CONFIRMATION_TTL_MS = 72 * 60 * 60 * 1000

/**
 * The register a number is unique in: KRS, or another register by its folded name, so "Ewidencja stowarzyszeń
 * zwykłych Starosty Powiatu X" and "ewidencja stowarzyszen zwyklych starosty powiatu x" are one register.
 */
export function registerKeyOf(register: Register, registerName: string | null): string {
  return register === 'krs' ? 'krs' : `other:${normalizeText(registerName ?? '')}`
}

const searchTextOf = (name: string, registerNumber: string) => normalizeText(`${name} ${registerNumber}`)

/**
 * The refusal of a second entry for a register number, naming the rule (one number in a register is one organisation)
 * and the entry that holds it, on the number's field. Joining the existing entry instead would let anyone who knows
 * an organisation's KRS number attach themselves to it; its representative is the one who confirmed its address, and
 * whoever else speaks for it asks them (the contact form) or the office.
 */
function duplicate(existing: Pick<Organization, 'name' | 'register' | 'registerNumber'>): ApiError {
  const detail =
    existing.register === 'krs'
      ? `Organizacja o numerze KRS ${existing.registerNumber} jest już w katalogu („${existing.name}”): jeden numer w rejestrze to jedna organizacja. Jeśli ją reprezentujesz, poproś o link przedstawiciela na adres kontaktowy wpisu albo napisz do urzędu.`
      : `Organizacja o numerze ${existing.registerNumber} w tym rejestrze jest już w katalogu („${existing.name}”): jeden numer w rejestrze to jedna organizacja. Jeśli ją reprezentujesz, poproś o link przedstawiciela na adres kontaktowy wpisu albo napisz do urzędu.`
  return new ApiError(409, detail, {
    type: 'https://wspolnota.example/problems/organization-exists',
    errors: [{ field: 'registerNumber', detail }],
  })
}

/** Whether the database refused a second listed entry for one register number (the partial unique index). */
function isRegisterClash(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed: organizations\.register_key/.test(String((e as { message?: unknown }).message ?? e)))
      return true
  return false
}

/** The refusal of a clash found only when writing: the entry that won is looked up to name it. */
async function clash(deps: Deps, o: Pick<Organization, 'registerKey' | 'registerNumber' | 'name' | 'register'>) {
  return duplicate((await listedByRegister(deps.db, o.registerKey, o.registerNumber)) ?? o)
}

/** The platform JSTs named in a form, or a refusal naming the first one that is not on the platform. */
async function resolveTenants(deps: Deps, slugs: readonly string[]): Promise<TenantRef[]> {
  const found = await tenantsBySlugs(deps.db, slugs)
  const missing = slugs.find((slug) => !found.some((t) => t.slug === slug))
  if (missing !== undefined) {
    const detail = `Nie ma na platformie jednostki samorządu „${missing}”.`
    throw new ApiError(400, detail, { errors: [{ field: 'tenants', detail }] })
  }
  return found
}

/** The rows of a new entry: the organisation and its JSTs. */
function newRow(deps: Deps, input: OrganizationInput, extra: Partial<Organization>): Organization {
  const now = deps.now()
  return {
    id: newId(),
    name: input.name,
    searchText: searchTextOf(input.name, input.registerNumber),
    legalForm: input.legalForm,
    register: input.register,
    registerName: input.registerName,
    registerKey: registerKeyOf(input.register, input.registerName),
    registerNumber: input.registerNumber,
    areas: input.areas,
    description: input.description,
    website: input.website,
    status: 'unconfirmed',
    refusalReason: null,
    decidedAt: null,
    decidedBy: null,
    addedBy: null,
    contactEmail: input.contactEmail,
    representativeName: input.representativeName,
    lang: deps.lang,
    confirmTokenHash: null,
    confirmExpiresAt: null,
    emailConfirmedAt: null,
    representativeKeyHash: null,
    representativeNextKeyHash: null,
    lastActiveAt: now,
    createdAt: now,
    updatedAt: now,
    ...extra,
  }
}

/** One audit row per JST the organisation acts in, so each JST's log shows what happened to its organisations. */
function auditRows(
  deps: Deps,
  tenantIds: readonly string[],
  entry: { action: string; entityId: string; before?: unknown; after?: unknown },
) {
  return tenantIds.map((tenantId) => auditInsert(deps, { tenantId, entity: 'organization', ...entry }))
}

/**
 * An organisation registers itself (public, no account): the entry is kept unconfirmed and unlisted until its contact
 * address is confirmed by the e-mailed link, which works for 72 hours (its token stored only hashed). A register
 * number already listed is refused with the rule (`duplicate`); an unconfirmed or refused entry with the same number
 * blocks nothing. The entry's language is the request's, for every later message to its representative.
 */
export async function registerOrganization(deps: Deps, input: RegistrationInput): Promise<Organization> {
  const { db } = deps
  const registerKey = registerKeyOf(input.register, input.registerName)
  const existing = await listedByRegister(db, registerKey, input.registerNumber)
  if (existing) throw duplicate(existing)
  const found = await resolveTenants(deps, input.tenants)
  const token = newToken()
  const expires = new Date(deps.now().getTime() + CONFIRMATION_TTL_MS)
  const row = newRow(deps, input, { confirmTokenHash: await hashToken(token), confirmExpiresAt: expires })
  await db.batch([
    db.insert(organizations).values(row),
    db.insert(organizationTenants).values(found.map((t) => ({ organizationId: row.id, tenantId: t.id }))),
    ...auditRows(
      deps,
      found.map((t) => t.id),
      { action: 'org.register', entityId: row.id, after: auditFacts(row) },
    ),
  ])
  await notifyConfirmation(deps, row, token, translate(formatWarsaw(expires, 'dateTime'), row.lang))
  return row
}

/**
 * The contact address is confirmed by the e-mailed link: the entry is listed (waiting for verification) and its
 * representative gets their key — in the answer, for the browser that opened the link, and by e-mail, for later. One
 * use only: a second opening of the link (or two at once) confirms once. If another entry with the same register
 * number was listed meanwhile, the rule refuses this one.
 */
export async function confirmRegistration(
  deps: Deps,
  token: string,
): Promise<{ organization: Organization; key: string }> {
  const { db } = deps
  const hash = await hashToken(token)
  const gone = notFound(
    'Link potwierdzenia jest nieważny albo został już użyty. Link przedstawiciela wysłaliśmy e-mailem po pierwszym potwierdzeniu.',
  )
  const o = await organizationByConfirmHash(db, hash)
  if (!o || o.status !== 'unconfirmed') throw gone
  const now = deps.now()
  if (!o.confirmExpiresAt || o.confirmExpiresAt.getTime() <= now.getTime())
    throw new ApiError(422, 'Link potwierdzenia wygasł. Zgłoś organizację ponownie — dane trzeba wpisać jeszcze raz.')
  const existing = await listedByRegister(db, o.registerKey, o.registerNumber)
  if (existing) throw duplicate(existing)
  const tenantIds = [...((await tenantsOf(db, [o.id])).get(o.id) ?? [])].map((t) => t.id)
  const key = newToken()
  const after: Organization = {
    ...o,
    status: 'pending',
    confirmTokenHash: null,
    confirmExpiresAt: null,
    emailConfirmedAt: now,
    representativeKeyHash: await hashToken(key),
    lastActiveAt: now,
    updatedAt: now,
  }
  try {
    await guardedBatch(
      db,
      [
        db
          .update(organizations)
          .set({
            status: after.status,
            confirmTokenHash: null,
            confirmExpiresAt: null,
            emailConfirmedAt: now,
            representativeKeyHash: after.representativeKeyHash,
            lastActiveAt: now,
            updatedAt: now,
          })
          .where(
            and(
              eq(organizations.id, o.id),
              eq(organizations.status, 'unconfirmed'),
              eq(organizations.confirmTokenHash, hash),
            ),
          ),
        requireChanged(db),
        ...auditRows(deps, tenantIds, { action: 'org.confirm', entityId: o.id, after: auditFacts(after) }),
      ],
      () => gone,
    )
  } catch (error) {
    if (isRegisterClash(error)) throw await clash(deps, o)
    throw error
  }
  await notifyConfirmed(deps, after, key)
  return { organization: after, key }
}

/**
 * Staff of a JST add an organisation they know: listed and verified at once (staff vouch for its details and its
 * address), acting at least in their JST. The organisation is told by e-mail and gets its representative's key, so it
 * can act for itself or withdraw the entry.
 */
export async function addOrganization(deps: Deps, tenant: TenantRef, input: OrganizationInput): Promise<Organization> {
  const { db } = deps
  const registerKey = registerKeyOf(input.register, input.registerName)
  const existing = await listedByRegister(db, registerKey, input.registerNumber)
  if (existing) throw duplicate(existing)
  const found = await resolveTenants(deps, input.tenants)
  if (!found.some((t) => t.id === tenant.id)) found.push(tenant)
  const key = newToken()
  const now = deps.now()
  const row = newRow(deps, input, {
    status: 'verified',
    emailConfirmedAt: now,
    decidedAt: now,
    decidedBy: deps.user?.id ?? null,
    addedBy: deps.user?.id ?? null,
    representativeKeyHash: await hashToken(key),
    // The organisation did not choose a language: its messages are in Polish, the platform's language.
    lang: 'pl',
  })
  try {
    await db.batch([
      db.insert(organizations).values(row),
      db.insert(organizationTenants).values(found.map((t) => ({ organizationId: row.id, tenantId: t.id }))),
      ...auditRows(
        deps,
        found.map((t) => t.id),
        { action: 'org.add', entityId: row.id, after: auditFacts(row) },
      ),
    ])
  } catch (error) {
    if (isRegisterClash(error)) throw await clash(deps, row)
    throw error
  }
  await notifyAddedByStaff(deps, row, tenant.name, key)
  return row
}

/** What the entry's status says when a decision comes too late, in words for the refusal. */
const statusWords: Record<Organization['status'], string> = {
  unconfirmed: 'niepotwierdzony',
  pending: 'czeka na weryfikację',
  verified: 'zweryfikowany',
  refused: 'odmowa weryfikacji',
}

/** The refusal of a decision on an entry that another decision (or a withdrawal) changed meanwhile. */
async function changedMeanwhile(deps: Deps, id: string): Promise<ApiError> {
  const now = await organizationById(deps.db, id)
  if (!now) return notFound('Nie ma takiej organizacji w katalogu.')
  return new ApiError(
    409,
    `Wpis zmienił się w międzyczasie (teraz: ${statusWords[now.status]}). Odśwież listę i zdecyduj jeszcze raz.`,
  )
}

/**
 * Staff of one of the organisation's JSTs verify it. Two verifications at once (or a verification and a refusal) have
 * one effect: the UPDATE is guarded by the status it was read in, and the later one is refused with what happened.
 */
export async function verifyOrganization(deps: Deps, tenant: TenantRef, o: Organization): Promise<Organization> {
  if (!canVerify(o.status)) throw await changedMeanwhile(deps, o.id)
  const { db } = deps
  const now = deps.now()
  const tenantIds = [...((await tenantsOf(db, [o.id])).get(o.id) ?? [])].map((t) => t.id)
  const after: Organization = {
    ...o,
    status: 'verified',
    refusalReason: null,
    decidedAt: now,
    decidedBy: deps.user?.id ?? null,
    updatedAt: now,
  }
  try {
    await guardedBatch(
      db,
      [
        db
          .update(organizations)
          .set({ status: 'verified', refusalReason: null, decidedAt: now, decidedBy: after.decidedBy, updatedAt: now })
          .where(and(eq(organizations.id, o.id), eq(organizations.status, o.status))),
        requireChanged(db),
        ...auditRows(deps, tenantIds, {
          action: 'org.verify',
          entityId: o.id,
          before: auditFacts(o),
          after: { ...auditFacts(after), by: tenant.name },
        }),
      ],
      () => changedMeanwhile(deps, o.id),
    )
  } catch (error) {
    if (isRegisterClash(error)) throw await clash(deps, o)
    throw error
  }
  await notifyVerified(deps, after, tenant.name)
  return after
}

/**
 * Staff refuse verification (or withdraw it) with a reason, which the organisation is told by e-mail in its language
 * and which stays in the audit log. The entry leaves the directory; race-safe like `verifyOrganization`.
 */
export async function refuseOrganization(
  deps: Deps,
  tenant: TenantRef,
  o: Organization,
  reason: string,
): Promise<Organization> {
  if (!canRefuse(o.status)) throw await changedMeanwhile(deps, o.id)
  const { db } = deps
  const now = deps.now()
  const tenantIds = [...((await tenantsOf(db, [o.id])).get(o.id) ?? [])].map((t) => t.id)
  const after: Organization = {
    ...o,
    status: 'refused',
    refusalReason: reason,
    decidedAt: now,
    decidedBy: deps.user?.id ?? null,
    updatedAt: now,
  }
  await guardedBatch(
    db,
    [
      db
        .update(organizations)
        .set({ status: 'refused', refusalReason: reason, decidedAt: now, decidedBy: after.decidedBy, updatedAt: now })
        .where(and(eq(organizations.id, o.id), eq(organizations.status, o.status))),
      requireChanged(db),
      ...auditRows(deps, tenantIds, {
        action: 'org.refuse',
        entityId: o.id,
        before: auditFacts(o),
        after: { ...auditFacts(after), reason, by: tenant.name },
      }),
    ],
    () => changedMeanwhile(deps, o.id),
  )
  await notifyRefused(deps, after, tenant.name, reason)
  return after
}

/**
 * The representative withdraws the entry (RODO: erasure on request): the entry, its JSTs and with them the contact
 * address and the representative's name are deleted; the audit log keeps only the public facts.
 */
export async function withdrawOrganization(deps: Deps, o: Organization): Promise<void> {
  const { db } = deps
  const tenantIds = [...((await tenantsOf(db, [o.id])).get(o.id) ?? [])].map((t) => t.id)
  await guardedBatch(
    db,
    [
      db.delete(organizationTenants).where(eq(organizationTenants.organizationId, o.id)),
      db.delete(organizations).where(eq(organizations.id, o.id)),
      requireChanged(db),
      ...auditRows(deps, tenantIds, { action: 'org.withdraw', entityId: o.id, before: auditFacts(o) }),
    ],
    () => notFound('Nie ma takiej organizacji w katalogu.'),
  )
}

/**
 * "Send me the link again": every confirmed entry under this address gets a new key waiting beside the current one
 * (see `representativeOf`), mailed to that address only. The caller answers the same whether the address has entries
 * or not, so the form tells nobody which addresses are in the directory.
 */
export async function sendRepresentativeLinks(deps: Deps, email: string): Promise<void> {
  const { db } = deps
  const mine = await organizationsOfEmail(db, email)
  const tenants = await tenantsOf(
    db,
    mine.map((o) => o.id),
  )
  for (const o of mine) {
    const key = newToken()
    await db.batch([
      db
        .update(organizations)
        .set({ representativeNextKeyHash: await hashToken(key) })
        .where(eq(organizations.id, o.id)),
      ...auditRows(
        deps,
        (tenants.get(o.id) ?? []).map((t) => t.id),
        { action: 'org.key.send', entityId: o.id },
      ),
    ])
    await notifyNewKey(deps, o, key)
  }
}

/**
 * A message to an organisation through its contact form, delivered to its confirmed address with the writer's address
 * as Reply-To. The writer never learns the organisation's address (the answer says only that it was sent), and the
 * platform keeps no copy outside development (the outbox keeps a delivery record only).
 */
export async function contactOrganization(
  deps: Deps,
  o: Organization,
  from: { name: string; email: string; message: string },
): Promise<void> {
  await sendContactMessage(deps, o, from)
}
