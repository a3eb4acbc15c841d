import { limitPerHour, limitPublicWrite } from './limits'
import { timingSafeEqual } from 'node:crypto'
import { and, eq, isNotNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, forbidden } from '../../core/http/problem'
import { normalizeAddress, normalizeText, personKey } from '../../core/identity/person'
import { newId } from '../../core/ids'
import { representativeOf } from '../../core/organizations/representative'
import { organizations, organizationTenants } from '../../core/organizations/tables'
import type { Organization } from '../../core/organizations/queries'
import {
  checkRdppApplication,
  checkReapplication,
  countDeclaredPetition,
  decisionDeadline,
  petitionShortfall,
  seniorPetitionThreshold,
} from '../domain/applications'
import { bodyLaws, levelOfTenantKind, reservedBodySlugs, type ApplicantKind, type BodyKind } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import { notifyApplicationConfirm, notifyApplicationDecision } from '../notify/applications'
import type { DecisionInput, OpenApplicationInput, SignInput, StaffApplicationInput } from '../input/applications'
import {
  applicationByNumber,
  isConfirmed,
  organisationsOf,
  refusalsOf,
  signatureKeysOf,
  type ApplicationRow,
} from '../queries/applications'
import { councilApplicationOrganisations, councilApplications, councilBodies, councilSignatures } from '../tables'

/** The JST an application belongs to, with what its petition threshold depends on. */
export interface ApplicationTenant {
  id: string
  slug: string
  name: string
  kind: string
  population: number
}

/** How long an application opened online waits for its e-mail to be confirmed before it is deleted unconfirmed. */
export const CONFIRM_WITHIN_MS = 7 * 24 * 60 * 60 * 1000
/** How long signatures and the contact stay after the decision: a year, for a complaint or a repeated application. */
export const KEEP_AFTER_DECISION_MS = 366 * 24 * 60 * 60 * 1000
/** Applications one network address may open per hour, and signatures it may send. */
export const OPENS_PER_HOUR_PER_ADDRESS = 10
export const SIGNATURES_PER_HOUR_PER_ADDRESS = 30

const conflict = (detail: string, errors?: { field: string; detail: string }[]) =>
  new ApiError(409, detail, errors ? { errors } : undefined)

const isUnique = (err: unknown) =>
  /UNIQUE constraint failed/i.test(String((err as { cause?: unknown }).cause ?? '') + String(err))

/**
 * The token of an application's confirmation link: a keyed hash of its id with the server's pepper, so nothing
 * secret is stored with the application and only the server can make it (the link carries it in its `#fragment`).
 */
export function confirmToken(deps: Pick<Deps, 'config'>, applicationId: string): Promise<string> {
  return personKey(deps.config.identityPepper, ['rd-application-confirm', applicationId])
}

/** Refuses with 409 naming the first allowed day when the applicant's refusal of the last 6 months still binds. */
async function requireNoLock(deps: Deps, tenantId: string, kind: BodyKind, key: string, applicantKind: ApplicantKind) {
  const refusals = await refusalsOf(deps.db, tenantId, kind, key)
  const locked = checkReapplication(kind, key, applicantKind, refusals, dayOf(deps.now()))
  if (locked) throw conflict(locked.detail, [locked])
}

/** The next number of an application in the JST, taken inside the insert itself, so two at once never share one. */
const nextNumber = (tenantId: string) =>
  sql<number>`(SELECT coalesce(max(${councilApplications.number}), 0) + 1 FROM ${councilApplications} WHERE ${councilApplications.tenantId} = ${tenantId})`

/** The threshold fixed when an application opens: the JST's petition threshold, or the law's five NGOs for an RDPP. */
function thresholdOf(kind: BodyKind, applicantKind: ApplicantKind, tenant: ApplicationTenant): number | null {
  if (kind === 'rada_seniorow' && applicantKind === 'mieszkancy')
    return seniorPetitionThreshold(levelOfTenantKind(tenant.kind), tenant.population)
  if (kind === 'rdpp' && applicantKind === 'organizacje') return bodyLaws.rdpp.minApplyingOrganisations
  return null
}

