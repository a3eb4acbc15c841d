import { useT } from '../../core/i18n'
import { Crumbs as CoreCrumbs } from '../../core/ui'
import './bodies.css'

/** The trail above a councils page (the module's look, the core's markup). */
export function RdCrumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useT()
  return <CoreCrumbs items={items} label={t('councils.bodies.crumbs')} class="rd-crumbs" />
}
