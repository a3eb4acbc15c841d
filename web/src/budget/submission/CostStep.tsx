import { useLang, useT } from '../../core/i18n'
import { formatMoney } from '../money'
import type { StepContext } from './context'
import { CostRows } from './CostRows'
import { ErrorText } from '../../core/ui'
import { costTotal } from './draft'

/**
 * Step 4: the cost estimate, row by row, against the limits of the chosen pool (or of every pool while none is
 * chosen); the total is announced as it changes, with a warning when it falls outside them.
 */
export function CostStep({ ctx }: { ctx: StepContext }) {
  const t = useT()
  const lang = useLang()
  const { formId, values, errors, edition } = ctx
  const pool = edition.pools.find((p) => p.id === values.poolId) ?? null
  const total = costTotal(values.costRows)
  return (
    <form onSubmit={ctx.next} noValidate>
      <p>{t('budget.form.costIntro')}</p>
      <div class="notice-info bo-limits">
        {pool ? (
          <p>
            {t('budget.form.poolLimits', {
              name: pool.name,
              min: formatMoney(pool.minProjectCost, lang),
              max: formatMoney(pool.maxProjectCost, lang),
            })}
          </p>
        ) : (
          <>
            <p>{t('budget.form.noPoolYet')}</p>
            <ul>
              {edition.pools.map((p) => (
                <li key={p.id}>
                  {t('budget.form.poolLimits', {
                    name: p.name,
                    min: formatMoney(p.minProjectCost, lang),
                    max: formatMoney(p.maxProjectCost, lang),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ErrorText id={`${formId}-costItems-error`} error={errors.costItems} />
      <CostRows
        formId={formId}
        rows={values.costRows}
        errors={errors}
        onRows={(rows, changed) => ctx.change({ costRows: rows }, changed ? ['costItems'] : [])}
        onRemoved={() =>
          ctx.setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('costItems.'))))
        }
      />
      <p class="bo-total" aria-live="polite" aria-atomic="true">
        {t('budget.form.costTotal')} <strong>{formatMoney(total, lang)}</strong>
        {pool && total > 0 && (total < pool.minProjectCost || total > pool.maxProjectCost) ? (
          <span class="bo-warning">
            {' '}
            {total < pool.minProjectCost ? t('budget.form.costBelow') : t('budget.form.costAbove')}
          </span>
        ) : null}
      </p>
      {ctx.nav}
    </form>
  )
}
