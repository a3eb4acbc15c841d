import { createHash } from 'node:crypto'

function base64url(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

let pool = new Uint8Array(0)
let used = 0

/**
 * `n` bytes from the platform's CSPRNG, drawn from a 4 KiB buffer refilled as it runs out (as Node's own
 * `randomUUID` does): one `getRandomValues` call costs as much as hashing a ballot, and a ballot needs several ids.
 * Every byte is handed out once.
 */
export function randomBytes(n: number): Uint8Array {
  if (n > 1024) return crypto.getRandomValues(new Uint8Array(n))
  if (used + n > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(4096))
    used = 0
  }
  const out = pool.slice(used, used + n)
  pool.fill(0, used, used + n)
  used += n
  return out
}

/** Unguessable ids for rows (128 bits), so ids reveal nothing about other tenants or counts. */
export function newId(): string {
  return base64url(randomBytes(16))
}

/** Secrets handed to people (session cookies, invitation and reset links): 256 bits. */
export function newToken(): string {
  return base64url(randomBytes(32))
}

/**
 * Tokens are stored only as their SHA-256, so the database alone never lets anyone in. Synchronous `node:crypto`
 * (on Workers through `nodejs_compat`): every request with a session hashes its token, and WebCrypto's promise
 * round trip costs more than the hash.
 */
export async function hashToken(token: string): Promise<string> {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * Ids for rows written in bulk (ballots): the time in milliseconds first (hex, so the text sorts by time), then 80
 * random bits. New rows land at the end of every index keyed by the id instead of on a random page, so a commit
 * rewrites a few pages rather than one per index per row; the time says nothing the row's own timestamp does not.
 */
export function newSequentialId(): string {
  return Date.now().toString(16).padStart(12, '0') + base64url(randomBytes(10))
}
