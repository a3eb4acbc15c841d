/**
 * Where the map's background comes from. Set at build time with VITE_MAP_TILE_URL (a `{z}/{x}/{y}` template; `{s}`
 * for a–c subdomains) and, when that server asks for its own credit, VITE_MAP_TILE_CREDIT (plain text shown next to
 * the OpenStreetMap credit). The Content-Security-Policy allows images from any https: address (worker/app.ts), so a
 * different tile server needs no server change. OpenStreetMap's own tiles are for light use; a JST with heavy
 * traffic should point this at its own or a commercial tile server.
 */
const env = import.meta.env as Record<string, string | undefined>

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

export const mapConfig = {
  tileUrl: env.VITE_MAP_TILE_URL || DEFAULT_TILE_URL,
  tileCredit: env.VITE_MAP_TILE_CREDIT || null,
  /** The page OpenStreetMap's licence asks the credit to link to. */
  copyrightUrl: 'https://www.openstreetmap.org/copyright',
  minZoom: 3,
  maxZoom: 19,
}
