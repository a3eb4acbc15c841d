/**
 * Budget editions for tests of every kind (API, workerd, browser): one place for a valid edition and for calendars
 * placed around "now", so a fixture change is made once.
 */
export const DAY = 86_400_000

/** An ISO instant `days` from now. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** A calendar whose submission phase is open now (shifted by `offsetDays`). */
export function submissionPhases(offsetDays = 0) {
  const at = (d: number) => daysFromNow(d + offsetDays)
  return [
    { phase: 'submission', startsAt: at(-1), endsAt: at(10) },
    { phase: 'assessment', startsAt: at(10), endsAt: at(20) },
    { phase: 'appeals', startsAt: at(20), endsAt: at(30) },
    { phase: 'final_list', startsAt: at(30), endsAt: at(35) },
    { phase: 'voting', startsAt: at(35), endsAt: at(45) },
    { phase: 'results', startsAt: at(45), endsAt: at(60) },
  ]
}

/** A calendar whose voting phase is open now, with every earlier phase in the past. */
export function votingPhases() {
  return [
    { phase: 'submission', startsAt: daysFromNow(-40), endsAt: daysFromNow(-30) },
    { phase: 'assessment', startsAt: daysFromNow(-30), endsAt: daysFromNow(-20) },
    { phase: 'appeals', startsAt: daysFromNow(-20), endsAt: daysFromNow(-10) },
    { phase: 'final_list', startsAt: daysFromNow(-10), endsAt: daysFromNow(-1) },
    { phase: 'voting', startsAt: daysFromNow(-1), endsAt: daysFromNow(10) },
    { phase: 'results', startsAt: daysFromNow(10), endsAt: daysFromNow(20) },
  ]
}

export const demoPools = [
  {
    code: 'OG',
    name: 'Ogólnogminna',
    kind: 'jst',
    amount: 100_000_000,
    minProjectCost: 1_000_000,
    maxProjectCost: 50_000_000,
    residents: 24_500,
    residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025',
    requiredSupporters: 2,
  },
  {
    code: 'PN',
    name: 'Osiedle Północ',
    kind: 'area',
    areas: ['Osiedle Północ', 'Sołectwo Lipki'],
    amount: 30_000_000,
    minProjectCost: 500_000,
    maxProjectCost: 15_000_000,
    residents: 3_200,
    residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025',
    requiredSupporters: 1,
  },
]

/** An edition whose submission phase is open now, with two pools and a required custom field. */
export function editionBody(year: number, overrides: Record<string, unknown> = {}, offsetDays = 0) {
  return {
    year,
    title: `Budżet obywatelski ${year}`,
    resolutionNumber: 'XII/123/2026',
    resolutionDate: '2026-03-01',
    resolutionPublication: 'Dz. Urz. Woj. Maz. 2026 poz. 1234',
    rules: {
      submission: {
        minAge: null,
        maxProjectsPerAuthor: 2,
        formFields: [
          { key: 'ogolnodostepny', label: 'Projekt będzie ogólnodostępny', type: 'checkbox', required: true },
        ],
        categories: ['zieleń', 'sport', 'kultura'],
      },
      ballot: { format: 'approval', minProjects: 1, maxProjects: 5, areaPools: 'any-one-area' },
      winnerRule: 'greedy',
      tiePolicy: 'seeded-draw',
      appeal: { days: 7, dayKind: 'calendar' },
    },
    pools: structuredClone(demoPools),
    phases: submissionPhases(offsetDays),
    ...overrides,
  }
}
