/**
 * PESEL: 11 digits, the last a checksum (weights 1-3-7-9), with the birth date encoded and the century in the month.
 * Pure, so the voting form checks it before sending.
 */
export function isValidPesel(pesel: string): boolean {
  if (!/^\d{11}$/.test(pesel)) return false
  const d = pesel.split('').map(Number)
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = weights.reduce((s, w, i) => s + w * d[i]!, 0)
  if ((10 - (sum % 10)) % 10 !== d[10]) return false
  return peselBirthDate(pesel) !== null
}

/** The birth date encoded in a PESEL, or null when the date does not exist. */
export function peselBirthDate(pesel: string): { year: number; month: number; day: number } | null {
  const yy = Number(pesel.slice(0, 2))
  let mm = Number(pesel.slice(2, 4))
  const dd = Number(pesel.slice(4, 6))
  const centuries: [number, number][] = [
    [80, 1800],
    [0, 1900],
    [20, 2000],
    [40, 2100],
    [60, 2200],
  ]
  const [offset, century] = centuries.find(([o]) => mm > o && mm <= o + 12) ?? [-1, 0]
  if (offset < 0) return null
  mm -= offset
  const year = century + yy
  const date = new Date(Date.UTC(year, mm - 1, dd))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return null
  return { year, month: mm, day: dd }
}
