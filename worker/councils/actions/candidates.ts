import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged, writeGuards } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import type { FieldError } from '../../core/http/problem'
import { ApiError, notFound } from '../../core/http/problem'
import { hashToken, newId, newToken } from '../../core/ids'
import { normalizeAddress, normalizeText, personKey } from '../../core/identity/person'
import { actsIn } from '../../core/organizations/queries'
import { representativeOf } from '../../core/organizations/representative'
import { callPhase, checkCandidate, needsGuardianConsent } from '../domain/candidates'
import { ageOn, dayOf, dayText } from '../domain/dates'
import type { Statute } from '../domain/statute'
import type { Nomination, Registration, SchoolNomination, SupportInput } from '../input/candidates'
import { askGuardian, sendCandidacyLink } from '../notify/candidates'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  callByNumber,
  candidateByHash,
  candidateById,
  candidatesOfCalls,
  statuteOfCall,
  supportOfCalls,
  type CouncilCall,
  type CouncilCandidate,
} from '../queries/candidates'
import { councilCandidates, councilSupport } from '../tables'
import { callDays, candidacyView, guardianView, SUPPORTABLE, supportCounts } from '../views/candidates'
import { statuteVersionsOf } from '../queries/members'

/*
 * Candidacies in a call: a resident registers (a minor's candidacy waits for the guardian's e-mailed consent), an
 * NGO of the JST's directory nominates through its representative's key (one organisation once per call, race-safe
 * by the unique index), staff enter a school's nomination; supporters sign a candidate's list where the statute asks;
 * staff verify with reasons; the candidate withdraws with the key of the e-mailed link. Eligibility is the domain's
 * `checkCandidate` on the statute of the call, the same check the form runs in the browser.
 */

type Tenant = { id: string; slug: string; name: string }
type Loaded = { call: CouncilCall; body: CouncilBody; statute: Statute }

/** The call `number` of the JST with the statute it runs under, or a Polish 404 (409 when the body has no statute). */
export async function loadCall(deps: Pick<Deps, 'db'>, tenant: Tenant, number: number): Promise<Loaded> {
  const row = Number.isSafeInteger(number) ? await callByNumber(deps.db, tenant.id, number) : undefined
  if (!row) throw notFound('Nie ma takiego naboru.')
  const statute = statuteOfCall(await statuteVersionsOf(deps.db, row.body.id), row.call)
  if (!statute) throw new ApiError(409, 'Rada nie ma jeszcze statutu: nabór nie może przyjmować kandydatur.')
  return { ...row, statute }
}

/** Refuses a write to a call outside its days or after it was closed or decided. */
function requireAccepting(call: CouncilCall, now: Date): void {
  const phase = callPhase(call, dayOf(now))
  if (phase === 'zapowiedziany')
    throw new ApiError(409, `Nabór rusza ${dayText(call.opensOn)}: wtedy można zgłaszać kandydatury.`)
  if (phase === 'po_terminie' || call.status !== 'otwarty')
    throw new ApiError(409, `Nabór jest zamknięty: zgłoszenia przyjmowano do ${dayText(call.deadline)}.`)
}

const refuse = (errors: FieldError[]) =>
  new ApiError(400, `Kandydat nie spełnia warunków statutu: ${errors[0]?.detail ?? ''}`, { errors })

interface Person {
  name: string
  email: string | null
  birthDate: string | null
  resident: boolean
  constituency?: string | null
  school?: string | null
  statement: string
  consentToStand: boolean
  guardianEmail: string | null
}

/** The statute's check of a person standing, plus the guardian's address when the person is a minor under it. */
function checkPerson(loaded: Loaded, p: Person, organisationKey: string | null): { needsGuardian: boolean } {
  const days = callDays(loaded.call)
  const errors = checkCandidate(
    loaded.statute,
    {
      seatCategory: loaded.call.seatCategory,
      birthDate: p.birthDate || null,
      resident: p.resident,
      constituency: p.constituency || null,
      school: p.school || null,
      // The consent is asked for by e-mail below; here only the rest of the statute is checked.
      guardianConsent: true,
      consentToStand: p.consentToStand,
      organisationKey,
    },
    days,
  )
  const needsGuardian = needsGuardianConsent(loaded.statute, p.birthDate || null, days)
  if (needsGuardian && !p.guardianEmail)
    errors.push({
      field: 'guardianEmail',
      detail: 'Podaj adres e-mail rodzica lub opiekuna: kandydat niepełnoletni potrzebuje jego zgody.',
    })
  else if (needsGuardian && p.email && p.guardianEmail === p.email)
    errors.push({
      field: 'guardianEmail',
      detail: 'Adres rodzica lub opiekuna musi być inny niż adres kandydata.',
    })
  if (errors.length) throw refuse(errors)
  return { needsGuardian }
}

