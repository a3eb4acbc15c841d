import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { ConfirmDialog, errorsFromApi, Notice, TextAreaField, useFormId } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { formatDateTime } from '../../core/lib/time'
import { NOTE_MIN, notesInOrder, staffNoteApi, type ImplementationItem, type ImplementationNote } from './api'
import { useAnnouncement, useFormErrors } from './forms'
import { GeneralError } from './StaffForms'
import { NoteContent, winnerName } from './ui'

/**
 * The staff page's list of a winner's progress notes: the same notes residents see, each with "Popraw" (the text is
 * corrected in place; the photo stays) and "Usuń" (after a confirmation, with its photo). Every button is named for
 * its note — its number, date and project — so a list of buttons read out of context still says which is which.
 * Focus never gets lost: opening the correction moves it to the text, saving or cancelling returns it to "Popraw",
 * and after a deletion it goes to the list's heading; the outcome is announced in the list's live region.
 */

interface ListProps {
  slug: string
  year: string
  item: ImplementationItem
  headingId: string
  heading: string
  /** Called after a saved change, to reload the list residents see. */
  onSaved: () => void
}

/** What names a note in its buttons and messages: its number in the list, its date and its project. */
type NoteLabel = {
  number: number
  date: string
  title: string
}

export function StaffNotesList({ slug, year, item, headingId, heading, onSaved }: ListProps) {
  const t = useT()
  const lang = useLang()
  const notes = notesInOrder(item.notes)
  const title = winnerName(item, t)
  const labelOf = (note: ImplementationNote): NoteLabel => ({
    number: notes.indexOf(note) + 1,
    date: formatDateTime(note.at, lang),
    title,
  })
  const [message, announce] = useAnnouncement()
  const [deleting, setDeleting] = useState<ImplementationNote | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [removed, setRemoved] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // Once the deleted note has left the reloaded list, the focus (back on its vanished button) goes to the heading.
  useEffect(() => {
    if (removed && !item.notes.some((note) => note.id === removed)) {
      setRemoved(null)
      headingRef.current?.focus()
    }
  }, [removed, item.notes])

  const remove = async () => {
    if (!deleting || busy) return
    const label = labelOf(deleting)
    setBusy(true)
    setDialogError(null)
    try {
      await api(staffNoteApi(slug, year, item.projectId, deleting.id), { method: 'DELETE' })
      setRemoved(deleting.id)
      setDeleting(null)
      announce(t('implementation.panel.noteDeleted', { date: label.date, title }))
      onSaved()
    } catch (error) {
      setDialogError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="impl-notes">
      <h3 id={headingId} ref={headingRef} class="impl-notes-title" tabIndex={-1}>
        {heading}
      </h3>
      {notes.length === 0 ? (
        <p class="muted">{t('implementation.noNotes')}</p>
      ) : (
        <ol class="impl-note-list">
          {notes.map((note) => (
            <li key={note.id} class="impl-note">
              <StaffNote
                slug={slug}
                year={year}
                item={item}
                note={note}
                label={labelOf(note)}
                announce={announce}
                onSaved={onSaved}
                onDelete={() => {
                  setDialogError(null)
                  setDeleting(note)
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <Notice message={message} />
      <ConfirmDialog
        error={dialogError}
        open={deleting !== null}
        title={t('implementation.panel.deleteTitle')}
        confirmLabel={t('implementation.panel.deleteConfirm')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? (
          <>
            <p>
              {t(
                deleting.photoId ? 'implementation.panel.deleteTextWithPhoto' : 'implementation.panel.deleteText',
                labelOf(deleting),
              )}
            </p>
            <blockquote class="impl-note-quote">{deleting.text}</blockquote>
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  )
}

function StaffNote({
  slug,
  year,
  item,
  note,
  label,
  announce,
  onSaved,
  onDelete,
}: {
  slug: string
  year: string
  item: ImplementationItem
  note: ImplementationNote
  label: NoteLabel
  announce: (message: string) => void
  onSaved: () => void
  onDelete: () => void
}) {
  const t = useT()
  const formId = useFormId('impl-edit')
  const errors = useFormErrors(formId, ['text'])
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(note.text)
  const [busy, setBusy] = useState(false)
  const [closed, setClosed] = useState(0)
  const editButton = useRef<HTMLButtonElement>(null)

  useLayoutEffect(() => {
    if (editing) document.getElementById(`${formId}-text`)?.focus()
  }, [editing])
  useLayoutEffect(() => {
    if (closed) editButton.current?.focus()
  }, [closed])

  const open = () => {
    setText(note.text)
    errors.clear()
    setEditing(true)
  }
  const close = () => {
    setEditing(false)
    setClosed((n) => n + 1)
  }

  const submit = async (event: Event) => {
    event.preventDefault()
    if (busy) return
    if (text.trim().length < NOTE_MIN) {
      errors.fields({ text: t('implementation.panel.noteRequired') })
      return
    }
    setBusy(true)
    errors.clear()
    try {
      const saved = await api<{ changed: boolean }>(staffNoteApi(slug, year, item.projectId, note.id), {
        method: 'PATCH',
        body: { text: text.trim() },
      })
      announce(
        t(saved.changed ? 'implementation.panel.noteEdited' : 'implementation.panel.noteUnchanged', {
          number: label.number,
          title: label.title,
        }),
      )
      close()
      if (saved.changed) onSaved()
    } catch (error) {
      errors.fromApi(error, t)
    } finally {
      setBusy(false)
    }
  }

  if (!editing) {
    return (
      <NoteContent slug={slug} year={year} item={item} note={note}>
        <div class="actions impl-note-actions">
          <button
            ref={editButton}
            type="button"
            class="button button-secondary button-small"
            aria-label={t('implementation.panel.editNoteFor', label)}
            onClick={open}
          >
            {t('implementation.panel.editNote')}
          </button>
          <button
            type="button"
            class="button button-secondary button-small"
            aria-label={t('implementation.panel.deleteNoteFor', label)}
            onClick={onDelete}
          >
            {t('implementation.panel.deleteNote')}
          </button>
        </div>
      </NoteContent>
    )
  }

  return (
    <form
      class="impl-form impl-note-edit"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.preventDefault()
          close()
        }
      }}
    >
      <TextAreaField
        formId={formId}
        name="text"
        label={t('implementation.panel.editField', label)}
        hint={t('implementation.panel.editHint')}
        value={text}
        onValue={setText}
        error={errors.errors.fields.text}
        rows={4}
        maxLength={10_000}
      />
      <GeneralError message={errors.errors.general} focusRef={errors.generalRef} />
      <div class="actions">
        <button
          type="submit"
          class="button button-small"
          aria-busy={busy ? 'true' : undefined}
          aria-label={t('implementation.panel.saveEditFor', label)}
        >
          {t('implementation.panel.saveEdit')}
        </button>
        <button
          type="button"
          class="button button-secondary button-small"
          disabled={busy}
          aria-label={t('implementation.panel.cancelEditFor', label)}
          onClick={close}
        >
          {t('implementation.panel.cancelEdit')}
        </button>
      </div>
    </form>
  )
}
