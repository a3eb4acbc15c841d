import { DateTime } from '../../core/ui'
import { useT, type Translate } from '../../core/i18n'
import { Money } from '../ui'
import type { ComponentChildren } from 'preact'
import {
  notesInOrder,
  photoUrl,
  type ImplementationItem,
  type ImplementationNote,
  type ImplementationStatus,
} from './api'
import './implementation.css'

/**
 * Pieces shared by the residents' implementation page and the staff page, so both show a winner the same way: its
 * number and title as voted, the status in words (the colour only helps), the reason of an abandonment, and the
 * progress notes in date order with their photos.
 */

const tone: Record<ImplementationStatus, string> = {
  selected: 'bo-status-info',
  in_progress: 'bo-status-warn',
  done: 'bo-status-ok',
  abandoned: 'bo-status-bad',
}

/** The status as a word in a pill; `abandoned` is also struck through in forced-colours mode (see the CSS). */
export function ImplementationStatusBadge({ status }: { status: ImplementationStatus }) {
  const t = useT()
  return (
    <span class={`bo-status impl-status impl-status-${status} ${tone[status]}`}>
      {t(`implementation.status.${status}`)}
    </span>
  )
}

/** "Nr 3 Zielony skwer" — the number residents voted by, then the title. */
export function winnerName(item: ImplementationItem, t: Translate): string {
  return item.scope.number != null
    ? t('implementation.projectName', { number: item.scope.number, title: item.scope.title })
    : item.scope.title
}

/** Cost as voted, the status, the reason of an abandonment and the date of the last change. */
export function ScopeFacts({ item }: { item: ImplementationItem }) {
  const t = useT()
  return (
    <dl class="facts impl-facts">
      <dt>{t('implementation.cost')}</dt>
      <dd>
        <Money value={item.scope.cost} />
      </dd>
      <dt>{t('implementation.statusLabel')}</dt>
      <dd>
        <ImplementationStatusBadge status={item.status} />
      </dd>
      {item.status === 'abandoned' && item.reason ? (
        <>
          <dt>{t('implementation.reason')}</dt>
          <dd class="impl-reason">{item.reason}</dd>
        </>
      ) : null}
      <dt>{t('implementation.updatedAt')}</dt>
      <dd>
        <DateTime value={item.updatedAt} withTime />
      </dd>
    </dl>
  )
}

const ALT_MAX = 150

/** The note's own words describe its photo; long notes are cut at a word so the alternative stays short. */
export function photoAlt(text: string, t: Translate): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short =
    flat.length <= ALT_MAX
      ? flat
      : `${flat.slice(0, flat.lastIndexOf(' ', ALT_MAX) > 0 ? flat.lastIndexOf(' ', ALT_MAX) : ALT_MAX)}…`
  return t('implementation.photoAlt', { text: short })
}

/**
 * One progress note as residents see it: its date (and the date of a correction, if staff corrected the text), the
 * text, and the photo linked to its full size. `children` (the staff page's buttons) follow it.
 */
export function NoteContent({
  slug,
  year,
  item,
  note,
  children,
}: {
  slug: string
  year: string
  item: ImplementationItem
  note: ImplementationNote
  children?: ComponentChildren
}) {
  const t = useT()
  return (
    <>
      <p class="impl-note-date">
        <DateTime value={note.at} withTime />
        {note.editedAt ? (
          <span class="impl-note-edited">
            {' '}
            ({t('implementation.editedAt')} <DateTime value={note.editedAt} withTime />)
          </span>
        ) : null}
      </p>
      <p class="impl-note-text">{note.text}</p>
      {note.photoId ? (
        <a class="impl-photo-link" href={photoUrl(slug, year, item.projectId, note.photoId)}>
          <img
            class="impl-photo"
            src={photoUrl(slug, year, item.projectId, note.photoId)}
            alt={photoAlt(note.text, t)}
            loading="lazy"
            decoding="async"
          />
        </a>
      ) : null}
      {children}
    </>
  )
}

/** Progress notes oldest first, each with its date and, when there is one, its photo (linked to the full size). */
export function NotesList({
  slug,
  year,
  item,
  headingId,
  heading,
  headingLevel = 3,
}: {
  slug: string
  year: string
  item: ImplementationItem
  headingId: string
  heading: string
  headingLevel?: 3 | 4
}) {
  const t = useT()
  const H = headingLevel === 3 ? 'h3' : 'h4'
  const notes = notesInOrder(item.notes)
  return (
    <div class="impl-notes">
      <H id={headingId} class="impl-notes-title">
        {heading}
      </H>
      {notes.length === 0 ? (
        <p class="muted">{t('implementation.noNotes')}</p>
      ) : (
        <ol class="impl-note-list">
          {notes.map((note) => (
            <li key={note.id} class="impl-note">
              <NoteContent slug={slug} year={year} item={item} note={note} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
