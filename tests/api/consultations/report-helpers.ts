import { eq } from 'drizzle-orm'
import type { Db } from '../../../worker/core/db/client'
import { newId } from '../../../worker/core/ids'
import { answers, commentGroups, comments, consultations } from '../../../worker/consultations/tables'
import type { Agent } from '../../support/api'
import { createPublished, draftV1, setConsultationDays, STAFF_KS, today } from './helpers'

/*
 * The report's test data: a consultation created and published through the API, then moved in time by writing its
 * dates in the database (requests use the real clock), and comments, groups and answers written as rows, so the
 * report's tests do not depend on the comment and answer APIs' details.
 */

export interface Made {
  id: string
  number: number
  tenantId: string
}

/** A published consultation (with the draft document uploaded) of the demo JST, as the organiser `agent`. */
export async function publishedConsultation(agent: Agent, db: Db, extra: Record<string, unknown> = {}): Promise<Made> {
  const c = await createPublished(agent, { extra, draft: draftV1 })
  const all = await db.select().from(consultations)
  const row = all.find((r) => r.number === c.number && r.status === 'published')!
  return { id: row.id, number: row.number, tenantId: row.tenantId }
}

/** Moves a consultation so that it ran from `start` to `end` (days from today, negative = past), report due `due`. */
export const setDates = (db: Db, c: Made, start: number, end: number, due: number | null = end + 30) =>
  setConsultationDays(db, c.id, start, end, due)

/** An ended consultation: two weeks long, its last day yesterday. */
export async function endedConsultation(agent: Agent, db: Db, extra: Record<string, unknown> = {}) {
  const c = await publishedConsultation(agent, db, extra)
  await setDates(db, c, -14, -1)
  return c
}

let counter = 0

/** A comment row of `c` (confirmed unless said otherwise), numbered `number`. */
export async function addComment(
  db: Db,
  c: Made,
  number: number,
  extra: Partial<typeof comments.$inferInsert> = {},
): Promise<string> {
  const id = newId()
  const now = new Date()
  await db.insert(comments).values({
    id,
    tenantId: c.tenantId,
    consultationId: c.id,
    number,
    receiptHash: `test-receipt-${process.pid}-${++counter}-${id}`,
    documentVersion: 1,
    paragraphId: null,
    quotedPassage: '',
    proposal: `Propozycja ${number}: dopisać nasadzenia krzewów.`,
    text: `Uzasadnienie uwagi numer ${number}: zieleń chroni przed upałem.`,
    authorKind: 'resident',
    authorName: `Mieszkanka ${number}`,
    authorAddress: 'ul. Lipowa 1, Przykładowo',
    authorEmail: `mieszkanka${number}@example.pl`,
    channel: 'online',
    status: 'confirmed',
    confirmedAt: now,
    lang: 'pl',
    createdAt: now,
    updatedAt: now,
    ...extra,
  })
  return id
}

/** A group of comments `ids`, numbered `number`. */
export async function addGroup(db: Db, c: Made, number: number, ids: string[]): Promise<string> {
  const id = newId()
  await db.insert(commentGroups).values({
    id,
    tenantId: c.tenantId,
    consultationId: c.id,
    number,
    representativeId: ids[0]!,
    size: ids.length,
    identical: ids.length,
    variants: 0,
    createdAt: new Date(),
  })
  for (const commentId of ids) await db.update(comments).set({ groupId: id }).where(eq(comments.id, commentId))
  return id
}

/** An answer to a comment or a group, approved unless said otherwise. */
export async function addAnswer(
  db: Db,
  c: Made,
  target: { commentId: string } | { groupId: string },
  kind: string,
  justification: string,
  status: 'draft' | 'proposed' | 'approved' = 'approved',
) {
  const now = new Date()
  await db.insert(answers).values({
    id: newId(),
    tenantId: c.tenantId,
    consultationId: c.id,
    commentId: 'commentId' in target ? target.commentId : null,
    groupId: 'groupId' in target ? target.groupId : null,
    status,
    kind: kind as never,
    justification,
    preparedBy: 'test',
    approvedBy: status === 'approved' ? 'test' : null,
    history: [],
    createdAt: now,
    updatedAt: now,
  })
}

export const reportPaths = (number: number) => ({
  staff: `${STAFF_KS}/${number}/report`,
  publish: `${STAFF_KS}/${number}/report/publish`,
  pub: `/api/v1/jst/gmina-przykladowa/konsultacje/${number}/report`,
})

export { today }
