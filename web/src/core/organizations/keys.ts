import { takeFromFragment as takeFragment } from '../lib/fragment'

/**
 * The representative's key of each organisation (from the confirmation or the e-mailed link), kept in localStorage so
 * that this browser can act for the organisation later (`Authorization: Bearer …` on its own requests, as later
 * modules' "on behalf of" requests will send it; see `representativeOf` in worker/core/organizations). Nothing here is
 * sent anywhere else.
 */
const KEYS = 'wspolnota.organizations.keys'

function read(): Record<string, string> {
  try {
    const raw = globalThis.localStorage?.getItem(KEYS)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
  } catch {
    return {}
  }
}

function write(value: Record<string, string>): void {
  try {
    globalThis.localStorage?.setItem(KEYS, JSON.stringify(value))
  } catch {
    // Private mode: the key still works for this visit, and from the e-mailed link.
  }
}

export function getRepresentativeKey(organizationId: string): string | null {
  return read()[organizationId] ?? null
}

/**
 * The organisations this browser may speak for: the ids whose representative's key it keeps. Modules that act "on
 * behalf of" (a consultation comment sent for an NGO) list them from here rather than reading the storage entry, so
 * where and how the keys are kept stays this file's business.
 */
export function representedOrganizationIds(): string[] {
  return Object.entries(read())
    .filter(([, key]) => typeof key === 'string' && key !== '')
    .map(([id]) => id)
}

export function setRepresentativeKey(organizationId: string, key: string): void {
  write({ ...read(), [organizationId]: key })
}

export function forgetRepresentativeKey(organizationId: string): void {
  const all = read()
  delete all[organizationId]
  write(all)
}

/** The confirmation code (`#kod=…`) or the representative's key (`#klucz=…`) of an e-mailed link. */
export const takeFromFragment = (name: 'kod' | 'klucz'): string | null => takeFragment(name)