/** The row of a new candidacy with its secrets (the key always; the guardian's token for a minor). */
async function newCandidacy(
  tenant: Tenant,
  loaded: Loaded,
  p: Person,
  needsGuardian: boolean,
  by: Pick<CouncilCandidate, 'nominatedBy' | 'organizationId' | 'organizationName'> &
    Partial<Pick<CouncilCandidate, 'organizationOnce'>>,
  now: Date,
) {
  const key = newToken()
  const token = needsGuardian ? newToken() : null
  const row: typeof councilCandidates.$inferInsert = {
    id: newId(),
    tenantId: tenant.id,
    callId: loaded.call.id,
    name: p.name,
    email: p.email || null,
    birthDate: p.birthDate || null,
    resident: p.resident,
    constituency: p.constituency || null,
    school: p.school || null,
    statement: p.statement,
    ...by,
    status: needsGuardian ? 'oczekuje_zgody' : 'zgloszony',
    guardianEmail: needsGuardian ? p.guardianEmail : null,
    guardianTokenHash: token ? await hashToken(token) : null,
    keyHash: await hashToken(key),
    createdAt: now,
  }
  return { row, key, token }
}

/** E-mails the candidate's link and, for a minor, the guardian's request; the answer names the key once. */
async function mailCandidacy(
  deps: Deps,
  tenant: Tenant,
  loaded: Loaded,
  row: typeof councilCandidates.$inferInsert,
  key: string,
  token: string | null,
) {
  const mailing = { mailer: deps.mailer, appUrl: deps.config.appUrl }
  if (row.email) await sendCandidacyLink(mailing, tenant, loaded.body, loaded.call, row.email, key, token !== null)
  if (token && row.guardianEmail)
    await askGuardian(mailing, tenant, loaded.body, loaded.call, row.guardianEmail, row.name, token)
}

/** The candidacy as its holder sees it, read back after a write. */
async function viewOf(deps: Pick<Deps, 'db' | 'now'>, tenantId: string, id: string) {
  const row = await candidateById(deps.db, tenantId, id)
  if (!row) throw notFound('Nie ma takiej kandydatury.')
  const statute = statuteOfCall(await statuteVersionsOf(deps.db, row.body.id), row.call)
  const support = supportCounts(
    statute,
    row.call,
    await candidatesOfCalls(deps.db, [row.call.id]),
    await supportOfCalls(deps.db, [row.call.id]),
  )
  return candidacyView(row.body, row.call, row.candidate, support.get(row.candidate.id) ?? null, dayOf(deps.now()))
}

/**
 * A resident's own candidacy. Refused with the statute's rule named (400) when not eligible; a minor under the
 * statute's consent age waits for the guardian (`oczekuje_zgody`, not counted) and the guardian gets the link. The
 * same e-mail stands once per call: a second registration while one is live is 409, race-safe (a guard in the batch
 * counts the live candidacies after the insert). Answers the candidacy and its key (also e-mailed).
 */
