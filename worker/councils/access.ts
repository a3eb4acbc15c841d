import type { Access } from '../core/http/endpoint'

/**
 * Who in a JST runs its advisory bodies, as the endpoint specs name it: the administrator and the coordinator set up
 * bodies and statutes, decide applications, run calls, appoint members, record meetings, send drafts for opinion and
 * answer inquiries. The weryfikator and the moderator have no part in them.
 */
export const councilStaff = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const satisfies Access

/**
 * A member of a body, signed in with the key of the e-mailed invitation (members are not staff). The access check
 * only requires a key; `memberFromRequest` (./http.ts) resolves it to a member in office of the body in the path.
 */
export const councilMember = { kind: 'key', holder: 'członek rady' } as const satisfies Access
