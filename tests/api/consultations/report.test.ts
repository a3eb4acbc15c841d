import { and, eq } from 'drizzle-orm'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { outbox } from '../../../worker/core/mail/schema'
import { answers, comments, consultations, reports } from '../../../worker/consultations/tables'
import { consultationTick } from '../../../worker/consultations/tick'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  ORIGIN,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'
import { readPdf } from '../../support/pdf'
import { json } from '../budget/helpers'
import {
  addAnswer,
  addComment,
  addGroup,
  endedConsultation,
  publishedConsultation,
  reportPaths,
  setDates,
  type Made,
} from './report-helpers'

/** The roles of the structure tree on each page (`readPdf` keeps only the fullest page's, the report's first). */
async function rolesOfEveryPage(bytes: Uint8Array): Promise<string[][]> {
  type Node = { role?: string; children?: Node[] } | null
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const pages: string[][] = []
    const walk = (node: Node, out: string[]) => {
      if (!node) return
      if (node.role && node.role !== 'Root') out.push(node.role)
      for (const child of node.children ?? []) walk(child, out)
    }
    for (let i = 1; i <= pdf.numPages; i++) {
      const roles: string[] = []
      walk((await (await pdf.getPage(i)).getStructTree()) as Node, roles)
      pages.push(roles)
    }
    return pages
  } finally {
    await pdf.destroy()
  }
}

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

interface Report {
  publishedAt: string
  noComments: string | null
  items: { number: number; author: string; text: string; answer: { kind: string; justification: string } | null }[]
  statistics: { comments: number; participants: number }
}

/** Messages stored for `to` (the development outbox keeps bodies), waiting briefly for mail sent after an answer. */
async function mailsTo(to: string, expected = 1) {
  let rows: (typeof outbox.$inferSelect)[] = []
  for (let attempt = 0; attempt < 40; attempt++) {
    rows = await t.db.select().from(outbox).where(eq(outbox.to, to))
    if (rows.length >= expected) break
    await new Promise((r) => setTimeout(r, 50))
  }
  return rows
}

/** A consultation with four comments: 1 (NGO), 2 alone, 3 and 4 a group; only 1 answered. */
async function withComments(): Promise<Made & { ids: string[] }> {
  const c = await endedConsultation(koordynator, t.db)
  const ids = [
    await addComment(t.db, c, 1, {
      authorKind: 'organization',
      organizationName: 'Fundacja Zielone Przykładowo',
      organizationRegister: 'KRS 0000123456',
      paragraphId: null,
      authorEmail: `fundacja-${c.number}@example.pl`,
    }),
    await addComment(t.db, c, 2, { authorEmail: `anna-${c.number}@example.pl` }),
    await addComment(t.db, c, 3, { authorEmail: `ANNA-${c.number}@example.pl` }),
    await addComment(t.db, c, 4, { authorEmail: `jan-${c.number}@example.pl` }),
  ]
  await addAnswer(t.db, c, { commentId: ids[0]! }, 'accepted', 'Dopiszemy krzewy w § 3, zgodnie z propozycją.')
  return { ...c, ids }
}