/** The lock's key of residents' petitions: any group of the JST's residents is the same applicant, "the residents". */
export const RESIDENTS_KEY = 'mieszkancy'

async function insertApplication(
  deps: Deps,
  tenant: ApplicationTenant,
  values: Omit<typeof councilApplications.$inferInsert, 'id' | 'tenantId' | 'number' | 'status' | 'createdAt'>,
  extra: (id: string) => Parameters<Deps['db']['batch']>[0][number][] = () => [],
): Promise<{ id: string; number: number }> {
  const id = newId()
  const now = deps.now()
  const [rows] = await deps.db.batch([
    deps.db
      .insert(councilApplications)
      .values({
        ...values,
        id,
        tenantId: tenant.id,
        number: nextNumber(tenant.id),
        status: 'zbieranie',
        createdAt: now,
      })
      .returning({ number: councilApplications.number }),
    ...extra(id),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.application.open',
      entity: 'rd_application',
      entityId: id,
      after: { bodyKind: values.bodyKind, applicantKind: values.applicantKind, applicantName: values.applicantName },
    }),
  ])
  return { id, number: (rows as { number: number }[])[0]!.number }
}

/**
 * A residents' petition for a rada seniorów or a pupils' council's application for a youth council, opened online
 * without an account. Not listed until the contact e-mail is confirmed by the mailed link (until then `eraseAfter`
 * holds the day it is deleted unconfirmed); the 6-month lock after a refusal is checked first (409 naming the day).
 */
export async function openApplication(deps: Deps, tenant: ApplicationTenant, input: OpenApplicationInput) {
  await limitPerHour(
    deps,
    `rd-open:${deps.ip}`,
    OPENS_PER_HOUR_PER_ADDRESS,
    'Zbyt wiele wniosków z tego adresu. Spróbuj za godzinę.',
  )
  const pupils = input.applicantKind === 'samorzad_uczniowski'
  const applicantKey = pupils ? `szkola:${normalizeText(input.school)}` : RESIDENTS_KEY
  await requireNoLock(deps, tenant.id, input.bodyKind, applicantKey, input.applicantKind)
  const { id, number } = await insertApplication(deps, tenant, {
    bodyKind: input.bodyKind,
    applicantKind: input.applicantKind,
    applicantName: pupils ? `${input.applicantName} (${input.school})` : 'Mieszkańcy (petycja)',
    applicantKey,
    title: input.title,
    justification: input.justification,
    contactEmail: input.contactEmail,
    threshold: thresholdOf(input.bodyKind, input.applicantKind, tenant),
    eraseAfter: new Date(deps.now().getTime() + CONFIRM_WITHIN_MS),
  })
  await notifyApplicationConfirm(
    deps,
    tenant,
    { number, title: input.title },
    input.contactEmail,
    await confirmToken(deps, id),
  )
  return { number, confirmed: false }
}

/**
 * Confirms an application's contact e-mail by the mailed link: from then on it is listed and may be signed. Repeating
 * the link (or two clicks at once) answers the same with one audit row; a wrong link is 404, a late one 410.
 */
