import Papa from 'papaparse'
import { and, eq, like } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { effectiveAnswers } from '../../../worker/consultations/queries/answers'
import { answers, consultations } from '../../../worker/consultations/tables'
import type { AnswersWorkList } from '../../../worker/consultations/views/answers'
import { Agent, demo, expectProblem, loggedIn, staffOfAnotherJst, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { addComments, campaignLetter, openConsultation, setReview } from './answers-helpers'
import { STAFF_KS } from './helpers'

let t: TestApp
let koordynator: Agent
let admin: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
  admin = await loggedIn(t, demo.admin)
})
afterAll(() => t.close())

const unique = [
  'Proponuję, aby nasadzenia zastępcze obejmowały także krzewy miododajne przy szkołach.',
  'Rejestr nasadzeń powinien być dostępny jako otwarte dane z lokalizacją każdego drzewa.',
]

const paths = (n: number) => ({
  compute: `${STAFF_KS}/${n}/groups/compute`,
  answers: `${STAFF_KS}/${n}/answers`,
  csv: `${STAFF_KS}/${n}/answers.csv`,
  importCsv: (approve = false) => `${STAFF_KS}/${n}/answers/import${approve ? '?approve=1' : ''}`,
  remove: (g: number, c: number) => `${STAFF_KS}/${n}/groups/${g}/members/${c}/remove`,
})

const workList = (n: number, agent = koordynator) => json<AnswersWorkList>(agent.get(paths(n).answers), 200)

const step = (n: number, body: Record<string, unknown>, agent = koordynator) => agent.post(paths(n).answers, body)

const complete = {
  kind: 'rejected',
  justification: 'Wycinka jest konieczna ze względu na przebudowę sieci wodociągowej pod jezdnią.',
}

/** A consultation with a three-letter campaign (signed differently) and two comments of their own. */
async function withCampaign() {
  const c = await openConsultation(t, koordynator)
  const numbers = await addComments(t, c.id, [
    campaignLetter('Anna Kowalska', 'Lipowa 3'),
    unique[0]!,
    campaignLetter('Jan Nowak', 'Klonowa 12/4'),
    campaignLetter('Ewa Wiśniewska', 'Brzozowa 7'),
    unique[1]!,
  ])
  return { ...c, numbers }
}

const sendCsv = (agent: Agent, path: string, csv: string) =>
  agent.request('POST', path, csv, { 'Content-Type': 'text/csv; charset=utf-8' })

