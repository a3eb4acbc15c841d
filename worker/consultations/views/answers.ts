import {
  allowedAnswerActions,
  answerKindLabels,
  type AnswerAction,
  type AnswerEvent,
  type AnswerKind,
  type AnswerSettings,
  type AnswerStatus,
} from '../domain/answers'
import type { AnswerRow, GroupRow, WorkComment } from '../queries/answers'

/*
 * The JSON shapes of the answers' work (staff only, `no-store`: authors' names are personal data). The web imports
 * these types. Each item of the work list — a group, or a comment answered alone — carries its answer (null before
 * the first save), the steps the caller may take now and the `version` to send with the next one.
 */

/** A comment as staff read it next to its answer. */
export interface CommentView {
  number: number
  text: string
  quotedPassage: string
  proposal: string
  paragraphId: string | null
  documentVersion: number | null
  authorKind: string
  /** The organisation's name, or the resident's name (staff see it; the report anonymises residents). */
  author: string
  channel: string
  hidden: boolean
}

/** A member of a group in the list: its number, author and the beginning of its text. */
export interface MemberView {
  number: number
  author: string
  excerpt: string
}

export interface AnswerView {
  status: AnswerStatus
  kind: AnswerKind | null
  kindLabel: string | null
  justification: string
  preparedBy: string
  approvedBy: string | null
  history: AnswerEvent[]
  version: number
  updatedAt: string
}

/** One thing to answer, a group or a comment alone, with what the caller may do with its answer. */
export interface WorkItemBase {
  answer: AnswerView | null
  allowedActions: AnswerAction[]
}

export interface GroupItem extends WorkItemBase {
  type: 'group'
  number: number
  size: number
  identical: number
  variants: number
  representative: CommentView
  members: MemberView[]
}

export interface CommentItem extends WorkItemBase {
  type: 'comment'
  comment: CommentView
}

export interface AnswersWorkList {
  consultation: { number: number; title: string; answerReview: 'single' | 'two_person'; locked: boolean }
  counts: {
    comments: number
    groups: number
    grouped: number
    single: number
    /** Work items (groups and comments alone) by their answer's status; `none` = not answered yet. */
    none: number
    draft: number
    proposed: number
    approved: number
  }
  groups: GroupItem[]
  singles: CommentItem[]
  /** Staff names by id, for the answers' history. */
  people: Record<string, string>
  /** The caller's id: who "I" am in `preparedBy`, so the page can explain why approving is not offered. */
  me: string
}

/** How long a member's excerpt is in the list (the representative is shown whole). */
export const EXCERPT = 280

export function authorOf(c: Pick<WorkComment, 'authorKind' | 'authorName' | 'organizationName'>): string {
  if (c.authorKind === 'organization' && c.organizationName) return c.organizationName
  return c.authorName?.trim() || 'Mieszkaniec'
}

export function commentView(c: WorkComment): CommentView {
  return {
    number: c.number,
    text: c.text,
    quotedPassage: c.quotedPassage,
    proposal: c.proposal,
    paragraphId: c.paragraphId,
    documentVersion: c.documentVersion,
    authorKind: c.authorKind,
    author: authorOf(c),
    channel: c.channel,
    hidden: c.hidden,
  }
}

export function memberView(c: WorkComment): MemberView {
  const text = c.text.replace(/\s+/g, ' ').trim()
  return {
    number: c.number,
    author: authorOf(c),
    excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
  }
}

export function answerView(row: AnswerRow): AnswerView {
  return {
    status: row.status,
    kind: row.kind,
    kindLabel: row.kind ? answerKindLabels[row.kind] : null,
    justification: row.justification,
    preparedBy: row.preparedBy,
    approvedBy: row.approvedBy,
    history: row.history,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** The steps `userId` may take on an answer (none once the report is out). */
export function actionsFor(
  row: AnswerRow | undefined,
  userId: string,
  settings: AnswerSettings,
  locked: boolean,
): AnswerAction[] {
  if (locked) return []
  return allowedAnswerActions(
    row
      ? {
          status: row.status,
          kind: row.kind,
          justification: row.justification,
          preparedBy: row.preparedBy,
          approvedBy: row.approvedBy,
          history: row.history,
        }
      : null,
    userId,
    settings,
  )
}

/** A work item's answer with the caller's steps: the answer endpoint's reply. */
export function answerItemView(row: AnswerRow | undefined, userId: string, settings: AnswerSettings, locked: boolean) {
  return { answer: row ? answerView(row) : null, allowedActions: actionsFor(row, userId, settings, locked) }
}

/** Builds the work list from the consultation's rows (comments by number, groups by number). */
export function workListView(input: {
  consultation: { number: number; title: string; answerReview: 'single' | 'two_person'; status: string }
  comments: WorkComment[]
  groups: GroupRow[]
  answers: AnswerRow[]
  people: Record<string, string>
  userId: string
  settings: AnswerSettings
}): AnswersWorkList {
  const locked = input.consultation.status === 'reported'
  const byGroup = new Map<string, WorkComment[]>()
  const singles: WorkComment[] = []
  for (const c of input.comments) {
    if (c.groupId) byGroup.set(c.groupId, [...(byGroup.get(c.groupId) ?? []), c])
    else singles.push(c)
  }
  const ofGroup = new Map(input.answers.flatMap((a) => (a.groupId ? [[a.groupId, a] as const] : [])))
  const ofComment = new Map(input.answers.flatMap((a) => (a.commentId ? [[a.commentId, a] as const] : [])))
  const groups: GroupItem[] = input.groups.flatMap((g) => {
    const members = byGroup.get(g.id) ?? []
    if (!members.length) return []
    const representative = members.find((m) => m.id === g.representativeId) ?? members[0]!
    return [
      {
        type: 'group' as const,
        number: g.number,
        size: members.length,
        identical: g.identical,
        variants: g.variants,
        representative: commentView(representative),
        members: members.map(memberView),
        ...answerItemView(ofGroup.get(g.id), input.userId, input.settings, locked),
      },
    ]
  })
  const singleItems: CommentItem[] = singles.map((c) => ({
    type: 'comment' as const,
    comment: commentView(c),
    ...answerItemView(ofComment.get(c.id), input.userId, input.settings, locked),
  }))
  const counts = { none: 0, draft: 0, proposed: 0, approved: 0 }
  for (const item of [...groups, ...singleItems]) counts[item.answer?.status ?? 'none']++
  const grouped = groups.reduce((n, g) => n + g.size, 0)
  return {
    consultation: {
      number: input.consultation.number,
      title: input.consultation.title,
      answerReview: input.consultation.answerReview,
      locked,
    },
    counts: {
      comments: input.comments.length,
      groups: groups.length,
      grouped,
      single: singleItems.length,
      ...counts,
    },
    groups,
    singles: singleItems,
    people: input.people,
    me: input.userId,
  }
}
