import { createHmac } from 'node:crypto'

/**
 * Normalised identity keys for "one person, one signature / one ballot". `node:crypto` exists on both runtimes
 * (Workers with `nodejs_compat`) and hashes synchronously, an order of magnitude cheaper per ballot than WebCrypto's
 * promise round trip; the pepper is a server secret, so the stored keys cannot be reversed by guessing names and
 * addresses.
 */

export { normalizeAddress, normalizeText } from './normalize'

/** HMAC-SHA-256 of the normalised parts with the server's pepper, hex-encoded. */
export async function personKey(pepper: string, parts: string[]): Promise<string> {
  return createHmac('sha256', pepper).update(parts.join('\u001f'), 'utf8').digest('hex')
}
