import { count, eq } from 'drizzle-orm'
import { hashPassword } from '../core/auth/password'
import { memberships, users } from '../core/auth/schema'
import { newId, newToken } from '../core/ids'
import { auditLog } from '../core/audit/schema'
import type { Db } from '../core/db/client'
import { roles } from '../core/http/context'
import { tenants } from '../core/tenants/schema'

export const DEMO_SLUG = 'gmina-przykladowa'

export interface DemoLogin {
  email: string
  role: string
  password: string
}

/** True on a brand-new database: no JST and no account yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [t] = await db.select({ n: count() }).from(tenants)
  const [u] = await db.select({ n: count() }).from(users)
  return (t?.n ?? 0) === 0 && (u?.n ?? 0) === 0
}

/**
 * Creates the demo JST "Gmina Przykładowa" with an operator and one account per role, or, when they exist, gives
 * them new passwords — either way the logins are returned once to be printed, and never stored in clear.
 */
export async function seedDemo(db: Db, fixedPassword?: string): Promise<DemoLogin[]> {
  const now = new Date()
  let tenant = await db.query.tenants.findFirst({ where: eq(tenants.slug, DEMO_SLUG) })
  const statements = []
  if (!tenant) {
    tenant = {
      id: newId(),
      slug: DEMO_SLUG,
      name: 'Gmina Przykładowa',
      teryt: '1465011',
      kind: 'gmina-miejsko-wiejska',
      population: 24_500,
      bipUrl: 'https://bip.gmina-przykladowa.example',
      contactEmail: 'urzad@gmina-przykladowa.example',
      contactPhone: '+48 22 100 20 30',
      address: 'ul. Rynek 1, 00-950 Przykładowo',
      iodName: 'Inspektor Ochrony Danych Urzędu Gminy Przykładowa',
      iodEmail: 'iod@gmina-przykladowa.example',
      logoUrl: null,
      a11yPublishedOn: now.toISOString().slice(0, 10),
      a11yUpdatedOn: now.toISOString().slice(0, 10),
      createdAt: now,
      updatedAt: now,
    }
    statements.push(db.insert(tenants).values(tenant))
  }
  const accounts = [
    { email: 'operator@wspolnota.example', name: 'Operator Platformy', role: 'operator' },
    ...roles.map((role) => ({
      email: `${role}@${DEMO_SLUG}.example`,
      name: `${role[0]!.toUpperCase()}${role.slice(1)} Demo`,
      role,
    })),
  ]
  const logins: DemoLogin[] = []
  for (const account of accounts) {
    const password = fixedPassword ?? newToken().slice(0, 16)
    const passwordHash = await hashPassword(password)
    const existing = await db.query.users.findFirst({ where: eq(users.email, account.email) })
    const userId = existing?.id ?? newId()
    statements.push(
      existing
        ? db.update(users).set({ passwordHash, active: true }).where(eq(users.id, userId))
        : db.insert(users).values({
            id: userId,
            email: account.email,
            name: account.name,
            passwordHash,
            isOperator: account.role === 'operator',
            createdAt: now,
          }),
    )
    if (account.role !== 'operator') {
      statements.push(
        db
          .insert(memberships)
          .values({ tenantId: tenant.id, userId, role: account.role, createdAt: now })
          .onConflictDoUpdate({
            target: [memberships.tenantId, memberships.userId],
            set: { role: account.role, active: true },
          }),
      )
    }
    logins.push({ email: account.email, role: account.role, password })
  }
  statements.push(
    db.insert(auditLog).values({
      tenantId: tenant.id,
      actorId: null,
      action: 'demo.seed',
      entity: 'tenant',
      entityId: tenant.id,
      after: { accounts: logins.map((l) => l.email) },
      at: now,
    }),
  )
  await db.batch(statements as never)
  return logins
}

/** The text printed once after seeding. */
export function describeLogins(logins: DemoLogin[], origin: string): string {
  const width = Math.max(...logins.map((l) => l.email.length))
  return [
    `Demo: „Gmina Przykładowa” — ${origin}/${DEMO_SLUG}, panel: ${origin}/panel`,
    'Loginy (hasła pokazujemy tylko teraz):',
    ...logins.map((l) => `  ${l.email.padEnd(width)}  ${l.password}  (${l.role})`),
  ].join('\n')
}
