import { takeFromFragment as takeFragment } from '../lib/fragment'
import { storedKeys } from '../lib/stored-keys'

/**
 * The representative's key of each organisation (from the confirmation or the e-mailed link), kept in localStorage so
 * that this browser can act for the organisation later (`Authorization: Bearer …` on its own requests, as later
 * modules' "on behalf of" requests will send it; see `representativeOf` in worker/core/organizations). Nothing here is
 * sent anywhere else.
 */
const keys = storedKeys('wspolnota.organizations.keys')

export function getRepresentativeKey(organizationId: string): string | null {
  return keys.get(organizationId)
}

/**
 * The organisations this browser may speak for: the ids whose representative's key it keeps. Modules that act "on
 * behalf of" (a consultation comment sent for an NGO) list them from here rather than reading the storage entry, so
 * where and how the keys are kept stays this file's business.
 */
export function representedOrganizationIds(): string[] {
  return keys.ids()
}

export function setRepresentativeKey(organizationId: string, key: string): void {
  keys.set(organizationId, key)
}

export function forgetRepresentativeKey(organizationId: string): void {
  keys.forget(organizationId)
}

/** The confirmation code (`#kod=…`) or the representative's key (`#klucz=…`) of an e-mailed link. */
export const takeFromFragment = (name: 'kod' | 'klucz'): string | null => takeFragment(name)
