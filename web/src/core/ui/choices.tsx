import { Fragment, type ComponentChildren } from 'preact'
import { ErrorText } from './errors'
import { describedBy, FieldMessages } from './fields'

/**
 * The class names a module draws its checkboxes and radios with, in its own CSS prefix (`bo-`, `vt-`): the markup,
 * labels and ARIA wiring are the core's, the look is the module's, and its CSS stays in the module's own chunk.
 */
export interface ChoiceLook {
  /** The wrapper of a checkbox, and of each radio option when `boxedOptions`. */
  box: string
  /** Added to `box` while it is ticked (a box that lights up when chosen). */
  on?: string
  /** Added to `box` while the checkbox is in error. */
  invalid: string
  /** The row of the control and its label: the core's `check-row` (styles.css) unless the module draws its own. */
  row: string
  /** The hint or description under a checkbox or an option. */
  hint: string
  /** The fieldset of a radio group. */
  group: string
  /** The legend of a radio group, unless the group names its own. */
  legend?: string
  /** Whether each radio option sits in a `box` of its own (large targets) rather than being a plain row. */
  boxedOptions?: boolean
}

const boxClass = (look: ChoiceLook, on: boolean, invalid: boolean) =>
  [look.box, invalid ? look.invalid : on ? look.on : null].filter(Boolean).join(' ')

/**
 * A checkbox with its label to the right, its error above it and its hint (or a longer description, such as a
 * project's summary on a ballot) under it, read in that order through `aria-describedby`. Its id is
 * `${formId}-${name}`, so an error summary's link for `name` lands on it; the text under it is `${id}-desc`, since the
 * first box of a group may share the group's id and `${id}-hint` is the group's hint. `invalid` marks it wrong when the
 * message belongs to its group (a ballot pool) rather than to it.
 */
export function Checkbox({
  formId,
  name,
  label,
  checked,
  onChecked,
  hint,
  error,
  invalid,
  required,
  disabled,
  look,
}: {
  formId: string
  name: string
  label: ComponentChildren
  checked: boolean
  onChecked: (checked: boolean) => void
  hint?: ComponentChildren
  error?: string
  invalid?: boolean
  required?: boolean
  disabled?: boolean
  look: ChoiceLook
}) {
  const id = `${formId}-${name}`
  return (
    <div class={boxClass(look, checked, !!error)}>
      <ErrorText id={`${id}-error`} error={error} />
      <div class={look.row}>
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          disabled={disabled}
          required={required}
          onChange={(event) => onChecked((event.currentTarget as HTMLInputElement).checked)}
          aria-invalid={error || invalid ? 'true' : undefined}
          aria-describedby={
            [error ? `${id}-error` : null, hint ? `${id}-desc` : null].filter(Boolean).join(' ') || undefined
          }
        />
        <label for={id}>{label}</label>
      </div>
      {hint ? (
        <div class={look.hint} id={`${id}-desc`}>
          {hint}
        </div>
      ) : null}
    </div>
  )
}

/**
 * A group of radio buttons in a fieldset whose legend is the question, with the group's hint and error. The first
 * option's id is `${formId}-${name}`, so an error summary's link for `name` puts the keyboard on the choice itself;
 * an option may carry a hint of its own.
 */
export function RadioGroup({
  formId,
  name,
  legend,
  legendClass,
  hint,
  error,
  value,
  onValue,
  options,
  look,
}: {
  formId: string
  name: string
  legend: string
  legendClass?: string
  hint?: ComponentChildren
  error?: string
  value: string | null
  onValue: (value: string) => void
  options: { value: string; label: ComponentChildren; hint?: ComponentChildren }[]
  look: ChoiceLook
}) {
  const id = `${formId}-${name}`
  return (
    <fieldset
      class={error ? `${look.group} field-invalid` : look.group}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class={legendClass ?? look.legend}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`
        const chosen = value === option.value
        const parts = (
          <>
            <div class={look.row}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={chosen}
                onChange={() => onValue(option.value)}
                aria-describedby={option.hint ? `${optionId}-desc` : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={optionId}>{option.label}</label>
            </div>
            {option.hint ? (
              <div class={look.hint} id={`${optionId}-desc`}>
                {option.hint}
              </div>
            ) : null}
          </>
        )
        return look.boxedOptions ? (
          <div class={boxClass(look, chosen, false)} key={option.value}>
            {parts}
          </div>
        ) : (
          <Fragment key={option.value}>{parts}</Fragment>
        )
      })}
    </fieldset>
  )
}

/**
 * A group of checkboxes choosing several values (candidates on a ballot, members to appoint, the tied candidates a
 * lot elected) in a fieldset whose legend is the question, with the group's hint and error read by every box. The
 * first box's id is `${formId}-${name}`, so an error summary's link for `name` lands on it; `children` come after the
 * messages (a live count of the marks).
 */
export function CheckboxGroup({
  formId,
  name,
  legend,
  hint,
  error,
  values,
  onValues,
  options,
  look,
  children,
}: {
  formId: string
  name: string
  legend: string
  hint?: ComponentChildren
  error?: string
  values: readonly string[]
  onValues: (values: string[]) => void
  options: { value: string; label: ComponentChildren; hint?: ComponentChildren }[]
  look: ChoiceLook
  children?: ComponentChildren
}) {
  const id = `${formId}-${name}`
  return (
    <fieldset
      class={error ? `${look.group} field-invalid` : look.group}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class={look.legend}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          formId={formId}
          name={index === 0 ? name : `${name}-${index}`}
          look={look}
          label={option.label}
          hint={option.hint}
          invalid={!!error}
          checked={values.includes(option.value)}
          onChecked={(on) =>
            onValues(on ? [...values, option.value] : values.filter((value) => value !== option.value))
          }
        />
      ))}
    </fieldset>
  )
}
