import type { ComponentChildren } from 'preact'
import { useT, type Translate } from '../core/i18n'
import { hasMessage } from '../core/i18n'
import { tenantPath } from '../core/lib/context'
import { useResource } from '../core/lib/resource'
import { useTenant } from '../core/lib/tenants'
import { Crumbs as CoreCrumbs, DateTime, PageHeading, type FormErrors } from '../core/ui'
import { Rich } from '../core/ui/Rich'
import { ksApi, ksPaths } from './paths'
import type { ConsultationDetail } from './types'
import './consultations.css'

/** The trail above a consultations page: the JST, the list, the page. */
export function Crumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useT()
  return <CoreCrumbs items={items} label={t('consultations.crumbs')} class="ks-crumbs" />
}

/**
 * The trail above a consultations page: the JST, its consultations, the consultation when the page is about one (by
 * `title`, its number standing in until it is loaded) and the page.
 */
export function ConsultationCrumbs({
  slug,
  number,
  title,
  page,
}: {
  slug: string
  number?: string
  title?: string
  page: string
}) {
  const t = useT()
  const tenant = useTenant(slug)
  return (
    <Crumbs
      items={[
        { href: tenantPath(slug), label: tenant.tenant?.name ?? slug },
        { href: ksPaths.list(slug), label: t('module.consultations') },
        ...(number
          ? [{ href: ksPaths.consultation(slug, number), label: title ?? t('consultations.numbered', { number }) }]
          : []),
        { label: page },
      ]}
    />
  )
}

/**
 * The frame of a resident's page about one consultation reached from an e-mail or a receipt (confirming a comment,
 * reading one's own, cancelling a place at a meeting): the trail, the page's heading and the consultation's title
 * under it, from its public answer. `children` gets the consultation once it is loaded.
 */
export function ConsultationPageFrame({
  slug,
  number,
  title,
  children,
}: {
  slug: string
  number: string
  title: string
  children: (consultation: ConsultationDetail | null) => ComponentChildren
}) {
  const t = useT()
  const res = useResource<ConsultationDetail>(ksApi.consultation(slug, number))
  const consultationTitle = res.data?.title ?? t('consultations.numbered', { number })
  return (
    <>
      <ConsultationCrumbs slug={slug} number={number} title={consultationTitle} page={title} />
      <PageHeading title={`${title} — ${consultationTitle}`}>{title}</PageHeading>
      <p class="lead">{consultationTitle}</p>
      {children(res.data)}
    </>
  )
}

/**
 * The props that bind a text field of a form whose values live in one state object: its id prefix, name, label,
 * value, error and its update. A form writes `const field = fieldBinder(formId, values, setValues, labels, errors)`
 * once and `<Field {...field('email')} />` for each field.
 */
export function fieldBinder<T extends { [K in keyof T]: string }>(
  formId: string,
  values: T,
  setValues: (update: (prev: T) => T) => void,
  labels: { [P in keyof T]: string },
  errors: FormErrors,
) {
  return (name: keyof T & string) => ({
    formId,
    name,
    label: labels[name],
    value: values[name],
    error: errors.fields[name],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })
}

/**
 * A form's submit handler: the page stays (no browser submit), and a second press while the first is being sent does
 * nothing, so a slow connection never sends a comment or a sign-up twice.
 */
export const submitOnce = (busy: boolean, send: () => Promise<unknown>) => (event: Event) => {
  event.preventDefault()
  if (!busy) void send()
}

/** "od 8 stycznia 2027 do 21 stycznia 2027 włącznie": both days are Warsaw calendar days, the last one counts. */
export function Period({ start, end }: { start: string; end: string }) {
  const t = useT()
  return (
    <Rich
      text={t('consultations.period')}
      values={{ start: <DateTime value={start} kind="date" />, end: <DateTime value={end} kind="date" /> }}
    />
  )
}

/** A catalogue label for a key the server sends, or the server's own words when the catalogue has none. */
export function labelOf(t: Translate, key: string, fallback?: string): string {
  return hasMessage(key) ? t(key) : (fallback ?? key.slice(key.lastIndexOf('.') + 1))
}

/** Where a consultation stands, in words. */
export const stateText = (t: Translate, state: string) => labelOf(t, `consultations.state.${state}`, state)

/** The kind of consultation (its preset), in words. */
export const presetText = (t: Translate, preset: string, fallback?: string) =>
  labelOf(t, `consultations.preset.${preset}`, fallback)
