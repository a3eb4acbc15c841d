import type { ComponentChildren } from 'preact'
import { Fragment } from 'preact'

/**
 * Renders a translated message whose `{placeholders}` are elements (links, `<time>`, spans with fixed ids), so
 * that sentences stay whole in the message files and word order can differ between languages.
 */
export function Rich({ text, values }: { text: string; values: Record<string, ComponentChildren> }) {
  const parts = text.split(/\{(\w+)\}/g)
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment> : part,
      )}
    </>
  )
}
