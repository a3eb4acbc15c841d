import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { inPoland } from '../../../worker/core/geo'
import { parsePabulib, tally } from '../../../worker/budget/tally'
import { configFromEnv } from '../../../worker/core/config'
import { seedDemoBudget, type DemoBudget } from '../../../worker/budget/demo/seed'
import { CENTRE } from '../../../worker/budget/demo/content'
import { asAuthor, json, pubOf } from './helpers'
import { Agent, demo, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * The demo budget `npm start` creates (worker/demo/budget.ts), seen only through the public and staff API: a finished
 * edition whose published files recount to its winners, and an edition open for submissions.
 */
let t: TestApp
let seeded: DemoBudget
const jst = '/api/v1/jst/gmina-przykladowa'
const thisYear = Number(warsawDate(new Date()).date.slice(0, 4))
const past = pubOf(thisYear - 1)
const next = pubOf(thisYear + 1)
const r = () => new Agent(t)

const ok = (res: Response | Promise<Response>) => json(res, 200)

/** Distance in km between two points (haversine). */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

beforeAll(async () => {
  t = await testApp()
  const started = performance.now()
  seeded = (await seedDemoBudget(t.db, configFromEnv({ APP_ENV: 'development' })))!
  // Reported, not asserted: the time depends on the machine.
  console.log(
    `demo budget seeded in ${Math.round(performance.now() - started)} ms (its own count: ${seeded.ms} ms)`,
    JSON.stringify(seeded),
  )
}, 60_000)
afterAll(() => t.close())

describe('demo budget', () => {
  it('lists last year finished (implementation) and next year open for submissions', async () => {
    const { items } = await ok(r().get(`${jst}/bo`))
    expect(items).toEqual([
      { year: thisYear + 1, title: `Budżet obywatelski ${thisYear + 1}`, currentPhase: 'submission' },
      { year: thisYear - 1, title: `Budżet obywatelski ${thisYear - 1}`, currentPhase: 'implementation' },
    ])
    const open = await ok(r().get(next))
    expect(open.submissionOpen).toBe(true)
    expect(
      Date.parse(open.phases.find((p: { phase: string }) => p.phase === 'submission').endsAt) - Date.now(),
    ).toBeGreaterThan(21 * 86_400_000)
    const finished = await ok(r().get(past))
    expect(finished.pools.map((p: { code: string; kind: string }) => `${p.code}:${p.kind}`)).toEqual([
      'OG:jst',
      'OS:area',
      'SO:area',
    ])
    for (const p of finished.pools) expect(p.requiredSupporters).toBeLessThanOrEqual(p.maxSupportersAllowed)
    const [whole, town, villages] = finished.pools
    expect(town.residents + villages.residents).toBe(whole.residents)
  })

  it('took the finished edition through assessment: one rejected with reasons, one admitted on appeal', async () => {
    const { items } = await ok(r().get(`${past}/projects`))
    expect(items).toHaveLength(seeded.finished.projects)
    expect(items.map((p: { number: number }) => p.number)).toEqual(items.map((_: unknown, i: number) => i + 1))
    const rejected = items.filter((p: { status: string }) => p.status === 'merit_rejected')
    expect(rejected).toHaveLength(1)
    const page = await ok(r().get(`${past}/projects/${rejected[0].id}`))
    const merit = page.assessments.find((a: { stage: string }) => a.stage === 'merit')
    expect(merit.positive).toBe(false)
    expect(
      merit.criteria.filter(
        (c: { passed: boolean; justification?: string }) => !c.passed && (c.justification ?? '').length >= 10,
      ).length,
    ).toBeGreaterThan(0)
    expect(page.project.appealDeadline).not.toBeNull()
    const appealed = (
      await Promise.all(items.map((p: { id: string }) => ok(r().get(`${past}/projects/${p.id}`))))
    ).filter((x: { appeals: unknown[] }) => x.appeals.length > 0)
    expect(appealed).toHaveLength(1)
    expect(appealed[0].appeals[0]).toMatchObject({
      decision: 'accepted',
      reason: expect.stringMatching(/uwzględnione/),
    })
    expect(appealed[0].project.status).toBe('accepted')
    expect(appealed[0].history.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining([
        'created',
        'submitted',
        'assessment-formal',
        'assessment-merit',
        'appealed',
        'appeal-decided',
      ]),
    )
    // Dated as the edition ran, not the day of seeding.
    expect(
      appealed[0].history.every(
        (h: { at: string }) => h.at.startsWith(String(thisYear - 2)) || h.at.startsWith(String(thisYear - 1)),
      ),
    ).toBe(true)
    const list = await ok(r().get(`${past}/final-list`))
    expect(list).toMatchObject({ final: true, pendingAppeals: 0 })
    expect(list.pools.flatMap((p: { projects: unknown[] }) => p.projects)).toHaveLength(seeded.finished.projects - 1)
  })

  it('published results that recount from the published .pb files to the same winners', async () => {
    const results = await ok(r().get(`${past}/results`))
    expect(results.pools.map((p: { code: string }) => p.code)).toEqual(['OG', 'OS', 'SO'])
    let winners = 0
    for (const pool of results.pools) {
      expect(pool.outcome.selected.length).toBeGreaterThan(0)
      // Every pool has a project that did not fit: the greedy rule is visible.
      expect(pool.outcome.projects.some((p: { selected: boolean }) => !p.selected)).toBe(true)
      const file = await (await r().get(`${past}/results/${pool.code}.pb`)).text()
      expect(tally(parsePabulib(file)).selected).toEqual(pool.outcome.selected)
      expect(file).not.toMatch(/Mieszkaniec/)
      winners += pool.outcome.selected.length
    }
    expect(winners).toBe(seeded.finished.winners)
    expect(results.stats).toMatchObject({
      ballots: seeded.finished.ballots,
      byStatus: { valid: expect.any(Number), duplicate: 3, invalid: 2 },
    })
    expect(results.stats.valid).toBeGreaterThanOrEqual(300)
  })

  it('shows statistics by group, with groups under 10 as <10', async () => {
    const { stats } = await ok(r().get(`${past}/results`))
    expect(stats.byAgeBand['<18']).toBe('<10')
    expect(stats.bySex['brak danych']).toBe('<10')
    const shown = [
      ...Object.values(stats.byAgeBand),
      ...Object.values(stats.bySex),
      ...Object.values(stats.byChannel),
    ].filter((n) => typeof n === 'number') as number[]
    expect(shown.length).toBeGreaterThanOrEqual(8)
    expect(shown.every((n) => n >= 10)).toBe(true)
    expect(stats.byChannel.paper).toBeGreaterThanOrEqual(10)
  })

  it('tracks the winners implementation with statuses and progress notes', async () => {
    const { items } = await ok(r().get(`${past}/implementation`))
    expect(items).toHaveLength(seeded.finished.winners)
    const statuses = new Set(items.map((i: { status: string }) => i.status))
    expect(statuses.has('done')).toBe(true)
    expect(statuses.has('in_progress')).toBe(true)
    const noted = items.filter((i: { notes: unknown[] }) => i.notes.length > 0)
    expect(noted.length).toBeGreaterThanOrEqual(3)
    for (const i of noted) for (const n of i.notes) expect(n.at.startsWith(String(thisYear - 1))).toBe(true)
  })

  it('gives staff the same edition in the panel', async () => {
    const koordynator = await loggedIn(t, demo.koordynator)
    const staff = await ok(koordynator.get(`${jst}/staff/bo/${thisYear - 1}/results`))
    expect(staff.published).toBe(true)
    const { items } = await ok(koordynator.get(`${jst}/staff/bo/${thisYear + 1}/projects`))
    expect(items.map((p: { status: string }) => p.status)).toEqual(['submitted', 'submitted', 'submitted'])
  })

  it('places every project in Poland, within a few km of one town', async () => {
    for (const edition of [past, next]) {
      const { items } = await ok(r().get(`${edition}/projects`))
      expect(items.length).toBeGreaterThan(0)
      for (const p of items) {
        expect(inPoland(p.lat, p.lng)).toBe(true)
        expect(km(CENTRE, p)).toBeLessThan(5)
      }
    }
  })

  it('lets residents submit to the open edition, next to its projects with supporters', async () => {
    const edition = await ok(r().get(next))
    const { items } = await ok(r().get(`${next}/projects`))
    expect(items).toHaveLength(seeded.open.projects)
    for (const p of items) {
      expect(p.status).toBe('submitted')
      expect(p.supporters).toBeGreaterThanOrEqual(
        edition.pools.find((x: { id: string }) => x.id === p.pool.id).requiredSupporters,
      )
    }
    const pool = edition.pools.find((p: { code: string }) => p.code === 'SO')
    const resident = r()
    const draft = await json(
      resident.post(`${next}/projects`, {
        authorName: 'Zofia Testowa',
        authorEmail: 'zofia.testowa@poczta.example',
        residenceDeclared: true,
        title: 'Ławki przy przystanku w Lipkach',
        summary: 'Dwie ławki i wiata przystankowa dla czekających na autobus szkolny.',
        description:
          'Na przystanku w Lipkach dzieci i seniorzy czekają na autobus na stojąco, bez osłony przed deszczem. Proponujemy wiatę z dwiema ławkami.',
        poolId: pool.id,
        category: 'infrastruktura',
        beneficiaries: 'Mieszkańcy Lipek dojeżdżający autobusem',
        address: 'Lipki, przystanek przy świetlicy',
        lat: CENTRE.lat + 0.02,
        lng: CENTRE.lng - 0.02,
        costItems: [{ name: 'Wiata przystankowa z ławkami', amount: 2_800_000 }],
        extra: { ogolnodostepny: true },
      }),
      201,
    )
    for (let i = 1; i <= pool.requiredSupporters; i++)
      await json(
        resident.post(`${next}/projects/${draft.project.id}/supports`, {
          name: `Sąsiadka ${i}`,
          address: `Lipki ${i}`,
          residenceDeclared: true,
        }),
        201,
      )
    const done = await ok(asAuthor(resident, draft.token).post(`${next}/projects/${draft.project.id}/submit`))
    expect(done.project).toMatchObject({ status: 'submitted', number: seeded.open.projects + 1 })
  })

  it('changes nothing when run again', async () => {
    expect(await seedDemoBudget(t.db, configFromEnv({ APP_ENV: 'development' }))).toBeNull()
    expect((await ok(r().get(`${jst}/bo`))).items).toHaveLength(2)
  })
})