describe('publishing the report', () => {
  it('refuses (409) while any comment or group has no approved answer, naming them', async () => {
    const c = await withComments()
    const group = await addGroup(t.db, c, 1, [c.ids[2]!, c.ids[3]!])
    await addAnswer(t.db, c, { commentId: c.ids[1]! }, 'rejected', 'Przepis już to przewiduje w § 2.', 'proposed')
    const preview = await json<{ missing: { comments: number[]; groups: number[] } }>(
      koordynator.get(reportPaths(c.number).staff),
      200,
    )
    expect(preview.missing).toEqual({ comments: [2], groups: [1] })
    const refused = await expectProblem(await koordynator.post(reportPaths(c.number).publish), 409)
    expect(refused.errors).toEqual([
      { field: 'comments', detail: 'Uwagi bez zatwierdzonej odpowiedzi: nr 2.' },
      { field: 'groups', detail: 'Grupy uwag bez zatwierdzonej odpowiedzi: nr 1.' },
    ])
    const english = await t.app.request(`${ORIGIN}${reportPaths(c.number).publish}`, {
      method: 'POST',
      headers: { Cookie: koordynator.cookie, Origin: ORIGIN, 'Accept-Language': 'en' },
    })
    expect(((await english.json()) as { errors: { detail: string }[] }).errors[1]!.detail).toBe(
      'Groups of comments without an approved answer: no. 1.',
    )
    await expectProblem(await new Agent(t).get(reportPaths(c.number).pub), 404)
    // Once answered, it publishes.
    await addAnswer(t.db, c, { groupId: group }, 'partly_accepted', 'Uwzględnimy w części dotyczącej nasadzeń.')
    await t.db.update(answers).set({ status: 'approved' }).where(eq(answers.commentId, c.ids[1]!))
    const done = await json<Report>(koordynator.post(reportPaths(c.number).publish), 200)
    expect(done.items.map((i) => [i.number, i.answer?.kind])).toEqual([
      [1, 'accepted'],
      [2, 'rejected'],
      [3, 'partly_accepted'],
      [4, 'partly_accepted'],
    ])
  })

  it('refuses before the consultation has ended', async () => {
    const c = await publishedConsultation(koordynator, t.db)
    await setDates(t.db, c, -3, 5)
    const refused = await expectProblem(await koordynator.post(reportPaths(c.number).publish), 409)
    expect(refused.detail).toMatch(/Konsultacje jeszcze trwają/)
  })

  it('publishes "Nie wniesiono uwag" for a consultation without comments, in JSON, PDF and CSV', async () => {
    const c = await endedConsultation(koordynator, t.db)
    const report = await json<Report>(koordynator.post(reportPaths(c.number).publish), 200)
    expect(report.noComments).toBe('Nie wniesiono uwag.')
    expect(report.items).toEqual([])
    const pub = await json<Report>(new Agent(t).get(reportPaths(c.number).pub), 200)
    expect(pub).toEqual(report)
    const pdf = await new Agent(t).get(`${reportPaths(c.number).pub}.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const read = await readPdf(new Uint8Array(await pdf.arrayBuffer()))
    expect(read.text).toContain('Nie wniesiono uwag.')
    const csv = await (await new Agent(t).get(`${reportPaths(c.number).pub}.csv`)).text()
    expect(csv.trim().split('\r\n')).toHaveLength(1)
    const row = await t.db.query.consultations.findFirst({ where: eq(consultations.id, c.id) })
    expect(row?.status).toBe('reported')
  })

  it('contains every comment and its answer in JSON, the tagged PDF and the CSV; residents anonymised', async () => {
    const c = await withComments()
    await addAnswer(t.db, c, { commentId: c.ids[1]! }, 'rejected', 'Przepis § 2 już chroni drzewa w pasach drogowych.')
    await addAnswer(t.db, c, { commentId: c.ids[2]! }, 'out_of_scope', 'Sprawa należy do zarządcy drogi powiatowej.')
    await addAnswer(t.db, c, { commentId: c.ids[3]! }, 'already_included', 'Tak stanowi już § 3 projektu uchwały.')
    await json(koordynator.post(reportPaths(c.number).publish), 200)
    const report = await json<Report>(new Agent(t).get(reportPaths(c.number).pub), 200)
    expect(report.items).toHaveLength(4)
    expect(report.items[0]!.author).toBe('Fundacja Zielone Przykładowo')
    expect(report.items.slice(1).every((i) => i.author === 'Mieszkaniec')).toBe(true)
    expect(JSON.stringify(report)).not.toMatch(/Mieszkanka|Lipowa|example\.pl/)
    expect(report.statistics).toMatchObject({ comments: 4, participants: 3 })

    const pdfBytes = new Uint8Array(await (await new Agent(t).get(`${reportPaths(c.number).pub}.pdf`)).arrayBuffer())
    const pdf = await readPdf(pdfBytes)
    expect(pdf.lang).toBe('pl-PL')
    expect(pdf.title).toContain('Raport z konsultacji')
    expect(pdf.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Table', 'TH', 'TD']))
    expect(pdf.roles.indexOf('H1')).toBeLessThan(pdf.roles.indexOf('H2'))
    // Every comment under a heading of its own (a reader's list of headings finds "Uwaga nr 3" among thousands).
    const h3 = (await rolesOfEveryPage(pdfBytes)).flat().filter((r) => r === 'H3')
    expect(h3.length).toBeGreaterThanOrEqual(report.items.length)
    const flat = pdf.text.replace(/\s+/g, ' ')
    for (const item of report.items) expect(flat).toContain(`Uwaga nr ${item.number}`)
    const bytes = new Uint8Array(await (await new Agent(t).get(`${reportPaths(c.number).pub}.csv`)).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.startsWith('numer uwagi;')).toBe(true)
    for (const item of report.items) {
      const words = item.text.split(' ').slice(0, 4).join(' ')
      expect(flat).toContain(words)
      expect(flat).toContain(item.answer!.justification.split(' ').slice(0, 4).join(' '))
      expect(csv).toContain(item.text)
      expect(csv).toContain(item.answer!.justification)
    }
    // Personal data is due for erasure once the report is out.
    const rows = await t.db.select().from(comments).where(eq(comments.consultationId, c.id))
    expect(rows.every((r) => r.eraseAfter && r.eraseAfter.getTime() > Date.now())).toBe(true)
  })

  it('publishes once when sent twice at once: both get the same report, one row, one audit entry, one e-mail each', async () => {
    const c = await withComments()
    for (const [i, kind] of [
      [1, 'rejected'],
      [2, 'rejected'],
      [3, 'accepted'],
    ] as const)
      await addAnswer(t.db, c, { commentId: c.ids[i]! }, kind, 'Uzasadnienie rozstrzygnięcia tej uwagi.')
    const [a, b] = await Promise.all([
      koordynator.post(reportPaths(c.number).publish),
      koordynator.post(reportPaths(c.number).publish),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const [ra, rb] = (await Promise.all([a.json(), b.json()])) as Report[]
    expect(ra).toEqual(rb)
    expect(await t.db.select().from(reports).where(eq(reports.consultationId, c.id))).toHaveLength(1)
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.report.publish'), eq(auditLog.entityId, c.id)))
    expect(audits).toHaveLength(1)
    // Three addresses (anna-… twice, in two cases of letters): one e-mail each, with the report's link.
    const anna = await mailsTo(`anna-${c.number}@example.pl`)
    expect(anna).toHaveLength(1)
    expect(anna[0]!.text).toContain(`${ORIGIN}/gmina-przykladowa/konsultacje/${c.number}/raport`)
    expect(await mailsTo(`ANNA-${c.number}@example.pl`, 0)).toHaveLength(0)
    expect(await mailsTo(`jan-${c.number}@example.pl`)).toHaveLength(1)
    expect(await mailsTo(`fundacja-${c.number}@example.pl`)).toHaveLength(1)
    // Publishing again answers the same and sends nothing more.
    expect(await json<Report>(koordynator.post(reportPaths(c.number).publish), 200)).toEqual(ra)
    await new Promise((r) => setTimeout(r, 200))
    expect(await mailsTo(`jan-${c.number}@example.pl`)).toHaveLength(1)
  })
})

describe('who may see and publish', () => {
  it('refuses staff of another JST, a moderator and a resident', async () => {
    const c = await endedConsultation(koordynator, t.db)
    const other = await staffOfAnotherJst(t, 'koordynator')
    const paths = reportPaths(c.number)
    await expectProblem(await other.agent.get(paths.staff), 403)
    await expectProblem(await other.agent.post(paths.publish), 403)
    const moderator = await loggedIn(t, demo.moderator)
    await expectProblem(await moderator.get(paths.staff), 403)
    await expectProblem(await moderator.post(paths.publish), 403)
    const resident = new Agent(t)
    await expectProblem(await resident.get(paths.staff), 401)
    await expectProblem(await resident.post(paths.publish), 401)
    expect((await t.db.select().from(reports).where(eq(reports.consultationId, c.id))).length).toBe(0)
  })
})

describe('the scheduled work', () => {
  it('closes an ended consultation once: unconfirmed comments lapse, organisers told once', async () => {
    const c = await endedConsultation(koordynator, t.db)
    await addComment(t.db, c, 1)
    await addComment(t.db, c, 2, { status: 'unconfirmed', confirmedAt: null, confirmTokenHash: `tok-${c.id}` })
    const before = (await mailsTo(demo.koordynator, 0)).length
    await Promise.all([consultationTick(t.tick()), consultationTick(t.tick())])
    await consultationTick(t.tick())
    const row = await t.db.query.consultations.findFirst({ where: eq(consultations.id, c.id) })
    expect(row?.closedAt).toBeInstanceOf(Date)
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.consultation.close'), eq(auditLog.entityId, c.id)))
    expect(audits).toHaveLength(1)
    expect(audits[0]!.after).toEqual({ confirmed: 1, lapsed: 1 })
    const lapsed = await t.db.query.comments.findFirst({
      where: and(eq(comments.consultationId, c.id), eq(comments.number, 2)),
    })
    expect(lapsed?.confirmTokenHash).toBeNull()
    const told = (await mailsTo(demo.koordynator, before + 1)).filter((m) =>
      m.subject?.includes(`konsultacje nr ${c.number} zakończone`),
    )
    expect(told).toHaveLength(1)
    expect(told[0]!.text).toContain(`${ORIGIN}/panel/gmina-przykladowa/konsultacje/${c.number}/raport`)
    expect((await mailsTo(demo.admin, 1)).some((m) => m.subject?.includes(`nr ${c.number} zakończone`))).toBe(true)
  })

  it('sends the report-deadline reminder once before the deadline and once on the day', async () => {
    const c = await endedConsultation(koordynator, t.db)
    const reminders = async () =>
      (await t.db.select().from(outbox).where(eq(outbox.to, demo.koordynator))).filter((m) =>
        m.subject?.includes(`termin raportu z konsultacji nr ${c.number}:`),
      )
    await setDates(t.db, c, -14, -1, 20)
    await consultationTick(t.tick())
    expect(await reminders()).toHaveLength(0)
    await setDates(t.db, c, -14, -1, 3)
    await Promise.all([consultationTick(t.tick()), consultationTick(t.tick())])
    await consultationTick(t.tick())
    expect(await reminders()).toHaveLength(1)
    expect((await reminders())[0]!.text).toMatch(/Za 3 dni/)
    // Three days later (the first reminder's time moved back instead of the clock forward): the last day.
    await t.db
      .update(consultations)
      .set({ reportReminderSentAt: new Date(Date.now() - 3 * 86_400_000) })
      .where(eq(consultations.id, c.id))
    await setDates(t.db, c, -14, -1, 0)
    await consultationTick(t.tick())
    await consultationTick(t.tick())
    const sent = await reminders()
    expect(sent).toHaveLength(2)
    expect(sent.some((m) => m.text?.startsWith('Dzień dobry,\n\nDziś'))).toBe(true)
  })
})
