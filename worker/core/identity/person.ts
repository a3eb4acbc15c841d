import { createHmac } from 'node:crypto'

/**
 * Normalised identity keys for "one person, one signature / one ballot". `node:crypto` exists on both runtimes
 * (Workers with `nodejs_compat`) and hashes synchronously, an order of magnitude cheaper per ballot than WebCrypto's
 * promise round trip; the pepper is a server secret, so the stored keys cannot be reversed by guessing names and
 * addresses.
 */

const folds: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', ø: 'o' }

/** Lower case, Polish letters folded to ASCII, punctuation and repeated spaces dropped: "Łukasz  Nowak" = "lukasz nowak". */
export function normalizeText(s: string): string {
  return s
    .replace(/[łŁßæø]/g, (ch) => folds[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Street prefixes people write or leave out: "ul. Długa 5" and "Dluga 5" are the same address. */
export function normalizeAddress(s: string): string {
  return normalizeText(s)
    .split(' ')
    .filter((w) => !['ul', 'ulica', 'al', 'aleja', 'aleje', 'os', 'osiedle', 'pl', 'plac', 'm', 'lok'].includes(w))
    .join(' ')
}

/** HMAC-SHA-256 of the normalised parts with the server's pepper, hex-encoded. */
export async function personKey(pepper: string, parts: string[]): Promise<string> {
  return createHmac('sha256', pepper).update(parts.join('\u001f'), 'utf8').digest('hex')
}
