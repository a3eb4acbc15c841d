import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commentRevisions, comments } from '../../../worker/consultations/tables'
import { auditLog } from '../../../worker/core/audit/schema'
import { Agent, demo, expectProblem, lastMail, loggedIn, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import {
  commentBody,
  confirmationOf,
  confirmedComment,
  openConsultation,
  paragraphsOf,
  pubC,
  representativeKey,
  resident,
  setDates,
  staffC,
} from './comments-helpers'
import { draftV2, PUB_KS, STAFF_KS } from './helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

interface PublicList {
  public: boolean
  count: number
  items: {
    number: number
    hidden: boolean
    placement?: string
    paragraphId?: string | null
    paragraphRef?: string | null
    author?: string
    text?: string
  }[]
}

const RECEIPT = /^KS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

describe('sending a comment', () => {
  it('takes no comment before the start or after the end (409, naming the day)', async () => {
    const n = await openConsultation(t, koordynator, { open: false })
    const who = resident(t)
    const early = await expectProblem(await who.post(pubC(n), commentBody()), 409)
    expect(early.detail).toMatch(/^Konsultacje jeszcze się nie rozpoczęły: uwagi można zgłaszać od \d+ \S+ \d{4}/)
    await setDates(t, n, -20, -1)
    const late = await expectProblem(await who.post(pubC(n), commentBody()), 409)
    expect(late.detail).toMatch(/^Konsultacje zakończyły się .+: uwag nie można już zgłaszać/)
    const english = await expectProblem(await who.post(pubC(n), commentBody(), { 'Accept-Language': 'en' }), 409)
    expect(english.detail).toMatch(/^The consultation ended on .+: comments can no longer be made/)
    await setDates(t, n, -1, 3)
    expect((await who.post(pubC(n), commentBody())).status).toBe(201)
  })

  it('answers the receipt once, e-mails the link and the receipt, and counts the comment only once confirmed', async () => {
    const n = await openConsultation(t, koordynator)
    const [first] = await paragraphsOf(t, n)
    const who = resident(t)
    const body = commentBody({ paragraphId: first!.id, quotedPassage: 'zasady ochrony', proposal: 'zasady i formy' })
    const res = await who.post(pubC(n), body)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const sent = await json<{ number: number; receipt: string; status: string; email: string; confirmBy: string }>(
      res,
      201,
    )
    expect(sent).toMatchObject({ number: 1, status: 'unconfirmed', email: body.email })
    expect(sent.receipt).toMatch(RECEIPT)
    const stored = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    expect(stored.receiptHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(sent.receipt)

    const { mail, token } = await confirmationOf(t, body.email)
    expect(mail.text).toContain(`http://localhost/gmina-przykladowa/konsultacje/${n}/uwagi/potwierdz#t=${token}`)
    expect(mail.text).toContain(sent.receipt)
    expect(JSON.stringify(stored)).not.toContain(token)

    // not counted, not listed before confirmation
    let list = await json<PublicList>(new Agent(t).get(pubC(n)), 200)
    expect(list).toMatchObject({ public: true, count: 0, items: [] })
    const staff = await json<{ items: { number: number; status: string }[] }>(
      koordynator.get(`${staffC(n)}?status=unconfirmed`),
      200,
    )
    expect(staff.items.map((c) => c.number)).toEqual([1])

    expect(await json(who.post(`${pubC(n)}/confirm`, { token }), 200)).toEqual({ number: 1, status: 'confirmed' })
    expect(await json(who.post(`${pubC(n)}/confirm`, { token }), 200)).toEqual({ number: 1, status: 'confirmed' })
    await expectProblem(await who.post(`${pubC(n)}/confirm`, { token: 'x'.repeat(43) }), 404)

    list = await json<PublicList>(new Agent(t).get(pubC(n)), 200)
    expect(list.count).toBe(1)
    expect(list.items).toEqual([
      expect.objectContaining({
        number: 1,
        hidden: false,
        paragraphId: first!.id,
        paragraphRef: '§ 1',
        placement: 'same',
        author: 'Mieszkaniec',
        authorKind: 'resident',
        quotedPassage: 'zasady ochrony',
        proposal: 'zasady i formy',
        channel: 'online',
        answer: null,
      }),
    ])
    const publicText = JSON.stringify(list)
    expect(publicText).not.toContain(body.authorName)
    expect(publicText).not.toContain(body.email)
    expect(publicText).not.toContain('Lipowa')
  })

  it('numbers comments sent at once apart, and confirms a link used twice at once once: one audit row each', async () => {
    const n = await openConsultation(t, koordynator)
    const [first] = await paragraphsOf(t, n)
    const bodies = Array.from({ length: 6 }, () => commentBody({ paragraphId: first!.id }))
    const sent = await Promise.all(bodies.map((body) => json<{ number: number }>(resident(t).post(pubC(n), body), 201)))
    expect(sent.map((s) => s.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6])
    const stored = await t.db.select().from(comments).where(eq(comments.authorEmail, bodies[0]!.email))
    const submits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.comment.submit'), eq(auditLog.entityId, stored[0]!.id)))
    expect(submits).toHaveLength(1)
    expect(submits[0]!.after).toMatchObject({ paragraphId: first!.id, documentVersion: 1, channel: 'online' })

    const { token } = await confirmationOf(t, bodies[0]!.email)
    const who = resident(t)
    const both = await Promise.all([
      json(who.post(`${pubC(n)}/confirm`, { token }), 200),
      json(who.post(`${pubC(n)}/confirm`, { token }), 200),
    ])
    expect(both).toEqual([
      { number: stored[0]!.number, status: 'confirmed' },
      { number: stored[0]!.number, status: 'confirmed' },
    ])
    const confirms = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.comment.confirm'), eq(auditLog.entityId, stored[0]!.id)))
    expect(confirms).toHaveLength(1)
    expect(confirms[0]!.after).toEqual({ number: stored[0]!.number })
    // The others stay unconfirmed: confirming one comment touches no other.
    const counted = await json<{ count: number }>(new Agent(t).get(pubC(n)), 200)
    expect(counted.count).toBe(1)
  })

  it('refuses an organisation without a register number, and takes one named by the directory key', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const refused = await expectProblem(
      await who.post(pubC(n), commentBody({ authorKind: 'organization', organizationName: 'Stowarzyszenie Zieleń' })),
      400,
    )
    expect(refused.errors?.map((e) => e.field)).toEqual(['organizationRegister'])
    const typed = await confirmedComment(t, who, n, {
      authorKind: 'organization',
      organizationName: 'Stowarzyszenie Zieleń',
      organizationRegister: 'KRS 0000123456',
      authorAddress: undefined,
    })
    const { key, name, registerNumber } = await representativeKey(t, koordynator)
    const keyed = await json<{ number: number }>(
      who.post(pubC(n), commentBody({ authorKind: 'organization', organizationName: 'Inna nazwa' }), {
        Authorization: `Bearer ${key}`,
      }),
      201,
    )
    const bad = await expectProblem(
      await who.post(pubC(n), commentBody({ authorKind: 'organization' }), { Authorization: 'Bearer zly-klucz' }),
      403,
    )
    expect(bad.detail).toMatch(/Klucz przedstawiciela/)
    const staff = await json<{ items: { number: number; organizationName: string; organizationRegister: string }[] }>(
      koordynator.get(staffC(n)),
      200,
    )
    expect(staff.items.find((c) => c.number === keyed.number)).toMatchObject({
      organizationName: name,
      organizationRegister: `KRS ${registerNumber}`,
    })
    const list = await json<PublicList>(new Agent(t).get(pubC(n)), 200)
    expect(list.items.find((c) => c.number === typed.number)?.author).toBe('Stowarzyszenie Zieleń')
  })

  it('asks a resident for the address, refuses a paragraph the version has not, and an NGO-only consultation refuses residents', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const noAddress = await expectProblem(await who.post(pubC(n), commentBody({ authorAddress: '' })), 400)
    expect(noAddress.errors?.map((e) => e.field)).toEqual(['authorAddress'])
    const wrongParagraph = await expectProblem(await who.post(pubC(n), commentBody({ paragraphId: 'p-nie-ma' })), 400)
    expect(wrongParagraph.errors?.map((e) => e.field)).toEqual(['paragraphId'])
    const noVersion = await expectProblem(
      await who.post(pubC(n), commentBody({ paragraphId: 'p-nie-ma', documentVersion: 9 })),
      400,
    )
    expect(noVersion.errors?.map((e) => e.field)).toEqual(['documentVersion'])
    const noPrivacy = await expectProblem(await who.post(pubC(n), commentBody({ privacyAccepted: false })), 400)
    expect(noPrivacy.errors?.map((e) => e.field)).toEqual(['privacyAccepted'])

    const ngos = await openConsultation(t, koordynator, {
      extra: { audience: 'ngos', publicTaskAreas: ['pomoc-spoleczna'] },
    })
    const residentRefused = await expectProblem(await who.post(pubC(ngos), commentBody()), 400)
    expect(residentRefused.errors?.map((e) => e.field)).toEqual(['authorKind'])
  })
})