export async function registerCandidate(deps: Deps, tenant: Tenant, number: number, input: Registration) {
  const loaded = await loadCall(deps, tenant, number)
  requireAccepting(loaded.call, deps.now())
  const category = loaded.statute.seats.find((s) => s.key === loaded.call.seatCategory)
  if (category?.fill === 'zgloszenie')
    throw new ApiError(
      409,
      'W tym naborze kandydatów zgłaszają organizacje: poproś organizację o zgłoszenie albo wybierz inny nabór.',
    )
  const person: Person = { ...input, guardianEmail: input.guardianEmail || null, birthDate: input.birthDate || null }
  const { needsGuardian } = checkPerson(loaded, person, null)
  const { row, key, token } = await newCandidacy(
    tenant,
    loaded,
    person,
    needsGuardian,
    { nominatedBy: 'sam', organizationId: null, organizationName: null },
    deps.now(),
  )
  const twice = new ApiError(
    409,
    'Ten adres e-mail zgłosił już kandydaturę w tym naborze. Otwórz link z e-maila, aby ją zobaczyć.',
  )
  await guardedBatch(
    deps.db,
    [
      deps.db.insert(councilCandidates).values(row),
      deps.db
        .insert(writeGuards)
        .select(
          sql`SELECT NULL WHERE (SELECT count(*) FROM rd_candidates WHERE call_id = ${loaded.call.id} AND email = ${row.email} AND status IN ('oczekuje_zgody', 'zgloszony', 'zweryfikowany', 'wybrany')) > 1`,
        ),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.candidate.register',
        entity: 'rd_candidate',
        entityId: row.id,
        after: { call: loaded.call.number, status: row.status },
      }),
    ],
    () => twice,
  )
  await mailCandidacy(deps, tenant, loaded, row, key, token)
  return { candidacy: await viewOf(deps, tenant.id, row.id!), key }
}

/** Whether `error` is the partial unique index's refusal of a second nomination by one organisation. */
const isOrgOnce = (error: unknown) => {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (
      /UNIQUE constraint failed: rd_candidates\.call_id, rd_candidates\.organization_id/.test(
        String((e as Error).message ?? e),
      )
    )
      return true
  return false
}

/**
 * An NGO's nomination by its representative (`representativeOf` the key of `Authorization: Bearer`), for a seat
 * category filled by nomination. The organisation must be listed in the JST's directory; where the statute says
 * `onePerOrganisation` it nominates once per call (409 naming it), which the partial unique index
 * `rd_candidates_org_once` (over the candidacies marked `organizationOnce`) keeps true when two arrive at once.
 */
export async function nominateByOrganisation(
  deps: Deps,
  tenant: Tenant,
  number: number,
  representativeKey: string | null,
  input: Nomination,
) {
  if (!representativeKey)
    throw new ApiError(
      401,
      'Kandydata w imieniu organizacji zgłasza jej przedstawiciel: otwórz link przedstawiciela z e-maila.',
    )
  const org = await representativeOf(deps, representativeKey)
  if (!org) throw new ApiError(403, 'Klucz przedstawiciela organizacji nie działa. Otwórz ponownie link z e-maila.')
  if (!(await actsIn(deps.db, org.id, tenant.id)))
    throw new ApiError(403, `Organizacja „${org.name}” nie jest wpisana w katalogu organizacji tej jednostki.`)
  const loaded = await loadCall(deps, tenant, number)
  requireAccepting(loaded.call, deps.now())
  const category = loaded.statute.seats.find((s) => s.key === loaded.call.seatCategory)
  if (category?.fill !== 'zgloszenie')
    throw new ApiError(409, 'W tym naborze organizacje nie zgłaszają kandydatów: kandydaci zgłaszają się sami.')
  const twice = new ApiError(
    409,
    `Organizacja „${org.name}” zgłosiła już kandydata w tym naborze: statut pozwala na jedno zgłoszenie.`,
  )
  const once = category.onePerOrganisation
  const [already] = once
    ? await deps.db
        .select({ id: councilCandidates.id })
        .from(councilCandidates)
        .where(and(eq(councilCandidates.callId, loaded.call.id), eq(councilCandidates.organizationId, org.id)))
        .limit(1)
    : []
  if (already) throw twice
  const person: Person = {
    ...input,
    email: input.email || null,
    guardianEmail: input.guardianEmail || null,
    birthDate: input.birthDate || null,
  }
  const { needsGuardian } = checkPerson(loaded, person, org.id)
  const { row, key, token } = await newCandidacy(
    tenant,
    loaded,
    person,
    needsGuardian,
    { nominatedBy: 'organizacja', organizationId: org.id, organizationName: org.name, organizationOnce: once },
    deps.now(),
  )
  try {
    await deps.db.batch([
      deps.db.insert(councilCandidates).values(row),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.candidate.nominate',
        entity: 'rd_candidate',
        entityId: row.id,
        after: { call: loaded.call.number, organization: org.name, status: row.status },
      }),
    ])
  } catch (error) {
    if (isOrgOnce(error)) throw twice
    throw error
  }
  await mailCandidacy(deps, tenant, loaded, row, key, token)
  return { candidacy: await viewOf(deps, tenant.id, row.id!), key }
}

