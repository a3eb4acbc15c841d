import { and, eq, lt } from 'drizzle-orm'
import { auditInsert } from '../audit/record'
import { guardedBatch, requireChanged } from '../db/guard'
import type { Deps } from '../deps'
import { ApiError } from '../http/problem'
import { hashToken } from '../ids'
import { organizationByKeyHash, organizationById, tenantsOf, type Organization } from './queries'
import { LISTED_STATUSES } from './rules'
import { organizations } from './tables'

/** How often a key's use moves the entry's `lastActiveAt` (the clock of the inactivity erasure): once a day is enough. */
const ACTIVITY_RESOLUTION_MS = 24 * 60 * 60 * 1000

/**
 * "On behalf of": the organisation whose representative holds `key` (the secret of their e-mailed link,
 * `…/organizacje/{id}/przedstawiciel#klucz=…`), or null when the key opens none. This is the core's one way for a module
 * to let a person act for an organisation — a consultation comment signed by an NGO, an RDPP candidate put forward by
 * one, a joint application of five NGOs — without an account:
 *
 * ```ts
 * const org = await representativeOf(deps, keyFromTheRequest)
 * if (!org) throw new ApiError(403, '…')
 * if (org.status !== 'verified') …   // where the module's rules want staff-checked organisations only
 * save({ …, organizationId: org.id, organizationName: org.name })   // keep the name: the entry may be erased later
 * ```
 *
 * The web keeps the key the representative confirmed with (`web/src/core/organizations/keys.ts`) and sends it as
 * `Authorization: Bearer …`; a module's route reads it there and passes it in. By default only listed entries
 * (`pending`, `verified`) can act; `includeRefused` also opens a refused one, for the representative's own page. The
 * key asked for with "send me a new link" works too, and its first use makes it the only one (the old link keeps
 * working until then, so a stranger asking for links cannot lock the representative out). Each use counts as the
 * representative's activity, which keeps the entry from the inactivity erasure (./retention.ts).
 */
export async function representativeOf(
  deps: Deps,
  key: string,
  options: { includeRefused?: boolean } = {},
): Promise<Organization | null> {
  if (!key || key.length > 200) return null
  const { db } = deps
  const hash = await hashToken(key)
  let o: Organization | null | undefined = await organizationByKeyHash(db, hash)
  if (!o) return null
  const allowed: readonly string[] = options.includeRefused ? [...LISTED_STATUSES, 'refused'] : LISTED_STATUSES
  if (!allowed.includes(o.status)) return null
  if (o.representativeKeyHash !== hash) o = await promoteNextKey(deps, o, hash)
  if (!o) return null
  const now = deps.now()
  if (now.getTime() - o.lastActiveAt.getTime() > ACTIVITY_RESOLUTION_MS) {
    await db
      .update(organizations)
      .set({ lastActiveAt: now })
      .where(and(eq(organizations.id, o.id), lt(organizations.lastActiveAt, now)))
    o = { ...o, lastActiveAt: now }
  }
  return o
}

/** The first use of a new key makes it the only one; two first uses at once are both fine. */
async function promoteNextKey(deps: Deps, o: Organization, hash: string): Promise<Organization | null> {
  const { db } = deps
  const tenantIds = [...((await tenantsOf(db, [o.id])).get(o.id) ?? [])].map((t) => t.id)
  const refused = new ApiError(409, 'Ten link przestał działać. Poproś o nowy link.')
  try {
    await guardedBatch(
      db,
      [
        db
          .update(organizations)
          .set({ representativeKeyHash: hash, representativeNextKeyHash: null, updatedAt: deps.now() })
          .where(and(eq(organizations.id, o.id), eq(organizations.representativeNextKeyHash, hash))),
        requireChanged(db),
        ...tenantIds.map((tenantId) =>
          auditInsert(deps, {
            tenantId,
            action: 'org.key.replace',
            entity: 'organization',
            entityId: o.id,
          }),
        ),
      ],
      () => refused,
    )
  } catch (error) {
    if (error !== refused) throw error
  }
  const now = await organizationById(db, o.id)
  return now?.representativeKeyHash === hash ? now : null
}