describe('placement across versions', () => {
  it('keeps a comment on its paragraph in a new version and says whether the wording changed or went', async () => {
    const n = await openConsultation(t, koordynator)
    const ps = await paragraphsOf(t, n)
    const byRef = (ref: string) => ps.find((p) => p.ref === ref)!.id
    const who = resident(t)
    const onSame = await confirmedComment(t, who, n, { paragraphId: byRef('§ 1') })
    const onEdited = await confirmedComment(t, who, n, { paragraphId: byRef('§ 3') })
    const onRemoved = await confirmedComment(t, who, n, { paragraphId: byRef('§ 4') })
    const general = await confirmedComment(t, who, n)

    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }), 201)
    const list = await json<PublicList>(new Agent(t).get(pubC(n)), 200)
    const at = (number: number) => list.items.find((c) => c.number === number)!
    expect(at(onSame.number)).toMatchObject({ placement: 'same', paragraphId: byRef('§ 1'), documentVersion: 1 })
    expect(at(onEdited.number)).toMatchObject({ placement: 'changed', paragraphId: byRef('§ 3'), paragraphRef: '§ 3' })
    expect(at(onRemoved.number)).toMatchObject({ placement: 'removed', paragraphRef: '§ 4' })
    expect(at(general.number)).toMatchObject({ placement: 'general', paragraphId: null })

    // a comment on the old version's paragraph that v2 no longer has is still accepted when it names version 1
    const v2ids = new Set((await paragraphsOf(t, n)).map((p) => p.id))
    const gone = ps.find((p) => !v2ids.has(p.id))
    if (gone) {
      await expectProblem(await who.post(pubC(n), commentBody({ paragraphId: gone.id })), 400)
      expect((await who.post(pubC(n), commentBody({ paragraphId: gone.id, documentVersion: 1 }))).status).toBe(201)
    }
  })
})

