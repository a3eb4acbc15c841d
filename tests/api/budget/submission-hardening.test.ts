import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { editions } from '../../../worker/budget/tables'
import { daysFromNow, votingPhases } from '../../support/editions'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, ORIGIN, testApp, type TestApp } from '../../support/api'

/**
 * Project submission, hardened: declared paper supporters count only once staff have checked the scanned list, and
 * the author's secret link ends with the edition and cannot be taken from the author by asking for a new one.
 */
let t: TestApp
let coordinator: Agent
const year = 2062
const pub = pubOf(year)
let pools: { id: string; code: string }[]
const formalPositive = {
  stage: 'formal',
  criteria: [{ key: 'formal', passed: true }],
  justification: 'Wniosek kompletny i złożony w terminie.',
}

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  pools = (await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)).pools
})
afterAll(() => t.close())

async function draft(email: string, y = year, poolCode = 'OG') {
  const r = new Agent(t)
  const poolId =
    y === year
      ? pools.find((p) => p.code === poolCode)!.id
      : (await json(r.get(pubOf(y)), 200)).pools.find((p: { code: string }) => p.code === poolCode).id
  const created = await json(r.post(`${pubOf(y)}/projects`, { ...draftBody(poolId), authorEmail: email }), 201)
  return { id: created.project.id as string, token: created.token as string, author: asAuthor(r, created.token) }
}

