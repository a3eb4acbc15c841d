import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { answers, commentGroups, comments, consultations } from '../../../worker/consultations/tables'
import { Agent, demo, expectProblem, loggedIn, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { consultationBody, draftV1, draftV2, PUB_KS, STAFF_KS } from './helpers'
import { openConsultation } from './meetings-helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

const OPEN = `${PUB_KS}/open-data`
const RESIDENT_NAME = 'Grzegorz Brzęczyszczykiewicz'
const RESIDENT_EMAIL = 'grzegorz.b@poczta.example'
const RESIDENT_ADDRESS = 'ul. Tajna 13, 00-001 Przykładowo'

type Row = typeof comments.$inferInsert

/** Comments written straight into the table, as the comments API would leave them. */
async function seedComments(consultationId: string, tenantId: string, firstParagraph: string) {
  const now = new Date()
  const base = (number: number, extra: Partial<Row>): Row => ({
    id: newId(),
    tenantId,
    consultationId,
    number,
    receiptHash: newId(),
    text: 'Uzasadnienie',
    authorKind: 'resident',
    authorName: RESIDENT_NAME,
    authorAddress: RESIDENT_ADDRESS,
    authorEmail: RESIDENT_EMAIL,
    channel: 'online',
    status: 'confirmed',
    lang: 'pl',
    createdAt: now,
    updatedAt: now,
    ...extra,
  })
  const group = { id: newId(), number: 1 }
  const rows = [
    base(1, {
      documentVersion: 1,
      paragraphId: firstParagraph,
      quotedPassage: 'zasady ochrony zieleni',
      proposal: '=HYPERLINK("http://zly.example","kliknij")',
      text: `Proszę o zmianę. Pozdrawiam, ${RESIDENT_NAME}`.replace(RESIDENT_NAME, 'mieszkaniec'),
    }),
    base(2, {
      authorKind: 'organization',
      authorName: 'Alicja Prezes',
      authorEmail: 'prezes@fundacja.example',
      organizationName: 'Fundacja Zielona Gmina',
      organizationRegister: '0000123456',
      text: 'Popieramy projekt.',
      channel: 'paper',
      receivedOn: '2027-01-05',
      groupId: group.id,
    }),
    base(3, { text: 'Obraźliwa treść uwagi', hiddenAt: now, hiddenReason: 'Treść obraźliwa', groupId: group.id }),
    base(4, { text: 'Niepotwierdzona uwaga', status: 'unconfirmed' }),
    base(5, { text: 'Wycofana uwaga', status: 'withdrawn' }),
  ]
  await t.db.insert(comments).values(rows)
  await t.db.insert(commentGroups).values({
    id: group.id,
    tenantId,
    consultationId,
    number: group.number,
    representativeId: rows[1]!.id!,
    size: 2,
    identical: 1,
    variants: 1,
    createdAt: now,
  })
  const answer = (extra: Partial<typeof answers.$inferInsert>) => ({
    id: newId(),
    tenantId,
    consultationId,
    status: 'approved' as const,
    kind: 'rejected' as const,
    justification: 'Przepis wynika z ustawy.',
    preparedBy: 'x',
    history: [],
    createdAt: now,
    updatedAt: now,
    ...extra,
  })
  await t.db
    .insert(answers)
    .values([
      answer({ commentId: rows[0]!.id }),
      answer({ groupId: group.id, status: 'draft', kind: 'accepted', justification: 'Robocza odpowiedź urzędu.' }),
    ])
}

async function consultationWithComments() {
  const c = await openConsultation(t, koordynator)
  await json(koordynator.post(`${STAFF_KS}/${c.number}/document`, { format: 'markdown', source: draftV1 }), 201)
  await json(koordynator.post(`${STAFF_KS}/${c.number}/document`, { format: 'markdown', source: draftV2 }), 201)
  const doc = await json<{ sections: { paragraphs: { id: string }[] }[] }>(
    new Agent(t).get(`${PUB_KS}/${c.number}/document/versions/1`),
    200,
  )
  await seedComments(c.id, c.tenantId, doc.sections[0]!.paragraphs[0]!.id)
  return c
}

describe('open data of consultations', () => {
  it('lists the published consultations (no drafts) as JSON and CSV, cached with an ETag', async () => {
    const c = await consultationWithComments()
    const draft = await json<{ number: number; title: string }>(
      koordynator.post(STAFF_KS, consultationBody({ title: 'Szkic, którego nie widać' })),
      201,
    )
    const res = await new Agent(t).get(`${OPEN}/consultations.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const etag = res.headers.get('etag')!
    expect(etag).toBeTruthy()
    const body = (await res.json()) as { items: { number: number; comments: number; url: string }[] }
    expect(body.items.map((i) => i.number)).not.toContain(draft.number)
    expect(body.items.find((i) => i.number === c.number)).toMatchObject({
      comments: 3,
      url: `http://localhost/gmina-przykladowa/konsultacje/${c.number}`,
    })
    const again = await new Agent(t).request('GET', `${OPEN}/consultations.json`, undefined, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    const csv = await new Agent(t).get(`${OPEN}/consultations.csv`)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark for spreadsheets').toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('numer;tytuł;')).toBe(true)
    expect(text).not.toContain('Szkic, którego nie widać')
  })

  it('gives confirmed comments only, anonymised, hidden ones without words, and never a person’s data', async () => {
    const c = await consultationWithComments()
    const data = await json<{ public: boolean; items: Record<string, unknown>[] }>(
      new Agent(t).get(`${OPEN}/${c.number}/comments.json`),
      200,
    )
    expect(data.public).toBe(true)
    expect(data.items.map((i) => i.number)).toEqual([1, 2, 3])
    expect(data.items[0]).toMatchObject({
      author: 'Mieszkaniec',
      authorKind: 'resident',
      documentVersion: 1,
      paragraphRef: '§ 1',
      answerKind: 'rejected',
      answerJustification: 'Przepis wynika z ustawy.',
    })
    expect(data.items[1]).toMatchObject({
      author: 'Fundacja Zielona Gmina',
      organizationRegister: '0000123456',
      channel: 'paper',
      date: '2027-01-05',
      groupNumber: 1,
      answerKind: null,
    })
    expect(data.items[2]).toMatchObject({ hidden: true, text: null, proposal: null, hiddenReason: 'Treść obraźliwa' })
    for (const path of ['comments.json', 'comments.csv', 'answers.json', 'answers.csv']) {
      const text = await (await new Agent(t).get(`${OPEN}/${c.number}/${path}`)).text()
      for (const secret of [
        RESIDENT_NAME,
        RESIDENT_EMAIL,
        RESIDENT_ADDRESS,
        'Alicja Prezes',
        'prezes@fundacja.example',
        'Obraźliwa treść',
        'Niepotwierdzona',
        'Wycofana',
        'Robocza odpowiedź',
      ])
        expect(text, `${path} leaks ${secret}`).not.toContain(secret)
    }
  })

  it('neutralises spreadsheet formulas in the CSV', async () => {
    const c = await consultationWithComments()
    const csv = await (await new Agent(t).get(`${OPEN}/${c.number}/comments.csv`)).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://zly.example"",""kliknij"")"`)
    expect(csv).not.toMatch(/(^|;)=HYPERLINK/m)
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe(
      'numer uwagi;wersja projektu;akapit;jednostka redakcyjna;cytowany fragment;proponowane brzmienie;uzasadnienie;ukryta;powód ukrycia;autor;rodzaj autora;numer w rejestrze;kanał;data;grupa;rozstrzygnięcie;uzasadnienie rozstrzygnięcia',
    )
    expect(lines).toHaveLength(4)
  })

  it('gives approved answers only, and every version of the draft with stable paragraph ids', async () => {
    const c = await consultationWithComments()
    const list = await json<{ items: { commentNumber: number; comments: number[]; kindLabel: string }[] }>(
      new Agent(t).get(`${OPEN}/${c.number}/answers.json`),
      200,
    )
    expect(list.items).toEqual([
      expect.objectContaining({ commentNumber: 1, comments: [1], kind: 'rejected', kindLabel: 'nieuwzględniona' }),
    ])
    const versions = await json<{ items: { version: number; sections: { paragraphs: { id: string }[] }[] }[] }>(
      new Agent(t).get(`${OPEN}/${c.number}/versions.json`),
      200,
    )
    expect(versions.items.map((v) => v.version)).toEqual([1, 2])
    expect(versions.items[1]!.sections[0]!.paragraphs[0]!.id).toBe(versions.items[0]!.sections[0]!.paragraphs[0]!.id)
  })

  it('keeps comments closed when the opening act made them non-public, until the report is published', async () => {
    const c = await consultationWithComments()
    await t.db.update(consultations).set({ commentsPublic: false }).where(eq(consultations.id, c.id))
    const closed = await json<{ public: boolean; items: unknown[] }>(
      new Agent(t).get(`${OPEN}/${c.number}/comments.json`),
      200,
    )
    expect(closed).toMatchObject({ public: false, items: [] })
    await t.db.update(consultations).set({ status: 'reported' }).where(eq(consultations.id, c.id))
    const reported = await json<{ items: unknown[] }>(new Agent(t).get(`${OPEN}/${c.number}/comments.json`), 200)
    expect(reported.items).toHaveLength(3)
  })

  it('answers 404 for a draft, a missing consultation or JST', async () => {
    const draft = await json<{ number: number }>(koordynator.post(STAFF_KS, consultationBody()), 201)
    await expectProblem(await new Agent(t).get(`${OPEN}/${draft.number}/comments.json`), 404)
    await expectProblem(await new Agent(t).get(`${OPEN}/99999/versions.json`), 404)
    await expectProblem(
      await new Agent(t).get('/api/v1/jst/nie-ma-takiej/konsultacje/open-data/consultations.csv'),
      404,
    )
  })
})
