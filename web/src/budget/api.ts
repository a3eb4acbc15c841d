import type { FormErrors } from '../core/ui'
import type { Translate } from '../core/i18n'
import { API, ApiError, enc } from '../core/lib/api'

/** Problem type of a save made from an edition that someone else has changed since it was loaded (409). */
export const EDITION_CHANGED = 'https://wspolnota.example/problems/edition-changed'

/** Whether a failed save of an edition's settings or calendar was refused because the edition changed meanwhile. */
export function isEditionChanged(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem.type === EDITION_CHANGED
}

/**
 * A refused save of an edition form as form errors: "changed meanwhile" becomes the reload message (and `onStale`
 * shows the reload button), anything else goes to the fields through `mapFields`.
 */
export function editionSaveErrors(
  t: Translate,
  onStale: () => void,
  mapFields: (fields: Record<string, string>) => Record<string, string>,
) {
  return (error: unknown, found: FormErrors): FormErrors => {
    if (!isEditionChanged(error)) return { general: found.general, fields: mapFields(found.fields) }
    onStale()
    return { general: t('budgetpanel.edit.stale'), fields: {} }
  }
}

/** The edition as organisers load it before changing it: fresh, with its `version` (`GET …/staff/bo/editions/{year}`). */
export function staffEditionPath(slug: string, year: number | string): string {
  return `/jst/${enc(slug)}/staff/bo/editions/${enc(String(year))}`
}

/** `/jst/{slug}/bo/{year}` and below, for API paths. */
export function boBase(slug: string, year: number | string): string {
  return `/jst/${enc(slug)}/bo/${enc(String(year))}`
}

export function staffBase(slug: string, year: number | string): string {
  return `/jst/${enc(slug)}/staff/bo/${enc(String(year))}`
}

/** Absolute address of the public API (for download links: CSV, .pb, attachments). */
export function apiHref(path: string): string {
  return `${API}${path}`
}
