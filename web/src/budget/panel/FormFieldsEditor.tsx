import { useState } from 'preact/hooks'
import { foldPolish } from '../../core/lib/text'
import { Field, SelectField, Checkbox, ErrorText, TextAreaField } from '../../core/ui'
import type { Translate } from '../../core/i18n'
import { useT } from '../../core/i18n'
import { FORM_FIELD_TYPES, type FormFieldDef, type FormFieldType, type Rules } from '../types'
import { AddRowButton, focusSoon, boChoice } from '../ui'
import { TYPE_NAMES, type AttachmentType } from '../submission/files'

/**
 * The part of the edition form where staff design the submission form: extra fields residents fill in (text, long
 * text, a tick box, one choice from a list) and the attachment rules. Field names follow the API's paths
 * (`rules.submission.formFields.{i}.label`), so the server's errors land next to the right control.
 */

export const FIELDS = 'rules.submission.formFields'
export const FILES = 'rules.submission.attachments'

/** One extra field as staff edit it; `key` is kept for saved fields (projects' answers are stored under it). */
export interface FieldDraft {
  uid: number
  key: string | null
  label: string
  type: FormFieldType
  required: boolean
  help: string
  options: string
}

/** Attachment rules as typed: counts and megabytes as text, types as ticked. */
export interface FilesDraft {
  maxFiles: string
  minFiles: string
  maxMb: string
  types: AttachmentType[]
}

let uid = 0
export function newFieldDraft(): FieldDraft {
  uid += 1
  return { uid, key: null, label: '', type: 'text', required: false, help: '', options: '' }
}

export function fieldDrafts(fields: FormFieldDef[]): FieldDraft[] {
  return fields.map((f) => ({
    ...newFieldDraft(),
    key: f.key,
    label: f.label,
    type: f.type,
    required: f.required,
    help: f.help ?? '',
    options: (f.options ?? []).join('\n'),
  }))
}

const MB = 1024 * 1024
const DEFAULT_FILES: Rules['submission']['attachments'] = {
  maxFiles: 5,
  minFiles: 0,
  maxBytes: 5 * MB,
  types: ['application/pdf', 'image/jpeg', 'image/png'],
}

export function filesDraft(files: Rules['submission']['attachments'] = DEFAULT_FILES): FilesDraft {
  const mb = Math.round((files.maxBytes / MB) * 100) / 100
  return {
    maxFiles: String(files.maxFiles),
    minFiles: String(files.minFiles ?? 0),
    maxMb: String(mb).replace('.', ','),
    types: [...files.types],
  }
}

/** A storage key from a label ("Zgoda właściciela" → `zgoda_wlasciciela`), unique among `taken`. */
export function keyFor(label: string, taken: Set<string>): string {
  const ascii = foldPolish(label)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  let key = /^[a-z]/.test(ascii) ? ascii : `pole_${ascii}`.replace(/_+$/, '')
  key = key.slice(0, 36).replace(/_+$/, '')
  if (key.length < 2) key = 'pole'
  let candidate = key
  for (let n = 2; taken.has(candidate); n++) candidate = `${key}_${n}`
  return candidate
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)

/** The fields as the API takes them, with Polish errors by field name for anything that cannot be sent. */
export function buildFormFields(drafts: FieldDraft[], t: Translate, errors: Record<string, string>): FormFieldDef[] {
  const taken = new Set(drafts.flatMap((d) => (d.key ? [d.key] : [])))
  const labels = drafts.map((d) => d.label.trim().toLowerCase())
  return drafts.map((d, i) => {
    const at = `${FIELDS}.${i}`
    const label = d.label.trim()
    if (label.length < 2) errors[`${at}.label`] = t('budgetpanel.fields.labelRequired')
    else if (label.length > 200) errors[`${at}.label`] = t('budgetpanel.fields.labelTooLong')
    else if (labels.indexOf(label.toLowerCase()) !== i) errors[`${at}.label`] = t('budgetpanel.fields.labelDuplicate')
    if (d.help.trim().length > 500) errors[`${at}.help`] = t('budgetpanel.fields.helpTooLong')
    const options = d.type === 'choice' ? lines(d.options) : []
    if (d.type === 'choice') {
      if (options.length < 2) errors[`${at}.options`] = t('budgetpanel.fields.optionsRequired')
      else if (new Set(options).size !== options.length)
        errors[`${at}.options`] = t('budgetpanel.fields.optionsDuplicate')
      else if (options.some((o) => o.length > 120)) errors[`${at}.options`] = t('budgetpanel.fields.optionTooLong')
    }
    let key = d.key
    if (!key) {
      key = keyFor(label, taken)
      taken.add(key)
    }
    return {
      key,
      label,
      type: d.type,
      required: d.required,
      ...(d.help.trim() ? { help: d.help.trim() } : {}),
      options,
    }
  })
}