describe('grouping', () => {
  it('groups a campaign’s copies, keeps the rest alone, and a group’s answer reaches every comment in it', async () => {
    const c = await withCampaign()
    const result = await json(koordynator.post(paths(c.number).compute), 200)
    expect(result).toEqual({ groups: 1, grouped: 3, single: 2, created: 1, added: 3 })
    const list = await workList(c.number)
    expect(list.groups).toHaveLength(1)
    const group = list.groups[0]!
    expect(group.members.map((m) => m.number)).toEqual([c.numbers[0], c.numbers[2], c.numbers[3]])
    expect(group).toMatchObject({ size: 3, identical: 3, variants: 1, answer: null, allowedActions: ['save'] })
    expect(list.singles.map((s) => s.comment.number)).toEqual([c.numbers[1], c.numbers[4]])

    const saved = await json(step(c.number, { target: { group: group.number }, action: 'save', ...complete }), 200)
    expect(saved).toMatchObject({ target: { group: 1 }, answer: { status: 'draft', version: 1, kind: 'rejected' } })
    await json(step(c.number, { target: { group: 1 }, action: 'approve', version: 1 }), 200)

    const effective = await effectiveAnswers(t.db, c.id)
    const inGroup = effective.filter((e) => e.groupNumber === 1)
    expect(inGroup.map((e) => e.number)).toEqual([c.numbers[0], c.numbers[2], c.numbers[3]])
    for (const e of inGroup) expect(e).toMatchObject({ status: 'approved', ...complete })
    expect(effective.filter((e) => e.groupNumber === null).every((e) => e.answerId === null)).toBe(true)

    // grouping again changes nothing; a later copy joins the group and so has its answer at once
    expect(await json(koordynator.post(paths(c.number).compute), 200)).toMatchObject({ created: 0, added: 0 })
    const [late] = await addComments(t, c.id, [campaignLetter('Piotr Zieliński', 'Dębowa 1')])
    expect(await json(koordynator.post(paths(c.number).compute), 200)).toMatchObject({
      groups: 1,
      grouped: 4,
      created: 0,
      added: 1,
    })
    const lateAnswer = (await effectiveAnswers(t.db, c.id)).find((e) => e.number === late)!
    expect(lateAnswer).toMatchObject({ groupNumber: 1, status: 'approved', kind: 'rejected' })
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.group.compute'))
    expect(audit.filter((a) => a.entityId === c.id)).toHaveLength(2)
  })

  it('takes a comment out of its group for good; the last one stays; a grouped comment is not answered alone', async () => {
    const c = await withCampaign()
    await json(koordynator.post(paths(c.number).compute), 200)
    const answeredAlone = await expectProblem(
      await step(c.number, { target: { comment: c.numbers[2] }, action: 'save', ...complete }),
      409,
    )
    expect(answeredAlone.detail).toMatch(/należy do grupy nr 1/)

    expect(await json(koordynator.post(paths(c.number).remove(1, c.numbers[2]!)), 200)).toEqual({
      group: 1,
      comment: c.numbers[2],
      size: 2,
    })
    // repeated: the same answer, one audit row
    await json(koordynator.post(paths(c.number).remove(1, c.numbers[2]!)), 200)
    const removals = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.group.remove'))
    expect(removals.filter((r) => (r.after as { comment: number }).comment === c.numbers[2])).toHaveLength(1)

    expect(await json(koordynator.post(paths(c.number).compute), 200)).toMatchObject({ grouped: 2, added: 0 })
    const list = await workList(c.number)
    expect(list.singles.map((s) => s.comment.number)).toContain(c.numbers[2])
    await json(step(c.number, { target: { comment: c.numbers[2] }, action: 'save', ...complete }), 200)

    await json(koordynator.post(paths(c.number).remove(1, c.numbers[0]!)), 200)
    const last = await expectProblem(await koordynator.post(paths(c.number).remove(1, c.numbers[3]!)), 409)
    expect(last.detail).toMatch(/ostatnia uwaga/)
    await expectProblem(await koordynator.post(paths(c.number).remove(1, c.numbers[1]!)), 404)
    await expectProblem(await koordynator.post(paths(c.number).remove(7, c.numbers[3]!)), 404)
  })

  it('counts confirmed comments only', async () => {
    const c = await openConsultation(t, koordynator)
    await addComments(t, c.id, [
      { text: campaignLetter('A B', 'Lipowa 1'), status: 'unconfirmed' },
      { text: campaignLetter('C D', 'Lipowa 2'), status: 'withdrawn' },
      campaignLetter('E F', 'Lipowa 3'),
    ])
    expect(await json(koordynator.post(paths(c.number).compute), 200)).toMatchObject({
      groups: 0,
      grouped: 0,
      single: 1,
    })
  })
})