async function uploadList(project: { id: string; token: string }, declared: number) {
  const form = new FormData()
  form.append(
    'file',
    new File([new TextEncoder().encode('%PDF-1.4 lista poparcia') as BlobPart], 'lista.pdf', {
      type: 'application/pdf',
    }),
  )
  form.append('kind', 'support-list')
  form.append('paperSupporters', String(declared))
  return json(
    t.app.request(`${ORIGIN}${pub}/projects/${project.id}/attachments`, {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${project.token}`, Origin: ORIGIN },
    }),
    201,
  )
}

const publicSupporters = async (id: string) =>
  (await json(new Agent(t).get(`${pub}/projects/${id}`), 200)).project.supporters as number
const keyFrom = (text: string) => text.match(/#klucz=(\S+)/)![1]!

describe('declared paper supporters', () => {
  it('count towards the threshold and in public only once staff verify the scanned list', async () => {
    const p = await draft('papier@example.pl')
    const uploaded = await uploadList(p, 5)
    expect(uploaded.project).toMatchObject({
      supporters: 0,
      onlineSupporters: 0,
      paperSupporters: 5,
      paperSupportersVerified: null,
    })
    expect((await json(new Agent(t).get(`${pub}/projects/${p.id}/support-info`), 200)).supporters).toBe(0)
    // The author may submit on the declared list (staff cannot check a draft); it is checked before admission.
    await json(p.author.post(`${pub}/projects/${p.id}/submit`), 200)
    expect(await publicSupporters(p.id)).toBe(0)
    const unverified = await expectProblem(
      await coordinator.post(`${STAFF_BO}/${year}/projects/${p.id}/assessments`, formalPositive),
      409,
    )
    expect(unverified.detail).toMatch(/zweryfikowan/)

    const verify = (agent: Agent, count: number) =>
      agent.post(`${STAFF_BO}/${year}/projects/${p.id}/paper-supporters`, { count })
    await expectProblem(await verify(await loggedIn(t, demo.moderator), 2), 403)
    await expectProblem(await verify(new Agent(t), 2), 401)
    const tooMany = await expectProblem(await verify(coordinator, 6), 400)
    expect(tooMany.errors!.map((e) => e.field)).toEqual(['count'])
    expect(await json(verify(coordinator, 1), 200)).toMatchObject({ paperSupporters: 5, paperSupportersVerified: 1 })
    expect(await publicSupporters(p.id)).toBe(1)
    await expectProblem(await coordinator.post(`${STAFF_BO}/${year}/projects/${p.id}/assessments`, formalPositive), 409)
    await json(verify(coordinator, 2), 200)
    expect(await publicSupporters(p.id)).toBe(2)
    const staffView = await json(coordinator.get(`${STAFF_BO}/${year}/projects/${p.id}`), 200)
    expect(staffView.project).toMatchObject({ supporters: 2, paperSupporters: 5, paperSupportersVerified: 2 })
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'bo.paper-supporters'), eq(auditLog.entityId, p.id)))
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [
        { declared: 5, verified: null },
        { declared: 5, verified: 1 },
      ],
      [
        { declared: 5, verified: 1 },
        { declared: 5, verified: 2 },
      ],
    ])

    await json(coordinator.post(`${STAFF_BO}/${year}/projects/${p.id}/assessments`, formalPositive), 201)
    await expectProblem(await verify(coordinator, 1), 409)
  })

  it('still admit a project whose online support alone reaches the threshold', async () => {
    const p = await draft('online@example.pl', year, 'PN')
    await json(
      new Agent(t).post(`${pub}/projects/${p.id}/supports`, {
        name: 'Ola Zielińska',
        address: 'ul. Lipowa 3',
        residenceDeclared: true,
      }),
      201,
    )
    await json(p.author.post(`${pub}/projects/${p.id}/submit`), 200)
    await json(coordinator.post(`${STAFF_BO}/${year}/projects/${p.id}/assessments`, formalPositive), 201)
  })
})

describe("the author's key", () => {
  it('stops working once the edition is over, and no new key is sent then', async () => {
    const y = 2063
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(y)), 201)
    expect(created.year).toBe(y)
    const p = await draft('koniec.edycji@example.pl', y)
    const [e] = await t.db.select().from(editions).where(eq(editions.year, y))
    const move = async (phases: { phase: string; startsAt: string; endsAt: string }[]) => {
      for (const ph of phases)
        await t.db.run(
          sql`UPDATE bo_phases SET starts_at = ${Date.parse(ph.startsAt)}, ends_at = ${Date.parse(ph.endsAt)} WHERE edition_id = ${e!.id} AND phase = ${ph.phase}`,
        )
    }
    await move(votingPhases())
    await json(p.author.get(`${pubOf(y)}/projects/${p.id}/author`), 200)
    await move(
      votingPhases().map((ph) => ({
        ...ph,
        startsAt: new Date(Date.parse(ph.startsAt) - 30 * 86_400_000).toISOString(),
        endsAt: new Date(Date.parse(ph.endsAt) - 30 * 86_400_000).toISOString(),
      })),
    )
    expect(
      Date.parse(daysFromNow(0)) >
        Date.parse(votingPhases().find((ph) => ph.phase === 'results')!.endsAt) - 30 * 86_400_000,
    ).toBe(true)
    const expired = await expectProblem(await p.author.get(`${pubOf(y)}/projects/${p.id}/author`), 403)
    expect(expired.detail).toMatch(/zakończ/)
    const link = await expectProblem(
      await new Agent(t).post(`${pubOf(y)}/author-link`, { email: 'koniec.edycji@example.pl' }),
      409,
    )
    expect(link.detail).toMatch(/zakończ/)
  })

  it('is not taken from the author by someone who asks for a new one with their e-mail', async () => {
    const email = 'rotacja@example.pl'
    const p = await draft(email)
    const stranger = (ip: string) =>
      new Agent(t).request('POST', `${pub}/author-link`, { email }, { 'cf-connecting-ip': ip })
    expect((await stranger('198.51.100.1')).status).toBe(202)
    await json(p.author.get(`${pub}/projects/${p.id}/author`), 200)
    const first = keyFrom((await lastMail(coordinator, email)).text)
    expect(first).not.toBe(p.token)
    expect((await stranger('198.51.100.2')).status).toBe(202)
    const second = keyFrom((await lastMail(coordinator, email)).text)
    expect(second).not.toBe(first)
    // The old key works until the author opens the newest link; then only that one does.
    await json(p.author.get(`${pub}/projects/${p.id}/author`), 200)
    await expectProblem(await asAuthor(new Agent(t), first).get(`${pub}/projects/${p.id}/author`), 403)
    await json(asAuthor(new Agent(t), second).get(`${pub}/projects/${p.id}/author`), 200)
    await expectProblem(await p.author.get(`${pub}/projects/${p.id}/author`), 403)
    await json(
      asAuthor(new Agent(t), second).patch(`${pub}/projects/${p.id}`, {
        title: 'Zielony skwer przy szkole — nowy klucz',
      }),
      200,
    )
  })

  it('is sent at most three times an hour for one e-mail, from whatever address the requests come', async () => {
    const email = 'limit.linku@example.pl'
    await draft(email)
    for (let i = 1; i <= 3; i++)
      expect(
        (await new Agent(t).request('POST', `${pub}/author-link`, { email }, { 'cf-connecting-ip': `203.0.113.${i}` }))
          .status,
      ).toBe(202)
    const limited = await expectProblem(
      await new Agent(t).request('POST', `${pub}/author-link`, { email }, { 'cf-connecting-ip': '203.0.113.9' }),
      429,
    )
    expect(limited.detail).toMatch(/godzin/)
    // Another author's request is not held up by it.
    expect(
      (
        await new Agent(t).request(
          'POST',
          `${pub}/author-link`,
          { email: 'inny.autor@example.pl' },
          { 'cf-connecting-ip': '203.0.113.9' },
        )
      ).status,
    ).toBe(202)
  })
})
