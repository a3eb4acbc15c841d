import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY, daysFromNow, votingPhases } from '../../support/editions'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import {
  Agent,
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  newTenant,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'

/**
 * Moving the dates of a running edition (`PATCH …/staff/bo/editions/{year}/calendar`): what may move (the end of the
 * phase in progress, phases not yet started), what may not (ended phases, the start of the running one, dates in
 * the past, an inconsistent calendar), who may do it, and what it leaves behind: the new dates, an audit entry, a
 * public notice on the edition and e-mails to the authors concerned.
 */
let t: TestApp
let coordinator: Agent
const calendarOf = (year: number) => `${STAFF_BO}/editions/${year}/calendar`
const reason = 'Przedłużenie naboru na wniosek rad osiedli (zarządzenie nr 45/2026).'

type Phase = { phase: string; startsAt: string; endsAt: string }
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString()

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

/** The edition's current version, as the staff panel loads it before a change. */
async function versionOf(year: number): Promise<number> {
  return (await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)).version
}

/** A change of dates as the panel sends it: with the version just loaded (unless the body names one). */
async function patchCalendar(agent: Agent, year: number, body: Record<string, unknown>) {
  return agent.request('PATCH', calendarOf(year), { version: await versionOf(year), ...body })
}

/** The edition's calendar as the public API shows it. */
async function phasesOf(year: number): Promise<Phase[]> {
  return (await json(new Agent(t).get(pubOf(year)), 200)).phases
}

