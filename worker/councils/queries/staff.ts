import { and, asc, eq, inArray } from 'drizzle-orm'
import { memberships, users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import type { Role } from '../../core/http/context'
import { councilStaff } from '../access'

/**
 * The addresses of the JST's active staff in `roles` (by default who runs its bodies, `councilStaff`: administrators
 * and coordinators): whom the scheduled work tells about applications' deadlines, lapsed opinions, inquiries due and
 * members' absences. One query for every part, so all of them reach the same people.
 */
export async function staffAddresses(
  db: Db,
  tenantId: string,
  roles: readonly Role[] = councilStaff.roles,
): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.active, true),
        eq(users.active, true),
        inArray(memberships.role, [...roles]),
      ),
    )
    .orderBy(asc(users.email))
  return rows.map((r) => r.email)
}
