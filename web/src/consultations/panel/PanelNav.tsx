/**
 * The navigation of one consultation in the staff panel, and the frame every panel page of a consultation uses.
 *
 * `<PanelNav slug number current role? />` — links to the consultation's panel sections (Ogłoszenie i projekt, Uwagi,
 * Odpowiedzi, Spotkania, Zasięg i opinie, Raport) as a labelled `nav`, the current one with `aria-current="page"`.
 * `current` is one of `'act' | 'comments' | 'answers' | 'meetings' | 'outreach' | 'report'`. With `role="moderator"`
 * only the sections a moderator may open are linked (Uwagi).
 *
 * `<PanelConsultationPage slug number current allow? title?>{(ctx) => …}</PanelConsultationPage>` — the whole page
 * frame: the JST's panel (sign-in, role check for the consultations section), the trail (panel › Konsultacje ›
 * this consultation › the section), the consultation's title as the page's `h1`, `PanelNav`, then the children.
 * Props:
 * - `slug`, `number`: from the route (`/panel/:slug/konsultacje/:number/...`).
 * - `current`: the section shown (`PanelSection`), for the nav and the trail's last item.
 * - `allow`: the roles that may see this page, by default the organisers (`['admin', 'koordynator']`); the comments
 *   page passes `MODERATORS`. Others get the panel's "no access" message, never the page.
 * - `children`: a function of `PanelConsultationContext` (the panel's context — `role`, `user`, `tenantName` — plus
 *   `consultation`, the consultation as loaded: the staff view with `status`/`version` for organisers, the public view
 *   for moderators, who only deal with published consultations; and `reload()` to load it again), or plain children.
 */
import type { ComponentChildren, JSX } from 'preact'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { useT } from '../../core/i18n'
import { panelPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import type { PanelRole } from '../../core/lib/types'
import { ErrorState, Loading, PageHeading } from '../../core/ui'
import { ksApi } from '../paths'
import { Crumbs } from '../ui'
import { ksPanelPaths, ksStaffApi, PANEL_SECTIONS, type PanelSection } from './paths'
import type { PanelConsultation } from './types'
import './panel.css'

export type { PanelSection } from './paths'

/** The roles that prepare, publish and run consultations (the server's `organisers`). */
export const ORGANISERS: readonly PanelRole[] = ['admin', 'koordynator']
/** The roles that moderate comments: the organisers and the moderator. */
export const MODERATORS: readonly PanelRole[] = ['admin', 'koordynator', 'moderator']

/** The sections a role may open: moderators the comments only, organisers every one. */
export function sectionsFor(role: PanelRole | undefined): readonly PanelSection[] {
  return role && !ORGANISERS.includes(role) ? ['comments'] : PANEL_SECTIONS.map((s) => s.key)
}

/** The sections of one consultation in the panel, the current one marked for screen readers and by its look. */
export function PanelNav({
  slug,
  number,
  current,
  role,
}: {
  slug: string
  number: number | string
  current: PanelSection
  role?: PanelRole
}) {
  const t = useT()
  const shown = sectionsFor(role)
  return (
    <nav class="ks-panel-nav" aria-label={t('consultations.panel.nav.label', { number })}>
      <ul>
        {PANEL_SECTIONS.filter((s) => shown.includes(s.key)).map((s) => (
          <li key={s.key}>
            <a href={ksPanelPaths.section(slug, number, s.key)} aria-current={s.key === current ? 'page' : undefined}>
              {t(`consultations.panel.nav.${s.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** What a panel page of one consultation gets from `PanelConsultationPage`. */
export interface PanelConsultationContext extends TenantPanelContext {
  consultation: PanelConsultation
  reload: () => void
}

function Loaded({
  ctx,
  number,
  current,
  allow,
  title,
  children,
}: {
  ctx: TenantPanelContext
  number: string
  current: PanelSection
  allow: readonly PanelRole[]
  title?: string
  children: ComponentChildren | ((ctx: PanelConsultationContext) => JSX.Element)
}) {
  const t = useT()
  const { slug, role } = ctx
  const permitted = allow.includes(role)
  const organiser = ORGANISERS.includes(role)
  // Moderators may not read drafts (the staff GET is the organisers'); they work on published consultations only.
  const path = !permitted ? null : organiser ? ksStaffApi.consultation(slug, number) : ksApi.consultation(slug, number)
  const resource = useResource<PanelConsultation>(path)
  const sectionLabel = t(`consultations.panel.nav.${current}`)
  const crumbs = (name: string) => (
    <Crumbs
      items={[
        { href: panelPath(slug), label: ctx.tenantName },
        { href: ksPanelPaths.list(slug), label: t('consultations.panel.listCrumb') },
        ...(current === 'act'
          ? [{ label: name }]
          : [{ href: ksPanelPaths.consultation(slug, number), label: name }, { label: sectionLabel }]),
      ]}
    />
  )
  if (!permitted) {
    return (
      <>
        <PageHeading title={t('error.forbidden.title')}>{t('error.forbidden.title')}</PageHeading>
        <div class="state state-error" role="alert">
          <p>{t('consultations.panel.organisersOnly', { role: t(`role.${role}`) })}</p>
        </div>
        <p>
          <a href={ksPanelPaths.section(slug, number, 'comments')}>{t('consultations.panel.toComments')}</a>
        </p>
      </>
    )
  }
  if (!resource.data) {
    if (resource.status === 'error') {
      return (
        <>
          {crumbs(t('consultations.numbered', { number }))}
          <PageHeading title={t('consultations.numbered', { number })}>
            {t('consultations.numbered', { number })}
          </PageHeading>
          <ErrorState error={resource.error} onRetry={resource.reload} />
        </>
      )
    }
    return <Loading />
  }
  const consultation = resource.data
  const pageTitle = title ?? `${sectionLabel}: ${consultation.title}`
  return (
    <>
      {crumbs(consultation.title)}
      <PageHeading title={pageTitle}>{consultation.title}</PageHeading>
      <PanelNav slug={slug} number={number} current={current} role={role} />
      {typeof children === 'function' ? children({ ...ctx, consultation, reload: resource.reload }) : children}
    </>
  )
}

/** The frame of a panel page of one consultation; see the file's comment for its props. */
export function PanelConsultationPage({
  slug,
  number,
  current,
  allow = ORGANISERS,
  title,
  children,
}: {
  slug: string
  number: string
  current: PanelSection
  allow?: readonly PanelRole[]
  /** The document's title, by default "{section}: {consultation's title}". */
  title?: string
  children: ComponentChildren | ((ctx: PanelConsultationContext) => JSX.Element)
}) {
  return (
    <TenantPanelFrame slug={slug} section="consultations">
      {(ctx) => (
        <Loaded ctx={ctx} number={number} current={current} allow={allow} title={title}>
          {children}
        </Loaded>
      )}
    </TenantPanelFrame>
  )
}
