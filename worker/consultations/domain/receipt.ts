/**
 * A comment's receipt (numer potwierdzenia): the author's secret to read, correct or withdraw their comment until the
 * consultation ends, shown once and e-mailed, printed for a letter keyed in by staff. It is read aloud over the phone
 * and typed from paper, so it uses Crockford's base 32 (digits and capitals without I, L, O and U) in three groups of
 * four behind `KS-`: `KS-7Q4M-9XTA-2PNC`, 60 random bits. Typing mistakes that look alike are forgiven (`O` → `0`,
 * `I`/`L` → `1`, lower case, spaces and missing hyphens). The server keeps only its SHA-256, so the database alone
 * never opens a comment; guessing one is held back by the per-address limit of the lookups.
 *
 * Pure (no randomness of its own): the caller passes random bytes, so the web can share `normalizeReceipt`.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUPS = 3
const GROUP = 4
const CHARS = GROUPS * GROUP

/** How many random bytes `receiptFromBytes` reads (60 bits are used). */
export const RECEIPT_BYTES = 8

/** The receipt spelled out from `bytes` (at least `RECEIPT_BYTES`): 5 bits a character, so every one is equally likely. */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECEIPT_BYTES) throw new Error(`receiptFromBytes: need ${RECEIPT_BYTES} bytes`)
  let bits = 0n
  for (let i = 0; i < RECEIPT_BYTES; i++) bits = (bits << 8n) | BigInt(bytes[i]!)
  let chars = ''
  for (let i = 0; i < CHARS; i++) chars += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)]
  return format(chars)
}

const format = (chars: string) =>
  `KS-${Array.from({ length: GROUPS }, (_, i) => chars.slice(i * GROUP, (i + 1) * GROUP)).join('-')}`

/**
 * The receipt as stored (its hash is taken of this form), from what a person typed or pasted: null when it cannot be
 * one, so a malformed value is answered exactly like a wrong one.
 */
export function normalizeReceipt(input: string): string | null {
  if (typeof input !== 'string' || input.length > 60) return null
  let s = input.toUpperCase().replace(/[\s\-–—_.]/g, '')
  if (s.startsWith('KS')) s = s.slice(2)
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1')
  if (s.length !== CHARS || [...s].some((ch) => !ALPHABET.includes(ch))) return null
  return format(s)
}
