import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editions, projects } from '../../../worker/budget/tables'
import { votingPhases } from '../../support/editions'
import { draftBody, editionBody, json, pubOf, STAFF_BO } from '../budget/helpers'
import { Agent, demo, lastMail, loggedIn, ORIGIN, type TestApp, testApp } from '../../support/api'

/**
 * A small seeded fuzz over every operation of the OpenAPI document: each gets the same fixed set of malformed inputs
 * (no body, invalid JSON, wrong content type, arrays and nulls for objects, missing fields, wrong types, huge and
 * unicode strings, negative and huge numbers, `%` and garbage in path parameters and queries), from an anonymous
 * client and from the demo JST's admin. Whatever the input, the answer is below 500, and a refusal is problem+json.
 * The generator is a fixed-seed PRNG, so a failure is reproduced by running the test again; `FUZZ_SEED` and
 * `FUZZ_CASES` explore further by hand (e.g. `FUZZ_SEED=7 FUZZ_CASES=60 npx vitest run --project node tests/api/fuzz.test.ts`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_501)
const CASES = Number(process.env.FUZZ_CASES ?? 20)
const YEAR = 2027
const VOTING_YEAR = 2028

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  return { next, int: (n: number) => Math.floor(next() * n), pick, bad: () => structuredClone(pick(badValues)) }
}
type Rng = ReturnType<typeof prng>

const badValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -2_147_483_649,
  1e308,
  -1e308,
  0.000001,
  9_007_199_254_740_993,
  2 ** 64,
  '',
  ' ',
  'x'.repeat(20_000),
  '\u0000',
  '\u202e\u200b',
  'ąęłńóśźż😀'.repeat(300),
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE users;--",
  '2027-02-30',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
  '1e400',
  [],
  [null],
  [[[[[]]]]],
  {},
  { a: { b: { c: {} } } },
  Array.from({ length: 300 }, () => 'x'),
]
const badPathValues = [
  '%',
  '%25',
  '%E0%A4%A',
  '%00',
  'x'.repeat(3000),
  encodeURIComponent('żółć😀'),
  '-1',
  '0',
  '99999999999999999999999',
  '1e3',
  '..',
  'null',
  '%2F',
  '%20',
  '2027.5',
  'NaN',
  '%C0%AF',
]
const badQueryValues = [
  '',
  '-1',
  '0',
  '1e400',
  '99999999999999999999',
  'x'.repeat(5000),
  '%',
  'ż😀',
  'null',
  '[]',
  '{"a":1}',
  'NaN',
  '2027-13-45',
]

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  format?: string
}

/** A plausible value for a schema, so that mutations reach the checks behind the first field. */
function plausible(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return 'abc'
  if (schema.const !== undefined) return schema.const
  if (schema.enum?.length) return schema.enum[0]
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0]
  if (variant) return plausible(variant, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, plausible(s, depth + 1)]))
    case 'array':
      return [plausible(schema.items, depth + 1)]
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return true
    default:
      return schema.format === 'email' ? 'fuzz@example.pl' : 'abc'
  }
}

/** A random spot inside a body: an object or array and one of its keys, descending as deep as chance says. */
function spot(
  rng: Rng,
  body: Record<string, unknown> | unknown[],
): [Record<string, unknown> | unknown[], string | number] {
  const keys = Array.isArray(body) ? body.map((_, i) => i) : Object.keys(body)
  if (keys.length === 0) return [body, 'x']
  const key = rng.pick(keys as (string | number)[])
  const inner = (body as Record<string | number, unknown>)[key]
  if (inner && typeof inner === 'object' && rng.next() < 0.6) return spot(rng, inner as Record<string, unknown>)
  return [body, key]
}

/**
 * A valid or plausible body with one to three spots (at any depth) replaced by bad values, dropped, or joined by an
 * unknown field: the mutations of a valid example reach the checks behind the schema (rules, calendars, the database).
 */
function mutated(rng: Rng, schema: JsonSchema | undefined, example: unknown): unknown {
  const base = example !== undefined ? structuredClone(example) : plausible(schema)
  if (!base || typeof base !== 'object') return rng.bad()
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) {
    const [holder, key] = spot(rng, base as Record<string, unknown>)
    const action = rng.int(5)
    if (action === 0 && !Array.isArray(holder)) delete holder[key as string]
    else if (action === 1 && !Array.isArray(holder)) holder[`nieznane${i}`] = rng.bad()
    else (holder as Record<string | number, unknown>)[key] = rng.bad()
  }
  return base
}

interface Operation {
  method: string
  path: string
  body?: JsonSchema
  query: string[]
}

