import type { ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useLang, useT } from '../i18n'
import { mapConfig } from './config'
import {
  boundsOf,
  clamp,
  fitBounds,
  fromScreen,
  onScreen,
  panBy,
  TILE_SIZE,
  tileUrl,
  toScreen,
  visibleTiles,
  type Bounds,
  type LatLng,
  type Viewport,
} from './mercator'
import './map.css'

export type { LatLng } from './mercator'

/** A place on the map. With `popup` on the map, each marker is a button that opens it. */
export interface MapMarker {
  id: string
  lat: number
  lng: number
  /** The marker's accessible name (for a project: its number and title). */
  label: string
  /** A few characters drawn on the pin (a project's number), so the map and the list can be matched by eye. */
  badge?: string
}

/** Location picking: a crosshair in the middle, a click, a tap or Enter sets the point. */
export interface MapPicker {
  point: LatLng | null
  onPick: (point: LatLng) => void
}

export interface SlippyMapProps {
  /** Accessible name of the map. */
  label: string
  markers?: readonly MapMarker[]
  /** What a marker's popup shows; without it, markers are pictures only (the page says the same in text). */
  popup?: (marker: MapMarker) => ComponentChildren
  picker?: MapPicker
  /** Points to frame when there is no marker (nor picked point): a JST's other projects, say. Poland otherwise. */
  fallback?: readonly LatLng[]
  /** A new object moves the map there (typed coordinates in the picker). */
  goTo?: { center: LatLng; zoom?: number } | null
  /** Closest zoom when framing markers (one marker alone is shown at this zoom). */
  maxFitZoom?: number
  size?: 'small' | 'medium'
  /** Ids of further descriptions of the map (help shown elsewhere). */
  describedBy?: string
  tileUrl?: string
}

/** Where a map with nothing to show looks: Poland (a view default; the validation rule is worker/core/geo.ts). */
const POLAND_VIEW: Bounds = { south: 49.0, west: 14.1, north: 54.9, east: 24.2 }
const KEY_STEP = 48
const DRAG_THRESHOLD = 4
/** Markers whose tips are closer than this (CSS pixels, at the current zoom) are drawn as one group marker. */
export const CLUSTER_PX = 24
let mapCount = 0

/** Markers drawn as one: two or more close together (a group), or a single marker. `key` names it while it lasts. */
export interface MarkerGroup {
  key: string
  markers: MapMarker[]
  x: number
  y: number
}

/**
 * Groups markers that would overlap at this view: each marker joins the first group whose first marker lies within
 * `CLUSTER_PX` of it, and a group is drawn at the mean of its markers. Overlapping pins hide each other (two projects
 * at one school look like one), so a group shows its count instead and opens to its projects.
 */
export function groupMarkers(markers: readonly MapMarker[], view: Viewport, distance = CLUSTER_PX): MarkerGroup[] {
  const groups: { anchor: { x: number; y: number }; points: { x: number; y: number }[]; markers: MapMarker[] }[] = []
  for (const marker of markers) {
    const at = toScreen(marker, view)
    const group = groups.find((g) => Math.hypot(g.anchor.x - at.x, g.anchor.y - at.y) < distance)
    if (group) {
      group.markers.push(marker)
      group.points.push(at)
    } else groups.push({ anchor: at, points: [at], markers: [marker] })
  }
  return groups.map((g) => ({
    key: g.markers.length === 1 ? g.markers[0]!.id : `grupa:${g.markers.map((m) => m.id).join(',')}`,
    markers: g.markers,
    x: g.points.reduce((s, p) => s + p.x, 0) / g.points.length,
    y: g.points.reduce((s, p) => s + p.y, 0) / g.points.length,
  }))
}

