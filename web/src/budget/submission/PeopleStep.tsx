import { useRef, useState } from 'preact/hooks'
import { errorsFromApi, Field, Notice, type FormErrors, noErrors, ErrorText } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail } from '../../core/lib/form'
import { boBase } from '../api'
import { formatBytes } from '../money'
import { boPaths } from '../paths'
import type { AuthorProject, Edition, Pool } from '../types'
import type { Draft } from './context'
import { checkFile, FileInput, typeNames, upload } from './files'

/** Step 6: co-authors (each confirms by an e-mailed link) and support (online link to share, scanned paper list). */
export function PeopleStep({
  slug,
  year,
  draft,
  project,
  pool,
  edition,
  formId,
  errors,
  onProject,
  onRefresh,
}: {
  slug: string
  year: string
  draft: Draft
  project: AuthorProject
  pool: Pool | null
  edition: Edition
  formId: string
  errors: Record<string, string>
  onProject: (p: AuthorProject) => void
  onRefresh: () => Promise<void>
}) {
  const t = useT()
  const lang = useLang()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [coErrors, setCoErrors] = useState<FormErrors>(noErrors)
  const [paperFile, setPaperFile] = useState<File | null>(null)
  const [paperCount, setPaperCount] = useState('')
  const [paperErrors, setPaperErrors] = useState<FormErrors>(noErrors)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const paperInput = useRef<HTMLInputElement>(null)
  const link = `${location.origin}${boPaths.support(slug, year, project.id)}`
  const support = edition.rules.support

  const addCoauthor = async (event: Event) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (name.trim().split(/\s+/).filter(Boolean).length < 2) fields.name = t('budget.form.nameTwoWords')
    const emailProblem = checkEmail(email, t)
    if (emailProblem) fields.email = emailProblem
    if (Object.keys(fields).length) {
      setCoErrors({ general: null, fields })
      document.getElementById(`${formId}-${fields.name ? 'name' : 'email'}`)?.focus()
      return
    }
    setBusy(true)
    try {
      const response = await api<{ project: AuthorProject }>(
        `${boBase(slug, year)}/projects/${encodeURIComponent(draft.id)}/coauthors`,
        {
          method: 'POST',
          body: { name: name.trim(), email: email.trim() },
          token: draft.token,
        },
      )
      onProject(response.project)
      setNotice(t('budget.people.coauthorAdded', { name: name.trim(), email: email.trim() }))
      setName('')
      setEmail('')
      setCoErrors(noErrors)
    } catch (error) {
      const found = errorsFromApi(error, t)
      setCoErrors(found)
    } finally {
      setBusy(false)
    }
  }

  const addPaper = async (event: Event) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    const problem = checkFile(paperFile, edition.rules.submission.attachments, t, lang)
    if (problem) fields.paperFile = problem
    const count = Number(paperCount.trim())
    if (!/^\d+$/.test(paperCount.trim()) || count < 1) fields.paperSupporters = t('budget.people.paperCountInvalid')
    if (Object.keys(fields).length) {
      setPaperErrors({ general: null, fields })
      document.getElementById(`${formId}-${fields.paperFile ? 'paperFile' : 'paperSupporters'}`)?.focus()
      return
    }
    setBusy(true)
    try {
      const response = await upload(slug, year, draft, paperFile!, 'support-list', count)
      onProject(response.project)
      setNotice(t('budget.people.paperAdded', { count }))
      setPaperErrors(noErrors)
      setPaperFile(null)
      setPaperCount('')
      if (paperInput.current) paperInput.current.value = ''
    } catch (error) {
      const found = errorsFromApi(error, t)
      const fields = Object.fromEntries(
        Object.entries(found.fields).map(([k, v]) => [k === 'file' ? 'paperFile' : k, v]),
      )
      setPaperErrors(Object.keys(fields).length ? { general: null, fields } : found)
    } finally {
      setBusy(false)
    }
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setNotice(t('budget.people.copied'))
    } catch {
      const el = document.getElementById(`${formId}-supporters`) as HTMLInputElement | null
      el?.focus()
      el?.select()
      setNotice(t('budget.people.copyManually'))
    }
  }

  return (
    <>
      <Notice message={notice} />
      <section aria-labelledby={`${formId}-coauthors`} class="bo-subsection">
        <h3 id={`${formId}-coauthors`} tabIndex={-1}>
          {t('budget.people.coauthorsHeading')}
        </h3>
        <p>{t('budget.people.coauthorsIntro')}</p>
        <ErrorText id={`${formId}-coauthors-error`} error={errors.coauthors} />
        {project.coauthors.length === 0 ? (
          <p class="muted">{t('budget.people.noCoauthors')}</p>
        ) : (
          <ul class="bo-people">
            {project.coauthors.map((c) => (
              <li key={c.id}>
                {c.name} <span class="muted">({c.email})</span>{' '}
                <span class={c.confirmed ? 'bo-status bo-status-ok' : 'bo-status bo-status-warn'}>
                  {c.confirmed ? t('budget.people.confirmed') : t('budget.people.pending')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {coErrors.general && Object.keys(coErrors.fields).length === 0 ? (
          <div class="state state-error" role="alert">
            <p>{coErrors.general}</p>
          </div>
        ) : null}
        <form
          onSubmit={addCoauthor}
          noValidate
          aria-busy={busy ? 'true' : 'false'}
          class="bo-subform"
          aria-labelledby={`${formId}-coauthor-add`}
        >
          <h4 id={`${formId}-coauthor-add`}>{t('budget.people.addCoauthorHeading')}</h4>
          <Field
            formId={formId}
            name="name"
            label={t('budget.people.coauthorName')}
            value={name}
            onValue={setName}
            error={coErrors.fields.name}
            autocomplete="off"
          />
          <Field
            formId={formId}
            name="email"
            type="email"
            label={t('budget.people.coauthorEmail')}
            value={email}
            onValue={setEmail}
            error={coErrors.fields.email}
            autocomplete="off"
            spellcheck={false}
          />
          <div class="actions">
            <button type="submit" class="button button-secondary" disabled={busy}>
              {t('budget.people.addCoauthor')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby={`${formId}-support-heading`} class="bo-subsection">
        <h3 id={`${formId}-support-heading`}>{t('budget.people.supportHeading')}</h3>
        <p>
          {pool
            ? project.paperSupporters > 0 && project.paperSupportersVerified == null
              ? t('budget.people.supportStatusPending', {
                  count: project.supporters,
                  required: pool.requiredSupporters,
                  online: project.onlineSupporters,
                  paper: project.paperSupporters,
                })
              : t('budget.people.supportStatus', {
                  count: project.supporters,
                  required: pool.requiredSupporters,
                  online: project.onlineSupporters,
                  paper: project.paperSupportersVerified ?? 0,
                })
            : t('budget.people.supportNoPool', { count: project.supporters })}
        </p>
        <ErrorText id={`${formId}-supporters-error`} error={errors.supporters} />
        {support.online ? (
          <>
            <div class="field">
              <label for={`${formId}-supporters`}>{t('budget.people.linkLabel')}</label>
              <p class="hint" id={`${formId}-supporters-hint`}>
                {t('budget.people.linkHint')}
              </p>
              <input
                id={`${formId}-supporters`}
                type="text"
                readOnly
                value={link}
                aria-describedby={`${formId}-supporters-hint`}
                class="bo-link-input"
              />
            </div>
            <div class="actions">
              <button type="button" class="button button-secondary" onClick={() => void copy()}>
                {t('budget.people.copy')}
              </button>
              <button type="button" class="button button-secondary" onClick={() => void onRefresh()}>
                {t('budget.people.refresh')}
              </button>
            </div>
          </>
        ) : (
          <p>{t('budget.people.onlineOff')}</p>
        )}
        {support.paper ? (
          <form
            onSubmit={addPaper}
            noValidate
            aria-busy={busy ? 'true' : 'false'}
            class="bo-subform"
            aria-labelledby={`${formId}-paper-heading`}
          >
            <h4 id={`${formId}-paper-heading`}>{t('budget.people.paperHeading')}</h4>
            <p class="hint">{t('budget.people.paperIntro')}</p>
            <ErrorText id={`${formId}-attachments-error`} error={errors.attachments} />
            {paperErrors.general && Object.keys(paperErrors.fields).length === 0 ? (
              <div class="state state-error" role="alert">
                <p>{paperErrors.general}</p>
              </div>
            ) : null}
            <FileInput
              id={`${formId}-paperFile`}
              label={t('budget.people.paperFile')}
              hint={t('budget.files.fileHint', {
                size: formatBytes(edition.rules.submission.attachments.maxBytes, lang),
                types: typeNames(edition.rules.submission.attachments.types),
              })}
              error={paperErrors.fields.paperFile}
              accept={edition.rules.submission.attachments.types.join(',')}
              onFile={setPaperFile}
              inputRef={paperInput}
            />
            <Field
              formId={formId}
              name="paperSupporters"
              label={t('budget.people.paperCount')}
              hint={t('budget.people.paperCountHint')}
              value={paperCount}
              onValue={setPaperCount}
              error={paperErrors.fields.paperSupporters}
              inputMode="numeric"
              autocomplete="off"
              class="bo-amount"
            />
            <div class="actions">
              <button type="submit" class="button button-secondary" disabled={busy}>
                {t('budget.people.paperAdd')}
              </button>
            </div>
          </form>
        ) : null}
      </section>
    </>
  )
}