describe('changing the dates of an edition whose submission is open', () => {
  const year = 2041
  let author: string
  let draftAuthor: string

  beforeAll(async () => {
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
    const pn = created.pools.find((p: { code: string }) => p.code === 'PN').id
    const r = new Agent(t)
    author = 'autorka.kalendarz@example.pl'
    const project = await json(r.post(`${pubOf(year)}/projects`, { ...draftBody(pn), authorEmail: author }), 201)
    await json(
      r.post(`${pubOf(year)}/projects/${project.project.id}/supports`, {
        name: 'Ola Zielińska',
        address: 'ul. Lipowa 3',
        residenceDeclared: true,
      }),
      201,
    )
    await json(asAuthor(r, project.token).post(`${pubOf(year)}/projects/${project.project.id}/submit`), 200)
    draftAuthor = 'szkic.kalendarz@example.pl'
    await json(
      r.post(`${pubOf(year)}/projects`, { ...draftBody(pn), authorEmail: draftAuthor, title: 'Szkic ławek' }),
      201,
    )
  })

  it('extends the phase in progress and moves the later phases, with a public notice, an audit entry and e-mails', async () => {
    const before = await phasesOf(year)
    const phases = before.map((p) =>
      p.phase === 'submission'
        ? { ...p, endsAt: shift(p.endsAt, 4) }
        : { ...p, startsAt: shift(p.startsAt, 4), endsAt: shift(p.endsAt, 4) },
    )
    const saved = await json(patchCalendar(coordinator, year, { phases, reason }), 200)
    expect(saved.phases).toEqual(phases)
    expect(saved.currentPhase).toBe('submission')

    // Public: the new dates and the notice — when, why, what moved (and not who).
    const pub = await json(new Agent(t).get(pubOf(year)), 200)
    expect(pub.phases).toEqual(phases)
    expect(pub.calendarChanges).toHaveLength(1)
    const notice = pub.calendarChanges[0]
    expect(notice.reason).toBe(reason)
    expect(Math.abs(Date.parse(notice.at) - Date.now())).toBeLessThan(60_000)
    expect(notice.changes).toHaveLength(6)
    expect(notice.changes[0]).toEqual({
      phase: 'submission',
      before: { startsAt: before[0]!.startsAt, endsAt: before[0]!.endsAt },
      after: { startsAt: before[0]!.startsAt, endsAt: phases[0]!.endsAt },
    })
    expect(JSON.stringify(notice)).not.toContain('koordynator')

    // Audit: who, before and after, and the reason.
    const log = await json(
      (await loggedIn(t, demo.admin)).get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=10'),
      200,
    )
    const entry = log.items.find((e: { action: string }) => e.action === 'bo.edition.calendar')
    expect(entry.actor.email).toBe(demo.koordynator)
    expect(entry.before.phases).toEqual(before)
    expect(entry.after.phases).toEqual(phases)
    expect(entry.after.reason).toBe(reason)

    // The author of the submitted project and the author of the draft hear of it.
    for (const to of [author, draftAuthor]) {
      const mail = await lastMail(coordinator, to)
      expect(mail.subject).toBe(`Gmina Przykładowa — budżet obywatelski: zmiana terminów edycji ${year}`)
      expect(mail.text).toContain('Zgłaszanie projektów: koniec ')
      expect(mail.text).toContain(`Powód zmiany: ${reason}`)
      expect(mail.text).toContain(`http://localhost/gmina-przykladowa/bo/${year}`)
    }
    expect((await lastMail(coordinator, author)).text).toContain('nr 1 „Zielony skwer przy szkole”')
  })

  it('moves a phase that has not started, telling no author when only the vote moves', async () => {
    const before = await phasesOf(year)
    const outbox = async () =>
      ((await json(coordinator.get('/api/v1/dev/outbox'), 200)).items as { to: string }[]).filter(
        (m) => m.to === author,
      ).length
    const sent = await outbox()
    const phases = before.map((p) =>
      p.phase === 'voting'
        ? { ...p, startsAt: shift(p.startsAt, 1), endsAt: shift(p.endsAt, 2) }
        : p.phase === 'results'
          ? { ...p, startsAt: shift(p.startsAt, 2), endsAt: shift(p.endsAt, 2) }
          : p,
    )
    const saved = await json(
      patchCalendar(coordinator, year, { phases, reason: 'Głosowanie po długim weekendzie majowym.' }),
      200,
    )
    expect(saved.phases).toEqual(phases)
    expect(saved.calendarChanges.map((c: { reason: string }) => c.reason)).toEqual([
      'Głosowanie po długim weekendzie majowym.',
      reason,
    ])
    expect(saved.calendarChanges[0].changes.map((c: { phase: string }) => c.phase)).toEqual(['voting', 'results'])
    expect(await outbox()).toBe(sent)
  })

  it('refuses to move the start of the phase in progress, or its end into the past (409, next to the field)', async () => {
    const before = await phasesOf(year)
    const started = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: before.map((p, i) => (i === 0 ? { ...p, startsAt: daysFromNow(-2) } : p)),
        reason,
      }),
      409,
    )
    expect(started.errors).toEqual([
      {
        field: 'phases.0.startsAt',
        detail: expect.stringMatching(
          /^Faza „zgłaszanie projektów” trwa od .* — jej początku nie można zmienić, można przesunąć tylko koniec\.$/,
        ),
      },
    ])
    const past = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: before.map((p, i) => (i === 0 ? { ...p, endsAt: daysFromNow(-0.5) } : p)),
        reason,
      }),
      409,
    )
    expect(past.errors).toContainEqual({
      field: 'phases.0.endsAt',
      detail: 'Nowy koniec fazy „zgłaszanie projektów” musi przypadać w przyszłości.',
    })
    expect(past.detail).toBe('Nowy koniec fazy „zgłaszanie projektów” musi przypadać w przyszłości.')
    expect(await phasesOf(year)).toEqual(before)
  })

  it('refuses an out-of-order calendar, a missing or short reason, a changed set of phases and a change of nothing (400)', async () => {
    const before = await phasesOf(year)
    const overlap = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: before.map((p) => (p.phase === 'assessment' ? { ...p, startsAt: shift(before[0]!.endsAt, -1) } : p)),
        reason,
      }),
      400,
    )
    expect(overlap.errors).toEqual([
      {
        field: 'phases.1.startsAt',
        detail: 'Faza „ocena formalna i merytoryczna” zaczyna się przed końcem fazy „zgłaszanie projektów”.',
      },
    ])
    const moved = before.map((p) => (p.phase === 'results' ? { ...p, endsAt: shift(p.endsAt, 1) } : p))
    const missing = await expectProblem(await patchCalendar(coordinator, year, { phases: moved }), 400)
    expect(missing.errors).toEqual([{ field: 'reason', detail: 'To pole jest wymagane.' }])
    const short = await expectProblem(
      await patchCalendar(coordinator, year, { phases: moved, reason: '  krótko ' }),
      400,
    )
    expect(short.errors).toEqual([
      {
        field: 'reason',
        detail: 'Podaj powód zmiany terminów (co najmniej 10 znaków) — mieszkańcy zobaczą go na stronie edycji.',
      },
    ])
    const dropped = await expectProblem(
      await patchCalendar(coordinator, year, { phases: moved.filter((p) => p.phase !== 'final_list'), reason }),
      400,
    )
    expect(dropped.errors!.map((e) => e.detail)).toContain(
      'Brakuje fazy „lista projektów do głosowania”: podaj terminy wszystkich faz edycji — zmiana terminów nie usuwa faz.',
    )
    const added = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: [...moved, { phase: 'implementation', startsAt: daysFromNow(70), endsAt: daysFromNow(400) }],
        reason,
      }),
      400,
    )
    expect(added.errors).toEqual([
      {
        field: 'phases.6.phase',
        detail: 'Faza „realizacja” nie należy do kalendarza tej edycji — zmiana terminów nie dodaje faz.',
      },
    ])
    const nothing = await expectProblem(await patchCalendar(coordinator, year, { phases: before, reason }), 400)
    expect(nothing.errors).toEqual([
      { field: 'phases', detail: 'Żaden termin się nie zmienił — zmień co najmniej jedną datę.' },
    ])
    const badDate = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: before.map((p, i) => (i === 2 ? { ...p, endsAt: 'jutro' } : p)),
        reason,
      }),
      400,
    )
    expect(badDate.errors![0]!.field).toBe('phases.2.endsAt')
    expect(await phasesOf(year)).toEqual(before)
  })

  it('is for organisers of this JST only: a verifier gets 403, a coordinator of another JST 403/404, nobody signed in 401', async () => {
    const before = await phasesOf(year)
    const body = {
      version: await versionOf(year),
      phases: before.map((p) => (p.phase === 'results' ? { ...p, endsAt: shift(p.endsAt, 1) } : p)),
      reason,
    }
    await expectProblem(await patchCalendar(await loggedIn(t, demo.weryfikator), year, body), 403)
    await expectProblem(await patchCalendar(new Agent(t), year, body), 401)

    const { agent: other } = await staffOfAnotherJst(t, 'koordynator')
    const res = await patchCalendar(other, year, body)
    expect([403, 404]).toContain(res.status)
    expect(await phasesOf(year)).toEqual(before)
    // The same coordinator cannot reach this edition through their own JST either.
    await expectProblem(
      await other.request('PATCH', `/api/v1/jst/${newTenant.slug}/staff/bo/editions/${year}/calendar`, body),
      404,
    )
  })
})

