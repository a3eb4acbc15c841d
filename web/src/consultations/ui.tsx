import { useT, type Translate } from '../core/i18n'
import { hasMessage } from '../core/i18n'
import { Crumbs as CoreCrumbs, DateTime } from '../core/ui'
import { Rich } from '../core/ui/Rich'
import './consultations.css'

/** The trail above a consultations page: the JST, the list, the page. */
export function Crumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useT()
  return <CoreCrumbs items={items} label={t('consultations.crumbs')} class="ks-crumbs" />
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
