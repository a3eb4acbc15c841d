import { eq, sql } from 'drizzle-orm'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editions, projects } from '../../../worker/budget/tables'
import { editionBody, votingPhases } from '../../support/editions'
import { Agent, demo, lastMail, loggedIn, type TestApp } from '../../support/api'

export { editionBody } from '../../support/editions'

/** The demo JST's staff budget API, under which the budget tests create and manage their editions. */
export const STAFF_BO = '/api/v1/jst/gmina-przykladowa/staff/bo'

/** The demo JST's public API of one edition, as residents and authors call it. */
export const pubOf = (year: number) => `/api/v1/jst/gmina-przykladowa/bo/${year}`

export const draftBody = (poolId: string) => ({
  authorName: 'Anna Kowalska',
  authorEmail: 'anna.kowalska@example.pl',
  residenceDeclared: true,
  title: 'Zielony skwer przy szkole',
  summary: 'Nowe drzewa, ławki i łąka kwietna przy Szkole Podstawowej nr 1.',
  description:
    'Projekt zakłada nasadzenie 20 drzew, ustawienie 6 ławek i założenie łąki kwietnej na nieużytku przy szkole. Teren należy do gminy.',
  poolId,
  category: 'zieleń',
  beneficiaries: 'Uczniowie, rodzice i sąsiedzi szkoły',
  address: 'ul. Szkolna 1, Przykładowo',
  lat: 52.1,
  lng: 21.0,
  costItems: [
    { name: 'Drzewa (20 szt.)', amount: 4_000_000 },
    { name: 'Ławki (6 szt.)', amount: 1_800_000 },
  ],
  extra: { ogolnodostepny: true },
})

export async function json<T = any>(res: Response | Promise<Response>, status?: number): Promise<T> {
  const r = await res
  const text = await r.text()
  if (status !== undefined && r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`)
  return JSON.parse(text) as T
}

/** Requests as the author, with the key from the e-mailed link. */
export function asAuthor(agent: Agent, token: string) {
  const h = { Authorization: `Bearer ${token}` }
  return {
    get: (path: string) => agent.request('GET', path, undefined, h),
    post: (path: string, body: unknown = {}) => agent.request('POST', path, body, h),
    patch: (path: string, body: unknown) => agent.request('PATCH', path, body, h),
  }
}

/**
 * An edition of the demo JST whose vote is over and counted but not yet published: two accepted projects in one pool,
 * one ballot for the first (the winner), and the second, without votes, no longer fits. The tests of what publication
 * opens (implementation, winners in the project list) start here.
 */
export async function countedEdition(
  t: TestApp,
  year: number,
  voter = 'glosujaca@example.pl',
): Promise<{ winnerId: string; loserId: string }> {
  const pub = pubOf(year)
  const coordinator = await loggedIn(t, demo.koordynator)
  const body = { ...editionBody(year), phases: votingPhases() }
  body.rules = {
    ...body.rules,
    ballot: { format: 'approval', minProjects: 1, maxProjects: 1, areaPools: 'any-one-area' },
  }
  const created = await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  const now = new Date()
  const ids: string[] = []
  for (const number of [1, 2]) {
    const id = newId()
    ids.push(id)
    await t.db.insert(projects).values({
      id,
      tenantId: e!.tenantId,
      editionId: e!.id,
      poolId: created.pools[0].id,
      number,
      status: 'accepted',
      title: `Projekt ${number}`,
      costItems: [],
      cost: number === 1 ? 50_000_000 : 55_000_000,
      extra: {},
      authorName: 'Autor Testowy',
      authorEmail: `autor${number}@example.pl`,
      authorTokenHash: await hashToken(newToken()),
      authorResidenceDeclared: true,
      createdAt: now,
      updatedAt: now,
    })
  }
  const [winnerId, loserId] = ids as [string, string]
  const r = new Agent(t)
  if ((await r.post(`${pub}/vote/code`, { channel: 'email', address: voter })).status !== 202)
    throw new Error('vote code refused')
  const code = (await lastMail(r, voter)).text.match(/\b(\d{6})\b/)![1]
  const { token } = await json(r.post(`${pub}/vote/session`, { channel: 'email', address: voter, code }), 201)
  const identity = {
    firstName: 'Anna',
    lastName: 'Nowak',
    address: 'ul. Polna 3, Przykładowo',
    residenceDeclared: true,
    adult: true,
  }
  await json(
    r.request(
      'POST',
      `${pub}/vote/cast`,
      { choices: { [created.pools[0].id]: { [winnerId]: 1 } }, identity },
      { Authorization: `Bearer ${token}` },
    ),
    201,
  )
  await t.db.run(
    sql`UPDATE bo_phases SET ends_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'voting'`,
  )
  await t.db.run(
    sql`UPDATE bo_phases SET starts_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'results'`,
  )
  await json(coordinator.post(`${STAFF_BO}/${year}/results`, {}), 201)
  return { winnerId, loserId }
}
