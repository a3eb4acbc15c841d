import type { AnswerKind, AnswerStatus } from '../domain/answers'
import { commentPlacement } from '../domain/document'
import type { CommentRow, CommentWithAnswer, DraftVersions } from '../queries/comments'
import type { SurveyAnswers } from '../domain/survey'
import type { CommentAuthorKind, CommentChannel, CommentStatus } from '../tables/comments'

/*
 * The JSON shapes of the comments API (the web imports these types). What the public reads never names a resident
 * (`author` is the organisation's name or "Mieszkaniec") and never carries an address or e-mail; the author's own
 * view (by receipt) and the staff list do, and are sent with `Cache-Control: no-store`.
 */

/**
 * Where a comment sits in the draft's current version: on the same wording (`same`), on a paragraph reworded since
 * (`changed`), on text removed since (`removed`), or on the draft as a whole (`general`).
 */
export type PlacementStatus = 'same' | 'changed' | 'removed' | 'general'

/** The office's answer, shown once it is approved. */
export interface PublicAnswer {
  kind: AnswerKind
  justification: string
}

/** What a comment says and where it sits in the draft: the same fields in the public's and the author's view. */
export interface CommentContent {
  paragraphId: string | null
  documentVersion: number | null
  placement: PlacementStatus
  /** The passage's reference as it was when the comment was made ("§ 3 ust. 1"), when it has one. */
  paragraphRef: string | null
  quotedPassage: string
  proposal: string
  text: string
}

/** A confirmed comment in the public list. */
export interface PublicComment extends CommentContent {
  number: number
  hidden: false
  authorKind: CommentAuthorKind
  /** The organisation's name, or "Mieszkaniec": residents are never named publicly. */
  author: string
  channel: CommentChannel
  createdAt: string
  groupNumber: number | null
  answer: PublicAnswer | null
}

/** A comment hidden by a moderator: its number and the reason, without its text. */
export interface HiddenComment {
  number: number
  hidden: true
  hiddenReason: string
}

/** `GET …/comments`: the list, or only the count when the opening act keeps comments from the public. */
export interface PublicCommentList {
  public: boolean
  count: number
  items: (PublicComment | HiddenComment)[]
}

/** `POST …/comments`: the receipt, shown once (also e-mailed), and until when the e-mailed link confirms the comment. */
export interface SubmittedComment {
  number: number
  receipt: string
  status: 'unconfirmed'
  email: string
  confirmBy: string
}

/** `POST …/comments/confirm`. */
export interface ConfirmedComment {
  number: number
  status: CommentStatus
}

/** The author's own view (by receipt): everything they wrote, its status and revision, the approved answer. */
export interface AuthorComment extends CommentContent {
  number: number
  status: CommentStatus
  revision: number
  surveyAnswers: SurveyAnswers
  authorKind: CommentAuthorKind
  authorName: string | null
  authorAddress: string | null
  email: string | null
  organizationName: string | null
  organizationRegister: string | null
  channel: CommentChannel
  createdAt: string
  updatedAt: string
  confirmedAt: string | null
  withdrawnAt: string | null
  hidden: boolean
  hiddenReason: string | null
  /** Whether it can still be corrected or withdrawn (until the consultation's end, not once withdrawn). */
  editable: boolean
  /** The last moment of the consultation (the end of its last day). */
  changeUntil: string | null
  answer: PublicAnswer | null
}

/** A comment in the staff list: every field, with the personal data, moderation, group and answer status. */
export interface StaffComment extends Omit<AuthorComment, 'editable' | 'changeUntil'> {
  author: string
  organizationId: string | null
  meetingId: string | null
  receivedOn: string | null
  enteredBy: string | null
  hiddenAt: string | null
  groupNumber: number | null
  answerStatus: AnswerStatus | null
  erasedAt: string | null
}

export interface StaffCommentList {
  items: StaffComment[]
  counts: Record<CommentStatus, number>
}

/** `POST …/staff/…/comments`: the number and the receipt to print for the author. */
export interface KeyedInComment {
  number: number
  receipt: string
}

/** `POST …/comments/{c}/hide|unhide`. */
export interface ModeratedComment {
  number: number
  hidden: boolean
  hiddenReason: string | null
  hiddenAt: string | null
}

/** How residents are named in public: never by name (RODO; the report anonymises them the same way). */
export const RESIDENT = 'Mieszkaniec'

