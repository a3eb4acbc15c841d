import { normalizeText } from '../../core/identity/person'
import { isValidPesel } from '../../core/identity/pesel'

/**
 * Checking ballots against a register extract (e.g. the electoral register) after the vote, as Warsaw does.
 * Pure: the extract's lines `PESEL;first name;last name` and the ballots' identities in, a status per ballot out.
 */
export type Verification = 'valid' | 'not-verified' | 'name-mismatch' | 'invalid'

export interface RegisterLine {
  pesel: string
  firstName: string
  lastName: string
}

/** Reads `PESEL;imię;nazwisko` lines (a header line and blank lines are skipped); returns the lines and the numbers of bad ones. */
export function parseRegister(text: string): { lines: RegisterLine[]; rejected: number[] } {
  const lines: RegisterLine[] = []
  const rejected: number[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const row = raw.trim()
      if (!row) return
      const [pesel = '', firstName = '', lastName = ''] = row.split(';').map((s) => s.trim().replace(/^"|"$/g, ''))
      if (i === 0 && !/^\d/.test(pesel)) return
      if (!/^\d{11}$/.test(pesel) || !firstName || !lastName) rejected.push(i + 1)
      else lines.push({ pesel, firstName, lastName })
    })
  return { lines, rejected }
}

export function verify(
  identity: { pesel: string | null; firstName: string | null; lastName: string | null },
  register: Map<string, RegisterLine>,
): Verification {
  if (!identity.pesel || !isValidPesel(identity.pesel)) return 'invalid'
  const entry = register.get(identity.pesel)
  if (!entry) return 'not-verified'
  const same =
    normalizeText(entry.firstName) === normalizeText(identity.firstName ?? '') &&
    normalizeText(entry.lastName) === normalizeText(identity.lastName ?? '')
  return same ? 'valid' : 'name-mismatch'
}
