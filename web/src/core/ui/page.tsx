import { Fragment, type ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { useLang, useT } from '../i18n'
import { formatWhen, timeAttribute, type TimeKind } from '../lib/time'
import { takeFocusRequest, useLocation } from '../../router'

/**
 * The page's main heading. It sets `document.title` and, after a navigation (not on the first load), receives
 * focus so that screen reader users hear where they are, like a full page load would tell them.
 */
export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { navId } = useLocation()
  const t = useT()
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title })
  }, [title, t])
  useLayoutEffect(() => {
    if (ref.current && takeFocusRequest(navId)) ref.current.focus({ preventScroll: false })
  }, [navId])
  return (
    <h1 ref={ref} tabIndex={-1} class="page-heading">
      {children}
    </h1>
  )
}

/**
 * A date or time as a `<time>` element, formatted by `core/lib/time.ts` (Warsaw time, the zone named after a time, a
 * deadline as its last day). `kind` says how to read it; without it, `withTime` picks `dateTime` over `date`.
 */
export function DateTime({
  value,
  withTime = false,
  kind,
  id,
}: {
  value: string | null | undefined
  withTime?: boolean
  kind?: TimeKind
  id?: string
}) {
  const lang = useLang()
  if (!value) return null
  const as = kind ?? (withTime ? 'dateTime' : 'date')
  return (
    <time id={id} dateTime={timeAttribute(value, as)}>
      {formatWhen(value, lang, as)}
    </time>
  )
}

/** An e-mail address that may wrap after the "@" (and dots of the domain) rather than mid-word. */
export function Email({ value }: { value: string }) {
  const at = value.indexOf('@')
  if (at < 0) return <>{value}</>
  const domain = value.slice(at + 1).split('.')
  return (
    <>
      {value.slice(0, at)}
      <wbr />@
      {domain.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {index > 0 ? '.' : null}
          {part}
        </Fragment>
      ))}
    </>
  )
}

/**
 * The trail above a page ("Gmina › Budżet obywatelski 2027 › Projekty"): a labelled navigation whose last item is the
 * current page (`aria-current`), written once so every module's trail reads the same to a screen reader. The module
 * brings its look (`class`) and the trail's name.
 */
export function Crumbs({
  items,
  label,
  class: cls,
}: {
  items: { href?: string; label: string }[]
  label: string
  class: string
}) {
  return (
    <nav class={cls} aria-label={label}>
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
