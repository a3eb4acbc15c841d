import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editions, projects } from '../../../worker/budget/tables'
import { parseRegister, verify } from '../../../worker/budget/domain/register'
import { editionBody, json } from './helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, testApp, type TestApp } from '../../support/api'

const day = 86_400_000
let t: TestApp
let poolId: string
let projectId: string
const pub = '/api/v1/jst/gmina-przykladowa/bo/2029'
const staff = '/api/v1/jst/gmina-przykladowa/staff/bo/2029'

beforeAll(async () => {
  t = await testApp()
  const at = (d: number) => new Date(Date.now() + d * day).toISOString()
  const body = editionBody(2029)
  body.rules = { ...body.rules, askPesel: true } as typeof body.rules
  body.phases = [
    { phase: 'submission', startsAt: at(-40), endsAt: at(-30) },
    { phase: 'assessment', startsAt: at(-30), endsAt: at(-20) },
    { phase: 'appeals', startsAt: at(-20), endsAt: at(-10) },
    { phase: 'voting', startsAt: at(-1), endsAt: at(10) },
  ]
  const edition = await json(
    (await loggedIn(t, demo.koordynator)).post('/api/v1/jst/gmina-przykladowa/staff/bo/editions', body),
    201,
  )
  poolId = edition.pools[0].id
  const [e] = await t.db.select().from(editions).where(eq(editions.year, 2029))
  projectId = newId()
  const now = new Date()
  await t.db.insert(projects).values({
    id: projectId,
    tenantId: e!.tenantId,
    editionId: e!.id,
    poolId,
    number: 1,
    status: 'accepted',
    title: 'Projekt',
    costItems: [],
    cost: 1_000_000,
    extra: {},
    authorName: 'A B',
    authorEmail: 'a@example.pl',
    authorTokenHash: await hashToken(newToken()),
    authorResidenceDeclared: true,
    createdAt: now,
    updatedAt: now,
  })
})
afterAll(() => t.close())

async function vote(email: string, identity: Record<string, unknown>) {
  const r = new Agent(t)
  await r.post(`${pub}/vote/code`, { channel: 'email', address: email })
  const code = (await lastMail(r, email)).text.match(/\b(\d{6})\b/)![1]
  const { token } = await json(r.post(`${pub}/vote/session`, { channel: 'email', address: email, code }), 201)
  return r.request(
    'POST',
    `${pub}/vote/cast`,
    {
      choices: { [poolId]: { [projectId]: 1 } },
      identity: { address: 'ul. Polna 1', residenceDeclared: true, adult: true, ...identity },
    },
    { Authorization: `Bearer ${token}` },
  )
}

describe('PESEL editions and the register check', () => {
  it('asks for a PESEL with a valid checksum when the edition requires it', async () => {
    const bad = await expectProblem(
      await vote('zly-pesel@example.pl', { firstName: 'Jan', lastName: 'Nowak', pesel: '44051401358' }),
      400,
    )
    expect(bad.errors!.map((e) => e.field)).toContain('identity.pesel')
  })

  it('marks ballots valid, name mismatch or not verified against an imported extract', async () => {
    expect((await vote('a1@example.pl', { firstName: 'Jan', lastName: 'Nowak', pesel: '44051401359' })).status).toBe(
      201,
    )
    expect(
      (await vote('a2@example.pl', { firstName: 'Ewa', lastName: 'Zielińska', pesel: '02270803624' })).status,
    ).toBe(201)
    expect((await vote('a3@example.pl', { firstName: 'Adam', lastName: 'Obcy', pesel: '90010112349' })).status).toBe(
      201,
    )
    const koordynator = await loggedIn(t, demo.koordynator)
    const csv = '\uFEFFPESEL;imie;nazwisko\n44051401359;JAN;NOWAK\n02270803624;Ewa;Kowalska\nzly;wiersz\n'
    const res = await json(koordynator.request('POST', `${staff}/register`, csv, { 'Content-Type': 'text/csv' }), 200)
    expect(res).toEqual({
      registerLines: 2,
      rejectedLines: [4],
      result: { valid: 1, 'name-mismatch': 1, 'not-verified': 1 },
    })
    const list = await json(koordynator.get(`${staff}/ballots`), 200)
    expect(list.items.map((b: { verification: string }) => b.verification).sort()).toEqual([
      'name-mismatch',
      'not-verified',
      'valid',
    ])
    await expectProblem(
      await koordynator.request('POST', `${staff}/register`, '{}', { 'Content-Type': 'application/json' }),
      415,
    )
    await expectProblem(
      await (
        await loggedIn(t, demo.weryfikator)
      ).request('POST', `${staff}/register`, csv, { 'Content-Type': 'text/csv' }),
      403,
    )
  })
})

describe('register parsing', () => {
  it('skips a header and blank lines and reports bad lines by number', () => {
    expect(parseRegister('PESEL;imie;nazwisko\r\n\r\n44051401359;Jan;Nowak\r\n123;X;Y\r\n')).toEqual({
      lines: [{ pesel: '44051401359', firstName: 'Jan', lastName: 'Nowak' }],
      rejected: [4],
    })
  })

  it('compares names without regard to case and Polish letters', () => {
    const register = new Map([['44051401359', { pesel: '44051401359', firstName: 'Łukasz', lastName: 'Żak' }]])
    expect(verify({ pesel: '44051401359', firstName: 'lukasz', lastName: 'ZAK' }, register)).toBe('valid')
    expect(verify({ pesel: '44051401358', firstName: 'x', lastName: 'y' }, register)).toBe('invalid')
  })
})
