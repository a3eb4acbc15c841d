import { bodyLaws } from '../domain/bodies'
import { callPhase, countSupport, type CallPhase } from '../domain/candidates'
import type { Statute } from '../domain/statute'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilCall, CouncilCandidate, CouncilSupport } from '../queries/candidates'
import type { CandidateStatus } from '../tables'

/*
 * The JSON shapes of calls and candidacies. Public answers carry names, who nominated and statuses only — never a
 * birth date, an e-mail or a refusal's reason; the staff's, the candidate's and the guardian's answers are personal
 * (no-store) and say more, each only what its reader needs.
 */

/** The body kind's name as a gmina's act calls it (the web names it the same way in the panel). */
const kindNameOf = (kind: CouncilBody['kind']) => bodyLaws[kind].names.gmina ?? ''

/** The candidacies that count on a public list: withdrawn and refused ones are not shown. */
const PUBLIC_STATUSES: readonly CandidateStatus[] = ['oczekuje_zgody', 'zgloszony', 'zweryfikowany', 'wybrany']
/** The candidacies that may collect support. */
export const SUPPORTABLE: readonly CandidateStatus[] = ['oczekuje_zgody', 'zgloszony', 'zweryfikowany']

/** The days of a call as `checkCandidate` reads them. */
export const callDays = (call: Pick<CouncilCall, 'electionDay' | 'termStart' | 'deadline'>) => ({
  electionDay: call.electionDay,
  termStart: call.termStart,
  nominationDeadline: call.deadline,
})

/** Each candidacy's valid signatures under the statute's rule (empty when the statute asks for none). */
export function supportCounts(
  statute: Statute | null,
  call: CouncilCall,
  candidates: readonly CouncilCandidate[],
  signatures: readonly CouncilSupport[],
): Map<string, { valid: number; needed: number; enough: boolean }> {
  const out = new Map<string, { valid: number; needed: number; enough: boolean }>()
  if (!statute?.support) return out
  const mine = signatures.filter((s) => s.callId === call.id)
  const counted = countSupport(
    statute,
    mine.map((s) => ({
      candidateKey: s.candidateId,
      personKey: s.personKey,
      birthDate: s.birthDate,
      signedAt: s.signedAt.toISOString(),
    })),
    candidates.map((c) => c.id),
    call.deadline,
  )
  for (const c of counted)
    out.set(c.candidateKey, { valid: c.valid, needed: statute.support.signatures, enough: c.enough })
  return out
}

/** The seat category of the call as the public reads it, with the statute's eligibility rules as data. */
export function callRules(statute: Statute | null, call: CouncilCall) {
  const category = statute?.seats.find((s) => s.key === call.seatCategory) ?? null
  return {
    category: category && {
      key: category.key,
      name: category.name,
      seats: category.seats,
      fill: category.fill,
      represents: category.represents,
      onePerOrganisation: category.onePerOrganisation,
    },
    rules: statute && {
      age: statute.age,
      guardianConsentUnder: statute.guardianConsentUnder,
      residenceRequired: statute.residenceRequired,
      support: statute.support,
      constituencies: statute.constituencies
        .filter((o) => category?.fill === 'wybory' && category.constituencies.includes(o.key))
        .map((o) => ({ key: o.key, name: o.name, kind: o.kind })),
    },
  }
}

/** The status a call shows on `today`: an open call past its last day reads closed before the tick marks it. */
export function callStatus(call: CouncilCall, today: string): CouncilCall['status'] {
  return call.status === 'otwarty' && callPhase(call, today) === 'po_terminie' ? 'zamkniety' : call.status
}

/** A call's public page: the body, the category, the days, the rules, and the list (names and who nominated). */
export function publicCall(
  body: CouncilBody,
  call: CouncilCall,
  statute: Statute | null,
  candidates: readonly CouncilCandidate[],
  signatures: readonly CouncilSupport[],
  today: string,
) {
  const phase: CallPhase = callPhase(call, today)
  const status = callStatus(call, today)
  const support = supportCounts(statute, call, candidates, signatures)
  // Before the list is published, names are shown only where supporters need to find the candidate to sign.
  const showList = call.listPublishedAt !== null || (statute?.support != null && phase === 'przyjmuje')
  const shown = candidates.filter((c) =>
    call.listPublishedAt ? PUBLIC_STATUSES.includes(c.status) : SUPPORTABLE.includes(c.status),
  )
  return {
    number: call.number,
    title: call.title,
    status,
    accepting: status === 'otwarty' && phase === 'przyjmuje',
    phase,
    opensOn: call.opensOn,
    deadline: call.deadline,
    electionDay: call.electionDay,
    termStart: call.termStart,
    body: { slug: body.slug, name: body.name, kind: body.kind, kindName: kindNameOf(body.kind) },
    ...callRules(statute, call),
    listPublishedAt: call.listPublishedAt?.toISOString() ?? null,
    candidates: showList
      ? shown.map((c) => ({
          id: c.id,
          name: c.name,
          nominatedBy: c.nominatedBy,
          nominator: c.organizationName,
          status: c.status,
          support: support.get(c.id) ?? null,
        }))
      : null,
  }
}

