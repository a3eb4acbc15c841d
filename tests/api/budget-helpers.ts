import type { Agent } from './helpers'

const day = 86_400_000

/** An edition whose submission phase is open now (or shifted by `offsetDays`), with two pools. */
export function editionBody(year: number, overrides: Record<string, unknown> = {}, offsetDays = 0) {
  const at = (d: number) => new Date(Date.now() + (d + offsetDays) * day).toISOString()
  return {
    year,
    title: `Budżet obywatelski ${year}`,
    resolutionNumber: 'XII/123/2026',
    resolutionDate: '2026-03-01',
    resolutionPublication: 'Dz. Urz. Woj. Maz. 2026 poz. 1234',
    rules: {
      submission: { minAge: null, maxProjectsPerAuthor: 2, formFields: [{ key: 'ogolnodostepny', label: 'Projekt będzie ogólnodostępny', type: 'checkbox', required: true }], categories: ['zieleń', 'sport', 'kultura'] },
      ballot: { format: 'approval', minProjects: 1, maxProjects: 5, areaPools: 'any-one-area' },
      winnerRule: 'greedy',
      tiePolicy: 'seeded-draw',
      appeal: { days: 7, dayKind: 'calendar' },
    },
    pools: [
      { code: 'OG', name: 'Ogólnogminna', kind: 'jst', amount: 100_000_000, minProjectCost: 1_000_000, maxProjectCost: 50_000_000, residents: 24_500, residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025', requiredSupporters: 2 },
      { code: 'PN', name: 'Osiedle Północ', kind: 'area', areas: ['Osiedle Północ', 'Sołectwo Lipki'], amount: 30_000_000, minProjectCost: 500_000, maxProjectCost: 15_000_000, residents: 3_200, residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025', requiredSupporters: 1 },
    ],
    phases: [
      { phase: 'submission', startsAt: at(-1), endsAt: at(10) },
      { phase: 'assessment', startsAt: at(10), endsAt: at(20) },
      { phase: 'appeals', startsAt: at(20), endsAt: at(30) },
      { phase: 'final_list', startsAt: at(30), endsAt: at(35) },
      { phase: 'voting', startsAt: at(35), endsAt: at(45) },
      { phase: 'results', startsAt: at(45), endsAt: at(60) },
    ],
    ...overrides,
  }
}

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