export async function confirmApplication(deps: Deps, tenant: ApplicationTenant, a: ApplicationRow, token: string) {
  await limitPublicWrite(deps, 'confirm')
  const expected = Buffer.from(await confirmToken(deps, a.id))
  const given = Buffer.from(token)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new ApiError(404, 'Ten link potwierdzenia nie działa. Sprawdź, czy skopiowano go w całości.')
  if (isConfirmed(a)) return { number: a.number, confirmed: true }
  if (a.eraseAfter && deps.now() >= a.eraseAfter)
    throw new ApiError(410, 'Czas na potwierdzenie tego wniosku minął. Złóż go ponownie.')
  const { db } = deps
  try {
    await guardedBatch(
      db,
      [
        db
          .update(councilApplications)
          .set({ eraseAfter: null })
          .where(
            and(
              eq(councilApplications.id, a.id),
              eq(councilApplications.status, 'zbieranie'),
              isNotNull(councilApplications.eraseAfter),
            ),
          ),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.application.confirm',
          entity: 'rd_application',
          entityId: a.id,
        }),
      ],
      () => new AlreadyDone(),
    )
  } catch (e) {
    if (!(e instanceof AlreadyDone)) throw e
  }
  return { number: a.number, confirmed: true }
}

class AlreadyDone extends Error {}

/** A petition that takes signatures now: listed, still collecting, a residents' petition for a rada seniorów. */
function requireSignable(a: ApplicationRow): void {
  if (a.bodyKind !== 'rada_seniorow' || a.applicantKind !== 'mieszkancy')
    throw conflict('Pod tym wnioskiem nie zbiera się podpisów mieszkańców.')
  if (a.status !== 'zbieranie') throw conflict('Wniosek został już złożony: podpisów nie można już dodawać.')
}

/** Who signs: a keyed hash of the folded name and address, so one person signs a petition once. */
export function signatureKey(
  deps: Pick<Deps, 'config'>,
  a: Pick<ApplicationRow, 'id'>,
  who: { name: string; address: string },
) {
  return personKey(deps.config.identityPepper, [
    'rd-signature',
    a.id,
    normalizeText(who.name),
    normalizeAddress(who.address),
  ])
}

/**
 * A supporter signs a petition online (no account): with the declarations of being 60+ and living in the JST; one
 * person once (409), rate-limited per network address. Returns the petition's count against its threshold.
 */
export async function signPetition(deps: Deps, tenant: ApplicationTenant, a: ApplicationRow, input: SignInput) {
  requireSignable(a)
  await limitPerHour(
    deps,
    `rd-sign:${deps.ip}`,
    SIGNATURES_PER_HOUR_PER_ADDRESS,
    'Zbyt wiele podpisów z tego adresu. Spróbuj za godzinę.',
  )
  const id = newId()
  try {
    await deps.db.insert(councilSignatures).values({
      id,
      applicationId: a.id,
      name: input.name,
      address: input.address,
      personKey: await signatureKey(deps, a, input),
      declaredSenior: true,
      channel: 'online',
      signedAt: deps.now(),
    })
  } catch (err) {
    if (isUnique(err))
      throw conflict('Ta osoba już podpisała ten wniosek — jedna osoba może go podpisać tylko raz.', [
        { field: 'name', detail: 'Ta osoba już podpisała ten wniosek.' },
      ])
    throw err
  }
  return petitionCount(deps, tenant, a)
}

/** A petition's count by declarations, against the threshold fixed when it opened. */
export async function petitionCount(deps: Pick<Deps, 'db'>, tenant: ApplicationTenant, a: ApplicationRow) {
  const keys = await signatureKeysOf(deps.db, [a.id])
  const count = countDeclaredPetition(keys, levelOfTenantKind(tenant.kind), tenant.population)
  const threshold = a.threshold ?? count.threshold
  return { ...count, threshold, obliges: count.valid >= threshold }
}

/**
 * Staff key in signatures from a paper list (channel `papier`). A person who already signed (online or on another
 * sheet) is skipped and counted as a duplicate, so a list can be keyed in again safely; one audit row per list.
 */