describe("the author's own comment by its receipt", () => {
  it('reads, corrects (keeping the earlier wording) and withdraws it; a wrong receipt reveals nothing', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const { receipt, number, body } = await confirmedComment(t, who, n)

    const mineRes = await who.post(`${pubC(n)}/mine`, {
      receipt: receipt.toLowerCase().replace(/-/g, ' '),
    })
    expect(mineRes.headers.get('cache-control')).toBe('no-store')
    const mine = await json<{ number: number; revision: number; authorName: string; email: string; editable: boolean }>(
      mineRes,
      200,
    )
    expect(mine).toMatchObject({ number, revision: 1, authorName: body.authorName, email: body.email, editable: true })

    const wrong = await expectProblem(await who.post(`${pubC(n)}/mine`, { receipt: 'KS-0000-0000-0000' }), 404)
    const malformed = await expectProblem(await who.post(`${pubC(n)}/mine`, { receipt: 'nic' }), 404)
    expect(wrong.detail).toBe('Nie ma uwagi o tym numerze potwierdzenia.')
    expect(malformed.detail).toBe(wrong.detail)
    const other = await openConsultation(t, koordynator)
    const elsewhere = await expectProblem(await who.post(`${pubC(other)}/mine`, { receipt }), 404)
    expect(elsewhere.detail).toBe(wrong.detail)

    const corrected = await json<{ revision: number; text: string; proposal: string }>(
      who.patch(`${pubC(n)}/mine`, {
        receipt,
        revision: 1,
        text: 'Poprawiona treść uwagi.',
        proposal: 'Nowe brzmienie',
      }),
      200,
    )
    expect(corrected).toMatchObject({ revision: 2, text: 'Poprawiona treść uwagi.', proposal: 'Nowe brzmienie' })
    const row = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    const kept = await t.db.select().from(commentRevisions).where(eq(commentRevisions.commentId, row.id))
    expect(kept).toEqual([expect.objectContaining({ revision: 1, text: body.text, proposal: '' })])
    const stale = await expectProblem(await who.patch(`${pubC(n)}/mine`, { receipt, revision: 1, text: 'Znowu.' }), 409)
    expect(stale.detail).toMatch(/zmieniona/)
    await expectProblem(await who.patch(`${pubC(n)}/mine`, { receipt: 'KS-0000-0000-0000', revision: 2 }), 404)

    const withdrawn = await json<{ status: string; editable: boolean }>(
      who.post(`${pubC(n)}/mine/withdraw`, { receipt }),
      200,
    )
    expect(withdrawn).toMatchObject({ status: 'withdrawn', editable: false })
    expect((await json(who.post(`${pubC(n)}/mine/withdraw`, { receipt }), 200)).status).toBe('withdrawn')
    expect((await json(who.post(`${pubC(n)}/mine`, { receipt }), 200)).status).toBe('withdrawn')
    await expectProblem(await who.patch(`${pubC(n)}/mine`, { receipt, revision: 2, text: 'Jednak.' }), 409)
    const list = await json<PublicList>(new Agent(t).get(pubC(n)), 200)
    expect(list).toMatchObject({ count: 0, items: [] })
  })

  it('refuses corrections and withdrawals after the end, but still shows the comment', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const { receipt } = await confirmedComment(t, who, n)
    await setDates(t, n, -20, -1)
    expect((await json<{ editable: boolean }>(who.post(`${pubC(n)}/mine`, { receipt }), 200)).editable).toBe(false)
    await expectProblem(await who.patch(`${pubC(n)}/mine`, { receipt, revision: 1, text: 'Za późno.' }), 409)
    await expectProblem(await who.post(`${pubC(n)}/mine/withdraw`, { receipt }), 409)
  })

  it('refuses a confirmation after its time, so the comment never counts', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const body = commentBody()
    await json(who.post(pubC(n), body), 201)
    const { token } = await confirmationOf(t, body.email)
    await setDates(t, n, -20, -1)
    const gone = await expectProblem(await who.post(`${pubC(n)}/confirm`, { token }), 410)
    expect(gone.detail).toMatch(/nie zostanie uwzględniona/)
    expect((await json<PublicList>(new Agent(t).get(pubC(n)), 200)).count).toBe(0)
  })

  it('limits receipt lookups per address (429 with Retry-After)', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    let last: Response | undefined
    for (let i = 0; i < 61; i++) last = await who.post(`${pubC(n)}/mine`, { receipt: 'KS-0000-0000-0000' })
    const limited = await expectProblem(last!, 429)
    expect(limited.detail).toMatch(/Zbyt wiele prób/)
    // another address is not held back
    await expectProblem(await resident(t).post(`${pubC(n)}/mine`, { receipt: 'KS-0000-0000-0000' }), 404)
  })
})

