import { eq } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import type { Deps } from '../../core/deps'
import { t } from '../../core/i18n'
import { hashToken, newToken } from '../../core/ids'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import { councilMembers } from '../tables'
import { appLink } from '../notify/links'

/** The members' space of a body, with the member's key in the fragment (never sent to a server by the browser). */
export function memberSpaceLink(appUrl: string, tenantSlug: string, bodySlug: string, key: string): string {
  return appLink(appUrl, `/${tenantSlug}/rady/${bodySlug}/czlonek#klucz=${key}`)
}

/**
 * Sends a member the link to the body's members' space with a new key. `replace`: the key becomes the member's key
 * at once (an invitation by staff; the old link stops working); otherwise it waits in `nextKeyHash` until its first
 * use (the member's own "send me a new link", so a stranger asking cannot lock the member out). Only the key's
 * SHA-256 is stored; the link is built from `config.appUrl`. Members are not staff: this key is their sign-in.
 */
export async function sendMemberKey(
  deps: Pick<Deps, 'db' | 'mailer' | 'config' | 'user' | 'requestId' | 'ip' | 'now'>,
  tenant: { id: string; slug: string; name: string },
  body: Pick<CouncilBody, 'id' | 'slug' | 'name'>,
  member: Pick<CouncilMember, 'id' | 'name' | 'email'>,
  replace: boolean,
): Promise<boolean> {
  if (!member.email) return false
  const key = newToken()
  const hash = await hashToken(key)
  const now = deps.now()
  await deps.db.batch([
    deps.db
      .update(councilMembers)
      .set(replace ? { keyHash: hash, nextKeyHash: null, invitedAt: now } : { nextKeyHash: hash })
      .where(eq(councilMembers.id, member.id)),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.member.key',
      entity: 'rd_member',
      entityId: member.id,
      after: { replace },
    }),
  ])
  const lang = 'pl'
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'member-key',
    to: member.email,
    subject: t(lang, '{body}: link do przestrzeni członków', { body: body.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      t(
        lang,
        'oto Twój link do przestrzeni członków rady „{body}” ({tenant}): opinie, głosowania, posiedzenia i dyskusja.',
        {
          body: body.name,
          tenant: tenant.name,
        },
      ),
      memberSpaceLink(deps.config.appUrl, tenant.slug, body.slug, key),
      t(
        lang,
        'Link działa tylko dla Ciebie: nie przekazuj go nikomu. Jeśli go zgubisz, poproś o nowy na stronie rady.',
      ),
    ].join('\n\n'),
  })
  return true
}
