/**
 * Web Mercator (EPSG:3857) arithmetic for the slippy map, in the "world pixel" space raster tile servers use: at zoom
 * z the whole world is a square of 256·2^z pixels, x grows east from the antimeridian, y grows south from 85.0511°N.
 * Pure functions with no DOM, so they are unit-tested on their own and the component stays small.
 */

export const TILE_SIZE = 256
/** Latitudes beyond this are not drawn by Web Mercator tiles (the map is square). */
export const MAX_LATITUDE = 85.05112878

export interface LatLng {
  lat: number
  lng: number
}

export interface Point {
  x: number
  y: number
}

/** Width (and height) of the world in pixels at a zoom level. */
export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** A longitude brought into [-180, 180). */
export function wrapLng(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180
  return wrapped === -180 && lng > 0 ? 180 : wrapped
}

/** Latitude and longitude → world pixels at `zoom`. */
export function project({ lat, lng }: LatLng, zoom: number): Point {
  const size = worldSize(zoom)
  const sin = Math.sin((clamp(lat, -MAX_LATITUDE, MAX_LATITUDE) * Math.PI) / 180)
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  }
}

/** World pixels at `zoom` → latitude and longitude (the inverse of `project`). */
export function unproject({ x, y }: Point, zoom: number): LatLng {
  const size = worldSize(zoom)
  const n = Math.PI - (2 * Math.PI * y) / size
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lng: (x / size) * 360 - 180,
  }
}

export interface Viewport {
  center: LatLng
  zoom: number
  width: number
  height: number
}

/** World pixel of the viewport's top-left corner, rounded so tiles meet without hairline seams. */
export function topLeft(view: Viewport): Point {
  const c = project(view.center, view.zoom)
  return { x: Math.round(c.x - view.width / 2), y: Math.round(c.y - view.height / 2) }
}

/** Where a point falls on the screen (pixels from the viewport's top-left corner). */
export function toScreen(point: LatLng, view: Viewport): Point {
  const origin = topLeft(view)
  const p = project(point, view.zoom)
  return { x: p.x - origin.x, y: p.y - origin.y }
}

/** The point under a screen position (pixels from the viewport's top-left corner). */
export function fromScreen(screen: Point, view: Viewport): LatLng {
  const origin = topLeft(view)
  const p = unproject({ x: origin.x + screen.x, y: origin.y + screen.y }, view.zoom)
  return { lat: p.lat, lng: wrapLng(p.lng) }
}

/** The centre after dragging the map by (dx, dy) screen pixels (content follows the pointer). */
export function panBy(view: Viewport, dx: number, dy: number): LatLng {
  const c = project(view.center, view.zoom)
  const size = worldSize(view.zoom)
  // Keep the poles off screen when the world is taller than the viewport; otherwise keep the world centred.
  const half = view.height / 2
  const y = size > view.height ? clamp(c.y - dy, half, size - half) : size / 2
  const p = unproject({ x: c.x - dx, y }, view.zoom)
  return { lat: p.lat, lng: wrapLng(p.lng) }
}

export interface Tile {
  /** Tile column and row as the server numbers them (x wrapped around the antimeridian). */
  x: number
  y: number
  z: number
  /** Position of the tile's top-left corner on the screen. */
  left: number
  top: number
}

/** The tiles that cover the viewport. Rows beyond the poles are left out; columns wrap around the world. */
export function visibleTiles(view: Viewport): Tile[] {
  const z = view.zoom
  const count = 2 ** z
  const origin = topLeft(view)
  const firstX = Math.floor(origin.x / TILE_SIZE)
  const lastX = Math.floor((origin.x + view.width - 1) / TILE_SIZE)
  const firstY = Math.max(0, Math.floor(origin.y / TILE_SIZE))
  const lastY = Math.min(count - 1, Math.floor((origin.y + view.height - 1) / TILE_SIZE))
  const tiles: Tile[] = []
  for (let ty = firstY; ty <= lastY; ty++) {
    for (let tx = firstX; tx <= lastX; tx++) {
      tiles.push({
        x: ((tx % count) + count) % count,
        y: ty,
        z,
        left: tx * TILE_SIZE - origin.x,
        top: ty * TILE_SIZE - origin.y,
      })
    }
  }
  return tiles
}

/** A tile's address from a template with `{z}`, `{x}`, `{y}` (and optionally `{s}`, a subdomain a–c). */
export function tileUrl(template: string, tile: Pick<Tile, 'x' | 'y' | 'z'>): string {
  const subdomain = 'abc'[(tile.x + tile.y) % 3] ?? 'a'
  return template
    .replace('{z}', String(tile.z))
    .replace('{x}', String(tile.x))
    .replace('{y}', String(tile.y))
    .replace('{s}', subdomain)
}

export interface Bounds {
  south: number
  west: number
  north: number
  east: number
}

/** The smallest box holding every point (null when there is none). */
export function boundsOf(points: readonly LatLng[]): Bounds | null {
  if (points.length === 0) return null
  let south = Infinity
  let north = -Infinity
  let west = Infinity
  let east = -Infinity
  for (const p of points) {
    south = Math.min(south, p.lat)
    north = Math.max(north, p.lat)
    west = Math.min(west, p.lng)
    east = Math.max(east, p.lng)
  }
  return { south, west, north, east }
}

/**
 * The centre and the largest whole zoom (within [minZoom, maxZoom]) at which the box fits the viewport with
 * `padding` pixels to spare on every side. A single point (an empty box) gets `maxZoom`.
 */
export function fitBounds(
  bounds: Bounds,
  size: { width: number; height: number },
  { padding = 32, minZoom = 1, maxZoom = 17 }: { padding?: number; minZoom?: number; maxZoom?: number } = {},
): { center: LatLng; zoom: number } {
  const availableW = Math.max(1, size.width - 2 * padding)
  const availableH = Math.max(1, size.height - 2 * padding)
  const nw = project({ lat: bounds.north, lng: bounds.west }, 0)
  const se = project({ lat: bounds.south, lng: bounds.east }, 0)
  const spanX = Math.abs(se.x - nw.x)
  const spanY = Math.abs(se.y - nw.y)
  let zoom = maxZoom
  if (spanX > 0 || spanY > 0) {
    const fitX = spanX > 0 ? Math.log2(availableW / spanX) : Infinity
    const fitY = spanY > 0 ? Math.log2(availableH / spanY) : Infinity
    zoom = Math.floor(Math.min(fitX, fitY, maxZoom))
  }
  zoom = clamp(zoom, minZoom, maxZoom)
  const center = unproject({ x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 }, 0)
  return { center, zoom }
}

/** Whether a screen position lies inside the viewport, `margin` pixels in from its edges. */
export function onScreen(screen: Point, view: Pick<Viewport, 'width' | 'height'>, margin = 0): boolean {
  return screen.x >= margin && screen.y >= margin && screen.x <= view.width - margin && screen.y <= view.height - margin
}
