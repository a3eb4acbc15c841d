const encoder = new TextEncoder()

function base64url(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Unguessable ids for rows (128 bits), so ids reveal nothing about other tenants or counts. */
export function newId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)))
}

/** Secrets handed to people (session cookies, invitation and reset links): 256 bits. */
export function newToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)))
}

/** Tokens are stored only as their SHA-256, so the database alone never lets anyone in. */
export async function hashToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}
