import { useRef, useState } from 'preact/hooks'
import { FileField, Notice, SelectField, TextAreaField, useFormId } from '../../core/ui'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import {
  IMPLEMENTATION_STATUSES,
  NOTE_MIN,
  PHOTO_MAX_BYTES,
  PHOTO_TYPES,
  REASON_MIN,
  staffImplementationApi,
  type ImplementationItem,
  type ImplementationStatus,
} from './api'
import { useAnnouncement, useFormErrors } from './forms'
import { winnerName } from './ui'

/**
 * The two staff forms of one winner: its status (a reason is required, and checked here first, when the JST
 * abandons the project) and a progress note with an optional photo. Both say what the server refused next to the
 * field concerned and announce success in a live region beside the button.
 */

type FormErrorsHandle = ReturnType<typeof useFormErrors>

interface FormProps {
  slug: string
  year: string
  item: ImplementationItem
  /** Called after a successful save, to reload the list residents see. */
  onSaved: () => void
}

/** A message the server did not tie to a field, as an alert the focus can move to. */
export function GeneralError({
  message,
  focusRef,
}: {
  message: string | null
  focusRef: { current: HTMLDivElement | null }
}) {
  const t = useT()
  if (!message) return null
  return (
    <div ref={focusRef} class="state state-error" role="alert" tabIndex={-1}>
      <p class="state-title">{t('implementation.panel.refused')}</p>
      <p>{message}</p>
    </div>
  )
}

/**
 * The send step both forms share: one request at a time, earlier errors cleared before it, the server's refusal
 * shown next to the fields after it; on success the returned message is announced and the list reloaded.
 */
function useSave(errors: FormErrorsHandle, onSaved: () => void) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [message, announce] = useAnnouncement()
  const save = async (request: () => Promise<string>) => {
    setBusy(true)
    errors.clear()
    try {
      announce(await request())
      onSaved()
    } catch (error) {
      errors.fromApi(error, t)
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, save }
}

/** The end of both forms: the general error, the submit button (named for the project) and the success notice. */
function FormEnd({
  errors,
  busy,
  message,
  label,
  children,
}: {
  errors: FormErrorsHandle
  busy: boolean
  message: string | null
  label: string
  children: string
}) {
  return (
    <>
      <GeneralError message={errors.errors.general} focusRef={errors.generalRef} />
      <div class="actions">
        <button type="submit" class="button" aria-busy={busy ? 'true' : undefined} aria-label={label}>
          {children}
        </button>
      </div>
      <Notice message={message} />
    </>
  )
}

export function StatusForm({ slug, year, item, onSaved }: FormProps) {
  const t = useT()
  const formId = useFormId('impl-status')
  const [status, setStatus] = useState<ImplementationStatus>(item.status)
  const [reason, setReason] = useState(item.reason ?? '')
  const errors = useFormErrors(formId, ['status', 'reason'])
  const { busy, message, save } = useSave(errors, onSaved)
  const name = winnerName(item, t)
  const abandoned = status === 'abandoned'

  const submit = async (event: Event) => {
    event.preventDefault()
    if (busy) return
    if (abandoned && reason.trim().length < REASON_MIN) {
      errors.fields({ reason: t('implementation.panel.reasonRequired') })
      return
    }
    await save(async () => {
      const saved = await api<{ changed?: boolean }>(staffImplementationApi(slug, year, item.projectId), {
        method: 'PATCH',
        body: abandoned ? { status, reason: reason.trim() } : { status },
      })
      // The same status (and reason) again writes nothing on the server: say so rather than "saved".
      return t(saved?.changed === false ? 'implementation.panel.statusUnchanged' : 'implementation.panel.statusSaved', {
        title: name,
        status: t(`implementation.status.${status}`),
      })
    })
  }

  return (
    <form class="impl-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3 id={`${formId}-title`}>{t('implementation.panel.statusHeading')}</h3>
      <SelectField
        formId={formId}
        name="status"
        label={t('implementation.panel.statusField')}
        value={status}
        onValue={(value) => setStatus(value as ImplementationStatus)}
        error={errors.errors.fields.status}
        options={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`implementation.status.${value}`) }))}
      />
      {abandoned ? (
        <TextAreaField
          formId={formId}
          name="reason"
          label={t('implementation.panel.reasonField')}
          hint={t('implementation.panel.reasonHint')}
          value={reason}
          onValue={setReason}
          error={errors.errors.fields.reason}
          rows={3}
          maxLength={5000}
        />
      ) : null}
      <FormEnd
        errors={errors}
        busy={busy}
        message={message}
        label={t('implementation.panel.saveStatusFor', { title: name })}
      >
        {t('implementation.panel.saveStatus')}
      </FormEnd>
    </form>
  )
}

export function NoteForm({ slug, year, item, onSaved }: FormProps) {
  const t = useT()
  const formId = useFormId('impl-note')
  const [text, setText] = useState('')
  const [photo, setPhoto] = useState<File | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const errors = useFormErrors(formId, ['text', 'photo'])
  const { busy, message, save } = useSave(errors, onSaved)
  const name = winnerName(item, t)

  const submit = async (event: Event) => {
    event.preventDefault()
    if (busy) return
    const fields: Record<string, string> = {}
    if (text.trim().length < NOTE_MIN) fields.text = t('implementation.panel.noteRequired')
    if (photo && !PHOTO_TYPES.includes(photo.type)) fields.photo = t('implementation.panel.photoType')
    else if (photo && photo.size > PHOTO_MAX_BYTES) fields.photo = t('implementation.panel.photoSize')
    if (Object.keys(fields).length) {
      errors.fields(fields)
      return
    }
    const path = `${staffImplementationApi(slug, year, item.projectId)}/notes`
    await save(async () => {
      if (photo) {
        const form = new FormData()
        form.append('text', text.trim())
        form.append('photo', photo)
        await api(path, { method: 'POST', form })
      } else {
        await api(path, { method: 'POST', body: { text: text.trim() } })
      }
      setText('')
      setPhoto(null)
      if (fileInput.current) fileInput.current.value = ''
      return t(photo ? 'implementation.panel.noteSavedWithPhoto' : 'implementation.panel.noteSaved', { title: name })
    })
  }

  return (
    <form class="impl-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3 id={`${formId}-title`}>{t('implementation.panel.noteHeading')}</h3>
      <TextAreaField
        formId={formId}
        name="text"
        label={t('implementation.panel.noteField')}
        hint={t('implementation.panel.noteHint')}
        value={text}
        onValue={setText}
        error={errors.errors.fields.text}
        rows={4}
        maxLength={10_000}
      />
      <FileField
        id={`${formId}-photo`}
        label={t('implementation.panel.photoField')}
        hint={t('implementation.panel.photoHint')}
        accept={PHOTO_TYPES.join(',')}
        error={errors.errors.fields.photo}
        onFile={setPhoto}
        inputRef={fileInput}
      />
      <FormEnd
        errors={errors}
        busy={busy}
        message={message}
        label={t('implementation.panel.addNoteFor', { title: name })}
      >
        {t('implementation.panel.addNote')}
      </FormEnd>
    </form>
  )
}