export async function addPaperSignatures(
  deps: Deps,
  tenant: ApplicationTenant,
  a: ApplicationRow,
  list: readonly { name: string; address: string; declaredSenior: boolean }[],
) {
  requireSignable(a)
  if (!isConfirmed(a)) throw conflict('Wniosek czeka na potwierdzenie adresu e-mail.')
  const { db } = deps
  const now = deps.now()
  const rows = await Promise.all(
    list.map(async (s) => ({
      id: newId(),
      applicationId: a.id,
      name: s.name,
      address: s.address,
      personKey: await signatureKey(deps, a, s),
      declaredSenior: s.declaredSenior,
      channel: 'papier' as const,
      signedAt: now,
    })),
  )
  const [inserted] = await db.batch([
    db.insert(councilSignatures).values(rows).onConflictDoNothing().returning({ id: councilSignatures.id }),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.application.paper',
      entity: 'rd_application',
      entityId: a.id,
      after: { signatures: rows.length },
    }),
  ])
  const added = (inserted as unknown[]).length
  return { added, duplicates: rows.length - added, count: await petitionCount(deps, tenant, a) }
}

/** An application brought to the office on paper and keyed in by staff: listed at once, the lock checked. */
export async function openStaffApplication(deps: Deps, tenant: ApplicationTenant, input: StaffApplicationInput) {
  const applicantKey =
    input.applicantKind === 'mieszkancy'
      ? RESIDENTS_KEY
      : `${input.applicantKind}:${normalizeText(input.applicantName)}`
  await requireNoLock(deps, tenant.id, input.bodyKind, applicantKey, input.applicantKind)
  const { number } = await insertApplication(deps, tenant, {
    bodyKind: input.bodyKind,
    applicantKind: input.applicantKind,
    applicantName: input.applicantName,
    applicantKey,
    title: input.title,
    justification: input.justification,
    contactEmail: input.contactEmail || null,
    threshold: thresholdOf(input.bodyKind, input.applicantKind, tenant),
  })
  return { number }
}

/** Whether the organisation acts in the JST by the directory. */
async function actsIn(deps: Pick<Deps, 'db'>, organizationId: string, tenantId: string): Promise<boolean> {
  const [row] = await deps.db
    .select({ id: organizationTenants.organizationId })
    .from(organizationTenants)
    .where(and(eq(organizationTenants.organizationId, organizationId), eq(organizationTenants.tenantId, tenantId)))
    .limit(1)
  return !!row
}

/**
 * The organisation whose representative's key came with the request: listed in the directory, verified by staff and
 * acting in the JST, as the law counts only organisations active in the area (upp art. 41e); 403 otherwise.
 */
async function representedOrganisation(
  deps: Deps,
  tenant: ApplicationTenant,
  key: string | null,
): Promise<Organization> {
  const o = key ? await representativeOf(deps, key) : null
  if (!o) throw forbidden('Ten link przedstawiciela organizacji jest nieważny. Otwórz najnowszy link z e-maila.')
  if (o.status !== 'verified' || !(await actsIn(deps, o.id, tenant.id)))
    throw forbidden(
      'Wniosek mogą składać organizacje z katalogu zweryfikowane przez urząd i działające na terenie tej jednostki.',
    )
  return o
}

/**
 * An NGO of the directory opens an application for an RDPP (others join it; five make it binding) or a youth council,
 * and is its first confirmed applicant. The lock after a refusal binds the organisation (youth council).
 */
export async function openOrganisationApplication(
  deps: Deps,
  tenant: ApplicationTenant,
  key: string | null,
  input: { bodyKind: 'rdpp' | 'mlodziezowa_rada'; title: string; justification: string },
) {
  await limitPerHour(
    deps,
    `rd-open:${deps.ip}`,
    OPENS_PER_HOUR_PER_ADDRESS,
    'Zbyt wiele wniosków z tego adresu. Spróbuj za godzinę.',
  )
  const o = await representedOrganisation(deps, tenant, key)
  const applicantKey = `org:${o.id}`
  await requireNoLock(deps, tenant.id, input.bodyKind, applicantKey, 'organizacje')
  const now = deps.now()
  return insertApplication(
    deps,
    tenant,
    {
      bodyKind: input.bodyKind,
      applicantKind: 'organizacje',
      applicantName: o.name,
      applicantKey,
      title: input.title,
      justification: input.justification,
      threshold: thresholdOf(input.bodyKind, 'organizacje', tenant),
    },
    (id) => [
      deps.db.insert(councilApplicationOrganisations).values({
        id: newId(),
        applicationId: id,
        organizationId: o.id,
        organizationName: o.name,
        representative: o.representativeName,
        confirmedAt: now,
      }),
    ],
  )
}

