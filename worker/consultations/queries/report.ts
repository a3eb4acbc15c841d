import { and, asc, eq, inArray } from 'drizzle-orm'
import { memberships, users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import type { DraftDocument, Paragraph } from '../domain/document'
import type { ReportContent, ReportInput } from '../domain/report'
import { foldText } from '../domain/text'
import {
  advisoryOpinions,
  answers,
  commentGroups,
  comments,
  consultationInvitations,
  documents,
  documentVersions,
  meetings,
  reports,
} from '../tables'
import type { Consultation } from '.'

/*
 * What the report is built from, read straight from the module's tables (comments, groups and answers, meetings,
 * invitations and opinions), so the report does not wait on each part's own query helpers and reads them all alike.
 */

/** The published report of a consultation (its frozen content), if any. */
export async function publishedReport(db: Db, consultationId: string) {
  const row = await db.query.reports.findFirst({ where: eq(reports.consultationId, consultationId) })
  return row ? { ...row, content: row.content as ReportContent } : undefined
}

/** Every version of the draft's paragraphs by id, so a comment made on any version is placed by its own version. */
async function paragraphRefs(
  db: Db,
  consultationId: string,
): Promise<{ count: number; ref: (v: number | null, id: string | null) => string | null }> {
  const doc = await db.query.documents.findFirst({ where: eq(documents.consultationId, consultationId) })
  if (!doc) return { count: 0, ref: () => null }
  const versions = await db
    .select({ version: documentVersions.version, structure: documentVersions.structure })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, doc.id))
  const byVersion = new Map<number, Map<string, Paragraph & { heading: string }>>()
  for (const v of versions) {
    const map = new Map<string, Paragraph & { heading: string }>()
    for (const s of (v.structure as DraftDocument).sections)
      for (const p of s.paragraphs) map.set(p.id, { ...p, heading: s.heading })
    byVersion.set(v.version, map)
  }
  const ref = (version: number | null, id: string | null) => {
    if (!id) return null
    const p = byVersion.get(version ?? doc.currentVersion)?.get(id) ?? byVersion.get(doc.currentVersion)?.get(id)
    if (!p) return null
    return p.ref ?? ([p.heading, p.marker].filter(Boolean).join(', ') || p.text.slice(0, 60))
  }
  return { count: versions.length, ref }
}

/**
 * The data of a consultation's report: confirmed comments that were not withdrawn (the only ones that count), their
 * groups and answers, meetings, invitations and advisory opinions.
 */
export async function reportInput(db: Db, c: Consultation, jst: string): Promise<ReportInput> {
  const [rows, groups, answerRows, meetingRows, invitationRows, opinionRows, refs] = await Promise.all([
    db
      .select()
      .from(comments)
      .where(and(eq(comments.consultationId, c.id), eq(comments.status, 'confirmed')))
      .orderBy(asc(comments.number)),
    db
      .select({ id: commentGroups.id, number: commentGroups.number })
      .from(commentGroups)
      .where(eq(commentGroups.consultationId, c.id)),
    db
      .select({
        commentId: answers.commentId,
        groupId: answers.groupId,
        status: answers.status,
        kind: answers.kind,
        justification: answers.justification,
      })
      .from(answers)
      .where(eq(answers.consultationId, c.id)),
    db.select().from(meetings).where(eq(meetings.consultationId, c.id)).orderBy(asc(meetings.startsAt)),
    db
      .select({ channel: consultationInvitations.channel, recipientName: consultationInvitations.recipientName })
      .from(consultationInvitations)
      .where(eq(consultationInvitations.consultationId, c.id))
      .orderBy(asc(consultationInvitations.sentAt)),
    db
      .select()
      .from(advisoryOpinions)
      .where(eq(advisoryOpinions.consultationId, c.id))
      .orderBy(asc(advisoryOpinions.createdAt)),
    paragraphRefs(db, c.id),
  ])
  return {
    jst,
    consultation: {
      number: c.number,
      title: c.title,
      preset: c.preset,
      subject: c.subject,
      purpose: c.purpose,
      startDate: c.startDate,
      endDate: c.endDate,
      participants: c.participants,
      area: c.area,
      forms: c.forms,
      responsibleUnit: c.responsibleUnit,
      resultsForm: c.resultsForm,
      reportDueDate: c.reportDueDate,
      legalBasis: c.legalBasis,
      councilResolution: c.councilResolution,
      orderNumber: c.orderNumber,
      orderDate: c.orderDate,
      audience: c.audience,
      programmeYear: c.programmeYear,
    },
    comments: rows.map((r) => ({
      id: r.id,
      number: r.number,
      paragraphRef: refs.ref(r.documentVersion, r.paragraphId),
      documentVersion: r.documentVersion,
      quotedPassage: r.quotedPassage,
      proposal: r.proposal,
      text: r.text,
      authorKind: r.authorKind,
      organizationName: r.organizationName,
      channel: r.channel,
      groupId: r.groupId,
      hidden: r.hiddenAt !== null,
      hiddenReason: r.hiddenReason,
      participantKey:
        r.authorKind === 'organization'
          ? `o:${r.organizationId ?? foldText(`${r.organizationName ?? ''} ${r.organizationRegister ?? ''}`)}`
          : r.authorEmail
            ? `e:${r.authorEmail.trim().toLowerCase()}`
            : `n:${foldText(`${r.authorName ?? ''} ${r.authorAddress ?? ''}`) || r.id}`,
    })),
    groups,
    answers: answerRows,
    meetings: meetingRows.map((m) => ({
      number: m.number,
      title: m.title,
      mode: m.mode,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      place: m.place,
      signedUp: m.signedUp,
      attendance: m.attendance,
      cancelled: m.cancelledAt !== null,
      minutes: m.minutesFileId !== null,
    })),
    invitations: invitationRows,
    opinions: opinionRows.map((o) => ({
      bodyName: o.bodyName,
      required: o.required,
      dueOn: o.dueOn,
      opinion: o.opinion,
      hasFile: o.opinionFileId !== null,
      receivedAt: o.receivedAt?.toISOString() ?? null,
    })),
    documentVersions: refs.count,
  }
}

/**
 * The people to tell that the report is out: the address of every confirmed comment, once (folded to lower case),
 * in the language of the first comment from it.
 */
export async function participantAddresses(
  db: Db,
  consultationId: string,
): Promise<{ email: string; lang: 'pl' | 'en' }[]> {
  const rows = await db
    .select({ email: comments.authorEmail, lang: comments.lang })
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), eq(comments.status, 'confirmed')))
    .orderBy(asc(comments.number))
  const seen = new Map<string, { email: string; lang: 'pl' | 'en' }>()
  for (const r of rows) {
    const email = r.email?.trim()
    if (!email || seen.has(email.toLowerCase())) continue
    seen.set(email.toLowerCase(), { email, lang: r.lang })
  }
  return [...seen.values()]
}

/** The active organisers (admins and koordynatorzy) of a JST: who is told a consultation ended and its report is due. */
export async function organiserAddresses(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.active, true),
        eq(users.active, true),
        inArray(memberships.role, ['admin', 'koordynator']),
      ),
    )
    .orderBy(asc(users.email))
  return rows.map((r) => r.email)
}