describe('survey and public settings', () => {
  it('asks the survey set before the start and checks the answers', async () => {
    const questions = [
      { id: 'wiek', kind: 'single', text: 'Ile masz lat?', options: ['do 18', '18–64', '65 i więcej'], required: true },
      { id: 'ocena', kind: 'scale', text: 'Jak oceniasz projekt?', min: 1, max: 5 },
      { id: 'tematy', kind: 'multiple', text: 'Co jest ważne?', options: ['drzewa', 'krzewy', 'trawniki'] },
      { id: 'uwagi', kind: 'open', text: 'Coś jeszcze?' },
    ]
    const n = await openConsultation(t, koordynator, {
      before: async (number) => {
        const bad = await expectProblem(
          await koordynator.request('PUT', `${STAFF_KS}/${number}/survey`, {
            questions: [{ id: 'a', kind: 'single', text: 'Pytanie', options: ['jedna'] }],
          }),
          400,
        )
        expect(bad.errors?.[0]?.field).toBe('questions.0.options')
        await json(koordynator.request('PUT', `${STAFF_KS}/${number}/survey`, { questions }), 200)
        return (await json<{ version: number }>(koordynator.get(`${STAFF_KS}/${number}`), 200)).version
      },
    })
    const survey = await json<{ questions: { id: string }[] }>(new Agent(t).get(`${PUB_KS}/${n}/survey`), 200)
    expect(survey.questions.map((q) => q.id)).toEqual(['wiek', 'ocena', 'tematy', 'uwagi'])
    const who = resident(t)
    const missing = await expectProblem(await who.post(pubC(n), commentBody({ surveyAnswers: { ocena: 9 } })), 400)
    expect(missing.errors?.map((e) => e.field).sort()).toEqual(['surveyAnswers.ocena', 'surveyAnswers.wiek'])
    const sent = await json<{ receipt: string }>(
      who.post(
        pubC(n),
        commentBody({ surveyAnswers: { wiek: '18–64', ocena: 4, tematy: ['krzewy'], uwagi: '  więcej ławek ' } }),
      ),
      201,
    )
    const mine = await json<{ surveyAnswers: Record<string, unknown> }>(
      who.post(`${pubC(n)}/mine`, { receipt: sent.receipt }),
      200,
    )
    expect(mine.surveyAnswers).toEqual({ wiek: '18–64', ocena: 4, tematy: ['krzewy'], uwagi: 'więcej ławek' })
    // once started, the questions stay
    await expectProblem(await koordynator.request('PUT', `${STAFF_KS}/${n}/survey`, { questions: [] }), 409)
  })

  it('shows only the count when the opening act keeps comments from the public', async () => {
    const n = await openConsultation(t, koordynator, {
      before: async (number, version) =>
        (
          await json<{ version: number; commentsPublic: boolean }>(
            koordynator.patch(`${STAFF_KS}/${number}`, { version, commentsPublic: false, answerReview: 'two_person' }),
            200,
          )
        ).version,
    })
    const staffView = await json<{ commentsPublic: boolean; answerReview: string }>(
      koordynator.get(`${STAFF_KS}/${n}`),
      200,
    )
    expect(staffView).toMatchObject({ commentsPublic: false, answerReview: 'two_person' })
    await confirmedComment(t, resident(t), n)
    expect(await json(new Agent(t).get(pubC(n)), 200)).toEqual({ public: false, count: 1, items: [] })
  })

  it('sends the confirmation e-mail in the language the author used', async () => {
    const n = await openConsultation(t, koordynator)
    const body = commentBody()
    await json(resident(t).post(pubC(n), body, { 'Accept-Language': 'en' }), 201)
    const mail = await lastMail(new Agent(t), body.email)
    expect(mail.subject).toMatch(/consultation: confirm comment no\. \d+/)
    expect(mail.text).toMatch(/we have received your comment no\. \d+/)
  })
})