describe('answer steps', () => {
  it('two-person review: the preparer cannot approve, another organiser can; returned answers need a reason', async () => {
    const c = await withCampaign()
    await setReview(t, c.id, 'two_person')
    const target = { comment: c.numbers[1] }
    const first = await json(step(c.number, { target, action: 'save', kind: 'accepted' }), 200)
    expect(first.answer).toMatchObject({ status: 'draft', justification: '', version: 1 })
    expect(first.allowedActions).toEqual(['save', 'propose'])
    const incomplete = await expectProblem(await step(c.number, { target, action: 'propose', version: 1 }), 400)
    expect(incomplete.errors?.map((e) => e.field)).toEqual(['justification'])
    await json(step(c.number, { target, action: 'save', version: 1, ...complete }), 200)
    const proposed = await json(step(c.number, { target, action: 'propose', version: 2 }), 200)
    expect(proposed.allowedActions).toEqual(['return'])

    const own = await expectProblem(await step(c.number, { target, action: 'approve', version: 3 }), 403)
    expect(own.detail).toMatch(/inna osoba/)
    await expectProblem(await step(c.number, { target, action: 'return', version: 3 }, admin), 400)
    const approved = await json(step(c.number, { target, action: 'approve', version: 3 }, admin), 200)
    expect(approved.answer).toMatchObject({ status: 'approved', version: 4 })
    expect(approved.answer.history.map((h: { action: string }) => h.action)).toEqual([
      'save',
      'save',
      'propose',
      'approve',
    ])
    // reopened with a reason, back to a draft
    const reopened = await json(
      step(c.number, { target, action: 'reopen', version: 4, note: 'Doprecyzować podstawę prawną.' }),
      200,
    )
    expect(reopened.answer).toMatchObject({ status: 'draft', approvedBy: null })
    const list = await workList(c.number, admin)
    expect(list.people).toMatchObject({ [approved.answer.approvedBy]: expect.any(String) })
  })

  it('single review: a complete draft is approved at once', async () => {
    const c = await withCampaign()
    const target = { comment: c.numbers[4] }
    await json(step(c.number, { target, action: 'save', ...complete }), 200)
    expect((await json(step(c.number, { target, action: 'approve', version: 1 }), 200)).answer.status).toBe('approved')
    await expectProblem(await step(c.number, { target, action: 'save', version: 2, ...complete }), 409)
  })

  it('refuses a stale version with 409, and a save without the version of an existing answer', async () => {
    const c = await withCampaign()
    const target = { comment: c.numbers[1] }
    await json(step(c.number, { target, action: 'save', ...complete }), 200)
    await json(step(c.number, { target, action: 'save', version: 1, ...complete, kind: 'accepted' }), 200)
    const stale = await expectProblem(await step(c.number, { target, action: 'save', version: 1, ...complete }), 409)
    expect(stale.detail).toMatch(/zmienił tę odpowiedź/)
    await expectProblem(await step(c.number, { target, action: 'save', ...complete }), 409)
    await expectProblem(await step(c.number, { target: { comment: 999 }, action: 'save', ...complete }), 404)
    await expectProblem(await step(c.number, { target: { group: 5 }, action: 'save', ...complete }), 404)
  })

  it('two approvals at once make one step; two first saves at once make one answer', async () => {
    const c = await withCampaign()
    const target = { comment: c.numbers[1] }
    const saves = await Promise.all([
      step(c.number, { target, action: 'save', ...complete }),
      step(c.number, { target, action: 'save', ...complete }, admin),
    ])
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409])
    const approvals = await Promise.all([
      step(c.number, { target, action: 'approve', version: 1 }),
      step(c.number, { target, action: 'approve', version: 1 }, admin),
    ])
    expect(approvals.map((r) => r.status).sort()).toEqual([200, 409])
    const [row] = await t.db.select().from(answers).where(eq(answers.consultationId, c.id))
    expect(row!.history.map((h) => h.action)).toEqual(['save', 'approve'])
    expect(row!.version).toBe(2)
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.answer.approve'), eq(auditLog.entityId, row!.id)))
    expect(audit).toHaveLength(1)
  })

  it('closes everything once the report is published', async () => {
    const c = await withCampaign()
    await t.db.update(consultations).set({ status: 'reported' }).where(eq(consultations.id, c.id))
    await expectProblem(await step(c.number, { target: { comment: c.numbers[1] }, action: 'save', ...complete }), 409)
    await expectProblem(await koordynator.post(paths(c.number).compute), 409)
    const list = await workList(c.number)
    expect(list.consultation.locked).toBe(true)
    expect(list.singles.every((s) => s.allowedActions.length === 0)).toBe(true)
  })
})

