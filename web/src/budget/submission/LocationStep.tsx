import { useT } from '../../core/i18n'
import { textField, type StepContext } from './context'
import type { DraftField } from './draft'
import { LocationPicker } from './LocationPicker'
import { TextAreaField } from '../../core/ui'

/** Step 3: where: the address in words and, optionally, the point on the map (or typed coordinates). */
export function LocationStep({ ctx }: { ctx: StepContext }) {
  const t = useT()
  const { formId, values, errors } = ctx
  return (
    <form onSubmit={ctx.next} noValidate>
      <p>{t('budget.form.locationIntro')}</p>
      <TextAreaField
        {...textField(ctx, 'address')}
        label={t('budget.form.address')}
        hint={t('budget.form.addressHint')}
        rows={2}
      />
      <LocationPicker
        formId={formId}
        slug={ctx.slug}
        year={ctx.year}
        lat={values.lat}
        lng={values.lng}
        errors={{ lat: errors.lat, lng: errors.lng }}
        saved={ctx.project}
        onChange={(patch) => ctx.change(patch, Object.keys(patch) as DraftField[])}
      />
      {ctx.nav}
    </form>
  )
}
