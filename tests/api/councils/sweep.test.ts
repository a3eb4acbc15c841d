import { auditLog } from '../../../worker/core/audit/schema'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { OPENS_PER_HOUR_PER_ADDRESS } from '../../../worker/councils/actions/applications'
import { PUBLIC_WRITES_PER_HOUR } from '../../../worker/councils/actions/limits'
import { MEMBER_DATA_KEPT_MONTHS, membersTick } from '../../../worker/councils/actions/members-tick'
import { addMonths, dayOf } from '../../../worker/councils/domain/dates'
import { councilMembers } from '../../../worker/councils/tables'
import { Agent, demo, expectProblem, loggedIn, ORIGIN, type TestApp, testApp } from '../../support/api'
import { openPetition, PUB, resident } from './applications-helpers'
import { memberNames, seedBody, seedMembers, type SeededBody, type SeededMember } from '../../support/councils'

/*
 * A no-500 sweep over every councils route of the OpenAPI document: each is called with bad input (no body, an empty
 * object, wrong types, huge strings, malformed JSON, a multipart form where JSON is expected, unknown and malformed
 * path values, huge query values) by an anonymous caller, a staff admin of the demo JST and a member's key, against a
 * real body so the path resolves. No answer may be a 500, every 4xx is problem+json, and every successful answer of a
 * route that carries personal data (staff, members' space, candidacy and guardian) says `Cache-Control: no-store`.
 */

interface Operation {
  method: string
  path: string
  body?: { properties?: Record<string, { type?: string | string[] }> }
  query: string[]
}

let t: TestApp
let operations: Operation[]
let body: SeededBody
let member: SeededMember
let admin: Agent

beforeAll(async () => {
  t = await testApp()
  const doc = (await (await new Agent(t).get('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: { content?: Record<string, { schema?: Operation['body'] }> }
          parameters?: { name: string; in: string }[]
        }
      >
    >
  }
  operations = Object.entries(doc.paths)
    .filter(([path]) => /\/jst\/\{slug\}\/(staff\/)?rady/.test(path))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        body: op.requestBody?.content?.['application/json']?.schema,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      })),
    )
  body = await seedBody(t, 'rdpp')
  ;[member] = await seedMembers(t, body, [{ ...memberNames(1)[0]!, role: 'przewodniczacy' }])
  admin = await loggedIn(t, demo.admin)
}, 60_000)
afterAll(() => t?.close())

const HUGE = 'ż'.repeat(150_000)

/** Path values: ones that resolve (the demo JST, the seeded body) with unknown ids, and malformed ones. */
function fill(path: string, variant: 'real' | 'unknown' | 'malformed'): string {
  const values: Record<string, string> =
    variant === 'real'
      ? { slug: 'gmina-przykladowa', body: body.slug, number: '1', id: newId(), year: '2026', n: '1-2026' }
      : variant === 'unknown'
        ? { slug: 'gmina-przykladowa', body: 'nie-ma-takiej-rady', number: '987654', id: newId(), n: '9-2030' }
        : {
            slug: 'gmina-przykladowa',
            body: body.slug,
            number: '1e400',
            id: `${'%27%22'}${'x'.repeat(300)}`,
            n: 'abc',
          }
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? (variant === 'real' ? '1' : 'x%00y'))
}

/** A value of the wrong type for a property of the JSON schema. */
function wrong(schema: { type?: string | string[] } | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type
  return type === 'string' ? 12345 : type === 'array' ? { not: 'a list' } : type === 'object' ? [1, 2] : 'tekst'
}

type Payload = { name: string; body?: string | FormData; type?: string }

