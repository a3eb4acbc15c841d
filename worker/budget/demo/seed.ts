import { eq } from 'drizzle-orm'
import * as v from 'valibot'
import { auditLog } from '../../core/audit/schema'
import type { Db } from '../../core/db/client'
import type { Deps } from '../../core/deps'
import { createServices } from '../../core/services'
import type { AppConfig, TenantRef } from '../../core/http/context'
import { findTenantRef } from '../../core/tenants/queries'
import { formatWarsaw, warsawDate } from '../../core/time/polish-calendar'
import { listEditions, loadEdition, projectDetails, type EditionFull, type Project } from '../queries'
import { editionInputSchema } from '../domain/rules'
import { assessProject, decideAppeal } from '../actions/assessment'
import { createEdition } from '../actions/editions'
import { createDraft, fileAppeal, submitProject } from '../actions/submission'
import { requireSupportable, supportInsert, supportKey } from '../actions/support'
import { appealDecisionSchema, appealSchema, assessmentSchema, newDraftSchema, supportSchema } from '../input'
import { requirePhase } from '../actions/common'
import { SeededRandom } from '../tally/prng'
import { castBallot, type CastInput } from '../actions/cast'
import { addImplementationNote, setImplementationStatus } from '../actions/implementation'
import { statusSchema } from '../input/voting-staff'
import { ballotPoolsFor, castIssues, voterKey } from '../actions/voting'
import { implementation } from '../tables/voting'
import { castSchema } from '../input/voting'
import { publishResults, storeResults } from '../actions/results'
import {
  AGE_BANDS,
  APPEAL_DECISION,
  APPEAL_TEXT,
  CATEGORIES,
  MERIT_PASSED,
  OPEN_PROJECTS,
  PAST_PROJECTS,
  POOLS,
  PROGRESS,
  REJECTION,
  TOWN_STREETS,
  VILLAGES,
  WRONG_OWNERSHIP,
  type PoolCode,
  type ProjectSpec,
} from './content'
import { seedDeps } from '../../core/demo-deps'
import { DEMO_SLUG } from '../../demo/seed'

/**
 * The demo JST's participatory budget, so that a first visitor of `npm start` finds every public and staff page of
 * the module filled with something real rather than an empty JST:
 *
 * - **last year's edition, finished**: three pools, thirteen projects taken from submission (with supporters)
 *   through formal and merit assessment (one rejected with reasons, one rejected and then admitted on appeal), a vote
 *   of about 480 residents (a few on paper, two invalid cards, three second ballots), results computed and published,
 *   and the winners' implementation with statuses and progress notes;
 * - **next year's edition, in its submission phase** (open for weeks around today), with three submitted projects and
 *   their supporters — the list, the map and the submission form have content, and residents can add their own.
 *
 * Why it goes through the module's own functions (`createEdition`, `createDraft`, `supportInsert`, `submitProject`,
 * `assessProject`, `fileAppeal`, `decideAppeal`, `castBallot`, `storeResults`, `publishResults`,
 * `setImplementationStatus`, `addImplementationNote`) rather than rows written here: the demo must pass the same
 * statute checks, completeness checks, ballot rules and count as real data, so it can never show a state the platform
 * could not reach, and it follows the module when its rules change. The past edition is replayed at its own dates:
 * each action gets a `now` inside the phase the routes would require (checked here with `requirePhase`), so histories,
 * deadlines and dates read as they would have. Residents act without an account; staff actions are done by the demo
 * koordynator, and publication by the demo admin. Votes are cast in groups of 64 (group commit), supports in one batch
 * per project.
 *
 * Runs only on a database without any edition of the demo JST (`npm start` calls it right after creating the JST;
 * `DEMO_BUDGET=false` turns it off, and the tests do so, since they assume the demo JST has no editions). Everything
 * is deterministic except the ids, receipts and the tie-breaking seed the count draws.
 */

export interface DemoBudget {
  finished: { year: number; projects: number; ballots: number; winners: number }
  open: { year: number; projects: number; submissionEndsAt: Date }
  ms: number
}

