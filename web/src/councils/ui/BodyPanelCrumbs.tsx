import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { Crumbs } from '../../core/ui'
import { rdApi, rdPaths } from '../paths'

/**
 * The path of a body's panel page (Rady › the body › `title`), naming the body by its name once the staff's answer
 * about it has come (its address until then), so staff never read a body's slug where its name belongs.
 */
export function BodyPanelCrumbs({ slug, body, title }: { slug: string; body: string; title: string }) {
  const t = useT()
  const res = useResource<{ name: string }>(rdApi.staffBody(slug, body))
  return (
    <Crumbs
      class="crumbs"
      label={t('councils.bodies.crumbs')}
      items={[
        { href: rdPaths.panel(slug), label: t('module.councils') },
        { href: rdPaths.panelBody(slug, body), label: res.data?.name ?? body },
        { label: title },
      ]}
    />
  )
}
