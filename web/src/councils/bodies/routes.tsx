import type { Render } from '../../core/lib/modules'

/** `[pattern, render]` of the councils' bodies pages (to be written), each wrapped by the module's check (`rd`). */
export function bodiesRoutes(rd: (render: Render) => Render): [string, Render][] {
  void rd
  return []
}
