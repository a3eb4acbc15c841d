import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import { topicExists } from '../queries/members'
import { councilMembers, councilPosts } from '../tables'

/**
 * The id of a post sent with an idempotency key (the `Idempotency-Key` header or the form's `clientId`): derived
 * from the member and the key, so the same send repeated (a double click, a retry after a lost answer) hits the
 * primary key and posts once, even when both arrive at the same moment.
 */
function postId(memberId: string, key: string): string {
  return createHash('sha256').update(`rd-post\u0000${memberId}\u0000${key}`, 'utf8').digest('base64url').slice(0, 22)
}

/**
 * A member's post in the body's members' space on `topic` (the general discussion, an opinion request or a
 * resolution of this body). With a key, a repeat answers the first post (`created: false`); the same key with
 * another text is a 409.
 */
export async function addPost(
  deps: Deps,
  body: CouncilBody,
  member: CouncilMember,
  topic: string,
  text: string,
  key: string | null,
) {
  if (key !== null && !/^[A-Za-z0-9_-]{8,200}$/.test(key))
    throw new ApiError(400, 'Nieprawidłowy klucz idempotencji: 8–200 liter, cyfr, „-” lub „_”.')
  if (!(await topicExists(deps.db, body.id, topic))) throw new ApiError(404, 'Nie ma takiego tematu dyskusji.')
  const id = key ? postId(member.id, key) : newId()
  const now = deps.now()
  const [inserted] = await deps.db.batch([
    deps.db
      .insert(councilPosts)
      .values({ id, tenantId: body.tenantId, bodyId: body.id, topic, memberId: member.id, text, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: councilPosts.id }),
    deps.db.update(councilMembers).set({ lastActiveAt: now }).where(eq(councilMembers.id, member.id)),
  ])
  const [row] = await deps.db
    .select()
    .from(councilPosts)
    .where(and(eq(councilPosts.id, id), eq(councilPosts.memberId, member.id)))
  if (!row) throw new ApiError(409, 'Ten klucz idempotencji należy do innego wpisu.')
  if (row.text !== text || row.topic !== topic)
    throw new ApiError(409, 'Ten sam klucz idempotencji wysłano już z innym wpisem.')
  return { post: { ...row, author: member.name, role: member.role }, created: inserted.length > 0 }
}
