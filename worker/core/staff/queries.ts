import { and, desc, eq, lt } from 'drizzle-orm'
import { auditLog } from '../audit/schema'
import { invitations, memberships, users } from '../auth/schema'
import type { Db } from '../db/client'

/** The team of one JST. */
export async function listMembers(db: Db, tenantId: string) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      active: memberships.active,
      lastLoginAt: users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(users.name)
  return rows.map((r) => ({ ...r, lastLoginAt: r.lastLoginAt?.toISOString() ?? null }))
}

export async function findMember(db: Db, tenantId: string, userId: string) {
  return db.query.memberships.findFirst({
    where: and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)),
  })
}

export async function activeAdmins(db: Db, tenantId: string): Promise<number> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'admin'), eq(memberships.active, true)))
  return rows.length
}

export async function listInvitations(db: Db, tenantId: string) {
  const rows = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tenantId, tenantId))
    .orderBy(desc(invitations.createdAt))
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    expiresAt: r.expiresAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  }))
}

/** One page of a JST's audit log, newest first, keyed by id so pages stay stable while new entries arrive. */
export async function auditPage(db: Db, tenantId: string, limit: number, before?: number) {
  const rows = await db
    .select({ entry: auditLog, actor: { id: users.id, email: users.email, name: users.name } })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.tenantId, tenantId), before ? lt(auditLog.id, before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
  const items = rows.slice(0, limit).map(({ entry, actor }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actor: actor?.id ? actor : null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
    requestId: entry.requestId,
  }))
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null }
}
