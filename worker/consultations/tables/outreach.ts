import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { consultations } from './consultations'

/** How people were told of a consultation: counted per channel, and shown in the report. */
export type InvitationChannel = 'ngo_email' | 'advisory_body_email' | 'subscriber_email'

/**
 * A resident's (or anyone's) subscription to a JST's consultations: an e-mail on every new one. Confirmed by link
 * before anything is sent; the links' secrets are kept as SHA-256. Personal data: unsubscribing erases the address.
 */
export const consultationSubscriptions = sqliteTable(
  'ks_subscriptions',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    email: text('email'),
    emailKey: text('email_key').notNull(),
    lang: text('lang').$type<'pl' | 'en'>().notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at'),
    confirmedAt: timestamp('confirmed_at'),
    unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
    unsubscribedAt: timestamp('unsubscribed_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('ks_subscriptions_email').on(t.tenantId, t.emailKey),
    uniqueIndex('ks_subscriptions_confirm').on(t.confirmTokenHash),
    uniqueIndex('ks_subscriptions_unsubscribe').on(t.unsubscribeTokenHash),
  ],
)

/**
 * One invitation sent personally on launch (an NGO whose areas match, an advisory body, a subscriber): the
 * consultation's record of outreach. `recipientKey` (the organisation's or body's id, the subscription's id) makes a
 * repeated launch send nothing twice.
 */
export const consultationInvitations = sqliteTable(
  'ks_invitations',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    channel: text('channel').$type<InvitationChannel>().notNull(),
    recipientKey: text('recipient_key').notNull(),
    /** The organisation's or body's name as sent (kept for the report); null for a subscriber (personal). */
    recipientName: text('recipient_name'),
    sentAt: timestamp('sent_at').notNull(),
  },
  (t) => [
    uniqueIndex('ks_invitations_recipient').on(t.consultationId, t.channel, t.recipientKey),
    index('ks_invitations_consultation').on(t.consultationId),
  ],
)

/**
 * An advisory body asked for its opinion on the consultation's draft (the RDPP for a programme of cooperation, a
 * rada seniorów, a młodzieżowa rada…): whether it must or may give one, its e-mail (the invitation's address), and the
 * opinion when received (text and/or a file of the core store). The report lists each.
 */
export const advisoryOpinions = sqliteTable(
  'ks_advisory_opinions',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    bodyName: text('body_name').notNull(),
    email: text('email').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    /** The last day for the opinion (Warsaw day), e.g. 14 days for the RDPP on a programme of cooperation. */
    dueOn: text('due_on'),
    opinion: text('opinion'),
    opinionFileId: text('opinion_file_id'),
    receivedAt: timestamp('received_at'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('ks_advisory_opinions_consultation').on(t.consultationId)],
)