/**
 * A small slippy map drawn as SVG: raster tiles from a `{z}/{x}/{y}` template, markers, zoom buttons, dragging, and
 * the keyboard (arrows pan, + and − zoom) while the map has focus. No map library: the web bundle stays small, and
 * everything is placed with SVG attributes and CSS classes, because the Content-Security-Policy forbids inline styles.
 * Tiles that fail (offline, blocked) leave a neutral grid with the markers still in place; pages always give the same
 * information as text next to the map.
 */
export function SlippyMap({
  label,
  markers = [],
  popup,
  picker,
  fallback,
  goTo,
  maxFitZoom = 16,
  size: sizeName = 'medium',
  describedBy,
  tileUrl: template = mapConfig.tileUrl,
}: SlippyMapProps) {
  const t = useT()
  const lang = useLang()
  const [id] = useState(() => `mapa-${++mapCount}`)
  const viewportRef = useRef<HTMLDivElement>(null)
  const popupRef = useRef<HTMLDivElement>(null)
  const markerEls = useRef(new Map<string, SVGGElement>())
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const [center, setCenter] = useState<LatLng>({ lat: 52, lng: 19 })
  const [zoom, setZoom] = useState(6)
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set())
  const [anyLoaded, setAnyLoaded] = useState(false)
  const [openId, setOpenId] = useState<string | null>(null)
  const drag = useRef<{ pointer: number; x: number; y: number; start: LatLng; moved: boolean } | null>(null)
  const suppressClick = useRef(false)
  const touched = useRef(false)
  const fitted = useRef<{ markers: string; fallback: string; size: string } | null>(null)
  const focusPopup = useRef(false)

  const view: Viewport | null = size ? { center, zoom, width: size.width, height: size.height } : null
  const interactive = Boolean(popup)
  const groups = view ? groupMarkers(markers, view) : []
  const openMarker = openId ? (markers.find((m) => m.id === openId) ?? null) : null
  const openGroup = openId && !openMarker ? (groups.find((g) => g.key === openId) ?? null) : null
  const openLabel = openMarker?.label ?? (openGroup ? groupLabel(openGroup.markers.length) : '')

  // The map is as wide as its column and as tall as its CSS class says; the SVG's user units are CSS pixels.
  useLayoutEffect(() => {
    const el = viewportRef.current
    if (!el) return
    const measure = () => {
      const box = el.getBoundingClientRect()
      const width = Math.max(1, Math.round(box.width))
      const height = Math.max(1, Math.round(box.height))
      setSize((prev) => (prev && prev.width === width && prev.height === height ? prev : { width, height }))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  // Framing: all markers (or the picked point) when the map first has a size and whenever the markers change (new
  // filters); on a new size (a phone turned) and for new fallback points only until the person has moved the map.
  const markersKey = markers.map((m) => `${m.id}@${m.lat},${m.lng}`).join('|')
  const fallbackKey = (fallback ?? []).map((p) => `${p.lat},${p.lng}`).join('|')
  const sizeKey = size ? `${size.width}x${size.height}` : ''
  useLayoutEffect(() => {
    if (!size) return
    const last = fitted.current
    const first = last === null
    const markersChanged = !first && last.markers !== markersKey
    const fallbackChanged = !first && last.fallback !== fallbackKey && !touched.current
    const resized = !first && last.size !== sizeKey && !touched.current
    fitted.current = { markers: markersKey, fallback: fallbackKey, size: sizeKey }
    if (!first && !markersChanged && !fallbackChanged && !resized) return
    // The picked point is framed too, but picking never re-frames (it is not part of the keys).
    const points: LatLng[] = [...markers]
    if (picker?.point) points.push(picker.point)
    if (points.length === 0 && !first && !fallbackChanged && !resized) return
    const bounds = boundsOf(points) ?? boundsOf(fallback ?? []) ?? POLAND_VIEW
    const max = points.length ? maxFitZoom : boundsOf(fallback ?? []) ? Math.min(maxFitZoom, 14) : 7
    const fit = fitBounds(bounds, size, { padding: 40, minZoom: mapConfig.minZoom, maxZoom: max })
    setCenter(fit.center)
    setZoom(fit.zoom)
  }, [sizeKey, markersKey, fallbackKey])

  useEffect(() => {
    if (!goTo) return
    setCenter(goTo.center)
    if (goTo.zoom != null) setZoom(clamp(goTo.zoom, mapConfig.minZoom, mapConfig.maxZoom))
  }, [goTo])

  // A marker that disappears (new filters), or a group that splits or joins another (zoom), takes its popup with it.
  useEffect(() => {
    if (openId && !openMarker && !openGroup) setOpenId(null)
  }, [openId, openMarker, openGroup])

  useLayoutEffect(() => {
    if ((openMarker || openGroup) && focusPopup.current) {
      focusPopup.current = false
      popupRef.current?.focus()
    }
  }, [openMarker, openGroup])

  const zoomBy = (delta: number) => {
    touched.current = true
    setZoom((z) => clamp(z + delta, mapConfig.minZoom, mapConfig.maxZoom))
  }

  const pan = (dx: number, dy: number) => {
    if (!view) return
    touched.current = true
    setCenter(panBy(view, dx, dy))
  }

  const fitAll = () => {
    if (!size) return
    const bounds = boundsOf(markers)
    if (!bounds) return
    touched.current = true
    const fit = fitBounds(bounds, size, { padding: 40, minZoom: mapConfig.minZoom, maxZoom: maxFitZoom })
    setCenter(fit.center)
    setZoom(fit.zoom)
  }

  const openPopup = (marker: MapMarker) => {
    if (openId === marker.id) {
      setOpenId(null)
      return
    }
    focusPopup.current = true
    setOpenId(marker.id)
    // Bring the marker into view if it sits at the edge.
    if (view && !onScreen(toScreen(marker, view), view, 48)) setCenter({ lat: marker.lat, lng: marker.lng })
  }

  /**
   * A group marker zooms in until its markers part; where they cannot (the same address, or the closest zoom), it
   * opens the list of its markers' descriptions instead.
   */
  const openGroupMarker = (group: MarkerGroup) => {
    if (!size || !view) return
    if (openId === group.key) {
      setOpenId(null)
      return
    }
    const bounds = boundsOf(group.markers)!
    const fit = fitBounds(bounds, size, { padding: 40, minZoom: mapConfig.minZoom, maxZoom: mapConfig.maxZoom })
    if (fit.zoom > zoom && groupMarkers(group.markers, { ...view, center: fit.center, zoom: fit.zoom }).length > 1) {
      touched.current = true
      setCenter(fit.center)
      setZoom(fit.zoom)
      return
    }
    focusPopup.current = true
    setOpenId(group.key)
  }

  const closePopup = () => {
    const marker = openId
    setOpenId(null)
    if (!marker) return
    const target = markerEls.current.get(marker) ?? groups.find((g) => g.markers.some((m) => m.id === marker))?.key
    if (typeof target === 'string') markerEls.current.get(target)?.focus()
    else if (target) target.focus()
    else viewportRef.current?.focus()
  }

  /** "2 projekty w tym miejscu": the accessible name and the popup's name of a group. */
  function groupLabel(count: number): string {
    return t(`map.group.${new Intl.PluralRules(lang === 'pl' ? 'pl-PL' : 'en-GB').select(count)}`, { count })
  }

  /** A marker reached with Tab off screen is brought into view (focus must be visible). */
  const revealMarker = (marker: MapMarker) => {
    if (view && !onScreen(toScreen(marker, view), view, 24)) setCenter({ lat: marker.lat, lng: marker.lng })
  }

  const pick = (point: LatLng) => {
    touched.current = true
    picker?.onPick({ lat: round(point.lat), lng: round(point.lng) })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP
    const onMap = event.target === viewportRef.current
    switch (event.key) {
      case 'ArrowLeft':
        pan(step, 0)
        break
      case 'ArrowRight':
        pan(-step, 0)
        break
      case 'ArrowUp':
        pan(0, step)
        break
      case 'ArrowDown':
        pan(0, -step)
        break
      case '+':
      case '=':
        zoomBy(1)
        break
      case '-':
      case '_':
        zoomBy(-1)
        break
      case 'Enter':
      case ' ':
        // On the map itself (not on a marker): the picker sets the point under the crosshair.
        if (!onMap || !picker) return
        pick(center)
        break
      case 'Escape':
        if (!openId) return
        closePopup()
        break
      default:
        return
    }
    event.preventDefault()
  }

  const onPointerDown = (event: PointerEvent) => {
    // A drag on a touch screen ends without a click: start each gesture afresh.
    suppressClick.current = false
    if (event.button !== 0 || !view) return
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY, start: center, moved: false }
  }

  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current
    const el = viewportRef.current
    if (!d || d.pointer !== event.pointerId || !view || !el) return
    const dx = event.clientX - d.x
    const dy = event.clientY - d.y
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return
      d.moved = true
      touched.current = true
      // Captured only once it is a drag, so a plain click still reaches the marker under the pointer.
      el.setPointerCapture(event.pointerId)
    }
    const scale = view.width / Math.max(1, el.getBoundingClientRect().width)
    setCenter(panBy({ ...view, center: d.start }, dx * scale, dy * scale))
  }

  const onPointerEnd = (event: PointerEvent) => {
    const d = drag.current
    if (!d || d.pointer !== event.pointerId) return
    drag.current = null
    suppressClick.current = d.moved
    if (d.moved && viewportRef.current?.hasPointerCapture(event.pointerId))
      viewportRef.current.releasePointerCapture(event.pointerId)
  }

  const onClick = (event: MouseEvent) => {
    if (suppressClick.current) {
      suppressClick.current = false
      return
    }
    const el = viewportRef.current
    if (!el || !view || (event.target as Element).closest?.('.map-marker-button')) return
    if (picker) {
      const box = el.getBoundingClientRect()
      const scale = view.width / Math.max(1, box.width)
      pick(fromScreen({ x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale }, view))
    } else if (openId) setOpenId(null)
  }

  const helpId = `${id}-help`
  const tiles = view ? visibleTiles(view) : []
  const number = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: 5,
    useGrouping: false,
  })
  const pointAt = picker?.point && view ? toScreen(picker.point, view) : null

  return (
    <div class={`map map-${sizeName}${picker ? ' map-picker' : ''}`}>
      <div class="map-frame">
        <div
          ref={viewportRef}
          id={id}
          class="map-viewport"
          tabIndex={0}
          role="application"
          aria-label={label}
          aria-describedby={[helpId, describedBy].filter(Boolean).join(' ')}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onClick={onClick}
        >
          {view ? (
            <svg class="map-svg" viewBox={`0 0 ${view.width} ${view.height}`} preserveAspectRatio="xMidYMid slice">
              <rect class="map-bg" width={view.width} height={view.height} />
              <g aria-hidden="true">
                {tiles.map((tile) => {
                  const href = tileUrl(template, tile)
                  return failed.has(href) ? (
                    <rect
                      key={href}
                      class="map-tile-missing"
                      x={tile.left}
                      y={tile.top}
                      width={TILE_SIZE}
                      height={TILE_SIZE}
                    />
                  ) : (
                    <image
                      key={href}
                      class="map-tile"
                      href={href}
                      x={tile.left}
                      y={tile.top}
                      width={TILE_SIZE}
                      height={TILE_SIZE}
                      preserveAspectRatio="none"
                      onLoad={() => !anyLoaded && setAnyLoaded(true)}
                      onError={() => setFailed((prev) => new Set(prev).add(href))}
                    />
                  )
                })}
              </g>
              {/* Markers take `tabindex` in lower case: Preact sets SVG attributes as written, and `tabIndex` is another attribute. */}
              <g class="map-markers">
                {groups.map((group) => {
                  if (group.markers.length === 1) return null
                  const selected = group.key === openId
                  const name = groupLabel(group.markers.length)
                  const classes = `map-marker map-group${interactive ? ' map-marker-button' : ''}${selected ? ' map-marker-selected' : ''}`
                  const transform = `translate(${round1(group.x)} ${round1(group.y)})`
                  return interactive ? (
                    <g
                      key={group.key}
                      ref={(el) => {
                        if (el) markerEls.current.set(group.key, el)
                        else markerEls.current.delete(group.key)
                      }}
                      class={classes}
                      transform={transform}
                      role="button"
                      tabindex={0}
                      aria-label={name}
                      aria-expanded={selected ? 'true' : 'false'}
                      onClick={() => openGroupMarker(group)}
                      onKeyDown={(event) => {
                        if (event.key !== 'Enter' && event.key !== ' ') return
                        event.preventDefault()
                        event.stopPropagation()
                        openGroupMarker(group)
                      }}
                    >
                      <GroupPin count={group.markers.length} />
                    </g>
                  ) : (
                    <g key={group.key} class={classes} transform={transform} aria-hidden="true">
                      <GroupPin count={group.markers.length} />
                    </g>
                  )
                })}
                {groups
                  .flatMap((group) => (group.markers.length === 1 ? group.markers : []))
                  .map((marker) => {
                    const at = toScreen(marker, view)
                    const selected = marker.id === openId
                    const classes = `map-marker${interactive ? ' map-marker-button' : ''}${selected ? ' map-marker-selected' : ''}`
                    return interactive ? (
                      <g
                        key={marker.id}
                        ref={(el) => {
                          if (el) markerEls.current.set(marker.id, el)
                          else markerEls.current.delete(marker.id)
                        }}
                        class={classes}
                        transform={`translate(${round1(at.x)} ${round1(at.y)})`}
                        role="button"
                        tabindex={0}
                        aria-label={marker.label}
                        aria-expanded={selected ? 'true' : 'false'}
                        onClick={() => openPopup(marker)}
                        onKeyDown={(event) => {
                          if (event.key !== 'Enter' && event.key !== ' ') return
                          event.preventDefault()
                          event.stopPropagation()
                          openPopup(marker)
                        }}
                        onFocus={() => revealMarker(marker)}
                      >
                        <Pin badge={marker.badge} />
                      </g>
                    ) : (
                      <g
                        key={marker.id}
                        class={classes}
                        transform={`translate(${round1(at.x)} ${round1(at.y)})`}
                        aria-hidden="true"
                      >
                        <Pin badge={marker.badge} />
                      </g>
                    )
                  })}
                {pointAt ? (
                  <g
                    class="map-marker map-point"
                    transform={`translate(${round1(pointAt.x)} ${round1(pointAt.y)})`}
                    aria-hidden="true"
                  >
                    <Pin />
                  </g>
                ) : null}
              </g>
              {picker ? <Crosshair x={view.width / 2} y={view.height / 2} /> : null}
              <rect
                class="map-focus-frame map-focus-frame-outer"
                x="1.5"
                y="1.5"
                width={Math.max(0, view.width - 3)}
                height={Math.max(0, view.height - 3)}
              />
              <rect
                class="map-focus-frame map-focus-frame-inner"
                x="4.5"
                y="4.5"
                width={Math.max(0, view.width - 9)}
                height={Math.max(0, view.height - 9)}
              />
            </svg>
          ) : null}
        </div>
        <div class="map-controls">
          <button
            type="button"
            class="map-button"
            onClick={() => zoomBy(1)}
            disabled={zoom >= mapConfig.maxZoom}
            aria-controls={id}
          >
            <span aria-hidden="true">+</span>
            <span class="visually-hidden">{t('map.zoomIn')}</span>
          </button>
          <button
            type="button"
            class="map-button"
            onClick={() => zoomBy(-1)}
            disabled={zoom <= mapConfig.minZoom}
            aria-controls={id}
          >
            <span aria-hidden="true">−</span>
            <span class="visually-hidden">{t('map.zoomOut')}</span>
          </button>
          {markers.length > 0 ? (
            <button type="button" class="map-button" onClick={fitAll} aria-controls={id}>
              <FitIcon />
              <span class="visually-hidden">{t(markers.length === 1 ? 'map.fitOne' : 'map.fit')}</span>
            </button>
          ) : null}
        </div>
        {failed.size > 0 && !anyLoaded ? <p class="map-offline">{t('map.tilesFailed')}</p> : null}
        <p class="map-attribution">
          <a href={mapConfig.copyrightUrl} rel="external noopener" target="_blank">
            {t('map.attribution')}
            <span class="visually-hidden"> {t('map.newTab')}</span>
          </a>
          {mapConfig.tileCredit ? ` · ${mapConfig.tileCredit}` : null}
        </p>
      </div>
      {picker ? (
        <p class="map-crosshair-text">
          {t('map.crosshair', { lat: number.format(round(center.lat)), lng: number.format(round(center.lng)) })}
        </p>
      ) : null}
      <p class="map-help" id={helpId}>
        {t(picker ? 'map.helpPicker' : interactive ? 'map.helpMarkers' : 'map.help')}
      </p>
      {(openMarker || openGroup) && popup ? (
        <div
          ref={popupRef}
          class="map-popup"
          role="dialog"
          aria-label={openLabel}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            event.preventDefault()
            closePopup()
          }}
        >
          {openMarker ? (
            popup(openMarker)
          ) : (
            <ul class="map-popup-list">
              {openGroup!.markers.map((marker) => (
                <li key={marker.id}>{popup(marker)}</li>
              ))}
            </ul>
          )}
          <button type="button" class="map-popup-close" onClick={closePopup}>
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{t('map.close', { name: openLabel })}</span>
          </button>
        </div>
      ) : null}
    </div>
  )
}

