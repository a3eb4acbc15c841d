import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' open-data (to be written). */
export function openDataRoutes(api: Api): void {
  void api
}
