import { useRef, useState } from 'preact/hooks'
import { errorsFromApi, Notice, SelectField, type FormErrors, noErrors } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { boBase } from '../api'
import { formatBytes } from '../money'
import type { AuthorProject, Rules } from '../types'
import type { Draft } from './context'
import { checkFile, FileInput, typeNames, upload } from './files'

/** Step 5: files attached to the draft, within the edition's limits. */
export function AttachmentsStep({
  slug,
  year,
  draft,
  project,
  limits,
  formId,
  onProject,
}: {
  slug: string
  year: string
  draft: Draft
  project: AuthorProject
  limits: Rules['submission']['attachments']
  formId: string
  onProject: (p: AuthorProject) => void
}) {
  const t = useT()
  const lang = useLang()
  const [file, setFile] = useState<File | null>(null)
  const [kind, setKind] = useState('document')
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const fileId = `${formId}-file`
  const full = project.attachments.length >= limits.maxFiles

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const problem = checkFile(file, limits, t, lang)
    if (problem) {
      setErrors({ general: null, fields: { file: problem } })
      input.current?.focus()
      return
    }
    setBusy(true)
    try {
      const response = await upload(slug, year, draft, file!, kind)
      onProject(response.project)
      setErrors(noErrors)
      setNotice(t('budget.files.added', { name: file!.name }))
      setFile(null)
      if (input.current) input.current.value = ''
    } catch (error) {
      const found = errorsFromApi(error, t)
      setErrors(Object.keys(found.fields).length ? { general: null, fields: found.fields } : found)
      input.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: string, name: string) => {
    setBusy(true)
    try {
      const response = await api<{ project: AuthorProject }>(
        `${boBase(slug, year)}/projects/${encodeURIComponent(draft.id)}/attachments/${encodeURIComponent(id)}`,
        { method: 'DELETE', token: draft.token },
      )
      onProject(response.project)
      setNotice(t('budget.files.removed', { name }))
      input.current?.focus()
    } catch (error) {
      setErrors(errorsFromApi(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p>{t('budget.files.intro')}</p>
      <p class="notice-info">
        {t('budget.files.limits', {
          count: limits.maxFiles,
          size: formatBytes(limits.maxBytes, lang),
          types: typeNames(limits.types),
        })}
        {limits.minFiles ? ` ${t('budgetpanel.files.required', { count: limits.minFiles })}` : null}
      </p>
      <Notice message={notice} />
      <h3 id={`${formId}-files-heading`}>
        {t('budget.files.listHeading', { count: project.attachments.length, max: limits.maxFiles })}
      </h3>
      {project.attachments.length === 0 ? (
        <p class="muted">{t('budget.files.none')}</p>
      ) : (
        <ul class="bo-files" aria-labelledby={`${formId}-files-heading`}>
          {project.attachments.map((a) => (
            <li key={a.id}>
              <span class="bo-file-name">{a.name}</span>{' '}
              <span class="muted small">
                ({t(`budget.files.kind.${a.kind}`)}, {formatBytes(a.size, lang)})
              </span>{' '}
              <button
                type="button"
                class="button button-secondary button-small"
                disabled={busy}
                onClick={() => void remove(a.id, a.name)}
                aria-label={t('budget.files.removeNamed', { name: a.name })}
              >
                {t('budget.files.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors.general ? (
        <div class="state state-error" role="alert">
          <p>{errors.general}</p>
        </div>
      ) : null}
      {full ? (
        <p class="muted">{t('budget.files.full')}</p>
      ) : (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-busy={busy ? 'true' : 'false'}
          class="bo-subform"
          aria-labelledby={`${formId}-upload-heading`}
        >
          <h3 id={`${formId}-upload-heading`}>{t('budget.files.addHeading')}</h3>
          <SelectField
            formId={formId}
            name="kind"
            label={t('budget.files.kindLabel')}
            value={kind}
            error={errors.fields.kind}
            onValue={setKind}
            options={[
              { value: 'document', label: t('budget.files.kind.document') },
              { value: 'photo', label: t('budget.files.kind.photo') },
            ]}
          />
          <FileInput
            id={fileId}
            label={t('budget.files.fileLabel')}
            hint={t('budget.files.fileHint', {
              size: formatBytes(limits.maxBytes, lang),
              types: typeNames(limits.types),
            })}
            error={errors.fields.file}
            accept={limits.types.join(',')}
            onFile={setFile}
            inputRef={input}
          />
          <div class="actions">
            <button type="submit" class="button button-secondary" disabled={busy}>
              {t('budget.files.add')}
            </button>
          </div>
        </form>
      )}
    </>
  )
}
