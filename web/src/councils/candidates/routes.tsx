import type { Render } from '../../core/lib/modules'

/** `[pattern, render]` of the councils' candidates pages (to be written), each wrapped by the module's check (`rd`). */
export function candidatesRoutes(rd: (render: Render) => Render): [string, Render][] {
  void rd
  return []
}