let t: TestApp
let operations: Operation[]
let admin: Agent
const good: Record<string, string> = { slug: 'gmina-przykladowa' }
/** Valid bodies of the main writes, keyed `METHOD path`, so that mutations get past the first field. */
const examples: Record<string, unknown> = {}
let authorToken = ''
let voteToken = ''

beforeAll(async () => {
  t = await testApp()
  const doc = await (await new Agent(t).get('/api/openapi.json')).json()
  operations = Object.entries(
    doc.paths as Record<
      string,
      Record<
        string,
        {
          parameters?: { name: string; in: string }[]
          requestBody?: { content: Record<string, { schema: JsonSchema }> }
        }
      >
    >,
  ).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      body: op.requestBody?.content['application/json']?.schema,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  )
  // Something real to reach behind the path parameters: an edition in its submission phase with one draft.
  const coordinator = await loggedIn(t, demo.koordynator)
  const edition = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(YEAR)), 201)
  const draft = await json(new Agent(t).post(`${pubOf(YEAR)}/projects`, draftBody(edition.pools[1].id)), 201)
  good.id = draft.project.id
  authorToken = draft.token
  const staffEdition = await json(coordinator.get(`${STAFF_BO}/editions/${YEAR}`), 200)
  const poolId = edition.pools[1].id
  Object.assign(examples, {
    'POST /api/v1/jst/{slug}/staff/bo/editions': editionBody(YEAR + 6),
    'PUT /api/v1/jst/{slug}/staff/bo/editions/{year}': staffEdition,
    'POST /api/v1/jst/{slug}/bo/{year}/projects': draftBody(poolId),
    'PATCH /api/v1/jst/{slug}/bo/{year}/projects/{id}': draftBody(poolId),
    'POST /api/v1/jst/{slug}/bo/{year}/projects/{id}/supports': {
      name: 'Jan Nowak',
      address: 'ul. Polna 1',
      residenceDeclared: true,
    },
    'POST /api/v1/jst/{slug}/staff/invitations': { email: 'nowy@example.pl', role: 'moderator' },
    'POST /api/v1/auth/login': { email: 'nikt@example.pl', password: 'zle-haslo-123' },
    'POST /api/v1/admin/jst': {
      name: 'Gmina Fuzz',
      slug: 'gmina-fuzz',
      teryt: '0201099',
      kind: 'gmina-wiejska',
      population: 5000,
      contactEmail: 'urzad@fuzz.example',
    },
  })
  // And an edition in its voting phase with one project on the ballot and an open voting session.
  const voting = await json(
    coordinator.post(`${STAFF_BO}/editions`, { ...editionBody(VOTING_YEAR), phases: votingPhases() }),
    201,
  )
  const [row] = await t.db.select().from(editions).where(eq(editions.year, VOTING_YEAR))
  const projectId = newId()
  const now = new Date()
  await t.db.insert(projects).values({
    id: projectId,
    tenantId: row!.tenantId,
    editionId: row!.id,
    poolId: voting.pools[0].id,
    number: 1,
    status: 'accepted',
    title: 'Ławki',
    costItems: [],
    cost: 1_000_000,
    extra: {},
    authorName: 'Autor',
    authorEmail: 'autor@example.pl',
    authorTokenHash: await hashToken(newToken()),
    authorResidenceDeclared: true,
    createdAt: now,
    updatedAt: now,
  })
  const voter = new Agent(t)
  expect(
    (await voter.post(`${pubOf(VOTING_YEAR)}/vote/code`, { channel: 'email', address: 'fuzz@example.pl' })).status,
  ).toBe(202)
  const code = (await lastMail(voter, 'fuzz@example.pl')).text.match(/\b(\d{6})\b/)![1]
  voteToken = (
    await json(
      voter.post(`${pubOf(VOTING_YEAR)}/vote/session`, { channel: 'email', address: 'fuzz@example.pl', code }),
      201,
    )
  ).token
  const choices = { [voting.pools[0].id]: { [projectId]: 1 } }
  Object.assign(examples, {
    'POST /api/v1/jst/{slug}/bo/{year}/vote/code': { channel: 'email', address: 'fuzz@example.pl' },
    'POST /api/v1/jst/{slug}/bo/{year}/vote/session': { channel: 'email', address: 'fuzz@example.pl', code: '123456' },
    'PUT /api/v1/jst/{slug}/bo/{year}/vote/draft': { choices },
    'POST /api/v1/jst/{slug}/bo/{year}/vote/cast': {
      choices,
      identity: {
        firstName: 'Maria',
        lastName: 'Wójcik',
        address: 'ul. Lipowa 7',
        residenceDeclared: true,
        adult: true,
      },
    },
  })
  admin = await loggedIn(t, demo.admin)
})
afterAll(() => t?.close())

