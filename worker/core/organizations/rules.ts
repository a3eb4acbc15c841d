/**
 * The directory's rules that the server and the registration form share (pure: no I/O, imported by the web): how a
 * register number looks, which status an entry can move to, and the limits of the form. The server decides; the web
 * repeats the cheap checks so a person sees the same complaint before sending.
 */

/** Where an organisation is registered: the Krajowy Rejestr Sądowy, or another register named by the organisation. */
export const REGISTERS = ['krs', 'other'] as const
export type Register = (typeof REGISTERS)[number]

/**
 * A KRS number is exactly ten digits, leading zeros included ("0000123456"): it is an identifier, never a number, so
 * it is stored and shown as typed. Spaces and hyphens that people copy from letterheads are dropped first.
 */
export const KRS_PATTERN = /^\d{10}$/

/** The register number as stored: white space and hyphens taken out for KRS, trimmed for other registers. */
export function cleanRegisterNumber(register: Register, value: string): string {
  return register === 'krs' ? value.replace(/[\s-]/g, '') : value.trim().replace(/\s+/g, ' ')
}

/** Whether `value` (already cleaned) is a KRS number. */
export function isKrsNumber(value: string): boolean {
  return KRS_PATTERN.test(value)
}

/**
 * Where an entry is in its life:
 * - `unconfirmed`: registered, its contact address not yet confirmed by the e-mailed link; not public, deleted when
 *   the link has long expired;
 * - `pending`: confirmed, public, waiting for staff of one of its JSTs to check it;
 * - `verified`: checked by staff (or added by them), shown with the verified badge;
 * - `refused`: staff refused verification, with a reason the organisation is told; hidden from the directory.
 */
export const ORGANIZATION_STATUSES = ['unconfirmed', 'pending', 'verified', 'refused'] as const
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number]

/** The statuses the public directory shows, and whose register numbers are taken. */
export const LISTED_STATUSES = ['pending', 'verified'] as const satisfies readonly OrganizationStatus[]

/** Whether staff may verify an entry in `status`: one waiting, or one refused by mistake. */
export function canVerify(status: OrganizationStatus): boolean {
  return status === 'pending' || status === 'refused'
}

/** Whether staff may refuse (or withdraw) verification of an entry in `status`. */
export function canRefuse(status: OrganizationStatus): boolean {
  return status === 'pending' || status === 'verified'
}

/** Limits of the registration form, checked by the server's schemas and shown by the web. */
export const LIMITS = {
  name: { min: 3, max: 250 },
  registerName: { min: 3, max: 200 },
  registerNumber: { max: 60 },
  description: { max: 2000 },
  refusalReason: { min: 10, max: 2000 },
  contactMessage: { min: 10, max: 5000 },
  /** The JSTs an organisation names: the platform's, at least one; a nationwide federation lists many. */
  tenants: { max: 100 },
} as const
