/**
 * A short-lived in-process memo for data that changes rarely and is read on every ballot (an edition's calendar,
 * pools, rules and the projects on the ballot). A few seconds of staleness cannot move a deadline — phase gates
 * compare the current time with the cached windows — and it spares the database thousands of identical reads per
 * second during a vote. `ttlMs = 0` turns it off (development and tests, where data is changed behind the API).
 */
const entries = new Map<string, { expires: number; value: Promise<unknown> }>()

export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0) return load()
  const now = Date.now()
  const hit = entries.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  if (entries.size > 1000) for (const [k, e] of entries) if (e.expires <= now) entries.delete(k)
  const value = load()
  entries.set(key, { expires: now + ttlMs, value })
  value.catch(() => entries.delete(key))
  return value
}

/** Drops a memoised value, e.g. a miss that must not hide a record created a moment later. */
export function forget(key: string): void {
  entries.delete(key)
}
