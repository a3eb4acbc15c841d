import { Field, SelectField, Checkbox, TextAreaField } from '../../core/ui'
import { useT } from '../../core/i18n'
import type { FormFieldDef } from '../types'
import { boChoice } from '../ui'

/**
 * The extra fields an edition adds to the submission form (defined by staff in the edition form), rendered the same
 * way in the submission wizard and in the author's correction form. Names are `extra.{key}`, as the API reports
 * errors on them.
 */
export function ExtraFields({
  formId,
  fields,
  values,
  errors,
  onValue,
}: {
  formId: string
  fields: FormFieldDef[]
  values: Record<string, string | boolean>
  errors: Record<string, string>
  onValue: (key: string, value: string | boolean) => void
}) {
  const t = useT()
  return (
    <>
      {fields.map((f) => {
        const name = `extra.${f.key}`
        if (f.type === 'checkbox') {
          return (
            <Checkbox
              look={boChoice}
              key={f.key}
              formId={formId}
              name={name}
              label={f.label}
              hint={f.help}
              checked={values[f.key] === true}
              error={errors[name]}
              required={f.required}
              onChecked={(v) => onValue(f.key, v)}
            />
          )
        }
        if (f.type === 'choice') {
          return (
            <SelectField
              key={f.key}
              formId={formId}
              name={name}
              label={f.required ? f.label : `${f.label} ${t('form.optional')}`}
              hint={f.help}
              value={String(values[f.key] ?? '')}
              error={errors[name]}
              onValue={(v) => onValue(f.key, v)}
              options={[
                { value: '', label: t('budget.form.choose') },
                ...(f.options ?? []).map((o) => ({ value: o, label: o })),
              ]}
            />
          )
        }
        const Control = f.type === 'textarea' ? TextAreaField : Field
        return (
          <Control
            key={f.key}
            formId={formId}
            name={name}
            label={f.label}
            hint={f.help}
            optional={!f.required}
            value={String(values[f.key] ?? '')}
            error={errors[name]}
            onValue={(v: string) => onValue(f.key, v)}
          />
        )
      })}
    </>
  )
}