function payloads(op: Operation): Payload[] {
  const props = Object.entries(op.body?.properties ?? { title: {}, name: {}, text: {}, email: {} })
  const form = new FormData()
  form.set('title', 'x')
  form.set('file', new Blob(['%PDF-1.4 nie-pdf'], { type: 'application/pdf' }), 'a.pdf')
  return [
    { name: 'no body' },
    { name: 'empty object', body: '{}', type: 'application/json' },
    { name: 'a list', body: '[1,2,3]', type: 'application/json' },
    { name: 'null', body: 'null', type: 'application/json' },
    {
      name: 'wrong types',
      body: JSON.stringify(Object.fromEntries(props.map(([k, s]) => [k, wrong(s)]))),
      type: 'application/json',
    },
    {
      name: 'huge strings',
      body: JSON.stringify(Object.fromEntries(props.map(([k]) => [k, HUGE]))),
      type: 'application/json',
    },
    {
      name: 'nested huge',
      body: JSON.stringify(
        Object.fromEntries(props.map(([k]) => [k, [HUGE.slice(0, 2000), { a: HUGE.slice(0, 50) }]])),
      ),
      type: 'application/json',
    },
    { name: 'malformed JSON', body: '{"title": "a",', type: 'application/json' },
    { name: 'multipart', body: form },
    { name: 'multipart without boundary', body: '--x\r\n', type: 'multipart/form-data' },
    { name: 'text', body: 'title=a', type: 'text/plain' },
  ]
}

const personal = (path: string) => /\/staff\/|\/czlonek|\/kandydatura|\/zgoda/.test(path)

interface Caller {
  name: string
  headers: () => Record<string, string>
}

async function call(
  caller: Caller,
  method: string,
  path: string,
  payload: Payload,
): Promise<{ res: Response; text: string }> {
  const headers: Record<string, string> = { ...caller.headers() }
  if (method !== 'GET') headers.Origin = ORIGIN
  if (payload.type) headers['Content-Type'] = payload.type
  const res = await t.app.request(`${ORIGIN}${path}`, {
    method,
    headers,
    ...(method === 'GET' || payload.body === undefined ? {} : { body: payload.body }),
  })
  return { res, text: await res.text() }
}

function check(label: string, path: string, res: Response, text: string, failures: string[]) {
  if (res.status >= 500) failures.push(`${label}: ${res.status} ${text.slice(0, 300)}`)
  if (res.status >= 400 && res.status < 500) {
    const type = res.headers.get('content-type') ?? ''
    if (!type.startsWith('application/problem+json')) failures.push(`${label}: ${res.status} is ${type}`)
    else {
      const problem = JSON.parse(text) as { status?: number; detail?: string }
      if (problem.status !== res.status || !problem.detail) failures.push(`${label}: bad problem ${text.slice(0, 200)}`)
    }
  }
  if (res.status < 300 && personal(path) && !/no-store/.test(res.headers.get('cache-control') ?? ''))
    failures.push(`${label}: ${res.status} without Cache-Control: no-store`)
}