/** The path with working parameters, or (one time in three) with one of them malformed. */
function fillPath(rng: Rng, path: string): string {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
  const bad = names.length && rng.next() < 0.35 ? rng.pick(names) : null
  const year =
    path.includes('/vote/') || (!path.includes('/projects') && rng.next() < 0.5) ? String(VOTING_YEAR) : String(YEAR)
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === bad ? rng.pick(badPathValues) : name === 'year' ? year : (good[name] ?? 'x1'),
  )
}

/** One malformed request for an operation: cases 0–8 are fixed shapes, the rest mutations of a valid or plausible body. */
function request(rng: Rng, op: Operation, n: number): { url: string; init: RequestInit } {
  const query = op.query
    .filter(() => rng.next() < 0.6)
    .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(rng.pick(badQueryValues))}`)
  if (rng.next() < 0.2)
    query.push(`${rng.pick(['limit', 'offset', 'q', 'status', 'page'])}=${rng.pick(['%', '%ZZ', '-5'])}`)
  const url = `${ORIGIN}${fillPath(rng, op.path)}${query.length ? `?${query.join('&')}` : ''}`
  const headers: Record<string, string> = { Origin: ORIGIN, 'CF-Connecting-IP': `198.51.100.${n % 250}` }
  // The author's key opens the draft's own checks; submitting or withdrawing it would close them for the operations after.
  if (op.path.includes('/vote/') && rng.next() < 0.7) headers.Authorization = `Bearer ${voteToken}`
  if (op.path.includes('/projects/{id}') && !/\/(submit|withdraw)$/.test(op.path) && rng.next() < 0.7)
    headers.Authorization = `Bearer ${rng.next() < 0.8 ? authorToken : rng.pick(['', '%', 'null', 'x'.repeat(5000)])}`
  if (op.method === 'GET' || op.method === 'HEAD') return { url, init: { method: op.method, headers } }
  const shapes: (() => { type?: string; body?: BodyInit })[] = [
    () => ({ type: 'application/json' }),
    () => ({ type: 'application/json', body: '{"a": ' }),
    () => ({ type: 'text/plain', body: 'hello' }),
    () => ({
      type: 'application/json',
      body: JSON.stringify([examples[`${op.method} ${op.path}`] ?? plausible(op.body)]),
    }),
    () => ({ type: 'application/json', body: 'null' }),
    () => ({ type: 'application/json', body: '{}' }),
    () => {
      const form = new FormData()
      form.append(
        'file',
        new File([new Uint8Array(64).fill(rng.int(256))], rng.pick(['a.pdf', '../../x', 'ż😀.png', '']), {
          type: rng.pick(['application/pdf', 'image/png', 'text/html', '']),
        }),
      )
      form.append(rng.pick(['kind', 'text', 'x']), String(rng.bad()))
      return { body: form }
    },
    () => ({ type: 'application/json', body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` }),
    () => ({ type: 'application/json', body: JSON.stringify({ text: 'x'.repeat(1_100_000) }) }),
  ]
  const shape =
    n < shapes.length
      ? shapes[n]!()
      : {
          type: rng.pick(['application/json', 'application/json; charset=utf-8']),
          body: JSON.stringify(mutated(rng, op.body, examples[`${op.method} ${op.path}`])),
        }
  if (shape.type) headers['Content-Type'] = shape.type
  return { url, init: { method: op.method, headers, body: shape.body } }
}

describe('seeded fuzz over every API operation', () => {
  it('answers every malformed request below 500, and every refusal as problem+json', async () => {
    expect(operations.length).toBeGreaterThan(40)
    const rng = prng(SEED)
    const failures: string[] = []
    let sent = 0
    for (const op of operations) {
      for (const who of ['anonymous', 'admin'] as const) {
        // Logging the admin out would turn the rest of the run anonymous.
        if (who === 'admin' && op.path.startsWith('/api/v1/auth/logout')) continue
        for (let n = 0; n < CASES; n++) {
          const { url, init } = request(rng, op, n)
          if (who === 'admin') {
            if (!admin.cookie) admin = await loggedIn(t, demo.admin)
            ;(init.headers as Record<string, string>).Cookie = admin.cookie
          }
          const res = await t.app.request(url, init)
          sent++
          const type = res.headers.get('content-type') ?? ''
          const text = await res.text()
          if (res.status >= 500 || (res.status >= 400 && !type.startsWith('application/problem+json'))) {
            if (failures.length < 40)
              failures.push(
                `${who} ${op.method} ${url.slice(ORIGIN.length, ORIGIN.length + 160)} [case ${n}] → ${res.status} ${type}: ${text.slice(0, 200)}`,
              )
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(operations.length * CASES)
    expect(failures, failures.join('\n')).toEqual([])
  })
})
