import { API, enc } from '../../core/lib/api'

/*
 * The answers' addresses in the staff API (docs/consultations.md, "Answers"); the shapes are the server's views
 * (worker/consultations/views/answers.ts), imported as types.
 */
export type {
  AnswersWorkList,
  AnswerView,
  CommentItem,
  CommentView,
  GroupItem,
  MemberView,
} from '../../../../worker/consultations/views/answers'
export type { AnswerAction, AnswerKind, AnswerStatus } from '../../../../worker/consultations/domain/answers'

const staffBase = (slug: string, number: string | number) =>
  `/jst/${enc(slug)}/staff/konsultacje/${enc(String(number))}`

export const answersApi = {
  list: (slug: string, number: string | number) => `${staffBase(slug, number)}/answers`,
  step: (slug: string, number: string | number) => `${staffBase(slug, number)}/answers`,
  compute: (slug: string, number: string | number) => `${staffBase(slug, number)}/groups/compute`,
  remove: (slug: string, number: string | number, group: number, comment: number) =>
    `${staffBase(slug, number)}/groups/${group}/members/${comment}/remove`,
  importCsv: (slug: string, number: string | number, approve: boolean) =>
    `${staffBase(slug, number)}/answers/import${approve ? '?approve=1' : ''}`,
  /** The CSV download, a full address under `/api/v1` (a link the router leaves to the browser). */
  csv: (slug: string, number: string | number) => `${API}${staffBase(slug, number)}/answers.csv`,
}

/** What grouping answers (`POST …/groups/compute`). */
export interface GroupingResult {
  groups: number
  grouped: number
  single: number
  created: number
  added: number
}

/** What the import answers. */
export interface ImportResult {
  saved: number
  approved: number
  unchanged: number
  rows: number
}
