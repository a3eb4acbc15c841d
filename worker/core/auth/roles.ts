/**
 * The staff roles inside one JST. Pure (no database, no HTTP) so the server's checks, the invitation schema and the
 * web's role pickers read one list: a role added here appears in every picker and is accepted by every check.
 */

/** Every role a staff member can hold in a JST, in the order the panel offers them (most powers first). */
export const roles = ['admin', 'koordynator', 'weryfikator', 'moderator'] as const

/** A staff member's role inside one JST. The platform operator is a flag on the user, above all tenants. */
export type Role = (typeof roles)[number]