/**
 * Another NGO confirms an organisations' application by its representative's key: each once (the unique index makes
 * a second confirmation, or two at once, a 409). An RDPP application is filed by itself once five verified
 * organisations confirmed it (the decision's 2 months start that day).
 */
export async function joinApplication(deps: Deps, tenant: ApplicationTenant, a: ApplicationRow, key: string | null) {
  await limitPublicWrite(deps, 'join')
  const o = await representedOrganisation(deps, tenant, key)
  if (a.applicantKind !== 'organizacje') throw conflict('Do tego wniosku nie dołączają organizacje.')
  if (a.status !== 'zbieranie') throw conflict('Wniosek został już złożony: nie można do niego dołączyć.')
  const { db } = deps
  try {
    await db.batch([
      db.insert(councilApplicationOrganisations).values({
        id: newId(),
        applicationId: a.id,
        organizationId: o.id,
        organizationName: o.name,
        representative: o.representativeName,
        confirmedAt: deps.now(),
      }),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.application.join',
        entity: 'rd_application',
        entityId: a.id,
        after: { organizationId: o.id, organizationName: o.name },
      }),
    ])
  } catch (err) {
    if (isUnique(err)) throw conflict('Ta organizacja już potwierdziła ten wniosek.')
    throw err
  }
  if (a.bodyKind === 'rdpp' && !(await rdppShortfall(deps, tenant, a)).length) {
    try {
      await fileApplication(deps, tenant, a, true)
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e
    }
  }
  const fresh = await applicationByNumber(db, tenant.id, a.number)
  return { number: a.number, status: fresh?.status ?? a.status }
}

/** Why an RDPP application does not bind yet: the domain's check over the confirmed organisations as they stand now. */
async function rdppShortfall(deps: Pick<Deps, 'db'>, tenant: ApplicationTenant, a: ApplicationRow) {
  const orgs = await organisationsOf(deps.db, [a.id])
  const verified = new Set(
    orgs.length
      ? (
          await deps.db
            .select({ id: organizations.id })
            .from(organizations)
            .innerJoin(organizationTenants, eq(organizationTenants.organizationId, organizations.id))
            .where(and(eq(organizations.status, 'verified'), eq(organizationTenants.tenantId, tenant.id)))
        ).map((r) => r.id)
      : [],
  )
  return checkRdppApplication(
    orgs.map((o) => ({ organisationKey: o.organizationId, activeInArea: verified.has(o.organizationId) })),
  )
}

/**
 * Files an application ("mark complete"): a residents' petition only at or above its threshold and an RDPP application
 * only with five verified organisations (409 naming the count and what is needed); then `filedOn` is today in Warsaw
 * and `decisionDueOn` the decision's last day (3 months; RDPP 2). Two filings at once: one takes effect, the other 409.
 */
