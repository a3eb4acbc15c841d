/**
 * Exact rational numbers on BigInt.
 *
 * Why: the Method of Equal Shares divides money between supporters again and again (cost / number of supporters,
 * then the remainder of a budget, ...). With floating point two projects that are *exactly* tied can look
 * different by 1e-12, and the winner would then depend on rounding instead of on the declared tie policy. Every
 * decision that must be exact (who can afford what, ties, stopping points) is therefore made on these values.
 * Floats are used only for display and as a fast pre-filter whose error is bounded (see `equal-shares.ts`).
 *
 * A value is `{ n, d }` with `d > 0` and `gcd(|n|, d) = 1`. Objects are never mutated.
 */
export interface Rat {
  readonly n: bigint
  readonly d: bigint
}

export const ZERO: Rat = Object.freeze({ n: 0n, d: 1n })
export const ONE: Rat = Object.freeze({ n: 1n, d: 1n })

/** Greatest common divisor of two non-negative BigInts (Euclid). */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a
  if (b < 0n) b = -b
  while (b !== 0n) {
    const t = a % b
    a = b
    b = t
  }
  return a
}

/** Builds a normalised rational `n / d`. Throws on a zero denominator. */
export function rat(n: bigint | number, d: bigint | number = 1n): Rat {
  let nn = typeof n === 'bigint' ? n : BigInt(n)
  let dd = typeof d === 'bigint' ? d : BigInt(d)
  if (dd === 0n) throw new RangeError('rational with zero denominator')
  if (dd < 0n) {
    nn = -nn
    dd = -dd
  }
  if (dd === 1n) return { n: nn, d: 1n }
  const g = gcd(nn, dd)
  return g === 1n ? { n: nn, d: dd } : { n: nn / g, d: dd / g }
}

export function add(a: Rat, b: Rat): Rat {
  if (a.d === b.d) return rat(a.n + b.n, a.d)
  return rat(a.n * b.d + b.n * a.d, a.d * b.d)
}

export function sub(a: Rat, b: Rat): Rat {
  if (a.d === b.d) return rat(a.n - b.n, a.d)
  return rat(a.n * b.d - b.n * a.d, a.d * b.d)
}

export function mul(a: Rat, b: Rat): Rat {
  return rat(a.n * b.n, a.d * b.d)
}

export function div(a: Rat, b: Rat): Rat {
  if (b.n === 0n) throw new RangeError('division by zero')
  return rat(a.n * b.d, a.d * b.n)
}

/** `a * k` for an integer k. */
export function mulInt(a: Rat, k: bigint | number): Rat {
  return rat(a.n * BigInt(k), a.d)
}

/** `a / k` for a non-zero integer k. */
export function divInt(a: Rat, k: bigint | number): Rat {
  return rat(a.n, a.d * BigInt(k))
}

/** Three-way comparison: negative, zero or positive like `a - b`. */
export function cmp(a: Rat, b: Rat): number {
  const l = a.n * b.d
  const r = b.n * a.d
  return l < r ? -1 : l > r ? 1 : 0
}

export function eq(a: Rat, b: Rat): boolean {
  return a.n === b.n && a.d === b.d
}

export function isZero(a: Rat): boolean {
  return a.n === 0n
}

/** Largest integer `<= a`. */
export function floor(a: Rat): bigint {
  const q = a.n / a.d
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q
}

/**
 * Nearest double to `a` (correct to about 1 ulp even for huge numerators and denominators, which is where the
 * naive `Number(n) / Number(d)` overflows to Infinity/NaN). For display and float pre-filters only.
 */
export function toNumber(a: Rat): number {
  const { n, d } = a
  if (n === 0n) return 0
  const an = n < 0n ? -n : n
  // Scale so that the integer quotient has ~64 significant bits.
  const shift = BigInt(bitLength(an) - bitLength(d) - 64)
  let q: bigint
  if (shift > 0n) q = an / (d << shift)
  else q = (an << -shift) / d
  const v = Number(q) * 2 ** Number(shift)
  return n < 0n ? -v : v
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length
}

/** `"n/d"` or `"n"` — an exact, parseable text form used in JSON output and draw logs. */
export function toFractionString(a: Rat): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`
}

/**
 * Decimal text with at most `digits` fractional digits, rounded half away from zero; an exact value ends without
 * trailing zeros. For display only.
 */
export function toDecimalString(a: Rat, digits = 2): string {
  const neg = a.n < 0n
  const an = neg ? -a.n : a.n
  const scale = 10n ** BigInt(digits)
  const scaled = (an * scale * 2n + a.d) / (2n * a.d)
  const whole = scaled / scale
  const frac = (scaled % scale).toString().padStart(digits, '0').replace(/0+$/, '')
  const s = frac ? `${whole}.${frac}` : `${whole}`
  return neg && s !== '0' ? `-${s}` : s
}
