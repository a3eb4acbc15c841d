import { Field, SelectField, TextAreaField } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { formatMoney } from '../money'
import { textField, type StepContext } from './context'
import { ExtraFields } from './ExtraFields'

/** Step 2: what the project is: title, summary, description, pool, category, who benefits, the edition's own fields. */
export function ProjectStep({ ctx }: { ctx: StepContext }) {
  const t = useT()
  const lang = useLang()
  const { formId, values, errors, change, edition } = ctx
  const rules = edition.rules.submission
  return (
    <form onSubmit={ctx.next} noValidate>
      <Field
        {...textField(ctx, 'title')}
        label={t('budget.form.title')}
        hint={t('budget.form.titleHint')}
        maxLength={200}
      />
      <TextAreaField
        {...textField(ctx, 'summary')}
        label={t('budget.form.summary')}
        hint={t('budget.form.summaryHint')}
        maxLength={600}
        rows={3}
      />
      <TextAreaField
        {...textField(ctx, 'description')}
        label={t('budget.form.description')}
        hint={t('budget.form.descriptionHint')}
        rows={8}
      />
      <SelectField
        formId={formId}
        name="poolId"
        label={t('budget.form.pool')}
        hint={t('budget.form.poolHint')}
        value={values.poolId}
        error={errors.poolId}
        onValue={(v) => change({ poolId: v }, ['poolId'])}
        options={[
          { value: '', label: t('budget.form.choose') },
          ...edition.pools.map((p) => ({
            value: p.id,
            label: t('budget.form.poolOption', { name: p.name, max: formatMoney(p.maxProjectCost, lang) }),
          })),
        ]}
      />
      {rules.categories.length > 0 ? (
        <SelectField
          formId={formId}
          name="category"
          label={t('budget.form.category')}
          value={values.category}
          error={errors.category}
          onValue={(v) => change({ category: v }, ['category'])}
          options={[
            { value: '', label: t('budget.form.choose') },
            ...rules.categories.map((c) => ({ value: c, label: c })),
          ]}
        />
      ) : null}
      <TextAreaField
        {...textField(ctx, 'beneficiaries')}
        label={t('budget.form.beneficiaries')}
        hint={t('budget.form.beneficiariesHint')}
        rows={3}
      />
      <ExtraFields
        formId={formId}
        fields={rules.formFields}
        values={values.extra}
        errors={errors}
        onValue={(key, v) => change({ extra: { ...ctx.current().extra, [key]: v } }, ['extra'])}
      />
      {ctx.nav}
    </form>
  )
}
