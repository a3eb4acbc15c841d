/**
 * The voter's open ballot survives a closed tab: the session token (valid two hours) and the step reached are kept
 * in localStorage per edition, and removed once the vote is cast. The receipt code is kept only in sessionStorage
 * (this tab), so that a reload of the confirmation does not lose it but a shared computer does not keep it.
 */

export interface StoredSession {
  token: string
  expiresAt: string
  channel: 'email' | 'sms'
  address: string
  step: string
  /** The area pool chosen (`''`: none), when the edition limits voters to one area. */
  area: string | null
}

const key = (slug: string, year: string) => `wspolnota.glosowanie.${slug}.${year}`
const receiptKey = (slug: string, year: string) => `wspolnota.potwierdzenie.${slug}.${year}`

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}

export function loadSession(slug: string, year: string): StoredSession | null {
  return safe(() => {
    const raw = localStorage.getItem(key(slug, year))
    if (!raw) return null
    const value = JSON.parse(raw) as StoredSession
    if (!value.token || Date.parse(value.expiresAt) <= Date.now()) {
      localStorage.removeItem(key(slug, year))
      return null
    }
    return value
  }, null)
}

export function saveSession(slug: string, year: string, value: StoredSession): void {
  safe(() => localStorage.setItem(key(slug, year), JSON.stringify(value)), undefined)
}

export function clearSession(slug: string, year: string): void {
  safe(() => localStorage.removeItem(key(slug, year)), undefined)
}

/**
 * What the cast answered: the receipt and, when this e-mail or phone had already cast a ballot, which one counts.
 * Kept for this tab only, so a reload shows the same answer again.
 */
export interface CastAnswer {
  receipt: string
  alreadyVoted?: AlreadyVoted
}

/** The server's word that this contact's earlier ballot counts (`keep-first`) or that none does (`void-all`). */
export interface AlreadyVoted {
  policy: 'keep-first' | 'void-all'
  firstCastAt: string
}

export function loadReceipt(slug: string, year: string): CastAnswer | null {
  const raw = safe(() => sessionStorage.getItem(receiptKey(slug, year)), null)
  if (!raw) return null
  if (!raw.startsWith('{')) return { receipt: raw }
  return safe(() => JSON.parse(raw) as CastAnswer, null)
}

export function saveReceipt(slug: string, year: string, answer: CastAnswer): void {
  safe(() => sessionStorage.setItem(receiptKey(slug, year), JSON.stringify(answer)), undefined)
}

export function clearReceipt(slug: string, year: string): void {
  safe(() => sessionStorage.removeItem(receiptKey(slug, year)), undefined)
}
