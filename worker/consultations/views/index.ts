import type { FieldError } from '../../core/http/problem'
import { compareSections, compareVersions, type DraftDocument } from '../domain/document'
import { audienceLabels, isPresetKey, presetNames, type Audience } from '../domain/presets'
import type { Consultation, DocumentVersionRow } from '../queries'

/*
 * The JSON shapes of the consultations API (the web imports their types). Public answers carry nothing about who
 * did what in the office; the staff answer adds the status, the version to send back and the publish advice.
 */

/** Where a published consultation stands at `now`: read from its dates, so nothing has to flip a status on time. */
export type ConsultationState = 'draft' | 'upcoming' | 'open' | 'ended' | 'reported'

export function stateOf(c: Consultation, now: Date): ConsultationState {
  if (c.status === 'draft' || c.status === 'reported') return c.status
  if (c.startsAt && now < c.startsAt) return 'upcoming'
  if (c.endsAt && now >= c.endsAt) return 'ended'
  return 'open'
}

/** A consultation in a list: enough for a card on the JST's page. */
export function consultationSummary(c: Consultation, now: Date) {
  return {
    number: c.number,
    title: c.title,
    preset: c.preset,
    state: stateOf(c, now),
    startDate: c.startDate,
    endDate: c.endDate,
    audience: c.audience,
    subject: c.subject,
  }
}

/**
 * A card of the JST's public list: the summary, the confirmed comments' number only where the consultation shows
 * its comments publicly (elsewhere the number waits for the report), and the report's publication date, so a resident
 * sees at a glance where people took part and which consultation has its results out.
 */
export function listedConsultation(
  c: Consultation,
  now: Date,
  facts: { confirmedComments: number; reportPublishedAt: Date | null },
) {
  return {
    ...consultationSummary(c, now),
    comments: c.commentsPublic ? facts.confirmedComments : null,
    reportPublishedAt: c.status === 'reported' ? (facts.reportPublishedAt?.toISOString() ?? null) : null,
  }
}

/** A consultation as residents see it: the opening act's content. */
export function publicConsultation(c: Consultation, now: Date) {
  return {
    ...consultationSummary(c, now),
    presetName: isPresetKey(c.preset) ? presetNames[c.preset] : c.preset,
    subject: c.subject,
    purpose: c.purpose,
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
    audienceLabel: audienceLabels[c.audience as Audience] ?? c.audience,
    publicTaskAreas: c.publicTaskAreas,
    programmeYear: c.programmeYear,
    publishedAt: c.publishedAt?.toISOString() ?? null,
  }
}

/** A consultation in the staff panel: with its status, the version a save sends back and the publish advice. */
export function staffConsultation(c: Consultation, now: Date) {
  return {
    ...publicConsultation(c, now),
    status: c.status,
    version: c.version,
    warnings: (c.launchWarnings ?? []) as FieldError[],
    commentsPublic: c.commentsPublic,
    answerReview: c.answerReview,
    updatedAt: c.updatedAt.toISOString(),
  }
}

/** A version of the draft: its sections and paragraphs (ids, markers, references), and its list of versions. */
export function documentView(
  row: DocumentVersionRow,
  versions: { version: number; sourceKind: string; createdAt: Date }[],
) {
  return {
    version: row.version,
    sourceKind: row.sourceKind,
    createdAt: row.createdAt.toISOString(),
    sections: row.structure.sections,
    versions: versions.map((v) => ({
      version: v.version,
      sourceKind: v.sourceKind,
      createdAt: v.createdAt.toISOString(),
    })),
  }
}

/** What changed between two versions, paragraph by paragraph and section by section. */
export function comparisonView(a: DraftDocument, b: DraftDocument) {
  return { from: a.version, to: b.version, paragraphs: compareVersions(a, b), sections: compareSections(a, b) }
}

export type PublicConsultation = ReturnType<typeof publicConsultation>
export type StaffConsultation = ReturnType<typeof staffConsultation>
export type DocumentView = ReturnType<typeof documentView>
