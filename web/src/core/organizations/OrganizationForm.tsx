import { useState } from 'preact/hooks'
import { AREAS } from '../../../../worker/core/organizations/areas'
import { LEGAL_FORMS } from '../../../../worker/core/organizations/legal-forms'
import { cleanRegisterNumber, isKrsNumber, LIMITS } from '../../../../worker/core/organizations/rules'
import { useT, type Translate } from '../i18n'
import { api, enc } from '../lib/api'
import { checkEmail, useSubmit } from '../lib/form'
import { useResource } from '../lib/resource'
import type { TenantListItem } from '../lib/types'
import {
  Checkbox,
  DataRegion,
  ErrorState,
  ErrorSummary,
  Field,
  FieldMessages,
  Loading,
  RadioGroup,
  SelectField,
  TextAreaField,
  describedBy,
  useFormId,
} from '../ui'
import type { OrganizationRecord, Register } from './api'
import { orgChoice } from './ui'

interface Values {
  name: string
  legalForm: string
  register: Register
  registerName: string
  registerNumber: string
  description: string
  website: string
  representativeName: string
  contactEmail: string
}

/** The complaints the server would make about the cheap things, said before sending (the server checks them again). */
function check(t: Translate, v: Values, areas: Set<string>, tenants: Set<string>, declared: boolean | null) {
  const errors: Record<string, string> = {}
  if (v.name.trim().length < LIMITS.name.min) errors.name = t('organizations.form.check.name')
  const number = cleanRegisterNumber(v.register, v.registerNumber)
  if (v.register === 'krs' && !isKrsNumber(number)) errors.registerNumber = t('organizations.form.check.krs')
  if (v.register === 'other') {
    if (v.registerName.trim().length < LIMITS.registerName.min)
      errors.registerName = t('organizations.form.check.registerName')
    if (!number) errors.registerNumber = t('organizations.form.check.registerNumber')
  }
  if (areas.size === 0) errors.areas = t('organizations.form.check.areas')
  if (tenants.size === 0) errors.tenants = t('organizations.form.check.tenants')
  if (v.representativeName.trim().length < 3)
    errors.representativeName = t('organizations.form.check.representativeName')
  const email = checkEmail(v.contactEmail, t)
  if (email) errors.contactEmail = email
  if (declared === false) errors.representationDeclared = t('organizations.form.check.declaration')
  return errors
}

