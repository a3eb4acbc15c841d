import { implementationStatusLabels, type ImplementationStatus } from '../domain/implementation'
import type { Note, Tracked } from '../queries/implementation'

/*
 * The JSON of the implementation pages: the public list of winners with their notes, and the staff answers.
 */

/** A progress note as residents see it. */
export function noteView(n: Note) {
  return {
    id: n.id,
    text: n.text,
    photoId: n.photoId,
    at: n.at.toISOString(),
    editedAt: n.editedAt?.toISOString() ?? null,
  }
}

export type ImplementationNoteView = ReturnType<typeof noteView>

/** The public list: winners by ballot number, each with its scope as voted, status and notes (oldest first). */
export function implementationList(rows: Tracked[], notes: Note[]) {
  return {
    items: rows
      .sort((a, b) => ((a.scope as { number: number }).number ?? 0) - ((b.scope as { number: number }).number ?? 0))
      .map((r) => ({
        projectId: r.projectId,
        scope: r.scope,
        status: r.status,
        statusLabel: implementationStatusLabels[r.status],
        reason: r.reason,
        updatedAt: r.updatedAt.toISOString(),
        notes: notes.filter((n) => n.projectId === r.projectId).map(noteView),
      })),
  }
}

export type ImplementationList = ReturnType<typeof implementationList>

/** The answer to a status change; `changed` is false when the status and reason were those already stored. */
export function statusChanged(status: ImplementationStatus, changed: boolean) {
  return { status, statusLabel: implementationStatusLabels[status], changed }
}

/** The answer to a corrected note: the note as it now reads, and whether anything changed. */
export function noteEdited(note: Note, text: string, changed: boolean, now: Date) {
  return {
    id: note.id,
    text,
    photoId: note.photoId,
    at: note.at.toISOString(),
    editedAt: (changed ? now : note.editedAt)?.toISOString() ?? null,
    changed,
  }
}
