/**
 * Shapes of the consultations API as the web reads them: the types of the server's views (`worker/consultations/views`)
 * and of the pure draft comparison (`domain/document.ts`), imported as types only, so a field added or renamed on the
 * server fails the web's type check instead of drifting from a copy.
 */
import type { ParagraphChange, SectionChange, Section } from '../../../worker/consultations/domain/document'
import type { DiffPart } from '../../../worker/consultations/domain/text'
import type {
  comparisonView,
  consultationSummary,
  DocumentView,
  listedConsultation,
  PublicConsultation,
} from '../../../worker/consultations/views'

export type { DiffPart, DocumentView, ParagraphChange, Section, SectionChange }

/** A consultation in the JST's list. */
export type ConsultationSummary = ReturnType<typeof consultationSummary>

/** A card of the JST's public list (`GET /jst/{slug}/konsultacje`): the summary with comments and the report. */
export type ListedConsultation = ReturnType<typeof listedConsultation>

/** `GET /jst/{slug}/konsultacje/{number}`: the opening act's content and the current version of the draft. */
export type ConsultationDetail = PublicConsultation & { document: DocumentView | null }

/** `GET …/document/compare/{a}/{b}`. */
export type Comparison = ReturnType<typeof comparisonView>
