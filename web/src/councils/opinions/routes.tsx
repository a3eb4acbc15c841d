import type { Render } from '../../core/lib/modules'

/** `[pattern, render]` of the councils' opinions pages (to be written), each wrapped by the module's check (`rd`). */
export function opinionsRoutes(rd: (render: Render) => Render): [string, Render][] {
  void rd
  return []
}
