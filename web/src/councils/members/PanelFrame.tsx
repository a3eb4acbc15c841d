import type { ComponentChildren } from 'preact'
import { TenantPanelFrame } from '../../core/layout/TenantPanelFrame'
import { PageHeading } from '../../core/ui'
import { BodyPanelCrumbs } from '../ui/BodyPanelCrumbs'

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
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {() => (
        <div class="rdm">
          <BodyPanelCrumbs slug={slug} body={body} title={title} />
          <PageHeading title={title}>{title}</PageHeading>
          {children()}
        </div>
      )}
    </TenantPanelFrame>
  )
}