describe('changing the dates of an edition that is far along', () => {
  const year = 2042

  beforeAll(async () => {
    await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year, { phases: votingPhases() })), 201)
  })

  it('refuses to change a phase that has ended (409), and the answer names the field', async () => {
    const before = await phasesOf(year)
    const problem = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: before.map((p, i) => (i === 0 ? { ...p, endsAt: shift(p.endsAt, 1) } : p)),
        reason,
      }),
      409,
    )
    // The ended phase comes first (it decides the status); the overlap it would cause is listed too.
    expect(problem.errors!.map((e) => e.field)).toEqual(['phases.0.endsAt', 'phases.1.startsAt'])
    expect(problem.errors![0]).toEqual({
      field: 'phases.0.endsAt',
      detail: expect.stringMatching(
        /^Faza „zgłaszanie projektów” zakończyła się .* — jej terminów nie można już zmienić\.$/,
      ),
    })
  })

  it('extends the vote in progress, and still refuses to move its start', async () => {
    const before = await phasesOf(year)
    const phases = before.map((p) =>
      p.phase === 'voting'
        ? { ...p, endsAt: shift(p.endsAt, 2) }
        : p.phase === 'results'
          ? { ...p, startsAt: shift(p.startsAt, 2), endsAt: shift(p.endsAt, 2) }
          : p,
    )
    const saved = await json(
      patchCalendar(coordinator, year, { phases, reason: 'Awaria punktów głosowania w dniu 12 czerwca.' }),
      200,
    )
    expect(saved.currentPhase).toBe('voting')
    expect(saved.phases.find((p: Phase) => p.phase === 'voting').endsAt).toBe(phases[4]!.endsAt)
    const moved = await expectProblem(
      await patchCalendar(coordinator, year, {
        phases: phases.map((p) => (p.phase === 'voting' ? { ...p, startsAt: shift(p.startsAt, 1) } : p)),
        reason,
      }),
      409,
    )
    expect(moved.errors!.map((e) => e.field)).toEqual(['phases.4.startsAt'])
  })

  it('is listed in the OpenAPI document with its body schema', async () => {
    const doc = await json(new Agent(t).get('/api/openapi.json'), 200)
    const op =
      doc.paths['/api/v1/jst/{slug}/staff/bo/editions/{year}/calendar']?.patch ??
      doc.paths['/jst/{slug}/staff/bo/editions/{year}/calendar']?.patch
    expect(op).toBeDefined()
    expect(JSON.stringify(op)).toContain('reason')
  })
})