type Edition = EditionFull & { tenant: TenantRef }

interface Actors {
  db: Db
  resident: Deps
  coordinator: Deps
  admin: Deps
}

const grosze = (zl: number) => Math.round(zl * 100)
const CLOSED = 'Demo: ta czynność wypada poza fazą, w której pozwala na nią kalendarz edycji.'

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

const warsawHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', hour: '2-digit', hourCycle: 'h23' })

/** An instant given in Warsaw civil time: `warsawInstant('2024-03-04', '10:15')`, whatever the DST offset. */
export function warsawInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  for (const offset of [1, 2]) {
    const t = new Date(Date.UTC(y, m - 1, d, hh - offset, mm))
    if (warsawDate(t).date === date && Number(warsawHour.format(t)) === hh) return t
  }
  throw new Error(`Demo: nie ma chwili ${date} ${time} w czasie warszawskim.`)
}

/** A resident of the demo gmina: "Mieszkaniec N", two in three in town, the rest in the four villages. */
interface Person {
  n: number
  name: string
  address: string
  village: boolean
}

function person(n: number): Person {
  const village = n % 3 === 0
  const address = village
    ? `${VILLAGES[Math.floor(n / 3) % VILLAGES.length]} ${1 + ((n * 5) % 80)}`
    : `${TOWN_STREETS[n % TOWN_STREETS.length]} ${1 + ((n * 7) % 57)}, Przykładowo`
  return { n, name: `Mieszkaniec ${n}`, address, village }
}

function rules(identityEraseOn: string | null) {
  return {
    submission: {
      minAge: null,
      maxProjectsPerAuthor: 2,
      formFields: [
        {
          key: 'ogolnodostepny',
          label: 'Efekt projektu będzie ogólnodostępny',
          type: 'checkbox',
          required: true,
          help: 'Z budżetu obywatelskiego finansujemy tylko to, z czego mogą korzystać wszyscy mieszkańcy.',
        },
      ],
      categories: CATEGORIES,
    },
    support: { online: true, paper: true },
    ballot: { format: 'approval', minProjects: 1, maxProjects: 3, areaPools: 'any-one-area' },
    winnerRule: 'greedy',
    minVotes: 0,
    tiePolicy: 'seeded-draw',
    askPesel: false,
    appeal: { days: 14, dayKind: 'calendar' },
    questionDays: 7,
    voting: {
      channels: ['email', 'sms'],
      codeMinutes: 15,
      duplicatePolicy: 'keep-first',
      order: 'random-per-voter',
      minorAge: 13,
      identityEraseOn,
    },
  }
}

function pools(residentsOn: string) {
  return POOLS.map((p) => ({
    code: p.code,
    name: p.name,
    kind: p.kind,
    areas: p.areas,
    amount: grosze(p.amount),
    minProjectCost: grosze(p.minProjectCost),
    maxProjectCost: grosze(p.maxProjectCost),
    residents: p.residents,
    residentsSource: `Rejestr mieszkańców Urzędu Gminy, stan na ${residentsOn}`,
    requiredSupporters: p.requiredSupporters,
  }))
}

async function loaded(db: Db, tenant: TenantRef, year: number): Promise<Edition> {
  return { ...(await loadEdition(db, tenant.id, year))!, tenant }
}

