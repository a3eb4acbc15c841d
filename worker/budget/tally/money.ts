/**
 * Money as exact integers of minor units ("grosze", 1/100 of the currency unit).
 *
 * Why: budgets such as `921012.06` must be kept exactly — a float sum of 139 project costs can land one grosz
 * over or under the budget and change whether a project "fits". BigInt keeps any size exact; rules convert to
 * Number only where the value is provably below 2^53 (see `assertSafeMoney`).
 */
export type Money = bigint

/** Minor units per currency unit. */
export const MINOR_PER_UNIT = 100n

/**
 * Parses a non-negative decimal amount (`"7605325"`, `"921012.06"`, `"12.5"`) into minor units.
 * Returns `null` for anything else (comma decimals, signs, exponents, more than 2 non-zero decimals) so the caller
 * can raise a `PabulibError` with the line number.
 */
export function parseMoney(text: string): Money | null {
  const s = text.trim()
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s)
  if (!m) return null
  const whole = BigInt(m[1])
  let frac = m[2] ?? ''
  if (frac.length > 2) {
    if (!/^0*$/.test(frac.slice(2))) return null
    frac = frac.slice(0, 2)
  }
  return whole * MINOR_PER_UNIT + BigInt(frac.padEnd(2, '0') || '0')
}

/** `12345` → `"123.45"`, `700` → `"7"`; the shortest exact decimal text. */
export function formatMoney(value: Money): string {
  const neg = value < 0n
  const v = neg ? -value : value
  const whole = v / MINOR_PER_UNIT
  const frac = v % MINOR_PER_UNIT
  const s = frac === 0n ? `${whole}` : `${whole}.${frac.toString().padStart(2, '0').replace(/0$/, '')}`
  return neg ? `-${s}` : s
}

/** Money as a JS number of currency units (for JSON/display; exact for any realistic budget). */
export function moneyToNumber(value: Money): number {
  return Number(formatMoney(value))
}

/**
 * Polish display: thousands separated by a non-breaking space, decimal comma, always 2 decimals when not whole
 * (`7605325` → `"7 605 325"`, `92101206` grosze → `"921 012,06"`).
 */
export function formatMoneyPl(value: Money): string {
  const neg = value < 0n
  const v = neg ? -value : value
  const whole = (v / MINOR_PER_UNIT).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  const frac = v % MINOR_PER_UNIT
  const s = frac === 0n ? whole : `${whole},${frac.toString().padStart(2, '0')}`
  return neg ? `-${s}` : s
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** True when `value` (in minor units) is exactly representable as a JS number. */
export function isSafeMoney(value: Money): boolean {
  return value <= MAX_SAFE && value >= -MAX_SAFE
}
