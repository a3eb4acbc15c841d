import type { Access } from '../core/http/endpoint'

/**
 * Who in a JST works on the budget, as the endpoint specs name it. Organisers run editions (settings, calendar,
 * results, implementation); assessors also include the weryfikator, who assesses the projects assigned to them;
 * administrators alone erase voters' identities.
 */
export const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const satisfies Access
export const assessors = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const satisfies Access
export const admins = { kind: 'tenant', roles: ['admin'] } as const satisfies Access