/** The CSV's records without its byte-order mark, as a spreadsheet shows them. */
const records = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('CSV export and import', () => {
  it('round-trips: an edited export imports, exports again as edited; the unchanged export changes nothing', async () => {
    const c = await withCampaign()
    await json(koordynator.post(paths(c.number).compute), 200)
    await json(step(c.number, { target: { group: 1 }, action: 'save', ...complete }), 200)
    const res = await koordynator.get(paths(c.number).csv)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const csv = await res.text()
    const rows = records(csv)
    expect(rows[0]).toEqual([
      'numer uwagi',
      'grupa',
      'liczba uwag',
      'treść uwagi',
      'rozstrzygnięcie',
      'uzasadnienie',
      'status',
    ])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
      ['', '1', '3', 'nieuwzględniona', 'robocza'],
      [String(c.numbers[1]), '', '1', '', ''],
      [String(c.numbers[4]), '', '1', '', ''],
    ])

    expect(await json(sendCsv(koordynator, paths(c.number).importCsv(), csv), 200)).toEqual({
      saved: 0,
      approved: 0,
      unchanged: 3,
      rows: 3,
    })

    const edited = rows.map((r, i) =>
      i === 2 ? [r[0], r[1], r[2], r[3], 'Uwzględniona', '- uwzględniono w § 3; nasadzenia "miododajne"', r[6]] : r,
    )
    const result = await json(
      sendCsv(koordynator, paths(c.number).importCsv(), Papa.unparse(edited, { delimiter: ';' })),
      200,
    )
    expect(result).toEqual({ saved: 1, approved: 0, unchanged: 2, rows: 3 })
    const again = records(await (await koordynator.get(paths(c.number).csv)).text())
    expect(again[2]!.slice(4, 6)).toEqual(['uwzględniona', `'- uwzględniono w § 3; nasadzenia "miododajne"`])
    const list = await workList(c.number)
    expect(list.singles[0]!.answer).toMatchObject({
      status: 'draft',
      kind: 'accepted',
      justification: '- uwzględniono w § 3; nasadzenia "miododajne"',
    })
    // the neutralised export of that answer imports as unchanged: the apostrophe is the writer's, not the text's
    expect(
      await json(
        sendCsv(koordynator, paths(c.number).importCsv(), await (await koordynator.get(paths(c.number).csv)).text()),
        200,
      ),
    ).toMatchObject({ saved: 0, unchanged: 3 })
  })

  it('imports a multipart file and approves at once with approve=1 (single review)', async () => {
    const c = await withCampaign()
    const csv = [
      'numer uwagi,rozstrzygnięcie,uzasadnienie',
      `${c.numbers[1]},accepted,Nasadzenia krzewów miododajnych dopisano do § 3 projektu.`,
    ].join('\n')
    const form = new FormData()
    form.set('file', new File([csv], 'odpowiedzi.csv', { type: 'text/csv' }))
    const res = await koordynator.t.app.request(`http://localhost${paths(c.number).importCsv(true)}`, {
      method: 'POST',
      headers: { Cookie: koordynator.cookie, Origin: 'http://localhost' },
      body: form,
    })
    expect(await json(res, 200)).toEqual({ saved: 1, approved: 1, unchanged: 0, rows: 1 })
    const answer = (await workList(c.number)).singles.find((s) => s.comment.number === c.numbers[1])!.answer!
    expect(answer).toMatchObject({ status: 'approved', kind: 'accepted' })
    expect(answer.history.map((h) => h.action)).toEqual(['save', 'approve'])
    await setReview(t, c.id, 'two_person')
    await expectProblem(await sendCsv(koordynator, paths(c.number).importCsv(true), csv), 400)
  })

  it('reports every row’s error and changes nothing when any row is wrong', async () => {
    const c = await withCampaign()
    await json(koordynator.post(paths(c.number).compute), 200)
    await json(step(c.number, { target: { comment: c.numbers[4] }, action: 'save', ...complete }), 200)
    await json(step(c.number, { target: { comment: c.numbers[4] }, action: 'approve', version: 1 }), 200)
    const auditBefore = (await t.db.select().from(auditLog).where(like(auditLog.action, 'ks.answer.%'))).length
    const csv = [
      'numer uwagi;grupa;rozstrzygnięcie;uzasadnienie',
      `${c.numbers[1]};;uwzględniona;Ten wiersz jest poprawny i zostałby zapisany.`,
      `999;;uwzględniona;Nie ma takiej uwagi w tych konsultacjach.`,
      `${c.numbers[0]};;uwzględniona;Ta uwaga należy do grupy nr 1.`,
      `;1;może kiedyś;Nieznane rozstrzygnięcie.`,
      `${c.numbers[4]};;nieuwzględniona;Ta odpowiedź jest już zatwierdzona.`,
      `;;uwzględniona;Brak numeru.`,
      `${c.numbers[1]};;uwzględniona;Ta sama uwaga drugi raz.`,
    ].join('\r\n')
    const refused = await expectProblem(await sendCsv(koordynator, paths(c.number).importCsv(), csv), 400)
    expect(refused.detail).toMatch(/niczego nie zapisano/)
    expect(refused.errors!.map((e) => e.field)).toEqual(['row.3', 'row.4', 'row.5', 'row.6', 'row.7', 'row.8'])
    expect(refused.errors![0]!.detail).toBe('Wiersz 3: nie ma uwagi nr 999.')
    expect(refused.errors![2]!.detail).toMatch(/nieznane rozstrzygnięcie „może kiedyś”/)
    const list = await workList(c.number)
    expect(list.singles.find((s) => s.comment.number === c.numbers[1])!.answer).toBeNull()
    expect((await t.db.select().from(auditLog).where(like(auditLog.action, 'ks.answer.%'))).length).toBe(auditBefore)
    // and in English for a reader who asks for it
    const en = await koordynator.request('POST', paths(c.number).importCsv(), csv, {
      'Content-Type': 'text/csv',
      'Accept-Language': 'en',
    })
    const english = await expectProblem(en, 400)
    expect(english.detail).toMatch(/nothing was saved/)
    expect(english.errors![0]!.detail).toBe('Row 3: there is no comment no. 999.')
    await expectProblem(await sendCsv(koordynator, paths(c.number).importCsv(), 'a;b\n1;2'), 400)
    await expectProblem(await koordynator.request('POST', paths(c.number).importCsv(), '{}'), 415)
  })

  it('neutralises formulas in the export', async () => {
    const c = await openConsultation(t, koordynator)
    const [n] = await addComments(t, c.id, [
      { text: '=HYPERLINK("http://zlo.example","Kliknij")', authorName: '@Mieszkaniec' },
    ])
    await json(
      step(c.number, {
        target: { comment: n },
        action: 'save',
        kind: 'out_of_scope',
        justification: '+48 to nie jest uwaga do projektu uchwały.',
      }),
      200,
    )
    const csv = await (await koordynator.get(paths(c.number).csv)).text()
    const row = records(csv)[1]!
    expect(row[3]).toBe(`'=HYPERLINK("http://zlo.example","Kliknij")`)
    expect(row[5]).toBe(`'+48 to nie jest uwaga do projektu uchwały.`)
    expect(csv).not.toMatch(/;=HYPERLINK/)
  })
})