/** A group of checkboxes with one legend, hint and error; the first box carries the group's id for the error summary. */
function CheckboxGroup({
  formId,
  name,
  legend,
  hint,
  error,
  options,
  chosen,
  onToggle,
}: {
  formId: string
  name: string
  legend: string
  hint: string
  error?: string
  options: { value: string; label: string }[]
  chosen: Set<string>
  onToggle: (value: string, on: boolean) => void
}) {
  const id = `${formId}-${name}`
  return (
    <fieldset
      class={error ? 'field org-choices field-invalid' : 'field org-choices'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ul class="org-options">
        {options.map((option, index) => (
          <li key={option.value}>
            <Checkbox
              formId={formId}
              name={index === 0 ? name : `${name}-${option.value}`}
              label={option.label}
              checked={chosen.has(option.value)}
              onChecked={(on) => onToggle(option.value, on)}
              invalid={!!error}
              look={orgChoice}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/**
 * The form of an organisation's details: its own registration (`mode: 'public'`, with the representation declaration,
 * answered by the e-mailed confirmation link) or staff adding one they know (`mode: 'staff'`, their JST ticked).
 * Labelled fields, each complaint next to its field and in the summary above, usable with the keyboard alone.
 */
export function OrganizationForm({
  mode,
  slug,
  onDone,
}: {
  mode: 'public' | 'staff'
  /** The JST to tick first: the staff's own, or the one whose directory the person came from. */
  slug?: string | null
  onDone: (result: { email: string; record: OrganizationRecord | null; name: string }) => void
}) {
  const t = useT()
  const formId = useFormId(mode === 'public' ? 'org-zgloszenie' : 'org-dodanie')
  const jsts = useResource<{ items: TenantListItem[] }>('/jst')
  const [values, setValues] = useState<Values>({
    name: '',
    legalForm: 'fundacja',
    register: 'krs',
    registerName: '',
    registerNumber: '',
    description: '',
    website: '',
    representativeName: '',
    contactEmail: '',
  })
  const [registerTouched, setRegisterTouched] = useState(false)
  const [areas, setAreas] = useState<Set<string>>(new Set())
  const [tenants, setTenants] = useState<Set<string>>(new Set(slug ? [slug] : []))
  const [declared, setDeclared] = useState(false)
  const form = useSubmit()

  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    error: form.errors.fields[name],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })
  const toggle = (set: Set<string>, update: (next: Set<string>) => void) => (value: string, on: boolean) => {
    const next = new Set(set)
    if (on) next.add(value)
    else next.delete(value)
    update(next)
  }

  const krs = values.register === 'krs'
  const labels: Record<string, string> = {
    name: t('organizations.form.name'),
    legalForm: t('organizations.form.legalForm'),
    register: t('organizations.form.register'),
    registerName: t('organizations.form.registerName'),
    registerNumber: krs ? t('organizations.form.krsNumber') : t('organizations.form.registerNumber'),
    areas: t('organizations.form.areas'),
    tenants: t('organizations.form.tenants'),
    description: t('organizations.form.description'),
    website: t('organizations.form.website'),
    representativeName: t('organizations.form.representativeName'),
    contactEmail: t('organizations.form.contactEmail'),
    representationDeclared: t('organizations.form.declaration'),
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    let record: OrganizationRecord | null = null
    const ok = await form.submit(
      t,
      () => check(t, values, areas, tenants, mode === 'public' ? declared : null),
      async () => {
        const body = {
          ...values,
          registerName: krs ? null : values.registerName,
          areas: AREAS.map((a) => a.key).filter((key) => areas.has(key)),
          tenants: [...tenants],
          ...(mode === 'public' ? { representationDeclared: declared } : {}),
        }
        if (mode === 'public') await api('/organizations', { method: 'POST', body })
        else
          record = await api<OrganizationRecord>(`/jst/${enc(slug ?? '')}/staff/organizations`, {
            method: 'POST',
            body,
          })
      },
    )
    if (ok) onDone({ email: values.contactEmail.trim().toLowerCase(), record, name: values.name.trim() })
  }

  return (
    <>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'} class="narrow">
        <fieldset>
          <legend>{t('organizations.form.organization')}</legend>
          <Field
            formId={formId}
            {...field('name')}
            label={labels.name!}
            autocomplete="organization"
            maxLength={LIMITS.name.max}
          />
          <SelectField
            formId={formId}
            {...field('legalForm')}
            onValue={(value) => {
              setValues((prev) => {
                const suggested = LEGAL_FORMS.find((f) => f.key === value)?.register
                return {
                  ...prev,
                  legalForm: value,
                  register: !registerTouched && suggested ? suggested : prev.register,
                }
              })
            }}
            label={labels.legalForm!}
            options={LEGAL_FORMS.map((f) => ({ value: f.key, label: t(`organizations.legalForms.${f.key}`) }))}
          />
          <RadioGroup
            formId={formId}
            name="register"
            legend={labels.register!}
            error={form.errors.fields.register}
            value={values.register}
            onValue={(value) => {
              setRegisterTouched(true)
              setValues((prev) => ({ ...prev, register: value as Register }))
            }}
            options={[
              { value: 'krs', label: t('organizations.form.registerKrs') },
              {
                value: 'other',
                label: t('organizations.form.registerOther'),
                hint: t('organizations.form.registerOtherHint'),
              },
            ]}
            look={orgChoice}
          />
          {krs ? null : (
            <Field
              formId={formId}
              {...field('registerName')}
              label={labels.registerName!}
              hint={t('organizations.form.registerNameHint')}
              maxLength={LIMITS.registerName.max}
            />
          )}
          <Field
            formId={formId}
            {...field('registerNumber')}
            label={labels.registerNumber!}
            hint={krs ? t('organizations.form.krsHint') : undefined}
            inputMode={krs ? 'numeric' : undefined}
            autocomplete="off"
            spellcheck={false}
            maxLength={LIMITS.registerNumber.max}
          />
        </fieldset>

        <CheckboxGroup
          formId={formId}
          name="areas"
          legend={labels.areas!}
          hint={t('organizations.form.areasHint')}
          error={form.errors.fields.areas}
          options={AREAS.map((a) => ({ value: a.key, label: t(`organizations.area.${a.key}`) }))}
          chosen={areas}
          onToggle={toggle(areas, setAreas)}
        />

        <DataRegion busy={jsts.status === 'loading'}>
          {jsts.status === 'loading' && !jsts.data ? <Loading /> : null}
          {jsts.status === 'error' ? <ErrorState error={jsts.error} onRetry={jsts.reload} /> : null}
          {jsts.data ? (
            <CheckboxGroup
              formId={formId}
              name="tenants"
              legend={labels.tenants!}
              hint={t('organizations.form.tenantsHint')}
              error={form.errors.fields.tenants}
              options={jsts.data.items.map((j) => ({ value: j.slug, label: j.name }))}
              chosen={tenants}
              onToggle={toggle(tenants, setTenants)}
            />
          ) : null}
        </DataRegion>

        <fieldset>
          <legend>{t('organizations.form.details')}</legend>
          <TextAreaField
            formId={formId}
            {...field('description')}
            label={labels.description!}
            optional
            maxLength={LIMITS.description.max}
          />
          <Field
            formId={formId}
            {...field('website')}
            label={labels.website!}
            hint={t('organizations.form.websiteHint')}
            type="url"
            autocomplete="url"
            optional
          />
        </fieldset>

        <fieldset>
          <legend>{t('organizations.form.representative')}</legend>
          <Field
            formId={formId}
            {...field('representativeName')}
            label={labels.representativeName!}
            autocomplete={mode === 'public' ? 'name' : 'off'}
          />
          <Field
            formId={formId}
            {...field('contactEmail')}
            label={labels.contactEmail!}
            hint={t('organizations.form.contactEmailHint')}
            type="email"
            autocomplete={mode === 'public' ? 'email' : 'off'}
            spellcheck={false}
          />
          {mode === 'public' ? (
            <Checkbox
              formId={formId}
              name="representationDeclared"
              label={labels.representationDeclared}
              checked={declared}
              onChecked={setDeclared}
              error={form.errors.fields.representationDeclared}
              required
              look={orgChoice}
            />
          ) : null}
          <p class="hint">{t('organizations.form.privacy')}</p>
        </fieldset>

        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {mode === 'public' ? t('organizations.form.submit') : t('organizations.form.submitStaff')}
          </button>
        </div>
      </form>
    </>
  )
}
