import { describe, expect, it } from 'vitest'
import {
  boundsOf,
  fitBounds,
  fromScreen,
  MAX_LATITUDE,
  onScreen,
  panBy,
  project,
  tileUrl,
  toScreen,
  topLeft,
  unproject,
  visibleTiles,
  worldSize,
  wrapLng,
  type Viewport,
} from '../../web/src/core/map/mercator'
import { inPoland, latInPoland, lngInPoland, POLAND_BOUNDS, POLAND_CENTER, polishDegrees } from '../../worker/core/geo'

const warsaw = { lat: 52.2297, lng: 21.0122 }

describe('Web Mercator: projecting and back', () => {
  it('puts the world in a 256·2^z square with (0, 0) in the middle', () => {
    expect(worldSize(0)).toBe(256)
    expect(worldSize(3)).toBe(2048)
    const middle = project({ lat: 0, lng: 0 }, 0)
    expect(middle.x).toBeCloseTo(128, 9)
    expect(middle.y).toBeCloseTo(128, 9)
    expect(project({ lat: MAX_LATITUDE, lng: -180 }, 0).y).toBeCloseTo(0, 4)
    expect(project({ lat: -MAX_LATITUDE, lng: 180 }, 0)).toEqual({ x: 256, y: expect.closeTo(256, 4) })
  })

  it('matches the tile numbers of the OpenStreetMap wiki formula (Slippy map tilenames) for Warsaw', () => {
    // xtile = floor((lng + 180) / 360 · 2^z), ytile = floor((1 − ln(tan φ + sec φ) / π) / 2 · 2^z)
    const p = project(warsaw, 10)
    const phi = (warsaw.lat * Math.PI) / 180
    expect(Math.floor(p.x / 256)).toBe(571)
    expect(Math.floor(p.y / 256)).toBe(
      Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 1024),
    )
    expect(Math.floor(p.y / 256)).toBe(337)
  })

  it('clamps latitudes beyond the square (the poles are not drawable)', () => {
    expect(project({ lat: 89.9, lng: 0 }, 2).y).toBeCloseTo(project({ lat: MAX_LATITUDE, lng: 0 }, 2).y, 9)
    expect(project({ lat: -90, lng: 0 }, 2).y).toBeCloseTo(worldSize(2), 6)
  })

  it('unprojects to the same point at every zoom', () => {
    for (const zoom of [0, 5, 12, 19]) {
      for (const point of [warsaw, { lat: 49.0, lng: 14.1 }, { lat: 54.9, lng: 24.2 }, { lat: -33.86, lng: 151.21 }]) {
        const back = unproject(project(point, zoom), zoom)
        expect(back.lat).toBeCloseTo(point.lat, 9)
        expect(back.lng).toBeCloseTo(point.lng, 9)
      }
    }
  })

  it('wraps longitudes into [-180, 180]', () => {
    expect(wrapLng(190)).toBeCloseTo(-170, 9)
    expect(wrapLng(-190)).toBeCloseTo(170, 9)
    expect(wrapLng(540)).toBe(180)
    expect(wrapLng(21)).toBe(21)
  })
})

