import type { Db } from '../../core/db/client'
import { levelOfTenantKind } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import { statuteForDate, type Statute } from '../domain/statute'
import { statuteTemplate } from '../domain/templates'
import { kindName } from '../actions/bodies'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  adoptedResolutions,
  bodiesOf,
  inquiriesOf,
  membersInOfficeCounts,
  opinionRequestsOf,
  openRequestCounts,
  publicMeetings,
  publicMembers,
  statuteRows,
  termRows,
  type StatuteRow,
  type TermRow,
} from '../queries/bodies'

/*
 * What the bodies' endpoints answer. The public answers carry names and roles only: never a member's e-mail, key or
 * birth date, never the body's own address for documents (staff see it), so the body's page can be cached and shown
 * to anyone.
 */

/** A body as staff see it (with the office's e-mail for documents). */
export function staffBody(body: CouncilBody, tenantKind: string) {
  return {
    id: body.id,
    slug: body.slug,
    kind: body.kind,
    kindName: kindName(body.kind, tenantKind),
    name: body.name,
    description: body.description,
    email: body.email,
    status: body.status,
    createdAt: body.createdAt,
  }
}

/** A statute version as staff see it: the statute, when it binds, and the attached resolution (if any). */
export function staffStatute(row: StatuteRow) {
  return {
    version: row.version,
    applies: row.applies,
    validFrom: row.validFrom,
    statute: row.statute,
    attachment: row.attachmentFileId !== null,
    createdAt: row.createdAt,
  }
}

export function termView(row: TermRow) {
  return { number: row.number, startsOn: row.startsOn, endsOn: row.endsOn }
}

/** The staff list: each body with its members in office today and the opinion requests still open. */
export async function staffBodyList(db: Db, tenantId: string, tenantKind: string, now: Date) {
  const day = dayOf(now)
  const [bodies, members, open] = await Promise.all([
    bodiesOf(db, tenantId),
    membersInOfficeCounts(db, tenantId, day),
    openRequestCounts(db, tenantId),
  ])
  return {
    items: bodies.map((b) => ({
      ...staffBody(b, tenantKind),
      members: members.get(b.id) ?? 0,
      openRequests: open.get(b.id) ?? 0,
    })),
  }
}

/** One body for the panel: its settings, every statute version, its terms, and the law's template for its kind. */
export async function staffBodyDetail(db: Db, body: CouncilBody, tenantKind: string, now: Date) {
  const [statutes, terms] = await Promise.all([statuteRows(db, body.id), termRows(db, body.id)])
  return {
    body: staffBody(body, tenantKind),
    statutes: statutes.map(staffStatute),
    terms: terms.map(termView),
    template: statuteTemplate(body.kind, levelOfTenantKind(tenantKind), dayOf(now)),
  }
}

/** The public list of the JST's bodies with their members in office today. */
export async function publicBodyList(db: Db, tenantId: string, tenantKind: string, now: Date) {
  const [bodies, members] = await Promise.all([bodiesOf(db, tenantId), membersInOfficeCounts(db, tenantId, dayOf(now))])
  return {
    items: bodies.map((b) => ({
      slug: b.slug,
      name: b.name,
      kind: b.kind,
      kindName: kindName(b.kind, tenantKind),
      status: b.status,
      members: members.get(b.id) ?? 0,
    })),
  }
}

/** The term running on `day`, else the latest that has begun, else the first to come. */
function currentTerm(terms: TermRow[], day: string): TermRow | null {
  return (
    terms.find((t) => t.startsOn <= day && day <= t.endsOn) ??
    [...terms].reverse().find((t) => t.startsOn <= day) ??
    terms[0] ??
    null
  )
}

/** The public parts of a statute: what the page summarises (seats, quorum, majority). */
function publicStatute(version: number, s: Statute) {
  return {
    version,
    act: s.act,
    termYears: s.termYears,
    seats: s.seats.map(({ key, name, seats, represents, fill }) => ({ key, name, seats, represents, fill })),
    quorum: s.quorum,
    majority: s.majority,
  }
}

/**
 * A body's public page: the statute that governs today (or, before it applies, the latest version), the running
 * term, members in office today, meetings held or planned (not cancelled) with attendance counts, adopted
 * resolutions with each member's named vote, opinion requests with the adopted opinion, and inquiries with the
 * answer; an inquiry without an answer after its last day is `overdue`.
 */
export async function publicBodyPage(db: Db, body: CouncilBody, tenantKind: string, now: Date) {
  const day = dayOf(now)
  const [statutes, terms, members, meetings, resolutions, opinions, inquiries] = await Promise.all([
    statuteRows(db, body.id),
    termRows(db, body.id),
    publicMembers(db, body.id, day),
    publicMeetings(db, body.id),
    adoptedResolutions(db, body.id),
    opinionRequestsOf(db, body.id),
    inquiriesOf(db, body.id),
  ])
  const term = currentTerm(terms, day)
  const versions = statutes.map((r) => ({ version: r.version, statute: r.statute, applies: r.applies }))
  const governing =
    statuteForDate(versions, day, term && term.startsOn <= day ? term.startsOn : null) ?? versions.at(-1)
  return {
    body: {
      slug: body.slug,
      name: body.name,
      kind: body.kind,
      kindName: kindName(body.kind, tenantKind),
      description: body.description,
      status: body.status,
    },
    statute: governing ? publicStatute(governing.version, governing.statute) : null,
    term: term ? termView(term) : null,
    members,
    meetings,
    resolutions: resolutions.map(({ text: _text, ...r }) => r),
    opinions: opinions.map(({ resolutionId, ...o }) => {
      const adopted = resolutionId ? resolutions.find((r) => r.id === resolutionId) : undefined
      return { ...o, resolution: adopted ? { number: adopted.number, title: adopted.title, text: adopted.text } : null }
    }),
    inquiries: inquiries.map((i) => ({
      ...i,
      overdue: i.answeredAt === null && i.dueOn !== null && i.dueOn < day,
    })),
  }
}
