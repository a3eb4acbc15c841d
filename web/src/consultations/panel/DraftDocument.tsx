import { useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DataRegion,
  DateTime,
  ErrorState,
  ErrorSummary,
  FileField,
  Loading,
  Notice,
  RadioGroup,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { ksPaths } from '../paths'
import type { DocumentView } from '../types'
import { foldFieldErrors } from './LaunchForm'
import { ksStaffApi } from './paths'
import type { StaffConsultation, VersionAnswer } from './types'
import { ksChoice } from './ui'

type Format = 'text' | 'markdown' | 'docx'

/** "Dodano wersję 2: …" or "the same text as version 2", from the upload's answer. */
function summaryText(t: ReturnType<typeof useT>, answer: VersionAnswer, created: boolean): string {
  const v = answer.version
  return created
    ? t('consultations.panel.doc.added', {
        version: v.version,
        kept: v.kept,
        edited: v.edited.length,
        added: v.added.length,
        removed: v.removed.length,
        moved: v.moved.length,
      })
    : t('consultations.panel.doc.same', { version: v.version })
}

/**
 * A new version of the draft: text pasted from a word processor, Markdown, or a `.docx` file (the server reads its
 * headings and numbering). The answer says what the version did to the previous one's paragraphs, which keep their ids
 * (and their comments) when unchanged, moved or edited; the same text again makes no new version.
 */
function UploadForm({
  slug,
  number,
  current,
  onAdded,
}: {
  slug: string
  number: number
  /** The version shown when the form was sent (0: none yet). */
  current: number
  onAdded: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('ks-projekt')
  const [format, setFormat] = useState<Format>('text')
  const [source, setSource] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const { errors, version, busy, submit } = useSubmit()
  const labels = {
    format: t('consultations.panel.doc.format'),
    source:
      format === 'markdown' ? t('consultations.panel.doc.sourceMarkdown') : t('consultations.panel.doc.sourceText'),
    file: t('consultations.panel.doc.file'),
  }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await submit(
      t,
      (): Record<string, string> => {
        if (format === 'docx') return file ? {} : { file: t('consultations.panel.doc.fileRequired') }
        return source.trim() ? {} : { source: t('consultations.panel.doc.sourceRequired') }
      },
      async () => {
        let answer: VersionAnswer
        let created: boolean
        if (format === 'docx') {
          const form = new FormData()
          form.append('file', file!)
          answer = await api<VersionAnswer>(ksStaffApi.docx(slug, number), { method: 'POST', form })
        } else {
          answer = await api<VersionAnswer>(ksStaffApi.document(slug, number), {
            method: 'POST',
            body: { format, source },
          })
        }
        // 201 and 200 read alike here: a version no newer than the one shown is the "same text" answer.
        created = answer.version.version > current
        onAdded(summaryText(t, answer, created))
        setSource('')
        setFile(null)
        if (fileInput.current) fileInput.current.value = ''
      },
      (_error, found) => foldFieldErrors(found),
    )
  }
  return (
    <form id={formId} noValidate onSubmit={onSubmit} class="ks-upload">
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <RadioGroup
        formId={formId}
        name="format"
        legend={labels.format}
        value={format}
        onValue={(value) => setFormat(value as Format)}
        options={(['text', 'markdown', 'docx'] as const).map((key) => ({
          value: key,
          label: t(`consultations.panel.doc.format.${key}`),
          hint: t(`consultations.panel.doc.formatHint.${key}`),
        }))}
        look={ksChoice}
      />
      {format === 'docx' ? (
        <FileField
          id={`${formId}-file`}
          label={labels.file}
          hint={t('consultations.panel.doc.fileHint')}
          error={errors.fields.file}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onFile={setFile}
          inputRef={fileInput}
        />
      ) : (
        <TextAreaField
          formId={formId}
          name="source"
          label={labels.source}
          hint={t('consultations.panel.doc.sourceHint')}
          error={errors.fields.source}
          value={source}
          onValue={setSource}
          rows={10}
        />
      )}
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('consultations.panel.doc.sending') : t('consultations.panel.doc.submit')}
      </button>
    </form>
  )
}

/**
 * The consultation's draft in the panel: the current version (its sections and paragraphs as the parser read them,
 * so the organiser checks the numbering before residents see it), every version with links to what changed, and the
 * form for a new version (not after the results are reported).
 */
export function DraftDocument({ slug, c }: { slug: string; c: StaffConsultation }) {
  const t = useT()
  const doc = useResource<DocumentView>(ksStaffApi.document(slug, c.number))
  const [notice, setNotice] = useState<string | null>(null)
  const missing = doc.status === 'error' && doc.error.status === 404
  const published = c.status !== 'draft'
  return (
    <section class="panel-section" aria-labelledby="ks-doc-heading">
      <h2 id="ks-doc-heading">{t('consultations.panel.doc.heading')}</h2>
      <Notice message={notice} />
      <DataRegion busy={doc.status === 'loading'}>
        {doc.status === 'loading' && !doc.data ? <Loading /> : null}
        {doc.status === 'error' && !missing ? <ErrorState error={doc.error} onRetry={doc.reload} /> : null}
        {missing ? <p>{t('consultations.panel.doc.none')}</p> : null}
        {doc.data && !missing ? (
          <>
            <p>
              {t('consultations.panel.doc.current', {
                version: doc.data.version,
                sections: doc.data.sections.length,
                paragraphs: doc.data.sections.reduce((n, s) => n + s.paragraphs.length, 0),
              })}
            </p>
            <h3 id="ks-versions-heading">{t('consultations.panel.doc.versionsCaption')}</h3>
            <ol class="ks-versions" aria-labelledby="ks-versions-heading">
              {[...doc.data.versions].reverse().map((v) => (
                <li key={v.version}>
                  <strong>{t('consultations.panel.doc.versionN', { version: v.version })}</strong>
                  {' — '}
                  {t(`consultations.panel.doc.format.${v.sourceKind}`)}
                  {', '}
                  <DateTime value={v.createdAt} withTime />
                  {v.version > 1 ? (
                    <>
                      {' — '}
                      {published ? (
                        <a href={ksPaths.compare(slug, c.number, v.version - 1, v.version)}>
                          {t('consultations.panel.doc.compare', { from: v.version - 1, to: v.version })}
                        </a>
                      ) : (
                        t('consultations.panel.doc.compareAfter')
                      )}
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
            <details class="ks-doc-preview">
              <summary>{t('consultations.panel.doc.preview', { version: doc.data.version })}</summary>
              {doc.data.sections.map((s, i) => (
                <div key={i} class="ks-doc-section">
                  {s.heading ? <h3>{s.heading}</h3> : null}
                  <ol class="ks-doc-paragraphs">
                    {s.paragraphs.map((p) => (
                      <li key={p.id}>
                        {p.ref || p.marker ? <strong>{p.ref ?? p.marker} </strong> : null}
                        {p.text}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </details>
          </>
        ) : null}
      </DataRegion>
      {c.status === 'reported' ? (
        <p>{t('consultations.panel.doc.reported')}</p>
      ) : (
        <>
          <h3>{t('consultations.panel.doc.newHeading')}</h3>
          <p>{published ? t('consultations.panel.doc.newIntroPublished') : t('consultations.panel.doc.newIntro')}</p>
          <UploadForm
            slug={slug}
            number={c.number}
            current={doc.data?.version ?? 0}
            onAdded={(message) => {
              setNotice(message)
              doc.reload()
            }}
          />
        </>
      )}
    </section>
  )
}
