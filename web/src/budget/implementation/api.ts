import { API, enc } from '../../core/lib/api'

/**
 * Shapes and addresses of the implementation-tracking API (worker/budget/voting/implementation.ts). The same public
 * list feeds the residents' page and the staff page: staff see exactly what residents see, and change it.
 */

export const IMPLEMENTATION_STATUSES = ['selected', 'in_progress', 'done', 'abandoned'] as const
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number]

/** The project as voted (copied at publication, never changed); `cost` in grosze. */
export interface ImplementationScope {
  number: number | null
  title: string
  summary?: string
  cost: number
}

export interface ImplementationNote {
  id: string
  text: string
  photoId: string | null
  at: string
  /** When staff last corrected the text; null if never. */
  editedAt: string | null
}

export interface ImplementationItem {
  projectId: string
  scope: ImplementationScope
  status: ImplementationStatus
  statusLabel: string
  reason: string | null
  updatedAt: string
  notes: ImplementationNote[]
}

export interface ImplementationList {
  items: ImplementationItem[]
}

/** Photos accepted by the API (checked there against the bytes); the client checks first to answer at once. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024
/** The server's own minimums, repeated so the form can say so before sending. */
export const REASON_MIN = 10
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
