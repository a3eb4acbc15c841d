import type { Render } from '../../core/lib/modules'

/** `[pattern, render]` of the councils' members pages (to be written), each wrapped by the module's check (`rd`). */
export function membersRoutes(rd: (render: Render) => Render): [string, Render][] {
  void rd
  return []
}