/** A school's nomination, entered by staff on the school's behalf (`nominatedBy: szkola`, the school's name kept). */
export async function nominateBySchool(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  number: number,
  input: SchoolNomination,
) {
  const loaded = await loadCall(deps, tenant, number)
  if (loaded.body.id !== body.id) throw notFound('Nie ma takiego naboru.')
  requireAccepting(loaded.call, deps.now())
  const person: Person = {
    ...input,
    email: input.email || null,
    guardianEmail: input.guardianEmail || null,
    birthDate: input.birthDate || null,
  }
  const { needsGuardian } = checkPerson(loaded, person, `szkola:${input.schoolName}`)
  const { row, key, token } = await newCandidacy(
    tenant,
    loaded,
    person,
    needsGuardian,
    { nominatedBy: 'szkola', organizationId: null, organizationName: input.schoolName },
    deps.now(),
  )
  await deps.db.batch([
    deps.db.insert(councilCandidates).values(row),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.candidate.nominate',
      entity: 'rd_candidate',
      entityId: row.id,
      after: { call: loaded.call.number, school: input.schoolName, status: row.status },
    }),
  ])
  await mailCandidacy(deps, tenant, loaded, row, key, token)
  return { candidacy: await viewOf(deps, tenant.id, row.id!), key }
}

/** The candidacy a guardian's token opens, or a Polish 404 (one answer for a wrong and an unknown token). */
async function byGuardianToken(deps: Pick<Deps, 'db'>, tenant: Tenant, token: string) {
  const row = await candidateByHash(deps.db, tenant.id, 'guardian', await hashToken(token))
  if (!row) throw notFound('Ten link zgody jest nieważny. Sprawdź, czy skopiowano go w całości.')
  return row
}

/** What the guardian is asked to consent to. */
export async function guardianPreview(deps: Pick<Deps, 'db'>, tenant: Tenant, token: string) {
  const row = await byGuardianToken(deps, tenant, token)
  const statute = statuteOfCall(await statuteVersionsOf(deps.db, row.body.id), row.call)
  return guardianView(row.body, row.call, row.candidate, statute)
}

/**
 * The guardian's consent: the candidacy moves from `oczekuje_zgody` to `zgloszony` and counts. A second confirmation
 * (or two at once) gives the same answer; after the call's last day a candidacy still waiting cannot be confirmed.
 */
export async function confirmGuardian(deps: Deps, tenant: Tenant, token: string) {
  const row = await byGuardianToken(deps, tenant, token)
  const answer = async () => {
    const now = await byGuardianToken(deps, tenant, token)
    const statute = statuteOfCall(await statuteVersionsOf(deps.db, now.body.id), now.call)
    return guardianView(now.body, now.call, now.candidate, statute)
  }
  if (row.candidate.guardianConfirmedAt) return answer()
  if (row.candidate.status !== 'oczekuje_zgody')
    throw new ApiError(409, 'Tej kandydatury nie można już potwierdzić: została wycofana albo rozpatrzona.')
  requireAccepting(row.call, deps.now())
  const conflict = new ApiError(409, 'Tej kandydatury nie można już potwierdzić: została wycofana albo rozpatrzona.')
  try {
    await guardedBatch(
      deps.db,
      [
        deps.db
          .update(councilCandidates)
          .set({ status: 'zgloszony', guardianConfirmedAt: deps.now() })
          .where(and(eq(councilCandidates.id, row.candidate.id), eq(councilCandidates.status, 'oczekuje_zgody'))),
        requireChanged(deps.db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.candidate.consent',
          entity: 'rd_candidate',
          entityId: row.candidate.id,
          after: { call: row.call.number },
        }),
      ],
      () => conflict,
    )
  } catch (error) {
    if (error !== conflict) throw error
    const again = await byGuardianToken(deps, tenant, token)
    if (!again.candidate.guardianConfirmedAt) throw conflict
  }
  return answer()
}

