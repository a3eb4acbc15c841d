import { Field } from '../../core/ui'
import { useT } from '../../core/i18n'
import { newRow, type CostRow } from './draft'
import { AddRowButton, focusSoon } from '../ui'

/**
 * The cost estimate as editable rows (name, amount in złote), shared by the submission wizard and the author's
 * correction form. Adding a row moves focus to its name; removing one moves focus to the row now in its place (or to
 * "add" when none is left), so keyboard users never lose their place.
 */
export function CostRows({
  formId,
  rows,
  errors,
  onRows,
  onRemoved,
}: {
  formId: string
  rows: CostRow[]
  errors: Record<string, string>
  /** `changed`: whether the saved estimate changes (adding an empty row does not). */
  onRows: (rows: CostRow[], changed: boolean) => void
  onRemoved?: () => void
}) {
  const t = useT()
  const edit = (key: number, patch: Partial<CostRow>) =>
    onRows(
      rows.map((r) => (r.key === key ? { ...r, ...patch } : r)),
      true,
    )
  return (
    <>
      <ol class="bo-cost-rows">
        {rows.map((row, index) => (
          <li key={row.key} class="bo-cost-row">
            <fieldset class="bo-fieldset">
              <legend class="bo-row-legend">{t('budget.form.costRow', { n: index + 1 })}</legend>
              <div class="bo-cost-fields">
                <Field
                  formId={formId}
                  name={`costItems.${index}.name`}
                  label={t('budget.form.costName')}
                  value={row.name}
                  error={errors[`costItems.${index}.name`]}
                  onValue={(v) => edit(row.key, { name: v })}
                  maxLength={200}
                  autocomplete="off"
                />
                <Field
                  formId={formId}
                  name={`costItems.${index}.amount`}
                  label={t('budget.form.costAmount')}
                  hint={t('budget.form.costAmountHint')}
                  value={row.amount}
                  error={errors[`costItems.${index}.amount`]}
                  onValue={(v) => edit(row.key, { amount: v })}
                  inputMode="decimal"
                  autocomplete="off"
                  class="bo-amount"
                />
              </div>
              <button
                type="button"
                class="button button-secondary button-small"
                onClick={() => {
                  const rest = rows.filter((r) => r.key !== row.key)
                  onRows(rest, true)
                  onRemoved?.()
                  focusSoon(
                    rest.length
                      ? `${formId}-costItems.${Math.min(index, rest.length - 1)}.name`
                      : `${formId}-costItems-add`,
                  )
                }}
              >
                {t('budget.form.costRemove', { n: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <AddRowButton
        id={`${formId}-costItems-add`}
        focusId={`${formId}-costItems.${rows.length}.name`}
        onAdd={() => onRows([...rows, newRow()], false)}
      >
        {t('budget.form.costAdd')}
      </AddRowButton>
    </>
  )
}