describe('Web Mercator: the viewport', () => {
  const view: Viewport = { center: warsaw, zoom: 14, width: 640, height: 360 }

  it('puts the centre in the middle of the screen and finds it again', () => {
    const screen = toScreen(warsaw, view)
    expect(Math.abs(screen.x - 320)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(screen.y - 180)).toBeLessThanOrEqual(0.5)
    const back = fromScreen(screen, view)
    expect(back.lat).toBeCloseTo(warsaw.lat, 9)
    expect(back.lng).toBeCloseTo(warsaw.lng, 9)
  })

  it('rounds the corner to whole pixels (no seams between tiles)', () => {
    const corner = topLeft(view)
    expect(Number.isInteger(corner.x)).toBe(true)
    expect(Number.isInteger(corner.y)).toBe(true)
  })

  it('places points east and north of the centre to the right and up', () => {
    const east = toScreen({ lat: warsaw.lat, lng: warsaw.lng + 0.01 }, view)
    const north = toScreen({ lat: warsaw.lat + 0.01, lng: warsaw.lng }, view)
    expect(east.x).toBeGreaterThan(320)
    expect(north.y).toBeLessThan(180)
    expect(onScreen(east, view)).toBe(true)
    expect(onScreen(toScreen({ lat: 50.06, lng: 19.94 }, view), view)).toBe(false) // Kraków is far off at zoom 14
  })

  it('pans so the content follows the pointer, and keeps the poles off screen', () => {
    const moved = panBy(view, 100, 0)
    // Dragging right brings the west into view: the new centre is west of Warsaw by 100 px.
    expect(toScreen(warsaw, { ...view, center: moved }).x).toBeCloseTo(420, 0)
    const north = panBy({ ...view, zoom: 2, center: { lat: 80, lng: 0 } }, 0, 10_000)
    expect(toScreen({ lat: MAX_LATITUDE, lng: 0 }, { ...view, zoom: 2, center: north }).y).toBeCloseTo(0, 0)
  })

  it('lists the tiles that cover the screen, wrapping columns and dropping rows past the poles', () => {
    const tiles = visibleTiles(view)
    const cols = new Set(tiles.map((t) => t.left))
    const rows = new Set(tiles.map((t) => t.top))
    expect(tiles.length).toBe(cols.size * rows.size)
    expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(0)
    expect(Math.max(...tiles.map((t) => t.left + 256))).toBeGreaterThanOrEqual(640)
    expect(Math.min(...tiles.map((t) => t.top))).toBeLessThanOrEqual(0)
    expect(Math.max(...tiles.map((t) => t.top + 256))).toBeGreaterThanOrEqual(360)
    for (const t of tiles) expect(t.z).toBe(14)

    const world = visibleTiles({ center: { lat: 0, lng: 179 }, zoom: 1, width: 1024, height: 1024 })
    expect(world.every((t) => t.x >= 0 && t.x <= 1 && t.y >= 0 && t.y <= 1)).toBe(true)
    expect(world.some((t) => t.left >= 512)).toBe(true) // the west again, right of the antimeridian
  })

  it('fills the tile URL template', () => {
    expect(tileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { x: 571, y: 336, z: 10 })).toBe(
      'https://tile.openstreetmap.org/10/571/336.png',
    )
    expect(tileUrl('https://{s}.tiles.example/{z}/{x}/{y}.png', { x: 1, y: 0, z: 1 })).toBe(
      'https://b.tiles.example/1/1/0.png',
    )
  })
})

describe('Web Mercator: framing markers', () => {
  it('finds the box of the points', () => {
    expect(boundsOf([])).toBeNull()
    expect(boundsOf([warsaw, { lat: 50.06, lng: 19.94 }])).toEqual({
      south: 50.06,
      west: 19.94,
      north: warsaw.lat,
      east: warsaw.lng,
    })
  })

  it('fits the box with padding at the largest whole zoom', () => {
    const bounds = boundsOf([warsaw, { lat: 50.06, lng: 19.94 }])!
    const size = { width: 640, height: 360 }
    const { center, zoom } = fitBounds(bounds, size, { padding: 20 })
    const view = { center, zoom, width: 640, height: 360 }
    for (const p of [warsaw, { lat: 50.06, lng: 19.94 }]) expect(onScreen(toScreen(p, view), view, 19)).toBe(true)
    // One zoom closer would not fit.
    const closer = { ...view, zoom: zoom + 1 }
    expect([warsaw, { lat: 50.06, lng: 19.94 }].every((p) => onScreen(toScreen(p, closer), closer, 20))).toBe(false)
  })

  it('shows a single point at the closest zoom allowed, and keeps within the zoom range', () => {
    expect(fitBounds(boundsOf([warsaw])!, { width: 300, height: 200 }, { maxZoom: 16 })).toEqual({
      center: { lat: expect.closeTo(warsaw.lat, 9), lng: expect.closeTo(warsaw.lng, 9) },
      zoom: 16,
    })
    expect(
      fitBounds({ south: -80, west: -179, north: 80, east: 179 }, { width: 300, height: 200 }, { minZoom: 3 }).zoom,
    ).toBe(3)
  })

  it('frames all of Poland on a phone and on a desktop', () => {
    const poland = { ...POLAND_BOUNDS }
    expect(fitBounds(poland, { width: 320, height: 240 }, { padding: 16 }).zoom).toBe(4)
    expect(fitBounds(poland, { width: 1024, height: 420 }, { padding: 40 }).zoom).toBe(5)
  })
})

describe("Poland's box (shared by the API schema and the form)", () => {
  it('holds its extreme points and refuses swapped or distant coordinates', () => {
    expect(inPoland(warsaw.lat, warsaw.lng)).toBe(true)
    expect(inPoland(49.0025, 22.8567)).toBe(true) // Opołonek, the southernmost point
    expect(inPoland(54.8358, 18.3406)).toBe(true) // Jastrzębia Góra, the northernmost
    expect(inPoland(52.84, 14.1228)).toBe(true) // near Osinów Dolny, the westernmost
    expect(inPoland(51.5, 24.1458)).toBe(true) // near Zosin, the easternmost
    expect(inPoland(21.0122, 52.2297)).toBe(false) // latitude and longitude swapped
    expect(latInPoland(48.9)).toBe(false)
    expect(lngInPoland(24.3)).toBe(false)
    expect(inPoland(POLAND_CENTER.lat, POLAND_CENTER.lng)).toBe(true)
    expect(polishDegrees(54.9)).toBe('54,9')
  })
})
