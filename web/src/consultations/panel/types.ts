/**
 * Shapes of the staff API as the panel reads them, from the server's views (types only), so a renamed field fails the
 * web's type check.
 */
import type { VersionSummary } from '../../../../worker/consultations/actions/documents'
import type { consultationSummary, PublicConsultation, StaffConsultation } from '../../../../worker/consultations/views'

/** `GET /jst/{slug}/staff/konsultacje/{n}` (organisers) — and the public view for moderators, without the staff fields. */
export type PanelConsultation = PublicConsultation & Partial<Omit<StaffConsultation, keyof PublicConsultation>>

/** `GET /jst/{slug}/staff/konsultacje/{n}` for the organisers' form: every staff field present. */
export type { StaffConsultation }

/** A row of `GET /jst/{slug}/staff/konsultacje`. */
export type StaffConsultationRow = ReturnType<typeof consultationSummary> & { status: string }

/** The answer to an upload of the draft: what the new version did to the previous one's paragraphs. */
export interface VersionAnswer {
  version: VersionSummary
}
