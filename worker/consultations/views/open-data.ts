import { answerKindLabels, isAnswerKind } from '../domain/answers'
import type { DraftDocument } from '../domain/document'
import type { Consultation } from '../queries'
import type { OpenAnswerRow, OpenCommentRow } from '../queries/open-data'
import { stateOf } from './index'

/*
 * Open data of consultations (JSON and CSV with the same columns): what anyone may reuse. A resident is never named:
 * the author of a resident's comment is "Mieszkaniec", and nothing of a person's address or e-mail is in the rows
 * (the queries do not even read them); an organisation speaks publicly and keeps its name and register number. A
 * hidden comment keeps its number, author kind and reason, without its words. CSV cells go through `csvCell`, which
 * neutralises spreadsheet formulas.
 */

/** The word for a resident author in public records: residents are never named publicly. */
export const RESIDENT = 'Mieszkaniec'

/** A consultation in the JST's open-data list. */
export function openConsultation(
  c: Consultation,
  counts: { comments: number; meetings: number },
  appUrl: string,
  slug: string,
  now: Date,
) {
  return {
    number: c.number,
    title: c.title,
    preset: c.preset,
    state: stateOf(c, now),
    startDate: c.startDate,
    endDate: c.endDate,
    subject: c.subject,
    responsibleUnit: c.responsibleUnit,
    legalBasis: c.legalBasis,
    audience: c.audience,
    comments: counts.comments,
    meetings: counts.meetings,
    url: `${appUrl}/${slug}/konsultacje/${c.number}`,
  }
}
export type OpenConsultation = ReturnType<typeof openConsultation>

export const consultationColumns = [
  'numer',
  'tytuł',
  'rodzaj',
  'stan',
  'pierwszy dzień',
  'ostatni dzień',
  'przedmiot',
  'jednostka odpowiedzialna',
  'podstawa prawna',
  'adresaci',
  'uwagi',
  'spotkania',
  'adres',
] as const

export const consultationCsvRow = (o: OpenConsultation) => [
  o.number,
  o.title,
  o.preset,
  o.state,
  o.startDate,
  o.endDate,
  o.subject,
  o.responsibleUnit,
  o.legalBasis,
  o.audience,
  o.comments,
  o.meetings,
  o.url,
]

/** The reference of each paragraph in each version ("§ 3 ust. 1"), to name where a comment was made. */
export function paragraphRefs(versions: { version: number; structure: DraftDocument }[]): Map<string, string> {
  const refs = new Map<string, string>()
  for (const v of versions)
    for (const s of v.structure.sections)
      for (const p of s.paragraphs) if (p.ref ?? p.marker) refs.set(`${v.version}:${p.id}`, (p.ref ?? p.marker)!)
  return refs
}

/** One comment as open data: anonymised, a hidden one without its words. */
export function openComment(r: OpenCommentRow, refs: Map<string, string>, answer: OpenAnswerRow | undefined) {
  const shown = !r.hidden
  return {
    number: r.number,
    documentVersion: r.documentVersion,
    paragraphId: r.paragraphId,
    paragraphRef:
      r.paragraphId && r.documentVersion ? (refs.get(`${r.documentVersion}:${r.paragraphId}`) ?? null) : null,
    quotedPassage: shown ? r.quotedPassage : null,
    proposal: shown ? r.proposal : null,
    text: shown ? r.text : null,
    hidden: r.hidden,
    hiddenReason: r.hidden ? r.hiddenReason : null,
    authorKind: r.authorKind,
    author: r.authorKind === 'organization' ? (r.organizationName ?? RESIDENT) : RESIDENT,
    organizationRegister: r.authorKind === 'organization' ? r.organizationRegister : null,
    channel: r.channel,
    date: r.receivedOn ?? r.createdAt.toISOString().slice(0, 10),
    groupNumber: r.groupNumber,
    answerKind: answer?.kind ?? null,
    answerJustification: answer?.justification ?? null,
  }
}
export type OpenComment = ReturnType<typeof openComment>

export const commentColumns = [
  'numer uwagi',
  'wersja projektu',
  'akapit',
  'jednostka redakcyjna',
  'cytowany fragment',
  'proponowane brzmienie',
  'uzasadnienie',
  'ukryta',
  'powód ukrycia',
  'autor',
  'rodzaj autora',
  'numer w rejestrze',
  'kanał',
  'data',
  'grupa',
  'rozstrzygnięcie',
  'uzasadnienie rozstrzygnięcia',
] as const

const kindLabel = (kind: string | null) => (kind && isAnswerKind(kind) ? answerKindLabels[kind] : (kind ?? ''))

export const commentCsvRow = (o: OpenComment) => [
  o.number,
  o.documentVersion,
  o.paragraphId,
  o.paragraphRef,
  o.quotedPassage,
  o.proposal,
  o.text,
  o.hidden ? 'tak' : 'nie',
  o.hiddenReason,
  o.author,
  o.authorKind === 'organization' ? 'organizacja' : 'mieszkaniec',
  o.organizationRegister,
  o.channel,
  o.date,
  o.groupNumber,
  kindLabel(o.answerKind),
  o.answerJustification,
]

/** One approved answer: what it answers (a comment, or a group and its members), its kind and justification. */
export function openAnswer(a: OpenAnswerRow) {
  return {
    commentNumber: a.commentNumber,
    groupNumber: a.groupNumber,
    comments: a.commentNumber !== null ? [a.commentNumber] : a.members,
    kind: a.kind,
    kindLabel: kindLabel(a.kind),
    justification: a.justification,
    approvedAt: a.updatedAt.toISOString(),
  }
}
export type OpenAnswer = ReturnType<typeof openAnswer>

export const answerColumns = [
  'numer uwagi',
  'grupa',
  'uwagi',
  'rozstrzygnięcie',
  'rozstrzygnięcie (klucz)',
  'uzasadnienie',
  'zatwierdzono',
] as const

export const answerCsvRow = (o: OpenAnswer) => [
  o.commentNumber,
  o.groupNumber,
  o.comments.join(', '),
  o.kindLabel,
  o.kind,
  o.justification,
  o.approvedAt,
]

/** One version of the draft as open data: its sections and paragraphs with their stable ids and references. */
export function openVersion(v: { version: number; sourceKind: string; structure: DraftDocument; createdAt: Date }) {
  return {
    version: v.version,
    sourceKind: v.sourceKind,
    createdAt: v.createdAt.toISOString(),
    sections: v.structure.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      level: s.level,
      paragraphs: s.paragraphs.map((p) => ({
        id: p.id,
        marker: p.marker ?? null,
        ref: p.ref ?? null,
        text: p.text,
      })),
    })),
  }
}
export type OpenVersion = ReturnType<typeof openVersion>
