import type { Access } from '../core/http/endpoint'

/**
 * Who in a JST runs consultations, as the endpoint specs name it: the administrator and the coordinator prepare,
 * publish and revise them. The weryfikator and the moderator have no part in them (yet: moderators will moderate
 * comments).
 */
export const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const satisfies Access