describe('authorisation', () => {
  it('refuses staff of another JST, a moderator and a resident on every answers route', async () => {
    const c = await withCampaign()
    const other = (await staffOfAnotherJst(t, 'admin')).agent
    const moderator = await loggedIn(t, demo.moderator)
    const resident = new Agent(t)
    const p = paths(c.number)
    const calls: [string, string, unknown?][] = [
      ['GET', p.answers],
      ['GET', p.csv],
      ['POST', p.answers, { target: { comment: c.numbers[1] }, action: 'save', ...complete }],
      ['POST', p.compute, {}],
      ['POST', p.remove(1, c.numbers[0]!), {}],
      ['POST', p.importCsv(), 'numer uwagi;rozstrzygnięcie;uzasadnienie'],
    ]
    for (const [method, path, body] of calls) {
      const headers: Record<string, string> = path.includes('/import') ? { 'Content-Type': 'text/csv' } : {}
      expect((await other.request(method, path, body, headers)).status, `other JST ${method} ${path}`).toBe(403)
      expect((await moderator.request(method, path, body, headers)).status, `moderator ${method} ${path}`).toBe(403)
      expect((await resident.request(method, path, body, headers)).status, `resident ${method} ${path}`).toBe(401)
    }
    expect(await t.db.select().from(answers).where(eq(answers.consultationId, c.id))).toEqual([])
  })
})
