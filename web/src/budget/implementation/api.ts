import { API, enc } from '../../core/lib/api'
import {
  ABANDON_REASON_MIN,
  implementationStatuses,
  type ImplementationStatus,
} from '../../../../worker/budget/domain/implementation'
import type {
  ImplementationList as ServerImplementationList,
  ImplementationNoteView,
} from '../../../../worker/budget/views/implementation'

/**
 * Shapes and addresses of the implementation-tracking API (worker/budget/routes/implementation.ts). The same public
 * list feeds the residents' page and the staff page: staff see exactly what residents see, and change it.
 */

/** The statuses of a winner's implementation in the order of a normal course: the server's state machine's own list. */
export const IMPLEMENTATION_STATUSES = implementationStatuses
export type { ImplementationStatus }

/**
 * The project as voted (copied at publication, never changed); `cost` in grosze. Written here because the server keeps
 * it as a JSON column (`bo_implementation.scope`), which its view passes on untyped; these are the fields the pages read.
 */
export interface ImplementationScope {
  number: number | null
  title: string
  summary?: string
  cost: number
}

/** A progress note as residents see it. */
export type ImplementationNote = ImplementationNoteView

/** A winner with its scope as voted, status and notes (oldest first); its `scope` typed as above. */
export type ImplementationItem = Omit<ServerImplementationList['items'][number], 'scope'> & {
  scope: ImplementationScope
}

/** The public list of winners (`GET …/implementation`), which the staff page shows and changes too. */
export interface ImplementationList {
  items: ImplementationItem[]
}

/** Photos accepted by the API (checked there against the bytes); the client checks first to answer at once. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024
/** The shortest reason for abandoning a winner: the server's own minimum, so the form says so before sending. */
export const REASON_MIN = ABANDON_REASON_MIN
/** The shortest note the server takes (`noteSchema` of worker/budget/input/voting-staff.ts, repeated: input schemas stay off the web). */
export const NOTE_MIN = 5

const edition = (slug: string, year: string) => `/jst/${enc(slug)}/bo/${enc(year)}`

export const implementationApi = (slug: string, year: string) => `${edition(slug, year)}/implementation`
export const staffImplementationApi = (slug: string, year: string, projectId: string) =>
  `/jst/${enc(slug)}/staff/bo/${enc(year)}/implementation/${enc(projectId)}`
/** One progress note, for staff: PATCH corrects its text, DELETE removes it with its photo. */
export const staffNoteApi = (slug: string, year: string, projectId: string, noteId: string) =>
  `${staffImplementationApi(slug, year, projectId)}/notes/${enc(noteId)}`

/** Absolute address of a note's photo (an `<img src>`, not routed by the SPA). */
export const photoUrl = (slug: string, year: string, projectId: string, photoId: string) =>
  `${API}${implementationApi(slug, year)}/${enc(projectId)}/photos/${enc(photoId)}`

/** 404 with this problem type: the edition exists, its results are not published yet — a state, not an error. */
export const NOT_PUBLISHED = 'https://wspolnota.example/problems/results-not-published'

export function isStatus(value: string | null | undefined): value is ImplementationStatus {
  return (IMPLEMENTATION_STATUSES as readonly string[]).includes(value ?? '')
}

/** How many winners are in each status (every status present, zeros included). */
export function countByStatus(items: ImplementationItem[]): Record<ImplementationStatus, number> {
  const counts = { selected: 0, in_progress: 0, done: 0, abandoned: 0 }
  for (const item of items) counts[item.status] += 1
  return counts
}

/** Notes oldest first, as a story of the work; the API already orders them, this keeps the page honest if not. */
export function notesInOrder(notes: ImplementationNote[]): ImplementationNote[] {
  return [...notes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}
