import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { organizations, organizationTenants } from '../../core/organizations/tables'
import { tenants } from '../../core/tenants/schema'
import { advisoryOpinions, consultationInvitations, type InvitationChannel } from '../tables'
import type { Consultation } from './index'

/*
 * What outreach reads: the organisations a consultation must invite, the advisory bodies asked for an opinion, and
 * the record of invitations sent, counted per channel for the panel and the report ("0 comments" published next to
 * who was invited, and how).
 */

export type AdvisoryOpinion = typeof advisoryOpinions.$inferSelect
export type Invitation = typeof consultationInvitations.$inferSelect

/** The channels in the order the report and the panel list them. */
export const INVITATION_CHANNELS = [
  'ngo_email',
  'advisory_body_email',
  'subscriber_email',
] as const satisfies readonly InvitationChannel[]

/**
 * The directory's statuses whose organisations are invited: `verified`, and `pending` too — a pending entry has
 * confirmed its address (so the notice reaches whoever registered it) and is public already; verification attests
 * its register data, which a public notice does not need. Every organisation that might comment should hear of it.
 * `unconfirmed` (address unproven) and `refused` entries are never written to.
 */
export const INVITED_STATUSES = ['verified', 'pending'] as const

/** The JST's public data the messages need: name and address for the links, the office's address for replies. */
export async function tenantForMail(db: Db, tenantId: string) {
  return db.query.tenants.findFirst({
    columns: { id: true, slug: true, name: true, contactEmail: true },
    where: eq(tenants.id, tenantId),
  })
}

/** Whether a consultation's audience includes organisations (only then are they e-mailed). */
export function addressesNgos(c: Pick<Consultation, 'audience'>): boolean {
  return c.audience === 'ngos' || c.audience === 'both'
}

/**
 * The organisations to invite to `c`: listed (see `INVITED_STATUSES`), acting in its JST, and sharing at least one
 * area of public tasks with it; none when the consultation addresses residents only or names no area.
 */
export async function matchingOrganizations(db: Db, c: Consultation) {
  if (!addressesNgos(c) || c.publicTaskAreas.length === 0) return []
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      contactEmail: organizations.contactEmail,
      lang: organizations.lang,
      areas: organizations.areas,
    })
    .from(organizations)
    .innerJoin(organizationTenants, eq(organizationTenants.organizationId, organizations.id))
    .where(and(eq(organizationTenants.tenantId, c.tenantId), inArray(organizations.status, [...INVITED_STATUSES])))
    .orderBy(asc(organizations.searchText))
  const wanted = new Set(c.publicTaskAreas)
  return rows.filter((o) => o.areas.some((a) => wanted.has(a)))
}

/** The advisory bodies of a consultation, in the order they were added. */
export async function opinionsOf(db: Db, consultationId: string): Promise<AdvisoryOpinion[]> {
  return db
    .select()
    .from(advisoryOpinions)
    .where(eq(advisoryOpinions.consultationId, consultationId))
    .orderBy(asc(advisoryOpinions.createdAt), asc(advisoryOpinions.id))
}

export async function opinionById(db: Db, consultationId: string, id: string): Promise<AdvisoryOpinion | undefined> {
  return db.query.advisoryOpinions.findFirst({
    where: and(eq(advisoryOpinions.consultationId, consultationId), eq(advisoryOpinions.id, id)),
  })
}

/** Every invitation of a consultation, oldest first. */
export async function invitationsOf(db: Db, consultationId: string): Promise<Invitation[]> {
  return db
    .select()
    .from(consultationInvitations)
    .where(eq(consultationInvitations.consultationId, consultationId))
    .orderBy(asc(consultationInvitations.sentAt), asc(consultationInvitations.channel))
}

/** Invitations per channel, every channel present (0 when none). */
export function countByChannel(items: readonly Pick<Invitation, 'channel'>[]): Record<InvitationChannel, number> {
  const counts = Object.fromEntries(INVITATION_CHANNELS.map((ch) => [ch, 0])) as Record<InvitationChannel, number>
  for (const i of items) counts[i.channel] = (counts[i.channel] ?? 0) + 1
  return counts
}

/**
 * The outreach of a consultation for its report: invitations counted per channel, the organisations invited by name
 * (a subscriber is a person and is only counted), and each advisory body with whether its opinion was asked for and
 * received.
 */
export async function outreachSummary(db: Db, consultationId: string) {
  const [invitations, opinions] = await Promise.all([invitationsOf(db, consultationId), opinionsOf(db, consultationId)])
  const invited = new Set(invitations.filter((i) => i.channel === 'advisory_body_email').map((i) => i.recipientKey))
  return {
    channels: countByChannel(invitations),
    total: invitations.length,
    organizations: invitations.filter((i) => i.channel === 'ngo_email').map((i) => i.recipientName ?? ''),
    advisoryBodies: opinions.map((o) => ({
      name: o.bodyName,
      required: o.required,
      dueOn: o.dueOn,
      asked: invited.has(o.id),
      received: o.receivedAt !== null,
      receivedAt: o.receivedAt,
      opinion: o.opinion,
    })),
    opinionsAsked: opinions.filter((o) => invited.has(o.id)).length,
    opinionsReceived: opinions.filter((o) => o.receivedAt !== null).length,
  }
}

export type OutreachSummary = Awaited<ReturnType<typeof outreachSummary>>