export async function fileApplication(deps: Deps, tenant: ApplicationTenant, a: ApplicationRow, auto = false) {
  if (a.status !== 'zbieranie') throw conflict('Wniosek został już złożony.')
  if (!isConfirmed(a)) throw conflict('Wniosek czeka na potwierdzenie adresu e-mail wnioskodawcy.')
  if (a.bodyKind === 'rada_seniorow' && a.applicantKind === 'mieszkancy') {
    const count = await petitionCount(deps, tenant, a)
    const short = petitionShortfall({ ...count, tooYoung: 0, nonResidents: 0, invalidBirthDates: 0 })
    if (short) throw conflict(short.detail, [short])
  }
  if (a.bodyKind === 'rdpp' && a.applicantKind === 'organizacje') {
    const errors = await rdppShortfall(deps, tenant, a)
    if (errors.length) throw conflict(errors[errors.length - 1]!.detail, errors)
  }
  const filedOn = dayOf(deps.now())
  const decisionDueOn = decisionDeadline(a.bodyKind, filedOn)?.lastDay ?? null
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(councilApplications)
        .set({ status: 'zlozony', filedOn, decisionDueOn })
        .where(and(eq(councilApplications.id, a.id), eq(councilApplications.status, 'zbieranie'))),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.application.file',
        entity: 'rd_application',
        entityId: a.id,
        after: { filedOn, decisionDueOn, auto },
      }),
    ],
    () => conflict('Wniosek został już złożony.'),
  )
  return { number: a.number, status: 'zlozony' as const, filedOn, decisionDueOn }
}

/**
 * Records the decision on a filed application: granted with the act's number (optionally creating the body, status
 * `tworzona`, linked to the application) or refused with a reason, which starts the 6-month lock. Signatures and the
 * contact are erased a year later. Two decisions at once: one takes effect, the other 409.
 */
export async function decideApplication(
  deps: Deps,
  tenant: ApplicationTenant,
  a: ApplicationRow,
  input: DecisionInput,
) {
  if (a.status !== 'zlozony')
    throw conflict(
      a.status === 'zbieranie'
        ? 'Najpierw złóż wniosek: decyzję zapisuje się o złożonym wniosku.'
        : 'O tym wniosku już zdecydowano.',
    )
  const { db } = deps
  const now = deps.now()
  const decidedOn = dayOf(now)
  const granted = input.decision === 'uwzgledniony'
  const create = granted ? input.createBody : undefined
  if (create && reservedBodySlugs.includes(create.slug))
    throw new ApiError(400, 'Ten adres jest zarezerwowany. Wybierz inny adres rady.', {
      errors: [{ field: 'createBody.slug', detail: 'Ten adres jest zarezerwowany. Wybierz inny adres rady.' }],
    })
  const bodyId = create ? newId() : null
  try {
    await guardedBatch(
      db,
      [
        db
          .update(councilApplications)
          .set({
            status: input.decision,
            decidedOn,
            decisionAct: granted ? input.act : null,
            refusalReason: granted ? null : input.reason,
            bodyId,
            eraseAfter: new Date(now.getTime() + KEEP_AFTER_DECISION_MS),
          })
          .where(and(eq(councilApplications.id, a.id), eq(councilApplications.status, 'zlozony'))),
        requireChanged(db),
        ...(create && bodyId
          ? [
              db.insert(councilBodies).values({
                id: bodyId,
                tenantId: tenant.id,
                kind: a.bodyKind,
                slug: create.slug,
                name: create.name,
                status: 'tworzona',
                applicationId: a.id,
                createdAt: now,
                createdBy: deps.user?.id ?? null,
              }),
            ]
          : []),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.application.decide',
          entity: 'rd_application',
          entityId: a.id,
          after: { decision: input.decision, decidedOn, act: granted ? input.act : null, bodyId },
        }),
      ],
      () => conflict('O tym wniosku już zdecydowano.'),
    )
  } catch (err) {
    if (isUnique(err))
      throw conflict('Rada o tym adresie już istnieje. Wybierz inny adres.', [
        { field: 'createBody.slug', detail: 'Rada o tym adresie już istnieje.' },
      ])
    throw err
  }
  if (a.contactEmail)
    await notifyApplicationDecision(
      deps,
      tenant,
      a,
      a.contactEmail,
      granted ? { act: input.act } : { reason: input.reason },
    )
  return { number: a.number, status: input.decision, decidedOn, bodyId }
}
