import type { ComponentChildren } from 'preact'
import { useT } from '../../core/i18n'
import { TenantPanelFrame } from '../../core/layout/TenantPanelFrame'
import { Crumbs, PageHeading } from '../../core/ui'
import { rdPaths } from '../paths'

/** The frame of the panel's members and meetings pages of one body: the trail back to the body and the heading. */
export function BodyPanelPage({
  slug,
  body,
  title,
  children,
}: {
  slug: string
  body: string
  title: string
  children: () => ComponentChildren
}) {
  const t = useT()
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {() => (
        <div class="rdm">
          <Crumbs
            class="crumbs"
            label={t('councils.members.panel.crumbs')}
            items={[
              { href: rdPaths.panel(slug), label: t('councils.members.panel.councils') },
              { href: rdPaths.panelBody(slug, body), label: body },
              { label: title },
            ]}
          />
          <PageHeading title={title}>{title}</PageHeading>
          {children()}
        </div>
      )}
    </TenantPanelFrame>
  )
}
