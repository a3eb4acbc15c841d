import type { Access } from '../core/http/endpoint'

/**
 * Who moderates comments and keys in those received on paper, by e-mail or at a meeting: the organisers and the
 * moderator (a JST's moderator has no other part in consultations).
 */
export const moderators = { kind: 'tenant', roles: ['admin', 'koordynator', 'moderator'] } as const satisfies Access