/** The candidacy the candidate's key opens, or a Polish 404. */
async function byKey(deps: Pick<Deps, 'db'>, tenant: Tenant, key: string) {
  const row = await candidateByHash(deps.db, tenant.id, 'key', await hashToken(key))
  if (!row) throw notFound('Ten link kandydata jest nieważny. Sprawdź, czy skopiowano go w całości.')
  return row
}

/** The candidate's own view of the candidacy. */
export async function candidacyByKey(deps: Pick<Deps, 'db' | 'now'>, tenant: Tenant, key: string) {
  const row = await byKey(deps, tenant, key)
  return viewOf(deps, tenant.id, row.candidate.id)
}

/**
 * The candidate withdraws: `wycofany`, the organisation's slot freed (it may nominate someone else), the personal
 * data erased three months later by the scheduled work. A chosen member resigns at the office instead. Twice = same.
 */
export async function withdrawCandidacy(deps: Deps, tenant: Tenant, key: string) {
  const row = await byKey(deps, tenant, key)
  const c = row.candidate
  if (c.status === 'wybrany')
    throw new ApiError(409, 'Kandydat został już wybrany: mandat kończy rezygnacja złożona w urzędzie.')
  if (c.status === 'wycofany') return viewOf(deps, tenant.id, c.id)
  if (c.status === 'odrzucony') throw new ApiError(409, 'Kandydatura została odrzucona: nie ma czego wycofać.')
  const conflict = new ApiError(409, 'Stan kandydatury właśnie się zmienił. Odśwież stronę.')
  try {
    await guardedBatch(
      deps.db,
      [
        deps.db
          .update(councilCandidates)
          .set({ status: 'wycofany', organizationId: null, eraseAfter: eraseDay(deps.now()) })
          .where(and(eq(councilCandidates.id, c.id), eq(councilCandidates.status, c.status))),
        requireChanged(deps.db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.candidate.withdraw',
          entity: 'rd_candidate',
          entityId: c.id,
          before: { status: c.status },
        }),
      ],
      () => conflict,
    )
  } catch (error) {
    if (error !== conflict) throw error
    const again = await byKey(deps, tenant, key)
    if (again.candidate.status !== 'wycofany') throw conflict
  }
  return viewOf(deps, tenant.id, c.id)
}

/** Months after a call is decided (or a candidacy withdrawn or left unconfirmed) that unsuccessful data is kept. */
export const ERASE_AFTER_MONTHS = 3

/** The moment personal data of an unsuccessful candidacy decided at `now` is erased. */
export function eraseDay(now: Date): Date {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() + ERASE_AFTER_MONTHS)
  return d
}

/**
 * Staff's verification of a candidacy of the body: `zweryfikowany`, or `odrzucony` with the reason the candidate
 * reads. A candidacy waiting for the guardian cannot be verified; one whose support list is short cannot be verified
 * (the count named). The same decision twice gives the same answer; a change of decision is recorded again.
 */
