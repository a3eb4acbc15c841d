/**
 * Where a project may be pointed at on the map. Every JST on the platform is Polish, so a point outside Poland's
 * bounding box is a typing slip (swapped latitude and longitude, a missing digit), not a real place. The server's
 * schema and the browser's form read the same box, so what the form accepts the API accepts too. Pure: no Hono or
 * database imports, so the web app bundles it.
 */

/** Poland's extreme points (49°00′N, 54°50′N, 14°07′E, 24°09′E), rounded outwards to a tenth of a degree. */
export const POLAND_BOUNDS = { south: 49.0, north: 54.9, west: 14.1, east: 24.2 } as const

/** The middle of the box: where a map without anything to show starts. */
export const POLAND_CENTER = {
  lat: (POLAND_BOUNDS.south + POLAND_BOUNDS.north) / 2,
  lng: (POLAND_BOUNDS.west + POLAND_BOUNDS.east) / 2,
} as const

/** Whether a latitude lies within Poland's box. */
export function latInPoland(lat: number): boolean {
  return lat >= POLAND_BOUNDS.south && lat <= POLAND_BOUNDS.north
}

/** Whether a longitude lies within Poland's box. */
export function lngInPoland(lng: number): boolean {
  return lng >= POLAND_BOUNDS.west && lng <= POLAND_BOUNDS.east
}

/** Whether a point lies within Poland's box. */
export function inPoland(lat: number, lng: number): boolean {
  return latInPoland(lat) && lngInPoland(lng)
}

/** A bound as Polish text (49 → "49", 54.9 → "54,9") for error messages. */
export function polishDegrees(value: number): string {
  return String(value).replace('.', ',')
}