/** Where a comment made on a paragraph of one version sits in the current version, and the passage's reference. */
export function placementOf(
  c: Pick<CommentRow, 'paragraphId' | 'documentVersion'>,
  versions: DraftVersions,
): { placement: PlacementStatus; paragraphRef: string | null } {
  if (!c.paragraphId) return { placement: 'general', paragraphRef: null }
  const made = c.documentVersion === null ? undefined : versions.byVersion.get(c.documentVersion)
  const shown = versions.current === null ? undefined : versions.byVersion.get(versions.current)
  const paragraph = made?.sections.flatMap((s) => s.paragraphs).find((p) => p.id === c.paragraphId)
  const paragraphRef = paragraph?.ref ?? paragraph?.marker ?? null
  if (!made || !shown) return { placement: 'removed', paragraphRef }
  return { placement: commentPlacement(made, shown, c.paragraphId).status, paragraphRef }
}

const approved = (a: CommentWithAnswer['answer']): PublicAnswer | null =>
  a?.status === 'approved' && a.kind ? { kind: a.kind as AnswerKind, justification: a.justification } : null

const iso = (d: Date | null) => d?.toISOString() ?? null

/** The public name of the author: the organisation's, or "Mieszkaniec". */
export function publicAuthor(c: Pick<CommentRow, 'authorKind' | 'organizationName'>): string {
  return c.authorKind === 'organization' && c.organizationName ? c.organizationName : RESIDENT
}

/** A confirmed comment as the public list shows it (a hidden one: its number and the moderator's reason). */
export function publicCommentView(c: CommentWithAnswer, versions: DraftVersions): PublicComment | HiddenComment {
  if (c.hiddenAt) return { number: c.number, hidden: true, hiddenReason: c.hiddenReason ?? '' }
  return {
    number: c.number,
    hidden: false,
    paragraphId: c.paragraphId,
    documentVersion: c.documentVersion,
    ...placementOf(c, versions),
    quotedPassage: c.quotedPassage,
    proposal: c.proposal,
    text: c.text,
    authorKind: c.authorKind,
    author: publicAuthor(c),
    channel: c.channel,
    createdAt: c.createdAt.toISOString(),
    groupNumber: c.groupNumber,
    answer: approved(c.answer),
  }
}

function ownFields(c: CommentWithAnswer, versions: DraftVersions) {
  return {
    number: c.number,
    status: c.status,
    revision: c.revision,
    paragraphId: c.paragraphId,
    documentVersion: c.documentVersion,
    ...placementOf(c, versions),
    quotedPassage: c.quotedPassage,
    proposal: c.proposal,
    text: c.text,
    surveyAnswers: (c.surveyAnswers ?? {}) as SurveyAnswers,
    authorKind: c.authorKind,
    authorName: c.authorName,
    authorAddress: c.authorAddress,
    email: c.authorEmail,
    organizationName: c.organizationName,
    organizationRegister: c.organizationRegister,
    channel: c.channel,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    confirmedAt: iso(c.confirmedAt),
    withdrawnAt: iso(c.withdrawnAt),
    hidden: c.hiddenAt !== null,
    hiddenReason: c.hiddenReason,
    answer: approved(c.answer),
  }
}

/** The author's own view: what they wrote, with whether it can still be corrected or withdrawn. */
export function authorCommentView(
  c: CommentWithAnswer,
  versions: DraftVersions,
  endsAt: Date | null,
  now: Date,
): AuthorComment {
  return {
    ...ownFields(c, versions),
    editable: c.status !== 'withdrawn' && endsAt !== null && now < endsAt,
    changeUntil: iso(endsAt),
  }
}

/** A comment in the staff list, personal data included. */
export function staffCommentView(c: CommentWithAnswer, versions: DraftVersions): StaffComment {
  return {
    ...ownFields(c, versions),
    author: publicAuthor(c),
    organizationId: c.organizationId,
    meetingId: c.meetingId,
    receivedOn: c.receivedOn,
    enteredBy: c.enteredBy,
    hiddenAt: iso(c.hiddenAt),
    groupNumber: c.groupNumber,
    answerStatus: (c.answer?.status as AnswerStatus | undefined) ?? null,
    erasedAt: iso(c.erasedAt),
  }
}

/** A comment after a moderator's step. */
export function moderatedView(c: CommentRow): ModeratedComment {
  return { number: c.number, hidden: c.hiddenAt !== null, hiddenReason: c.hiddenReason, hiddenAt: iso(c.hiddenAt) }
}