/** A draft saved by its author, supported by `supporters`, and submitted: the residents' whole path. */
async function submitted(
  act: Actors,
  e: Edition,
  spec: ProjectSpec,
  supporters: Person[],
  draftAt: Date,
  submitAt: Date,
): Promise<Project> {
  const pool = e.pools.find((p) => p.code === spec.pool)!
  const body = v.parse(newDraftSchema, {
    authorName: spec.author[0],
    authorEmail: spec.author[1],
    residenceDeclared: true,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    poolId: pool.id,
    category: spec.category,
    beneficiaries: spec.beneficiaries,
    address: spec.address,
    lat: spec.lat,
    lng: spec.lng,
    costItems: spec.costs.map(([name, zl]) => ({ name, amount: grosze(zl) })),
    extra: { ogolnodostepny: true },
  })
  requirePhase(e, 'submission', CLOSED, draftAt)
  const { project } = await createDraft(act.resident, e, body, draftAt)
  requireSupportable(e, project)
  const span = submitAt.getTime() - draftAt.getTime()
  const supports = []
  for (const [i, s] of supporters.entries()) {
    const at = new Date(draftAt.getTime() + Math.round((span * (i + 1)) / (supporters.length + 1)))
    requirePhase(e, 'submission', CLOSED, at)
    const support = v.parse(supportSchema, { name: s.name, address: s.address, residenceDeclared: true })
    supports.push(supportInsert(act.resident, project, support, await supportKey(act.resident, e, support), at))
  }
  if (supports.length) await act.db.batch(supports as never)
  requirePhase(e, 'submission', CLOSED, submitAt)
  return submitProject(act.resident, e, project, submitAt)
}

/** Residents who could support a project of a pool: anyone for the whole JST, residents of the area otherwise. */
function supportersFor(pool: PoolCode, count: number, offset: number): Person[] {
  const out: Person[] = []
  for (let n = 1 + offset; out.length < count; n++) {
    const p = person(n)
    if (pool === 'OG' || (pool === 'OS') === !p.village) out.push(p)
  }
  return out
}

const formal = (text: string) =>
  v.parse(assessmentSchema, { stage: 'formal', criteria: [{ key: 'formal', passed: true }], justification: text })

