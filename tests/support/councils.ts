import { eq } from 'drizzle-orm'
import { tenants } from '../../worker/core/tenants/schema'
import { hashToken, newId, newToken } from '../../worker/core/ids'
import { rdppStatute, seniorsStatute, youthStatute } from '../../worker/councils/domain/fixtures'
import type { BodyKind } from '../../worker/councils/domain/bodies'
import type { Statute } from '../../worker/councils/domain/statute'
import { councilBodies, councilMembers, councilStatutes, councilTerms } from '../../worker/councils/tables'
import type { MemberRole } from '../../worker/councils/tables'
import { Agent, type TestApp } from './api'

/*
 * Councils' test set-up written straight to the database, so each part's tests start from a body with a statute, a
 * term and members without going through another part's API (the API of bodies and members has its own tests).
 */

export const statuteOf: Record<Exclude<BodyKind, 'inna'>, () => Statute> = {
  rdpp: rdppStatute,
  rada_seniorow: seniorsStatute,
  mlodziezowa_rada: youthStatute,
}

export async function tenantId(t: TestApp, slug = 'gmina-przykladowa'): Promise<string> {
  const [row] = await t.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug))
  if (!row) throw new Error(`no tenant ${slug}`)
  return row.id
}

export interface SeededBody {
  id: string
  slug: string
  tenantId: string
  termId: string
  statute: Statute
}

/**
 * A working body of `kind` in the demo JST (or `tenant`), with its statute (the fixture's, or `statute`) as version 1
 * and a running term from `termStart` (default: 2026-01-01, three years).
 */
export async function seedBody(
  t: TestApp,
  kind: Exclude<BodyKind, 'inna'>,
  options: {
    slug?: string
    name?: string
    tenant?: string
    statute?: Statute
    termStart?: string
    termEnd?: string
  } = {},
): Promise<SeededBody> {
  const tid = await tenantId(t, options.tenant)
  const statute = options.statute ?? { ...statuteOf[kind](), validFrom: '2025-12-01' }
  const id = newId()
  const termId = newId()
  const slug =
    options.slug ??
    `${kind.replace(/_/g, '-')}-${id
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8)}`
  const now = new Date()
  await t.db.batch([
    t.db.insert(councilBodies).values({
      id,
      tenantId: tid,
      kind,
      slug,
      name:
        options.name ??
        (kind === 'rdpp'
          ? 'Rada Działalności Pożytku Publicznego'
          : kind === 'rada_seniorow'
            ? 'Rada Seniorów'
            : 'Młodzieżowa Rada Gminy'),
      status: 'dziala',
      email: `${slug}@rady.example`,
      createdAt: now,
    }),
    t.db.insert(councilStatutes).values({
      id: newId(),
      tenantId: tid,
      bodyId: id,
      version: 1,
      statute,
      applies: 'od_razu',
      validFrom: statute.validFrom,
      createdAt: now,
    }),
    t.db.insert(councilTerms).values({
      id: termId,
      tenantId: tid,
      bodyId: id,
      number: 1,
      startsOn: options.termStart ?? '2026-01-01',
      endsOn: options.termEnd ?? '2028-12-31',
      createdAt: now,
    }),
  ])
  return { id, slug, tenantId: tid, termId, statute }
}

export interface SeededMember {
  id: string
  name: string
  email: string
  key: string
  /** An agent that sends the member's key as `Authorization: Bearer`. */
  agent: MemberAgent
}

/** A client holding a member's key: every request carries `Authorization: Bearer <key>`. */
export class MemberAgent extends Agent {
  constructor(
    t: TestApp,
    readonly key: string,
  ) {
    super(t)
  }
  override request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return super.request(method, path, body, { Authorization: `Bearer ${this.key}`, ...headers })
  }
}

/** Members in office in the body's term, each with a key (stored hashed) and an agent that uses it. */
export async function seedMembers(
  t: TestApp,
  body: SeededBody,
  members: { name: string; role?: MemberRole; seatCategory?: string; represents?: string; email?: string }[],
): Promise<SeededMember[]> {
  const out: SeededMember[] = []
  for (const [i, m] of members.entries()) {
    const id = newId()
    const key = newToken()
    const email = m.email ?? `czlonek-${i}-${id.slice(0, 6).toLowerCase()}@rady.example`
    await t.db.insert(councilMembers).values({
      id,
      tenantId: body.tenantId,
      bodyId: body.id,
      termId: body.termId,
      name: m.name,
      email,
      role: m.role ?? 'czlonek',
      seatCategory: m.seatCategory ?? body.statute.seats[0]!.key,
      represents: m.represents ?? '',
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      keyHash: await hashToken(key),
      createdAt: new Date(),
    })
    out.push({ id, name: m.name, email, key, agent: new MemberAgent(t, key) })
  }
  return out
}

/** `n` members named "Członek 1…n", the first chairing. */
export function memberNames(n: number): { name: string; role?: MemberRole }[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Członek ${i + 1}`,
    role: i === 0 ? 'przewodniczacy' : 'czlonek',
  }))
}
