import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' members (to be written). */
export function membersRoutes(api: Api): void {
  void api
}