/** Last year's edition, replayed from the uchwała to the winners' implementation at the dates it would have had. */
async function seedFinished(act: Actors, tenant: TenantRef, year: number, now: Date): Promise<DemoBudget['finished']> {
  const voteYear = year - 1
  const on = (md: string, time = '00:00', plusDays = 0) => warsawInstant(addDays(`${voteYear}-${md}`, plusDays), time)
  const iso = (md: string) => on(md).toISOString()
  const input = v.parse(editionInputSchema, {
    year,
    title: `Budżet obywatelski ${year}`,
    resolutionNumber: `XLI/312/${voteYear - 1}`,
    resolutionDate: `${voteYear - 1}-11-28`,
    resolutionPublication: `Dz. Urz. Woj. Maz. z ${voteYear - 1} r. poz. 14512`,
    rules: rules(`${voteYear}-12-31`),
    pools: pools(`31.12.${voteYear - 1}`),
    phases: [
      { phase: 'submission', startsAt: iso('03-01'), endsAt: iso('04-16') },
      { phase: 'assessment', startsAt: iso('04-16'), endsAt: iso('06-15') },
      { phase: 'appeals', startsAt: iso('06-15'), endsAt: iso('07-15') },
      { phase: 'final_list', startsAt: iso('07-15'), endsAt: iso('09-01') },
      { phase: 'voting', startsAt: iso('09-01'), endsAt: iso('09-16') },
      { phase: 'results', startsAt: iso('09-16'), endsAt: iso('10-01') },
      // Implementation runs through the budget year and, as winners often slip, to the end of this year.
      {
        phase: 'implementation',
        startsAt: warsawInstant(`${year}-01-01`).toISOString(),
        endsAt: warsawInstant(`${year + 2}-01-01`).toISOString(),
      },
    ],
  })
  await createEdition(act.coordinator, tenant, input, on('01-20', '09:30'))
  const e = await loaded(act.db, tenant, year)

  // Submission: drafts in early March, supporters over the following weeks, submitted by mid-April.
  const projects = new Map<string, Project>()
  for (const [i, spec] of PAST_PROJECTS.entries()) {
    const pool = POOLS.find((p) => p.code === spec.pool)!
    const supporters = supportersFor(spec.pool, pool.requiredSupporters + ((i * 3) % 7), i * 11)
    projects.set(spec.key, await submitted(act, e, spec, supporters, on('03-03', '18:20', i), on('04-01', '20:05', i)))
  }

  // Assessment: every project passes the formal check; merit passes except for the two that did not.
  for (const [i, spec] of PAST_PROJECTS.entries()) {
    let p = projects.get(spec.key)!
    p = (
      await assessProject(
        act.coordinator,
        e,
        p,
        formal('Wniosek kompletny, złożony w terminie, z wymaganą liczbą podpisów poparcia.'),
        on('04-20', '11:00', i),
      )
    ).saved
    const merit =
      spec.fate === 'rejected'
        ? { stage: 'merit', ...REJECTION }
        : spec.fate === 'appealed'
          ? { stage: 'merit', ...WRONG_OWNERSHIP }
          : {
              stage: 'merit',
              criteria: MERIT_PASSED,
              justification:
                'Projekt wykonalny w jednym roku budżetowym, na terenie gminy, w ramach jej zadań własnych; kosztorys realny.',
              revisedCost: spec.revisedCost == null ? undefined : grosze(spec.revisedCost),
            }
    const meritAt =
      spec.fate === 'rejected'
        ? on('06-05', '12:00')
        : spec.fate === 'appealed'
          ? on('06-10', '12:00')
          : on('05-18', '13:30', i)
    p = (await assessProject(act.coordinator, e, p, v.parse(assessmentSchema, merit), meritAt)).saved
    projects.set(spec.key, p)
  }

  // Appeals: the siłownia's author shows the plot is the gmina's; the coordinator admits the project.
  for (const spec of PAST_PROJECTS.filter((s) => s.fate === 'appealed')) {
    const p = await fileAppeal(
      act.resident,
      projects.get(spec.key)!,
      v.parse(appealSchema, { text: APPEAL_TEXT }),
      on('06-17', '09:12'),
    )
    const [appeal] = (await projectDetails(act.db, p.id)).appeals
    const decided = await decideAppeal(
      act.coordinator,
      e,
      appeal!.id,
      v.parse(appealDecisionSchema, { accepted: true, reason: APPEAL_DECISION }),
      on('07-01', '14:00'),
    )
    projects.set(spec.key, { ...p, status: decided.status })
  }

  // The vote.
  const ballots = await castVotes(act, e, projects, on('09-01'), on('09-16'))

  // The count, computed by the coordinator the day after the vote and published by the admin a week later.
  await storeResults(act.coordinator, e, on('09-17', '10:00'))
  await publishResults(act.admin, e, on('09-23', '12:00'))

  // Implementation during the budget year.
  const keyOf = new Map([...projects].map(([key, p]) => [p.id, key]))
  const winners = await act.db.select().from(implementation).where(eq(implementation.editionId, e.edition.id))
  for (let row of winners) {
    for (const step of PROGRESS[keyOf.get(row.projectId) ?? ''] ?? []) {
      const at = warsawInstant(`${year}-${step.on}`, '11:00')
      if (at > now) break
      if (row.status !== step.status) {
        await setImplementationStatus(act.coordinator, e, row, v.parse(statusSchema, { status: step.status }), at)
        row = { ...row, status: step.status, reason: null, updatedAt: at }
      }
      await addImplementationNote(act.coordinator, e, row, step.note, null, at)
    }
  }
  return { year, projects: projects.size, ballots, winners: winners.length }
}

/**
 * About 480 residents vote, each in the whole-JST pool and/or their own area's pool (town or villages), leaning
 * towards projects by their `appeal`; ages and sexes spread so that most published groups are 10 or more and the
 * under-18s stay `<10`. One in sixteen votes on paper; two paper cards are invalid (unsigned) and three residents vote
 * a second time (stored as duplicates). The inputs are those the cast and paper-card routes build.
 */
