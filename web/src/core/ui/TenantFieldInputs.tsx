import { useT } from '../i18n'
import { KINDS } from '../lib/types'
import type { TenantFieldSpec } from './tenantFields'
import { Field, SelectField } from '.'

/** Inputs for a list of JST fields with Polish (or English) labels, hints and per-field errors. */
export function TenantFieldInputs({
  formId,
  specs,
  values,
  errors,
  onValue,
}: {
  formId: string
  specs: TenantFieldSpec[]
  values: Record<string, string>
  errors: Record<string, string>
  onValue: (name: string, value: string) => void
}) {
  const t = useT()
  return (
    <>
      {specs.map((spec) =>
        spec.type === 'kind' ? (
          <SelectField
            key={spec.name}
            formId={formId}
            name={spec.name}
            label={t(`field.${spec.name}`)}
            value={values[spec.name] ?? ''}
            error={errors[spec.name]}
            onValue={(value) => onValue(spec.name, value)}
            options={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          />
        ) : (
          <Field
            key={spec.name}
            formId={formId}
            name={spec.name}
            label={t(`field.${spec.name}`)}
            hint={spec.hint ? t(`field.${spec.name}.hint`) : undefined}
            optional={spec.optional}
            type={spec.type === 'number' ? 'text' : spec.type}
            inputMode={spec.type === 'number' ? 'numeric' : undefined}
            autocomplete={spec.type === 'email' || spec.type === 'tel' ? 'off' : undefined}
            spellcheck={spec.type === 'email' || spec.type === 'url' ? false : undefined}
            value={values[spec.name] ?? ''}
            error={errors[spec.name]}
            onValue={(value) => onValue(spec.name, value)}
          />
        ),
      )}
    </>
  )
}
