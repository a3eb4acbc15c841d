import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { hashToken, newId, newToken } from '../../core/ids'
import { personKey } from '../../core/identity/person'
import { sendSubscriptionConfirmation } from '../notify/outreach'
import { consultationSubscriptions } from '../tables'

/*
 * Subscriptions to a JST's consultations: an address asks, the e-mailed link confirms, and from then on every newly
 * published consultation is announced to it (actions/outreach.ts) with a link that ends the subscription. Whoever
 * types an address learns nothing of it: the answer is the same whether it is new, waiting or subscribed, and only
 * the address itself receives anything. Unsubscribing deletes the row: the address is gone, not marked.
 */

/** How long a confirmation link works; an unconfirmed address is deleted after it. */
export const SUBSCRIPTION_CONFIRM_HOURS = 48

export type Subscription = typeof consultationSubscriptions.$inferSelect

/** The address as a keyed hash: unique per JST, so the same address subscribes once whatever its case. */
const emailKeyOf = (deps: Pick<Deps, 'config'>, email: string) =>
  personKey(deps.config.identityPepper, ['ks-subscription', email.trim().toLowerCase()])

/**
 * The secret of a subscription's "unsubscribe" link, derived (HMAC with the server's pepper) rather than drawn: every
 * notice carries it, and only its SHA-256 is stored, so the server can put it into the next notice without keeping it.
 */
export function unsubscribeTokenOf(deps: Pick<Deps, 'config'>, subscriptionId: string): Promise<string> {
  return personKey(deps.config.identityPepper, ['ks-unsubscribe', subscriptionId])
}

/**
 * Asks for a subscription of `email` to the JST's consultations. A new address gets a row and the confirmation link;
 * one still waiting gets a fresh link (the old one stops working); a confirmed one gets nothing (it is subscribed
 * already, and a stranger must not be able to fill its mailbox). Two requests at once make one row: the unique
 * index on the address's key takes the second into the "waiting" branch. Unconfirmed rows past their link's
 * validity are deleted on the way, so abandoned addresses do not stay.
 */
export async function subscribe(deps: Deps, tenant: TenantRef & { contactEmail?: string | null }, email: string) {
  const { db } = deps
  const now = deps.now()
  await purgeUnconfirmed(deps, now)
  const emailKey = await emailKeyOf(deps, email)
  const token = newToken()
  const confirmTokenHash = await hashToken(token)
  const confirmExpiresAt = new Date(now.getTime() + SUBSCRIPTION_CONFIRM_HOURS * 3_600_000)
  const id = newId()
  const inserted = await db
    .insert(consultationSubscriptions)
    .values({
      id,
      tenantId: tenant.id,
      email,
      emailKey,
      lang: deps.lang,
      confirmTokenHash,
      confirmExpiresAt,
      unsubscribeTokenHash: await hashToken(await unsubscribeTokenOf(deps, id)),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: consultationSubscriptions.id })
  if (!inserted.length) {
    // Known: a fresh link only while it waits for confirmation (the UPDATE's WHERE decides, so a confirmation
    // landing meanwhile wins and nothing is sent).
    const renewed = await db
      .update(consultationSubscriptions)
      .set({ confirmTokenHash, confirmExpiresAt, lang: deps.lang, email })
      .where(
        and(
          eq(consultationSubscriptions.tenantId, tenant.id),
          eq(consultationSubscriptions.emailKey, emailKey),
          isNull(consultationSubscriptions.confirmedAt),
        ),
      )
      .returning({ id: consultationSubscriptions.id })
    if (!renewed.length) return
  }
  await sendSubscriptionConfirmation(deps, tenant, { email, lang: deps.lang }, token, confirmExpiresAt)
}

/**
 * Confirms a subscription from its link. A confirmed one answers the same again (the link may be opened twice); an
 * unknown token is a 404, an expired one a 410 (and its row is deleted: the address asked for nothing further).
 */
export async function confirmSubscription(deps: Deps, tenantId: string, token: string): Promise<void> {
  const { db } = deps
  const now = deps.now()
  const hash = await hashToken(token)
  const row = await db.query.consultationSubscriptions.findFirst({
    where: and(eq(consultationSubscriptions.tenantId, tenantId), eq(consultationSubscriptions.confirmTokenHash, hash)),
  })
  if (!row) throw new ApiError(404, 'Ten link nie działa: zapis nie istnieje albo został już usunięty.')
  if (row.confirmedAt) return
  if (row.confirmExpiresAt && row.confirmExpiresAt <= now) {
    await db.delete(consultationSubscriptions).where(eq(consultationSubscriptions.id, row.id))
    throw new ApiError(410, 'Link potwierdzający wygasł. Zapisz się ponownie, a wyślemy nowy.')
  }
  await db
    .update(consultationSubscriptions)
    .set({ confirmedAt: now, confirmExpiresAt: null })
    .where(and(eq(consultationSubscriptions.id, row.id), isNull(consultationSubscriptions.confirmedAt)))
}

/**
 * Ends a subscription from the link in a notice (or the confirmation's): the row is deleted, address and all. The
 * answer is the same for a link already used or never valid, so the link can be opened twice and reveals nothing.
 */
export async function unsubscribe(deps: Deps, tenantId: string, token: string): Promise<void> {
  const hash = await hashToken(token)
  await deps.db
    .delete(consultationSubscriptions)
    .where(
      and(eq(consultationSubscriptions.tenantId, tenantId), eq(consultationSubscriptions.unsubscribeTokenHash, hash)),
    )
}

/** Deletes the subscriptions never confirmed whose link has expired (personal data kept for nothing). */
export async function purgeUnconfirmed(deps: Pick<Deps, 'db'>, now: Date): Promise<void> {
  await deps.db
    .delete(consultationSubscriptions)
    .where(
      and(
        isNull(consultationSubscriptions.confirmedAt),
        isNotNull(consultationSubscriptions.confirmExpiresAt),
        lt(consultationSubscriptions.confirmExpiresAt, now),
      ),
    )
}

/** The JST's confirmed subscriptions, each told of every newly published consultation. */
export async function confirmedSubscriptions(deps: Pick<Deps, 'db'>, tenantId: string): Promise<Subscription[]> {
  return deps.db
    .select()
    .from(consultationSubscriptions)
    .where(and(eq(consultationSubscriptions.tenantId, tenantId), isNotNull(consultationSubscriptions.confirmedAt)))
}
