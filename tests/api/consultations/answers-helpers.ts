import { randomBytes } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Agent, TestApp } from '../../support/api'
import { tenants } from '../../../worker/core/tenants/schema'
import { comments, consultations } from '../../../worker/consultations/tables'
import { createPublished, setConsultationDays } from './helpers'

/** A published consultation of the demo JST, made open now (its dates rewritten in the database): its number and id. */
export async function openConsultation(t: TestApp, organiser: Agent): Promise<{ number: number; id: string }> {
  const { number } = await createPublished(organiser)
  const row = await consultationRow(t, number)
  await setConsultationDays(t.db, row.id, -5, 9)
  return { number, id: row.id }
}

export async function consultationRow(t: TestApp, number: number) {
  const tenant = (await t.db.select().from(tenants).where(eq(tenants.slug, 'gmina-przykladowa')))[0]!
  return (
    await t.db
      .select()
      .from(consultations)
      .where(and(eq(consultations.tenantId, tenant.id), eq(consultations.number, number)))
  )[0]!
}

/** The consultation's review of answers, set as the organisers' PATCH would have set it before publishing. */
export async function setReview(t: TestApp, id: string, review: 'single' | 'two_person') {
  await t.db.update(consultations).set({ answerReview: review }).where(eq(consultations.id, id))
}

export interface CommentSeed {
  text: string
  authorName?: string
  organizationName?: string
  status?: 'confirmed' | 'unconfirmed' | 'withdrawn'
}

/**
 * Confirmed comments written straight into the database (numbers following the consultation's last), as the
 * comments API would leave them once confirmed: the answers' tests stand on their own. Returns their numbers.
 */
export async function addComments(t: TestApp, consultationId: string, seeds: (string | CommentSeed)[]) {
  const consultation = (await t.db.select().from(consultations).where(eq(consultations.id, consultationId)))[0]!
  const [{ max }] = (await t.db
    .select({ max: sql<number>`COALESCE(MAX(${comments.number}), 0)` })
    .from(comments)
    .where(eq(comments.consultationId, consultationId))) as [{ max: number }]
  const now = new Date()
  const rows = seeds.map((s, i) => {
    const seed = typeof s === 'string' ? { text: s } : s
    return {
      id: randomBytes(16).toString('base64url'),
      tenantId: consultation.tenantId,
      consultationId,
      number: Number(max) + i + 1,
      receiptHash: randomBytes(32).toString('hex'),
      text: seed.text,
      authorKind: seed.organizationName ? ('organization' as const) : ('resident' as const),
      authorName: seed.authorName ?? `Mieszkaniec ${i + 1}`,
      authorAddress: 'ul. Testowa 1, 00-001 Przykładowo',
      authorEmail: `autor${Number(max) + i + 1}@example.com`,
      organizationName: seed.organizationName ?? null,
      channel: 'online' as const,
      status: seed.status ?? ('confirmed' as const),
      confirmedAt: now,
      lang: 'pl' as const,
      createdAt: now,
      updatedAt: now,
    }
  })
  for (let i = 0; i < rows.length; i += 500) await t.db.insert(comments).values(rows.slice(i, i + 500))
  return rows.map((r) => r.number)
}

/** One letter of a campaign, signed by `name`: grouping must see through the signature. */
export const campaignLetter = (name: string, street: string) =>
  [
    'Szanowni Państwo,',
    'sprzeciwiamy się wycince drzew przy ulicy Parkowej. Drzewa dają cień i chronią przed hałasem, a nasadzenia zastępcze rosną dziesiątki lat.',
    'Prosimy o wykreślenie § 3 z projektu uchwały.',
    'Z poważaniem',
    name,
    `ul. ${street}`,
  ].join('\n')
