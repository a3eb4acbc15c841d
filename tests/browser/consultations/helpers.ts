import { expect } from 'vitest'
import { consultationBody, draftV1, inDays, today } from '../../api/consultations/helpers'
import { SLUG } from '../../support/browser'
import type { StaffApi } from '../budget/voting-helpers'

/*
 * What the consultations' browser tests start from, written once: the phone they are run on and a consultation made
 * through the staff API the way an office makes one.
 */

/** A 360 px phone, touch and all: every consultations page must work on one. */
export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

/** The demo JST's staff consultations API, below `/api/v1`. */
export const staffBase = `/jst/${SLUG}/staff/konsultacje`

/**
 * A consultation of kind `inne` (the API tests' `consultationBody` with `fields`), by default open from today for
 * two weeks, created and published by `coordinator`; with `draft`, that draft is uploaded before publishing. Its
 * number and the version it was published with.
 */
export async function publishedConsultation(
  coordinator: StaffApi,
  fields: Record<string, unknown>,
  { draft }: { draft?: boolean } = {},
): Promise<{ number: number; version: number }> {
  const created = await coordinator.post(
    staffBase,
    consultationBody({ startDate: today(), endDate: inDays(13), ...fields }),
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { number, version } = created.body as { number: number; version: number }
  if (draft) {
    const doc = await coordinator.post(`${staffBase}/${number}/document`, { format: 'markdown', source: draftV1 })
    expect(doc.status, JSON.stringify(doc.body)).toBe(201)
  }
  const published = await coordinator.post(`${staffBase}/${number}/publish`, { version })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return { number, version }
}
