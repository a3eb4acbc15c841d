import type { InvitationChannel } from '../tables/outreach'
import type { AdvisoryOpinion, Invitation } from '../queries/outreach'

/*
 * The JSON shapes of outreach for the staff panel (the web imports their types): the invitations sent per channel,
 * and each advisory body with its opinion. A subscriber is a person: counted, never named.
 */

/** A Warsaw day from an instant stored as the first moment of that day (`receivedAt`). */
const dayOf = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)

/** An advisory body listed for a consultation, whether it was asked (the invitation) and its opinion. */
export function opinionView(o: AdvisoryOpinion, invitedAt: Date | null) {
  return {
    id: o.id,
    bodyName: o.bodyName,
    email: o.email,
    required: o.required,
    dueOn: o.dueOn,
    askedAt: invitedAt?.toISOString() ?? null,
    opinion: o.opinion,
    receivedOn: o.receivedAt ? dayOf(o.receivedAt) : null,
    /** Whether the opinion's PDF is kept (`GET …/opinions/{id}/file`). */
    hasFile: o.opinionFileId !== null,
    updatedAt: o.updatedAt.toISOString(),
  }
}

/** The staff's view of a consultation's outreach: counts per channel, who was invited, and the advisory bodies. */
export function outreachView(
  status: string,
  counts: Record<InvitationChannel, number>,
  invitations: readonly Invitation[],
  opinions: readonly AdvisoryOpinion[],
  uninvitedOrganizations: number,
  unsent: number,
) {
  const askedAt = new Map(
    invitations.filter((i) => i.channel === 'advisory_body_email').map((i) => [i.recipientKey, i.sentAt]),
  )
  return {
    status,
    counts,
    total: invitations.length,
    invitations: invitations
      .filter((i) => i.channel !== 'subscriber_email')
      .map((i) => ({ channel: i.channel, recipientName: i.recipientName ?? '', sentAt: i.sentAt.toISOString() })),
    opinions: opinions.map((o) => opinionView(o, askedAt.get(o.id) ?? null)),
    /** Organisations that match now but were not invited (they joined the directory after the launch). */
    uninvitedOrganizations,
    /** Invitations of every channel that should have gone out and did not (a failed launch, a late organisation). */
    unsent,
  }
}

export type OpinionView = ReturnType<typeof opinionView>
export type OutreachView = ReturnType<typeof outreachView>