/** A call in the JST's list of open calls (the public list of a body's calls). */
export function callSummary(body: Pick<CouncilBody, 'slug' | 'name'>, call: CouncilCall, today: string) {
  return {
    number: call.number,
    title: call.title,
    seatCategory: call.seatCategory,
    status: callStatus(call, today),
    opensOn: call.opensOn,
    deadline: call.deadline,
    body: { slug: body.slug, name: body.name },
  }
}

/** A candidacy as staff see it: everything needed to verify it (no keys or token hashes). */
export function staffCandidate(
  c: CouncilCandidate,
  support: { valid: number; needed: number; enough: boolean } | null,
) {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    birthDate: c.birthDate,
    resident: c.resident,
    constituency: c.constituency,
    school: c.school,
    statement: c.statement,
    nominatedBy: c.nominatedBy,
    organizationId: c.organizationId,
    nominator: c.organizationName,
    nominationFile: c.nominationFileId !== null,
    status: c.status,
    reason: c.reason,
    guardian:
      c.guardianEmail !== null || c.guardianTokenHash !== null
        ? { email: c.guardianEmail, confirmedAt: c.guardianConfirmedAt?.toISOString() ?? null }
        : null,
    support,
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    eraseAfter: c.eraseAfter?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  }
}

/** A call with every candidacy, for the panel. */
export function staffCall(
  call: CouncilCall,
  statute: Statute | null,
  candidates: readonly CouncilCandidate[],
  signatures: readonly CouncilSupport[],
  today: string,
) {
  const support = supportCounts(statute, call, candidates, signatures)
  return {
    number: call.number,
    title: call.title,
    seatCategory: call.seatCategory,
    status: callStatus(call, today),
    phase: callPhase(call, today),
    opensOn: call.opensOn,
    deadline: call.deadline,
    electionDay: call.electionDay,
    termStart: call.termStart,
    listPublishedAt: call.listPublishedAt?.toISOString() ?? null,
    ...callRules(statute, call),
    candidates: candidates.filter((c) => c.callId === call.id).map((c) => staffCandidate(c, support.get(c.id) ?? null)),
  }
}

/** The candidate's own view (the key's holder): the candidacy, its status and reason, and whether it counts yet. */
export function candidacyView(
  body: CouncilBody,
  call: CouncilCall,
  c: CouncilCandidate,
  support: { valid: number; needed: number; enough: boolean } | null,
  today: string,
) {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    reason: c.reason,
    nominatedBy: c.nominatedBy,
    nominator: c.organizationName,
    statement: c.statement,
    guardian: c.guardianTokenHash !== null ? { confirmed: c.guardianConfirmedAt !== null } : null,
    support,
    canWithdraw: ['oczekuje_zgody', 'zgloszony', 'zweryfikowany'].includes(c.status),
    call: { number: call.number, title: call.title, deadline: call.deadline, status: callStatus(call, today) },
    body: { slug: body.slug, name: body.name },
  }
}

/** What the guardian consents to: the child's candidacy in this call of this body. */
export function guardianView(body: CouncilBody, call: CouncilCall, c: CouncilCandidate, statute: Statute | null) {
  const school = statute?.constituencies.find((o) => o.key === (c.school ?? c.constituency))
  return {
    candidate: { name: c.name, birthDate: c.birthDate, school: school?.name ?? null, statement: c.statement },
    status: c.status,
    confirmed: c.guardianConfirmedAt !== null,
    confirmedAt: c.guardianConfirmedAt?.toISOString() ?? null,
    call: { number: call.number, title: call.title, deadline: call.deadline, electionDay: call.electionDay },
    body: { slug: body.slug, name: body.name, kindName: kindNameOf(body.kind) },
  }
}
