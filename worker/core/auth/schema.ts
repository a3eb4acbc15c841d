import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'
import { tenants } from '../tenants/schema'

/** A staff person. One account may belong to several JSTs (a powiat officer helping its gminas). */
export const users = sqliteTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  isOperator: integer('is_operator', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  lastLoginAt: timestamp('last_login_at'),
  createdAt: timestamp('created_at').notNull(),
})

/** The role a user holds in one JST; deactivating the membership removes access to that JST only. */
export const memberships = sqliteTable(
  'memberships',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] }), index('memberships_user').on(t.userId)],
)

/** Server-side sessions; the id is the SHA-256 of the cookie token, so a database leak yields no usable cookie. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
)

/**
 * Invitations by a tenant admin; the token is kept only as a hash. An admin may withdraw an open one, and deactivating
 * a member withdraws theirs (`withdrawnAt`), so an older link cannot bring a removed person back.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: id(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    acceptedAt: timestamp('accepted_at'),
    withdrawnAt: timestamp('withdrawn_at'),
  },
  (t) => [index('invitations_tenant').on(t.tenantId)],
)

/** One-time password reset links; the token is kept only as a hash. */
export const passwordResets = sqliteTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
})

/**
 * Failed-login counters, stored so that throttling survives restarts and holds across Node instances sharing one
 * database (an in-memory counter would reset on every deploy).
 */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: timestamp('window_start').notNull(),
  lockedUntil: timestamp('locked_until'),
})
