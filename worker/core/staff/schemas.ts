import * as v from 'valibot'
import { email, roleSchema } from '../auth/schemas'

export const inviteSchema = v.object({ email, role: roleSchema })
export const updateMemberSchema = v.pipe(
  v.object({ role: v.optional(roleSchema), active: v.optional(v.boolean('Podaj tak lub nie.')) }),
  v.check((o) => o.role !== undefined || o.active !== undefined, 'Podaj nową rolę albo stan konta.'),
)
export const auditQuerySchema = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'Limit to liczba od 1 do 200.'),
      v.transform(Number),
      v.minValue(1),
      v.maxValue(200),
    ),
    '50',
  ),
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'Parametr before to numer wpisu.'), v.transform(Number))),
})

export const memberSchema = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  role: roleSchema,
  active: v.boolean(),
  lastLoginAt: v.nullable(v.string()),
})
export const invitationSchema = v.object({
  id: v.string(),
  email: v.string(),
  role: roleSchema,
  expiresAt: v.string(),
  acceptedAt: v.optional(v.nullable(v.string())),
  withdrawnAt: v.optional(v.nullable(v.string())),
})
export const auditEntrySchema = v.object({
  id: v.number(),
  at: v.string(),
  actor: v.nullable(v.object({ id: v.string(), email: v.string(), name: v.string() })),
  action: v.string(),
  entity: v.string(),
  entityId: v.nullable(v.string()),
  before: v.unknown(),
  after: v.unknown(),
  requestId: v.nullable(v.string()),
})
