import type { ComponentChildren } from 'preact'
import { useT } from '../../core/i18n'
import { outreachApi, outreachPaths } from './paths'

/** A consultation's outreach material a page may link to. */
export type Material = 'announcement' | 'announcementPdf' | 'poster' | 'subscribe'

/**
 * The links to a consultation's outreach materials, in the order given, each named and typed (a PDF says it is one)
 * the same wherever it is offered: the consultation's page, the announcement, the panel. `children` adds the page's
 * own items at the end.
 */
export function MaterialLinks({
  slug,
  number,
  items,
  class: className,
  children,
}: {
  slug: string
  number: string
  items: Material[]
  class?: string
  children?: ComponentChildren
}) {
  const t = useT()
  const href: Record<Material, string> = {
    announcement: outreachPaths.announcement(slug, number),
    announcementPdf: outreachApi.announcementPdf(slug, number),
    poster: outreachApi.posterPdf(slug, number),
    subscribe: outreachPaths.subscribe(slug),
  }
  return (
    <ul class={className}>
      {items.map((item) => (
        <li key={item}>
          <a href={href[item]} type={item === 'announcementPdf' || item === 'poster' ? 'application/pdf' : undefined}>
            {t(`consultations.outreach.links.${item}`)}
          </a>
        </li>
      ))}
      {children}
    </ul>
  )
}

/**
 * The consultation page's links to outreach: the announcement for the BIP, the poster to print, and the subscription
 * to the JST's consultations (for whoever wants to hear of the next one).
 */
export function OutreachLinks({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  return (
    <nav class="ks-outreach-links" aria-label={t('consultations.outreach.links.label')}>
      <MaterialLinks slug={slug} number={number} items={['announcement', 'poster', 'subscribe']} />
    </nav>
  )
}
