import { useMemo } from 'preact/hooks'
import { SlippyMap, type MapMarker } from '../../core/map/SlippyMap'
import { useT, type Translate } from '../../core/i18n'
import type { PublicProject } from '../types'
import { InlineFact, Money, ProjectHeadline } from '../ui'
import './maps.css'

/** A project that has both coordinates (the others are listed apart, never silently dropped). */
export function hasPoint(p: PublicProject): p is PublicProject & { lat: number; lng: number } {
  return p.lat != null && p.lng != null && Number.isFinite(p.lat) && Number.isFinite(p.lng)
}

/** The marker's accessible name: the number residents vote by, then the title. */
export function markerLabel(p: PublicProject, t: Translate): string {
  return p.number != null ? t('map.projects.markerLabel', { number: p.number, title: p.title }) : p.title
}

/**
 * The map of the projects list: the listed projects (same filters) that have a point, each marker a button opening a
 * short description with a link to the project's page. The page lists the same projects as text under the map; a
 * visually hidden note says so before the map, so screen reader users know they lose nothing by skipping it.
 */
export function ProjectsMap({ slug, year, items }: { slug: string; year: string; items: PublicProject[] }) {
  const t = useT()
  const located = items.filter(hasPoint)
  const byId = new Map(located.map((p) => [p.id, p]))
  const markersKey = located.map((p) => `${p.id}:${p.lat}:${p.lng}:${p.number}:${p.title}`).join('|')
  const markers = useMemo<MapMarker[]>(
    () =>
      located.map((p) => ({
        id: p.id,
        lat: p.lat,
        lng: p.lng,
        label: markerLabel(p, t),
        badge: p.number != null ? String(p.number) : undefined,
      })),
    [markersKey, t],
  )
  return (
    <section class="bo-map-section" aria-labelledby="bo-map-heading">
      <h2 id="bo-map-heading" class="visually-hidden">
        {t('map.projects.mapHeading')}
      </h2>
      <p class="visually-hidden">{t('map.projects.textAlternative', { count: located.length })}</p>
      <SlippyMap
        label={t('map.projects.mapLabel')}
        markers={markers}
        popup={(marker) => {
          const p = byId.get(marker.id)
          return p ? <ProjectPopup slug={slug} year={year} project={p} /> : null
        }}
      />
    </section>
  )
}

/** What a marker opens: title (the link to the page), status, pool and cost. */
function ProjectPopup({ slug, year, project: p }: { slug: string; year: string; project: PublicProject }) {
  const t = useT()
  return (
    <>
      <ProjectHeadline slug={slug} year={year} project={p} level={3} class="bo-map-popup-title" />
      <dl class="bo-inline-facts">
        <InlineFact term={t('budget.project.pool')}>{p.pool?.name ?? '—'}</InlineFact>
        <InlineFact term={t('budget.project.cost')}>
          <Money value={p.revisedCost ?? p.cost} />
        </InlineFact>
      </dl>
    </>
  )
}

/** The project page's small map: one marker, with the place in words above it. Nothing without coordinates. */
export function ProjectLocation({ project: p }: { project: PublicProject }) {
  const t = useT()
  const markers = useMemo<MapMarker[]>(
    () => (hasPoint(p) ? [{ id: p.id, lat: p.lat, lng: p.lng, label: p.title }] : []),
    [p.id, p.lat, p.lng, p.title],
  )
  if (!hasPoint(p)) return null
  return (
    <section class="bo-map-section" aria-labelledby="bo-location-heading">
      <h2 id="bo-location-heading">{t('map.project.heading')}</h2>
      <p>{p.address ? t('map.project.address', { address: p.address }) : t('map.project.noAddress')}</p>
      <SlippyMap label={t('map.project.mapLabel', { title: p.title })} markers={markers} size="small" maxFitZoom={16} />
    </section>
  )
}