export async function verifyCandidate(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  id: string,
  input: { decision: 'zweryfikowany' | 'odrzucony'; reason: string },
) {
  const row = await candidateById(deps.db, tenant.id, id)
  if (!row || row.body.id !== body.id) throw notFound('Nie ma takiej kandydatury.')
  const c = row.candidate
  if (c.status === input.decision && (input.decision === 'zweryfikowany' || c.reason === input.reason)) return row
  if (c.status === 'oczekuje_zgody')
    throw new ApiError(409, 'Kandydatura czeka na zgodę rodzica lub opiekuna: nie można jej jeszcze zweryfikować.')
  if (c.status === 'wycofany' || c.status === 'wybrany')
    throw new ApiError(409, 'Kandydatura została wycofana albo kandydat już wybrany: weryfikacja jest zamknięta.')
  if (input.decision === 'zweryfikowany') {
    const statute = statuteOfCall(await statuteVersionsOf(deps.db, body.id), row.call)
    const support = supportCounts(
      statute,
      row.call,
      await candidatesOfCalls(deps.db, [row.call.id]),
      await supportOfCalls(deps.db, [row.call.id]),
    ).get(c.id)
    if (support && !support.enough)
      throw new ApiError(
        409,
        `Lista poparcia ma ${support.valid} ważnych podpisów, a statut wymaga ${support.needed}: kandydatury nie można zweryfikować.`,
      )
  }
  const conflict = new ApiError(409, 'Stan kandydatury właśnie się zmienił. Odśwież stronę.')
  await guardedBatch(
    deps.db,
    [
      deps.db
        .update(councilCandidates)
        .set({
          status: input.decision,
          reason: input.decision === 'odrzucony' ? input.reason : null,
          verifiedBy: deps.user?.id ?? null,
          verifiedAt: deps.now(),
        })
        .where(and(eq(councilCandidates.id, c.id), eq(councilCandidates.status, c.status))),
      requireChanged(deps.db),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.candidate.verify',
        entity: 'rd_candidate',
        entityId: c.id,
        before: { status: c.status },
        after: { status: input.decision, reason: input.decision === 'odrzucony' ? input.reason : null },
      }),
    ],
    () => conflict,
  )
  return (await candidateById(deps.db, tenant.id, id))!
}

/**
 * A signature on a candidate's support list, where the statute asks for one. The person is a keyed hash of the
 * folded name, birth date and address (the address itself is not kept): one signature per person and candidate (a
 * repeat is the same answer), and with `onePerSupporter` one candidate per person in the call (409). Two signatures
 * at once for two candidates are both stored; `countSupport` then counts only the earlier, so the count stays right.
 */
export async function signSupport(
  deps: Deps,
  tenant: Tenant,
  number: number,
  candidateId: string,
  input: SupportInput,
) {
  const loaded = await loadCall(deps, tenant, number)
  const rule = loaded.statute.support
  if (!rule) throw new ApiError(409, 'Statut tej rady nie przewiduje list poparcia.')
  requireAccepting(loaded.call, deps.now())
  const row = await candidateById(deps.db, tenant.id, candidateId)
  if (!row || row.call.id !== loaded.call.id || !SUPPORTABLE.includes(row.candidate.status))
    throw notFound('Nie ma takiego kandydata w tym naborze.')
  const today = dayOf(deps.now())
  if (input.birthDate > today)
    throw new ApiError(400, 'Popraw formularz.', {
      errors: [{ field: 'birthDate', detail: 'Podaj datę urodzenia (RRRR-MM-DD).' }],
    })
  if (rule.supporterMinAge !== null && ageOn(input.birthDate, today) < rule.supporterMinAge)
    throw new ApiError(400, `Poprzeć kandydata może osoba, która ukończyła ${rule.supporterMinAge} lat.`, {
      errors: [
        { field: 'birthDate', detail: `Poprzeć kandydata może osoba, która ukończyła ${rule.supporterMinAge} lat.` },
      ],
    })
  const key = await personKey(deps.config.identityPepper, [
    'rd-support',
    normalizeText(input.name),
    input.birthDate,
    normalizeAddress(input.address),
  ])
  if (rule.onePerSupporter) {
    const [other] = await deps.db
      .select({ id: councilSupport.candidateId })
      .from(councilSupport)
      .where(and(eq(councilSupport.callId, loaded.call.id), eq(councilSupport.personKey, key)))
      .limit(1)
    if (other && other.id !== candidateId)
      throw new ApiError(
        409,
        'Statut pozwala poprzeć jednego kandydata: ta osoba poparła już innego kandydata w tym naborze.',
      )
  }
  await deps.db
    .insert(councilSupport)
    .values({
      id: newId(),
      candidateId,
      callId: loaded.call.id,
      name: input.name,
      birthDate: input.birthDate,
      personKey: key,
      signedAt: deps.now(),
    })
    .onConflictDoNothing()
  const candidates = await candidatesOfCalls(deps.db, [loaded.call.id])
  const support = supportCounts(
    loaded.statute,
    loaded.call,
    candidates,
    await supportOfCalls(deps.db, [loaded.call.id]),
  )
  return { candidate: { id: candidateId, name: row.candidate.name }, support: support.get(candidateId) ?? null }
}

