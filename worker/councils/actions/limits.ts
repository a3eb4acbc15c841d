import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'

/** Writes a person without an account may send per hour from one address (registrations, signatures, consents). */
export const PUBLIC_WRITES_PER_HOUR = 60

/**
 * Counts one use of `key` in the hour's window and refuses with 429 (and `Retry-After`) past `limit`: the one guard of
 * every councils write that a script could repeat without end (petitions, signatures, candidacies, nominations,
 * consents, NGO applications, new links). `detail` names what was refused; by default the minutes to wait.
 */
export async function limitPerHour(
  deps: Pick<Deps, 'rateLimiter'>,
  key: string,
  limit: number,
  detail?: string,
): Promise<void> {
  const { success, retryAfter } = await deps.rateLimiter.limit(key, { limit, periodSeconds: 3600 })
  if (!success)
    throw new ApiError(429, detail ?? `Zbyt wiele prób. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
      headers: { 'Retry-After': String(retryAfter) },
    })
}

/** A public write from the caller's network address, `what` naming the kind of write: 60 an hour. */
export const limitPublicWrite = (deps: Pick<Deps, 'rateLimiter' | 'ip'>, what: string) =>
  limitPerHour(deps, `rd-${what}:${deps.ip}`, PUBLIC_WRITES_PER_HOUR)