/** The attachment rules as the API takes them (sizes in bytes), with Polish errors by field name. */
export function buildFiles(
  draft: FilesDraft,
  t: Translate,
  errors: Record<string, string>,
): Rules['submission']['attachments'] {
  const whole = (field: string, text: string, max: number) => {
    const s = text.replace(/\s/g, '')
    if (!/^\d+$/.test(s) || Number(s) > max) {
      errors[`${FILES}.${field}`] = t('budgetpanel.files.countInvalid', { max })
      return 0
    }
    return Number(s)
  }
  const maxFiles = whole('maxFiles', draft.maxFiles, 20)
  const minFiles = whole('minFiles', draft.minFiles, 20)
  if (!errors[`${FILES}.minFiles`] && !errors[`${FILES}.maxFiles`] && minFiles > maxFiles)
    errors[`${FILES}.minFiles`] = t('budgetpanel.files.minAboveMax')
  const mb = Number(draft.maxMb.replace(/\s/g, '').replace(',', '.'))
  if (!/^\d+([.,]\d+)?$/.test(draft.maxMb.replace(/\s/g, '')) || !(mb >= 0.1 && mb <= 20))
    errors[`${FILES}.maxBytes`] = t('budgetpanel.files.sizeInvalid')
  if (maxFiles > 0 && draft.types.length === 0) errors[`${FILES}.types`] = t('budgetpanel.files.typesRequired')
  return { maxFiles, minFiles, maxBytes: Math.round((Number.isFinite(mb) ? mb : 0) * MB), types: draft.types }
}

/** API errors on a field's `key` belong to its label (the key is made from it). */
export function mapKeyErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, detail] of Object.entries(fields)) {
    const m = /^(rules\.submission\.formFields\.\d+)\.key$/.exec(field)
    const name = m ? `${m[1]}.label` : field
    if (!out[name]) out[name] = detail
  }
  return out
}

/** Labels of these fields for the form's error summary. */
export function formFieldLabels(count: number, t: Translate): Record<string, string> {
  const labels: Record<string, string> = {
    [`${FILES}.maxFiles`]: t('budgetpanel.files.maxFiles'),
    [`${FILES}.minFiles`]: t('budgetpanel.files.minFiles'),
    [`${FILES}.maxBytes`]: t('budgetpanel.files.maxMb'),
    [`${FILES}.types`]: t('budgetpanel.files.types'),
  }
  for (let i = 0; i < count; i++) {
    for (const part of ['label', 'type', 'help', 'options'])
      labels[`${FIELDS}.${i}.${part}`] = t('budgetpanel.fields.fieldLabel', {
        n: i + 1,
        part: t(`budgetpanel.fields.${part}`),
      })
  }
  return labels
}

/**
 * Add, remove and reorder the extra fields. Moving keeps focus on the moved field's button and says where it went
 * (a polite live region), so keyboard and screen reader users keep their place.
 */
