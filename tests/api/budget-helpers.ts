import type { Agent } from './helpers'

export { editionBody } from '../support/editions'

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
  description: 'Projekt zakłada nasadzenie 20 drzew, ustawienie 6 ławek i założenie łąki kwietnej na nieużytku przy szkole. Teren należy do gminy.',
  poolId,
  category: 'zieleń',
  beneficiaries: 'Uczniowie, rodzice i sąsiedzi szkoły',
  address: 'ul. Szkolna 1, Przykładowo',
  lat: 52.1,
  lng: 21.0,
  costItems: [{ name: 'Drzewa (20 szt.)', amount: 4_000_000 }, { name: 'Ławki (6 szt.)', amount: 1_800_000 }],
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