async function castVotes(
  act: Actors,
  e: Edition,
  projects: Map<string, Project>,
  startsAt: Date,
  endsAt: Date,
): Promise<number> {
  const c = act.resident
  const rng = new SeededRandom('wspolnota-demo-glosowanie')
  const ballotPools = await ballotPoolsFor(c, e)
  const appealOf = new Map(PAST_PROJECTS.map((s) => [projects.get(s.key)!.id, s.appeal ?? 0]))
  const poolOf = (code: PoolCode) => ballotPools.find((p) => p.id === e.pools.find((x) => x.code === code)!.id)!
  const bands = rng.shuffle(AGE_BANDS.flatMap(([band, n]) => Array<typeof band>(n).fill(band)))
  const voters = bands.length
  const minors = new Set<number>()

  const choose = (code: PoolCode): Record<string, number> => {
    const candidates = poolOf(code).projects
    let chosen = candidates.filter((p) => rng.nextInt(1000) < (appealOf.get(p.id) ?? 0) * 1000)
    if (chosen.length === 0) chosen = [candidates[rng.nextInt(candidates.length)]!]
    while (chosen.length > 3) chosen.splice(rng.nextInt(chosen.length), 1)
    return Object.fromEntries(chosen.map((p) => [p.id, 1]))
  }
  const ballotOf = (p: Person): Record<string, Record<string, number>> => {
    const whole = rng.nextInt(100) < 88
    const area = rng.nextInt(100) < 78 || !whole
    const choices: Record<string, Record<string, number>> = {}
    if (whole) choices[poolOf('OG').id] = choose('OG')
    if (area) choices[poolOf(p.village ? 'SO' : 'OS').id] = choose(p.village ? 'SO' : 'OS')
    return choices
  }
  const span = endsAt.getTime() - startsAt.getTime()
  const castAt = (i: number) =>
    new Date(startsAt.getTime() + Math.round((span * (i + 0.5)) / (voters + 6)) + rng.nextInt(3_600_000))

  async function input(
    p: Person,
    band: (typeof bands)[number],
    i: number,
    channel: 'online' | 'paper',
    invalid = false,
  ): Promise<CastInput> {
    const minor = band === '<18' && minors.size < 3 && (minors.add(p.n), true)
    const sex = p.n % 80 === 7 ? undefined : rng.nextInt(100) < 53 ? 'k' : 'm'
    const body = v.parse(castSchema, {
      choices: ballotOf(p),
      identity: {
        firstName: 'Mieszkaniec',
        lastName: String(p.n),
        address: p.address,
        residenceDeclared: true,
        adult: !minor,
        ...(minor ? { guardianName: `Opiekun Mieszkańca ${p.n}`, guardianDeclared: true } : {}),
        ageBand: band,
        sex,
      },
    })
    const issues = castIssues(e, ballotPools, body)
    if (issues.length) throw new Error(`Demo: karta mieszkańca ${p.n} nie spełnia zasad: ${issues[0]!.detail}`)
    const common = {
      personKey: await voterKey(c, e, body.identity),
      choices: body.choices,
      identity: body.identity,
      castAt: castAt(i),
    }
    // A paper card as the confirmation route builds it: invalid on its face (unsigned) it takes nobody's one ballot.
    if (channel === 'paper')
      return {
        ...common,
        channel,
        status: invalid ? 'invalid' : 'valid',
        statusReason: invalid ? 'karta niepodpisana' : null,
        register: !invalid,
      }
    return { ...common, channel }
  }

  const inputs: CastInput[] = []
  for (const [i, band] of bands.entries())
    inputs.push(await input(person(i + 1), band, i, (i + 1) % 16 === 0 ? 'paper' : 'online'))
  for (const n of [voters + 1, voters + 2]) inputs.push(await input(person(n), '45-54', n, 'paper', true))
  const seconds: CastInput[] = []
  for (const n of [5, 77, 150]) seconds.push(await input(person(n), bands[n - 1]!, n + 300, 'online'))

  // Concurrent submissions share commits (group commit, up to 64 ballots a transaction); second ballots come last.
  for (const group of [inputs, seconds]) {
    for (let i = 0; i < group.length; i += 64) await Promise.all(group.slice(i, i + 64).map((b) => castBallot(c, e, b)))
  }
  return inputs.length + seconds.length
}

