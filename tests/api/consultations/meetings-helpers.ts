import { eq, sql } from 'drizzle-orm'
import type { Agent, TestApp } from '../../support/api'
import { consultations, meetings } from '../../../worker/consultations/tables'
import { createPublished, inDays, setConsultationDays } from './helpers'

/**
 * A published consultation open now (from yesterday to ten days on, Warsaw days), written into the database
 * directly: publishing through the API refuses a start in the past.
 */
export async function openConsultation(t: TestApp, staff: Agent, extra: Record<string, unknown> = {}) {
  const { number } = await createPublished(staff, { extra })
  const [made] = await t.db.select().from(consultations).where(eq(consultations.number, number))
  await setConsultationDays(t.db, made!.id, -1, 10)
  const [row] = await t.db.select().from(consultations).where(eq(consultations.id, made!.id))
  return row!
}

/** A meeting body for tomorrow evening (Warsaw time). */
export const meetingBody = (extra: Record<string, unknown> = {}) => ({
  mode: 'onsite',
  title: 'Spotkanie w sprawie zieleni',
  startsAt: `${inDays(1)}T17:00`,
  endsAt: `${inDays(1)}T19:00`,
  place: 'Urząd Gminy, sala 12, ul. Długa 5',
  accessibility: 'Wejście bez progów, pętla indukcyjna.',
  capacity: 20,
  ...extra,
})

/** Moves a meeting so that it began an hour ago (attendance and minutes come after the start). */
export async function meetingBegan(t: TestApp, consultationId: string, number: number) {
  await t.db
    .update(meetings)
    .set({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) })
    .where(sql`${meetings.consultationId} = ${consultationId} AND ${meetings.number} = ${number}`)
}

/** A minimal PDF: what the upload check reads is its signature. */
export const pdfBytes = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