/** Candidacies of a call by ids (the appointment reads them all at once). */
export async function candidatesByIds(deps: Pick<Deps, 'db'>, callId: string, ids: readonly string[]) {
  return deps.db
    .select()
    .from(councilCandidates)
    .where(
      and(
        eq(councilCandidates.callId, callId),
        inArray(councilCandidates.id, [...ids]),
        isNotNull(councilCandidates.id),
      ),
    )
}

/** The file store's module of the councils (`worker/core/files`). */
const COUNCIL_FILES = 'councils'
/** The largest nominating resolution accepted. */
export const MAX_NOMINATION_BYTES = 10 * 1024 * 1024
export const NOMINATION_TOO_LARGE = `Plik uchwały jest za duży: limit ${MAX_NOMINATION_BYTES / 1048576} MB.`

/**
 * The organisation's nominating resolution (PDF), attached by its representative to its own nomination — the second
 * step after the JSON nomination; a new file replaces the earlier one. Only the nominating organisation's key opens
 * it (another organisation's key is a 404, as if the candidacy were not there).
 */
export async function attachNomination(
  deps: Deps,
  tenant: Tenant,
  number: number,
  candidateId: string,
  representativeKey: string | null,
  file: unknown,
) {
  if (!representativeKey)
    throw new ApiError(
      401,
      'Kandydata w imieniu organizacji zgłasza jej przedstawiciel: otwórz link przedstawiciela z e-maila.',
    )
  const org = await representativeOf(deps, representativeKey)
  if (!org) throw new ApiError(403, 'Klucz przedstawiciela organizacji nie działa. Otwórz ponownie link z e-maila.')
  const row = await candidateById(deps.db, tenant.id, candidateId)
  if (!row || row.call.number !== number || row.candidate.organizationId !== org.id)
    throw notFound('Nie ma takiej kandydatury.')
  if (!(file instanceof File) || file.size === 0)
    throw new ApiError(400, 'Dołącz uchwałę o zgłoszeniu kandydata (PDF).', {
      errors: [{ field: 'file', detail: 'Dołącz uchwałę o zgłoszeniu kandydata (PDF).' }],
    })
  if (file.size > MAX_NOMINATION_BYTES)
    throw new ApiError(413, NOMINATION_TOO_LARGE, { errors: [{ field: 'file', detail: NOMINATION_TOO_LARGE }] })
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches('application/pdf', bytes))
    throw new ApiError(400, 'To nie jest plik PDF.', { errors: [{ field: 'file', detail: 'To nie jest plik PDF.' }] })
  const name = safeFileName(file.name || `uchwala-o-zgloszeniu.pdf`)
  const id = newId()
  const c = row.candidate
  await deps.db.batch([
    deps.files.insert(
      {
        module: COUNCIL_FILES,
        id,
        tenantId: tenant.id,
        ownerId: c.id,
        kind: 'nomination',
        name: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`,
        mime: 'application/pdf',
        size: bytes.byteLength,
        createdAt: deps.now(),
      },
      bytes,
    ),
    deps.db.update(councilCandidates).set({ nominationFileId: id }).where(eq(councilCandidates.id, c.id)),
    ...(c.nominationFileId ? [deps.files.remove(COUNCIL_FILES, tenant.id, c.nominationFileId)] : []),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.candidate.resolution',
      entity: 'rd_candidate',
      entityId: c.id,
      after: { call: row.call.number, organization: org.name, fileId: id },
    }),
  ])
  return viewOf(deps, tenant.id, c.id)
}

/** A nomination's resolution for staff of the body, or a Polish 404. */
export async function nominationFile(deps: Pick<Deps, 'db' | 'files'>, tenant: Tenant, body: CouncilBody, id: string) {
  const row = await candidateById(deps.db, tenant.id, id)
  if (!row || row.body.id !== body.id) throw notFound('Nie ma takiej kandydatury.')
  const file = row.candidate.nominationFileId
    ? await deps.files.read(COUNCIL_FILES, tenant.id, row.candidate.id, row.candidate.nominationFileId)
    : undefined
  if (!file) throw notFound('Organizacja nie dołączyła uchwały o zgłoszeniu.')
  return file
}