describe('every councils route under bad input', () => {
  it('lists the councils routes', () => {
    expect(operations.length).toBeGreaterThan(60)
    expect(operations.some((op) => op.path.includes('/staff/rady'))).toBe(true)
    expect(operations.some((op) => op.path.includes('/czlonek'))).toBe(true)
  })

  const callers = (): Caller[] => [
    { name: 'anonymous', headers: () => ({ 'CF-Connecting-IP': '203.0.113.7' }) },
    { name: 'admin', headers: () => ({ Cookie: admin.cookie, 'CF-Connecting-IP': '203.0.113.8' }) },
    {
      name: 'member',
      headers: () => ({ Authorization: `Bearer ${member.key}`, 'CF-Connecting-IP': '203.0.113.9' }),
    },
  ]

  it('never answers 500, answers 4xx as problem+json, personal answers are not stored', async () => {
    const failures: string[] = []
    let requests = 0
    for (const caller of callers()) {
      for (const op of operations) {
        for (const variant of ['real', 'unknown', 'malformed'] as const) {
          const path = fill(op.path, variant)
          if (op.method === 'GET') {
            const query = op.query.length
              ? `?${op.query.map((q) => `${q}=${encodeURIComponent(HUGE.slice(0, 3000))}`).join('&')}`
              : '?x=%ZZ'
            for (const p of [path, `${path}${query}`]) {
              const { res, text } = await call(caller, 'GET', p, { name: 'get' })
              requests++
              check(
                `${caller.name} GET ${op.path} [${variant}] ${p === path ? '' : 'query'}`,
                op.path,
                res,
                text,
                failures,
              )
            }
            continue
          }
          for (const payload of variant === 'real' ? payloads(op) : payloads(op).slice(0, 2)) {
            const { res, text } = await call(caller, op.method, path, payload)
            requests++
            check(`${caller.name} ${op.method} ${op.path} [${variant}] ${payload.name}`, op.path, res, text, failures)
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(1000)
    expect(failures).toEqual([])
  }, 300_000)
})

describe('limits and erasure found by the review', () => {
  it('limits guesses of a petition confirmation link and NGO joins per address (429 with Retry-After)', async () => {
    const number = await openPetition(t)
    const who = resident(t)
    for (let i = 0; i < PUBLIC_WRITES_PER_HOUR; i++)
      await expectProblem(await who.post(`${PUB}/${number}/potwierdzenie`, { token: '0'.repeat(64) }), 404)
    const limited = await who.post(`${PUB}/${number}/potwierdzenie`, { token: '0'.repeat(64) })
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    await expectProblem(limited, 429)

    const ngo = resident(t)
    for (let i = 0; i < PUBLIC_WRITES_PER_HOUR; i++)
      await expectProblem(
        await ngo.post(`${PUB}/${number}/organizacje`, {}, { Authorization: 'Bearer zly-klucz' }),
        403,
      )
    await expectProblem(await ngo.post(`${PUB}/${number}/organizacje`, {}, { Authorization: 'Bearer zly-klucz' }), 429)
  })

  it('limits the applications an NGO key may open from one address', async () => {
    const ngo = resident(t)
    const input = { bodyKind: 'rdpp', title: 'Powołajmy radę pożytku', justification: 'Organizacje chcą współpracy.' }
    for (let i = 0; i < OPENS_PER_HOUR_PER_ADDRESS; i++)
      await expectProblem(await ngo.post(`${PUB}/organizacje`, input, { Authorization: 'Bearer zly-klucz' }), 403)
    await expectProblem(await ngo.post(`${PUB}/organizacje`, input, { Authorization: 'Bearer zly-klucz' }), 429)
  })

  it("erases a former member's e-mail and keys 3 months after the mandate's last day, keeping the public record", async () => {
    const rada = await seedBody(t, 'rada_seniorow')
    const [old, recent] = await seedMembers(t, rada, memberNames(2))
    const today = dayOf(new Date())
    const longAgo = addMonths(today, -MEMBER_DATA_KEPT_MONTHS - 1)
    await t.db.update(councilMembers).set({ endsOn: longAgo }).where(eq(councilMembers.id, old!.id))
    await t.db
      .update(councilMembers)
      .set({ endsOn: addMonths(today, -1), endReason: 'rezygnacja' })
      .where(eq(councilMembers.id, recent!.id))
    await membersTick(t.tick())
    await membersTick(t.tick())
    const rows = await t.db
      .select()
      .from(councilMembers)
      .where(eq(councilMembers.bodyId, rada.id))
      .orderBy(councilMembers.endsOn)
    expect(rows.map((r) => [r.name, r.email, r.keyHash, r.endsOn, r.endReason])).toEqual([
      [old!.name, null, null, longAgo, 'koniec_kadencji'],
      [recent!.name, recent!.email, expect.any(String), addMonths(today, -1), 'rezygnacja'],
    ])
    // one audit row for the erasure, though the work ran twice; none for the member still within the 3 months
    const erased = await t.db.select().from(auditLog).where(eq(auditLog.action, 'rd.member.erase'))
    expect(erased.map((r) => [r.entityId, r.after])).toEqual([
      [old!.id, { endsOn: longAgo, erased: ['email', 'keys'] }],
    ])
  })
})

describe('a body in the path reaches only its own records', () => {
  it("refuses another body's member, meeting, resolution and inquiry through this body's path", async () => {
    const other = await seedBody(t, 'rada_seniorow')
    const [chair] = await seedMembers(t, other, [{ ...memberNames(1)[0]!, role: 'przewodniczacy' }])
    const today = dayOf(new Date())
    const staffOther = `/api/v1/jst/gmina-przykladowa/staff/rady/${other.slug}`
    const meeting = await admin.post(`${staffOther}/posiedzenia`, {
      startsAt: `${today}T10:00`,
      place: 'Urząd Gminy, sala 5',
      agenda: '1. Otwarcie',
    })
    expect(meeting.status).toBe(201)
    const resolution = await chair!.agent.post(`/api/v1/jst/gmina-przykladowa/rady/${other.slug}/czlonek/uchwaly`, {
      kind: 'inna',
      title: 'Uchwała w sprawie harmonogramu',
      text: 'Rada przyjmuje harmonogram posiedzeń na rok.',
    })
    expect(resolution.status).toBe(201)
    const resolutionId = ((await resolution.json()) as { id: string }).id
    expect(
      (
        await admin.post(`${staffOther}/zapytania`, {
          title: 'Zapytanie',
          text: 'Treść zapytania.',
          deliveredOn: today,
        })
      ).status,
    ).toBe(201)

    // every field any councils write may need, valid, so a refusal comes from the lookup and not from validation
    const plausible = {
      option: 'za',
      kind: 'inna',
      title: 'Tytuł sprawdzający',
      text: 'Treść sprawdzająca dłuższa niż dziesięć znaków.',
      reason: 'rezygnacja',
      note: '',
      endsOn: today,
      decision: 'zweryfikowany',
      role: 'czlonek',
      attendance: { [chair!.id]: 'obecny' },
      startsAt: `${today}T12:00`,
      place: 'Sala obrad',
      agenda: '1. Otwarcie',
      answer: 'Odpowiedź na zapytanie rady.',
    }
    const failures: string[] = []
    const targets = operations.filter(
      (op) =>
        /\{(id|number)\}/.test(op.path) &&
        /\/staff\/rady\/\{body\}|\{body\}\/czlonek/.test(op.path) &&
        op.method !== 'GET',
    )
    // this body's own statute version 1 exists: every other numbered record in the path is the other body's
    const reads = operations.filter(
      (op) => /\{body\}.*\{(id|number)\}/.test(op.path) && !op.path.includes('/statut/') && op.method === 'GET',
    )
    expect(targets.length).toBeGreaterThan(10)
    for (const op of [...targets, ...reads])
      for (const id of [chair!.id, resolutionId]) {
        const path = op.path
          .replace('{slug}', 'gmina-przykladowa')
          .replace('{body}', body.slug)
          .replace('{id}', id)
          .replace('{number}', '1')
          .replace(/\{\w+\}/g, '1')
        for (const who of [admin, member.agent]) {
          const res = await who.request(op.method, path, op.method === 'GET' ? undefined : plausible)
          if (res.status < 300 || res.status >= 500 || (op.method === 'GET' && ![401, 403, 404].includes(res.status)))
            failures.push(`${op.method} ${op.path} ${res.status} ${(await res.text()).slice(0, 160)}`)
        }
      }
    expect(failures).toEqual([])
    const still = await chair!.agent.get(
      `/api/v1/jst/gmina-przykladowa/rady/${other.slug}/czlonek/uchwaly/${resolutionId}`,
    )
    expect(((await still.json()) as { status: string }).status).toBe('glosowanie')
  })
})
