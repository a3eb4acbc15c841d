/**
 * The comments API's answers as the web reads them: the server's own view types (worker/consultations/views/comments.ts)
 * and the survey's (domain/survey.ts), imported as types only, so a field renamed on the server fails the web's type
 * check instead of drifting from a copy.
 */
import type {
  AuthorComment,
  HiddenComment,
  KeyedInComment,
  ModeratedComment,
  PlacementStatus,
  PublicAnswer,
  PublicComment as ShownComment,
  PublicCommentList,
  StaffComment,
  StaffCommentList,
  SubmittedComment,
} from '../../../../worker/consultations/views/comments'
import type { SurveyAnswers, SurveyQuestion } from '../../../../worker/consultations/domain/survey'
import type { CommentAuthorKind, CommentChannel, CommentStatus } from '../../../../worker/consultations/tables/comments'

export type {
  HiddenComment,
  KeyedInComment,
  ModeratedComment,
  PublicAnswer,
  ShownComment,
  StaffComment,
  StaffCommentList,
  SurveyAnswers,
  SurveyQuestion,
}

export type AuthorKind = CommentAuthorKind
export type { CommentChannel, CommentStatus }
export type Placement = PlacementStatus

/** A comment of the public list: shown, or hidden by a moderator (its number and the reason only). */
export type PublicComment = ShownComment | HiddenComment

/** `GET …/comments`. */
export type PublicComments = PublicCommentList

/** `POST …/comments`: the receipt is shown here once (and e-mailed). */
export type SubmitAnswer = SubmittedComment

/** The author's own view (`POST …/comments/mine`, the correction and the withdrawal). */
export type MyComment = AuthorComment