/** Five decimal places: about a metre, as precise as a finger on a phone. */
function round(value: number): number {
  return Math.round(value * 1e5) / 1e5
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** A pin whose tip is at (0, 0). */
function Pin({ badge }: { badge?: string }) {
  return (
    <>
      <circle class="map-marker-ring" cx="0" cy="-22" r="19" />
      <path class="map-marker-pin" d="M0 0C-4-8-14-13-14-22A14 14 0 1 1 14-22C14-13 4-8 0 0Z" />
      {badge ? (
        <text class="map-marker-badge" x="0" y="-18" text-anchor="middle">
          {badge}
        </text>
      ) : (
        <circle class="map-marker-dot" cx="0" cy="-22" r="5" />
      )}
    </>
  )
}

/** A group of markers: a larger round badge with their count, its bottom at the markers' mean position. */
function GroupPin({ count }: { count: number }) {
  return (
    <>
      <circle class="map-marker-ring" cx="0" cy="-18" r="22" />
      <circle class="map-marker-pin map-group-pin" cx="0" cy="-18" r="17" />
      <text class="map-marker-badge map-group-count" x="0" y="-13.5" text-anchor="middle">
        {count}
      </text>
    </>
  )
}

function Crosshair({ x, y }: { x: number; y: number }) {
  const d = `M${x - 16} ${y}H${x - 4}M${x + 4} ${y}H${x + 16}M${x} ${y - 16}V${y - 4}M${x} ${y + 4}V${y + 16}`
  return (
    <g class="map-crosshair" aria-hidden="true">
      <path class="map-crosshair-halo" d={d} />
      <path class="map-crosshair-line" d={d} />
    </g>
  )
}

function FitIcon() {
  return (
    <svg class="map-icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M2 7V2h5M13 2h5v5M18 13v5h-5M7 18H2v-5" />
    </svg>
  )
}