export function FormFieldsEditor({
  formId,
  fields,
  onFields,
  errors,
  onChanged,
}: {
  formId: string
  fields: FieldDraft[]
  onFields: (update: (prev: FieldDraft[]) => FieldDraft[]) => void
  errors: Record<string, string>
  onChanged: () => void
}) {
  const t = useT()
  const [said, setSaid] = useState('')
  const set = (index: number, patch: Partial<FieldDraft>) =>
    onFields((prev) => prev.map((f, i) => (i === index ? { ...f, ...patch } : f)))
  const move = (index: number, by: -1 | 1) => {
    const to = index + by
    onFields((prev) => {
      const next = [...prev]
      const [item] = next.splice(index, 1)
      next.splice(to, 0, item!)
      return next
    })
    onChanged()
    const name = fields[index]!.label.trim() || t('budgetpanel.fields.untitled', { n: index + 1 })
    setSaid(t('budgetpanel.fields.moved', { name, position: to + 1 }))
    // The button that moved it may be gone at the edge; the other direction is then the natural next step.
    const edge = to === 0 || to === fields.length - 1
    focusSoon(`${formId}-field-${fields[index]!.uid}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`)
  }
  return (
    <>
      <p class="hint">{t('budgetpanel.fields.intro')}</p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {fields.length === 0 ? <p class="muted">{t('budgetpanel.fields.none')}</p> : null}
      <ol class="bo-form-fields">
        {fields.map((f, i) => {
          const at = `${FIELDS}.${i}`
          const name = f.label.trim() || t('budgetpanel.fields.untitled', { n: i + 1 })
          return (
            <li key={f.uid}>
              <fieldset class="bo-pool-fieldset">
                <legend class="bo-row-legend">{t('budgetpanel.fields.legend', { n: i + 1 })}</legend>
                <Field
                  formId={formId}
                  name={`${at}.label`}
                  label={t('budgetpanel.fields.label')}
                  hint={f.key ? t('budgetpanel.fields.keyKept', { key: f.key }) : t('budgetpanel.fields.labelHint')}
                  value={f.label}
                  error={errors[`${at}.label`]}
                  onValue={(v) => set(i, { label: v })}
                  maxLength={200}
                  autocomplete="off"
                />
                <div class="bo-two">
                  <SelectField
                    formId={formId}
                    name={`${at}.type`}
                    label={t('budgetpanel.fields.type')}
                    value={f.type}
                    error={errors[`${at}.type`]}
                    onValue={(v) => set(i, { type: v as FormFieldType })}
                    options={FORM_FIELD_TYPES.map((type) => ({
                      value: type,
                      label: t(`budgetpanel.fields.type.${type}`),
                    }))}
                  />
                  <Checkbox
                    look={boChoice}
                    formId={formId}
                    name={`${at}.required`}
                    label={t('budgetpanel.fields.required')}
                    hint={t('budgetpanel.fields.requiredHint')}
                    checked={f.required}
                    onChecked={(v) => set(i, { required: v })}
                  />
                </div>
                {f.type === 'choice' ? (
                  <TextAreaField
                    formId={formId}
                    name={`${at}.options`}
                    label={t('budgetpanel.fields.options')}
                    hint={t('budgetpanel.fields.optionsHint')}
                    value={f.options}
                    error={errors[`${at}.options`]}
                    onValue={(v) => set(i, { options: v })}
                    rows={4}
                  />
                ) : null}
                <TextAreaField
                  formId={formId}
                  name={`${at}.help`}
                  label={t('budgetpanel.fields.help')}
                  hint={t('budgetpanel.fields.helpHint')}
                  value={f.help}
                  error={errors[`${at}.help`]}
                  onValue={(v) => set(i, { help: v })}
                  optional
                  rows={2}
                  maxLength={500}
                />
                <div class="row-actions">
                  {i > 0 ? (
                    <button
                      type="button"
                      id={`${formId}-field-${f.uid}-up`}
                      class="button button-secondary button-small"
                      onClick={() => move(i, -1)}
                    >
                      {t('budgetpanel.fields.up', { name })}
                    </button>
                  ) : null}
                  {i < fields.length - 1 ? (
                    <button
                      type="button"
                      id={`${formId}-field-${f.uid}-down`}
                      class="button button-secondary button-small"
                      onClick={() => move(i, 1)}
                    >
                      {t('budgetpanel.fields.down', { name })}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    onClick={() => {
                      onFields((prev) => prev.filter((x) => x.uid !== f.uid))
                      onChanged()
                      setSaid(t('budgetpanel.fields.removed', { name }))
                      focusSoon(`${formId}-fields-add`)
                    }}
                  >
                    {t('budgetpanel.fields.remove', { name })}
                  </button>
                </div>
              </fieldset>
            </li>
          )
        })}
      </ol>
      <AddRowButton
        id={`${formId}-fields-add`}
        focusId={`${formId}-${FIELDS}.${fields.length}.label`}
        onAdd={() => onFields((prev) => [...prev, newFieldDraft()])}
      >
        {t('budgetpanel.fields.add')}
      </AddRowButton>
    </>
  )
}

/** How many files, how large and of which types; how many an author must attach. */
export function FilesEditor({
  formId,
  files,
  onFiles,
  errors,
}: {
  formId: string
  files: FilesDraft
  onFiles: (update: (prev: FilesDraft) => FilesDraft) => void
  errors: Record<string, string>
}) {
  const t = useT()
  const text = (field: 'maxFiles' | 'minFiles' | 'maxMb', api: string) => ({
    formId,
    name: `${FILES}.${api}`,
    value: files[field],
    error: errors[`${FILES}.${api}`],
    onValue: (v: string) => onFiles((prev) => ({ ...prev, [field]: v })),
    inputMode: field === 'maxMb' ? ('decimal' as const) : ('numeric' as const),
    autocomplete: 'off',
  })
  const typesId = `${formId}-${FILES}.types`
  return (
    <>
      <div class="bo-three">
        <Field
          {...text('maxFiles', 'maxFiles')}
          label={t('budgetpanel.files.maxFiles')}
          hint={t('budgetpanel.files.maxFilesHint')}
          class="bo-amount"
        />
        <Field
          {...text('minFiles', 'minFiles')}
          label={t('budgetpanel.files.minFiles')}
          hint={t('budgetpanel.files.minFilesHint')}
          class="bo-amount"
        />
        <Field
          {...text('maxMb', 'maxBytes')}
          label={t('budgetpanel.files.maxMb')}
          hint={t('budgetpanel.files.maxMbHint')}
          class="bo-amount"
        />
      </div>
      <fieldset
        class={errors[`${FILES}.types`] ? 'bo-inner-fieldset field-invalid' : 'bo-inner-fieldset'}
        id={typesId}
        tabIndex={-1}
        aria-describedby={errors[`${FILES}.types`] ? `${typesId}-error` : undefined}
      >
        <legend class="bo-row-legend">{t('budgetpanel.files.types')}</legend>
        <ErrorText id={`${typesId}-error`} error={errors[`${FILES}.types`]} />
        {(Object.entries(TYPE_NAMES) as [AttachmentType, string][]).map(([mime, short]) => (
          <Checkbox
            look={boChoice}
            key={mime}
            formId={formId}
            name={`${FILES}.types.${short}`}
            label={short}
            checked={files.types.includes(mime)}
            onChecked={(on) =>
              onFiles((prev) => ({ ...prev, types: on ? [...prev.types, mime] : prev.types.filter((x) => x !== mime) }))
            }
          />
        ))}
      </fieldset>
    </>
  )
}
