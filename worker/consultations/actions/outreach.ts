import { and, eq, isNull } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { newId } from '../../core/ids'
import { deadlineAfter } from '../../core/time/polish-calendar'
import { isPresetKey, lastDayOf, presets } from '../domain/presets'
import { sendNgoInvitation, sendOpinionRequest, sendSubscriberNotice } from '../notify/outreach'
import type { Consultation } from '../queries'
import { matchingOrganizations, opinionsOf, tenantForMail, type AdvisoryOpinion } from '../queries/outreach'
import { advisoryOpinions, consultationInvitations, type InvitationChannel } from '../tables'
import { confirmedSubscriptions, unsubscribeTokenOf } from './subscriptions'

/*
 * Telling people of a consultation when it is published: every organisation whose areas of public tasks it touches
 * (and that acts in the JST), every advisory body listed for it, and every confirmed subscriber of the JST — each
 * personally, each once. `ks_invitations` is the record (and the report's count per channel); its unique key
 * (consultation, channel, recipient) is what makes "once" hold when a publish is repeated or two run at once.
 */

/** Not sent, because it was sent before (the invitation's row exists). */
class AlreadyInvited extends Error {}

/** Invitations sent by one call, per channel. */
export type InvitationCounts = Record<InvitationChannel, number>

/**
 * Records the invitation of one recipient and, only if this call recorded it, sends it. The row and its audit entry
 * land in one guarded batch (INSERT … ON CONFLICT DO NOTHING, then `requireChanged`), so of two calls at once exactly
 * one records it and sends; the other finds it done. A message that fails to deliver is kept in the outbox with its
 * error (the mailer records it), and the invitation stays recorded: the office sees it there.
 */
async function inviteOnce(
  deps: Deps,
  c: Consultation,
  channel: InvitationChannel,
  recipientKey: string,
  recipientName: string | null,
  now: Date,
  send: () => Promise<void>,
): Promise<boolean> {
  const { db } = deps
  const id = newId()
  try {
    await guardedBatch(
      db,
      [
        db
          .insert(consultationInvitations)
          .values({ id, tenantId: c.tenantId, consultationId: c.id, channel, recipientKey, recipientName, sentAt: now })
          .onConflictDoNothing(),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.invitation.send',
          entity: 'ks_invitation',
          entityId: id,
          after: { consultation: c.number, channel, recipient: recipientName },
        }),
      ],
      () => new AlreadyInvited(),
    )
  } catch (e) {
    if (e instanceof AlreadyInvited) return false
    throw e
  }
  await send()
  return true
}

/**
 * The last day of an advisory body's opinion when staff named none: the preset's statutory period counted from the
 * request (the RDPP on a programme of cooperation or a strategy: 14 days, upp art. 41i; a last day off moves to the
 * next working day). Null for kinds with no statutory period: staff set the day themselves.
 */
export function defaultOpinionDue(c: Pick<Consultation, 'preset'>, requestedAt: Date): string | null {
  const days = isPresetKey(c.preset) ? presets[c.preset].rdppOpinionDays : null
  return days ? lastDayOf(deadlineAfter(requestedAt, days, 'calendar')) : null
}

/**
 * Asks one advisory body for its opinion (once): fills in its last day if staff left it open, then records and sends
 * the request. Used on publishing for the bodies listed before, and when a body is added to a published consultation.
 */
export async function inviteAdvisoryBody(
  deps: Deps,
  c: Consultation,
  body: AdvisoryOpinion,
  now = deps.now(),
): Promise<boolean> {
  const tenant = await tenantForMail(deps.db, c.tenantId)
  if (!tenant) return false
  let dueOn = body.dueOn
  if (!dueOn) {
    dueOn = defaultOpinionDue(c, now)
    if (dueOn)
      await deps.db
        .update(advisoryOpinions)
        .set({ dueOn, updatedAt: now })
        .where(and(eq(advisoryOpinions.id, body.id), isNull(advisoryOpinions.dueOn)))
  }
  return inviteOnce(deps, c, 'advisory_body_email', body.id, body.bodyName, now, () =>
    sendOpinionRequest(deps, tenant, c, { ...body, dueOn }),
  )
}

/**
 * The subscribers a consultation's notice is for: those confirmed by the time it was published. Someone subscribing
 * later hears of the next one — "send what is missing" must not turn into a notice of an old consultation.
 */
export async function subscribersOf(deps: Pick<Deps, 'db'>, c: Consultation, now: Date) {
  const until = (c.publishedAt ?? now).getTime()
  return (await confirmedSubscriptions(deps, c.tenantId)).filter((s) => s.confirmedAt!.getTime() <= until)
}

/**
 * Everything a published consultation's launch sends: the personal invitation of each matching organisation
 * (`matchingOrganizations`: listed, in the JST, an area in common; none for a residents-only consultation), the
 * opinion request of each advisory body listed, and the notice to each confirmed subscriber. Safe to call again (a
 * repeated publish, two at once, or "send what is missing" after an organisation joined the directory): only what
 * was never sent goes out. Returns what this call sent, per channel.
 */
export async function inviteOnLaunch(deps: Deps, c: Consultation, now = deps.now()): Promise<InvitationCounts> {
  const counts: InvitationCounts = { ngo_email: 0, advisory_body_email: 0, subscriber_email: 0 }
  if (c.status === 'draft') return counts
  const tenant = await tenantForMail(deps.db, c.tenantId)
  if (!tenant) return counts
  for (const o of await matchingOrganizations(deps.db, c)) {
    if (await inviteOnce(deps, c, 'ngo_email', o.id, o.name, now, () => sendNgoInvitation(deps, tenant, c, o)))
      counts.ngo_email++
  }
  for (const body of await opinionsOf(deps.db, c.id)) {
    if (await inviteAdvisoryBody(deps, c, body, now)) counts.advisory_body_email++
  }
  for (const s of await subscribersOf(deps, c, now)) {
    if (!s.email) continue
    const email = s.email
    const sent = await inviteOnce(deps, c, 'subscriber_email', s.id, null, now, async () =>
      sendSubscriberNotice(deps, tenant, c, { email, lang: s.lang }, await unsubscribeTokenOf(deps, s.id)),
    )
    if (sent) counts.subscriber_email++
  }
  return counts
}
