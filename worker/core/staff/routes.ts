import { and, eq, isNull } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../audit/record'
import { invitations, memberships, users } from '../auth/schema'
import { guardedBatch, requireChanged } from '../db/guard'
import { hashToken, newId, newToken } from '../ids'
import type { Api } from '../http/endpoint'
import { endpoint } from '../http/endpoint'
import { roles } from '../auth/roles'
import { ApiError, notFound } from '../http/problem'
import { activeAdmins, auditPage, findMember, listInvitations, listMembers } from './queries'
import {
  auditEntrySchema,
  auditQuerySchema,
  invitationSchema,
  inviteSchema,
  memberSchema,
  updateMemberSchema,
} from './schemas'
import { appOrigin } from '../http/request'
import { depsOf } from '../deps'

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** Neither accepted nor withdrawn (an expired one may still be withdrawn, so the list can be tidied). */
const openInvitation = and(isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt))

const roleNames: Record<string, string> = {
  admin: 'administrator',
  koordynator: 'koordynator',
  weryfikator: 'weryfikator',
  moderator: 'moderator',
}

/** A tenant admin's management of the JST's team, and its audit log. The operator may bootstrap a team. */
export function staffRoutes(api: Api): void {
  const admin = { kind: 'tenant', roles: ['admin'], operator: true } as const

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/users',
      summary: 'Zespół JST',
      tags: ['Panel JST'],
      access: admin,
      responses: { 200: { description: 'Lista', schema: v.object({ items: v.array(memberSchema) }) } },
    },
    async (c) => c.json({ items: await listMembers(c.get('services').db, c.get('tenant').id) }),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/invitations',
      summary: 'Wysłane zaproszenia',
      tags: ['Panel JST'],
      access: admin,
      responses: { 200: { description: 'Lista', schema: v.object({ items: v.array(invitationSchema) }) } },
    },
    async (c) => c.json({ items: await listInvitations(c.get('services').db, c.get('tenant').id) }),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/invitations',
      summary: 'Zaproszenie osoby do zespołu JST',
      tags: ['Panel JST'],
      access: admin,
      body: inviteSchema,
      responses: { 201: { description: 'Wysłano zaproszenie', schema: invitationSchema } },
    },
    async (c, { body }) => {
      const { db, mailer } = c.get('services')
      const tenant = c.get('tenant')
      const members = await listMembers(db, tenant.id)
      if (members.some((m) => m.email === body.email && m.active)) {
        throw new ApiError(409, 'Ta osoba już należy do zespołu.', {
          errors: [{ field: 'email', detail: 'Ta osoba już należy do zespołu.' }],
        })
      }
      const token = newToken()
      const now = Date.now()
      const row = {
        id: newId(),
        tenantId: tenant.id,
        email: body.email,
        role: body.role,
        tokenHash: await hashToken(token),
        invitedBy: c.get('user')!.id,
        createdAt: new Date(now),
        expiresAt: new Date(now + INVITATION_TTL_MS),
      }
      await db.batch([
        db.insert(invitations).values(row),
        auditInsert(depsOf(c), {
          tenantId: tenant.id,
          action: 'staff.invite',
          entity: 'invitation',
          entityId: row.id,
          after: { email: body.email, role: body.role },
        }),
      ])
      await mailer.send({
        kind: 'invitation',
        tenantId: tenant.id,
        to: body.email,
        subject: `Zaproszenie do zespołu: ${tenant.name}`,
        text: `Dzień dobry,\n\n${c.get('user')!.name} zaprasza Cię do zespołu „${tenant.name}” na platformie Wspólnota w roli: ${roleNames[body.role]}.\nPrzyjmij zaproszenie w ciągu 7 dni:\n${appOrigin(c)}/panel/zaproszenie/${token}\n`,
      })
      return c.json({ id: row.id, email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'delete',
      path: '/jst/:slug/staff/invitations/:id',
      summary: 'Wycofanie zaproszenia',
      tags: ['Panel JST'],
      access: admin,
      responses: {
        204: { description: 'Wycofano; link z wiadomości przestaje działać' },
        404: { description: 'Nie ma takiego zaproszenia w tej JST' },
        409: { description: 'Zaproszenie zostało już przyjęte albo wycofane' },
      },
    },
    async (c) => {
      const { db } = c.get('services')
      const tenant = c.get('tenant')
      const id = c.req.param('id')!
      const invitation = await db.query.invitations.findFirst({
        where: and(eq(invitations.id, id), eq(invitations.tenantId, tenant.id)),
      })
      if (!invitation) throw notFound('Nie ma takiego zaproszenia w zespole tej JST.')
      const gone = () => new ApiError(409, 'To zaproszenie zostało już przyjęte albo wycofane.')
      if (invitation.acceptedAt || invitation.withdrawnAt) throw gone()
      await guardedBatch(
        db,
        [
          db
            .update(invitations)
            .set({ withdrawnAt: new Date() })
            .where(and(eq(invitations.id, id), openInvitation)),
          requireChanged(db),
          auditInsert(depsOf(c), {
            tenantId: tenant.id,
            action: 'staff.invitation.withdraw',
            entity: 'invitation',
            entityId: id,
            before: { email: invitation.email, role: invitation.role },
          }),
        ],
        gone,
      )
      return c.body(null, 204)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: '/jst/:slug/staff/users/:id',
      summary: 'Zmiana roli lub dezaktywacja członka zespołu',
      tags: ['Panel JST'],
      access: admin,
      body: updateMemberSchema,
      responses: { 200: { description: 'Zmieniono', schema: memberSchema } },
    },
    async (c, { body }) => {
      const { db } = c.get('services')
      const tenant = c.get('tenant')
      const userId = c.req.param('id')!
      const before = await findMember(db, tenant.id, userId)
      if (!before) throw notFound('Ta osoba nie należy do zespołu tej JST.')
      const after = { role: body.role ?? before.role, active: body.active ?? before.active }
      const losesAdmin = before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active)
      if (losesAdmin && (await activeAdmins(db, tenant.id)) <= 1) {
        throw new ApiError(
          409,
          'JST musi mieć co najmniej jednego aktywnego administratora. Najpierw nadaj tę rolę komuś innemu.',
          { errors: [{ field: 'role', detail: 'To ostatni aktywny administrator.' }] },
        )
      }
      const deactivated = before.active && !after.active
      const email = deactivated ? (await db.query.users.findFirst({ where: eq(users.id, userId) }))?.email : undefined
      await db.batch([
        db
          .update(memberships)
          .set(after)
          .where(and(eq(memberships.tenantId, tenant.id), eq(memberships.userId, userId))),
        // Open invitations of the same person would let them back in: they go with the access.
        ...(email
          ? [
              db
                .update(invitations)
                .set({ withdrawnAt: new Date() })
                .where(and(openInvitation, eq(invitations.tenantId, tenant.id), eq(invitations.email, email))),
            ]
          : []),
        auditInsert(depsOf(c), {
          tenantId: tenant.id,
          action: 'staff.update',
          entity: 'membership',
          entityId: userId,
          before: { role: before.role, active: before.active },
          after,
        }),
      ] as never)
      const member = (await listMembers(db, tenant.id)).find((m) => m.id === userId)!
      return c.json(member)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/audit',
      summary: 'Dziennik zdarzeń JST',
      tags: ['Panel JST'],
      access: { kind: 'tenant', roles: ['admin'] },
      query: auditQuerySchema,
      responses: {
        200: {
          description: 'Strona dziennika',
          schema: v.object({ items: v.array(auditEntrySchema), next: v.nullable(v.number()) }),
        },
      },
    },
    async (c, { query }) =>
      c.json(await auditPage(c.get('services').db, c.get('tenant').id, query.limit, query.before)),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/summary',
      summary: 'Podsumowanie panelu JST dla zalogowanego pracownika',
      tags: ['Panel JST'],
      access: { kind: 'tenant', roles, operator: true },
      responses: {
        200: {
          description: 'Podsumowanie',
          schema: v.object({
            tenant: v.object({ slug: v.string(), name: v.string() }),
            role: v.string(),
            counts: v.object({ users: v.number() }),
          }),
        },
      },
    },
    async (c) => {
      const tenant = c.get('tenant')
      const members = await c
        .get('services')
        .db.select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.tenantId, tenant.id))
      return c.json({
        tenant: { slug: tenant.slug, name: tenant.name },
        role: c.get('role'),
        counts: { users: members.length },
      })
    },
  )
}