/** Next year's edition, with submission open from two weeks ago for five more weeks, and three submitted projects. */
async function seedOpen(act: Actors, tenant: TenantRef, year: number, now: Date): Promise<DemoBudget['open']> {
  const today = warsawDate(now).date
  const day = (n: number, time = '00:00') => warsawInstant(addDays(today, n), time)
  const iso = (n: number) => day(n).toISOString()
  const input = v.parse(editionInputSchema, {
    year,
    title: `Budżet obywatelski ${year}`,
    resolutionNumber: `XI/87/${addDays(today, -45).slice(0, 4)}`,
    resolutionDate: addDays(today, -45),
    resolutionPublication: `Dz. Urz. Woj. Maz. z ${addDays(today, -45).slice(0, 4)} r. poz. 9731`,
    rules: rules(null),
    pools: pools(`31.12.${Number(today.slice(0, 4)) - 1}`),
    phases: [
      { phase: 'submission', startsAt: iso(-14), endsAt: iso(36) },
      { phase: 'assessment', startsAt: iso(36), endsAt: iso(80) },
      { phase: 'appeals', startsAt: iso(80), endsAt: iso(101) },
      { phase: 'final_list', startsAt: iso(101), endsAt: iso(115) },
      { phase: 'voting', startsAt: iso(115), endsAt: iso(129) },
      { phase: 'results', startsAt: iso(129), endsAt: iso(143) },
    ],
  })
  await createEdition(act.coordinator, tenant, input, day(-20, '10:00'))
  const e = await loaded(act.db, tenant, year)
  for (const [i, spec] of OPEN_PROJECTS.entries()) {
    await submitted(
      act,
      e,
      spec,
      supportersFor(spec.pool, spec.supporters, 200 + i * 37),
      day(-12 + i * 2, '19:40'),
      day(-3 + i, '21:15'),
    )
  }
  return { year, projects: OPEN_PROJECTS.length, submissionEndsAt: day(36) }
}

/**
 * Seeds the demo budget (see above) on `db` with the server's settings (`config`: the identity pepper keys supporters
 * and voters exactly as the running server will). Returns what it made, or null when the demo JST is missing or
 * already has editions — so running it twice changes nothing.
 */
export async function seedDemoBudget(db: Db, config: AppConfig, now = new Date()): Promise<DemoBudget | null> {
  const started = performance.now()
  const tenant = await findTenantRef(db, DEMO_SLUG)
  if (!tenant || (await listEditions(db, tenant.id)).length > 0) return null
  const services = createServices(db, { appEnv: 'test', identityPepper: config.identityPepper })
  const act: Actors = {
    db,
    resident: await seedDeps(services, config, tenant, null),
    coordinator: await seedDeps(services, config, tenant, `koordynator@${DEMO_SLUG}.example`, 'koordynator'),
    admin: await seedDeps(services, config, tenant, `admin@${DEMO_SLUG}.example`, 'admin'),
  }
  const thisYear = Number(warsawDate(now).date.slice(0, 4))
  const finished = await seedFinished(act, tenant, thisYear - 1, now)
  const open = await seedOpen(act, tenant, thisYear + 1, now)
  const ms = Math.round(performance.now() - started)
  // Logged as demo data like the JST itself (the panel names `demo.seed`); each step above has its own entry too.
  await db.insert(auditLog).values({
    tenantId: tenant.id,
    actorId: null,
    action: 'demo.seed',
    entity: 'tenant',
    entityId: tenant.id,
    after: { budget: { finished, open: { ...open, submissionEndsAt: open.submissionEndsAt.toISOString() }, ms } },
    at: new Date(),
  })
  return { finished, open, ms }
}

/** The lines printed once after seeding, next to the demo logins. */
export function describeDemoBudget(b: DemoBudget, origin: string): string {
  const until = formatWarsaw(b.open.submissionEndsAt, 'deadline')
  return [
    `Budżet obywatelski (dane demonstracyjne, utworzone w ${(b.ms / 1000).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} s):`,
    `  ${origin}/${DEMO_SLUG}/bo/${b.finished.year}  zakończony: ${b.finished.projects} projektów, ${b.finished.ballots} kart do głosowania, wyniki opublikowane, zwycięskie projekty (${b.finished.winners}) w realizacji`,
    `  ${origin}/${DEMO_SLUG}/bo/${b.open.year}  nabór projektów do ${until} (${b.open.projects} zgłoszone)`,
  ].join('\n')
}
