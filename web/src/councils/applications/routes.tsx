import type { Render } from '../../core/lib/modules'

/** `[pattern, render]` of the councils' applications pages (to be written), each wrapped by the module's check (`rd`). */
export function applicationsRoutes(rd: (render: Render) => Render): [string, Render][] {
  void rd
  return []
}
