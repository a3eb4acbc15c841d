import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' candidates (to be written). */
export function candidatesRoutes(api: Api): void {
  void api
}
