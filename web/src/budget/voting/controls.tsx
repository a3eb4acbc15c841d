import { useLayoutEffect, useRef } from 'preact/hooks'
import { useT } from '../../core/i18n'
import type { ChoiceLook } from '../../core/ui'
import './voting.css'

/*
 * Controls of the voting pages: the look of their checkboxes and radios, and a step heading that takes focus. Their
 * styles (voting.css) come with them, in the voting pages' own chunk.
 */

/** The heading of one wizard step: "Krok 2 z 6" and the question; focused when the person moves to this step. */
export function StepHeading({
  id,
  index,
  total,
  title,
  focus,
}: {
  id?: string
  index: number | null
  total: number
  title: string
  focus: boolean
}) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    if (focus) ref.current?.focus()
  }, [])
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="vt-step-heading">
      {index !== null ? (
        <span class="vt-progress">
          {t('voting.progress', { n: index, total })}
          <span class="visually-hidden">: </span>
        </span>
      ) : null}
      <span class="vt-step-title">{title}</span>
    </h2>
  )
}

/**
 * How the voting pages draw checkboxes and radios (`Checkbox`, `RadioGroup` of core/ui): each choice a large box,
 * lit when chosen, its description inside it (voting.css).
 */
export const vtChoice: ChoiceLook = {
  box: 'vt-check',
  on: 'vt-check-on',
  invalid: 'vt-check-invalid',
  row: 'vt-check-row',
  hint: 'vt-check-desc',
  group: 'vt-fieldset',
  boxedOptions: true,
}
