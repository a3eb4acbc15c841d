import { modules } from '../../worker/modules'
import { createServices } from '../../worker/core/services'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Hono } from 'hono'
import { createApp } from '../../worker/app'
import { configFromEnv } from '../../worker/core/config'
import { openClient, tuneLocalFile, wrapDb, type Db } from '../../worker/core/db/client'
import { migrate } from '../../worker/core/db/migrate'
import { seedDemo } from '../../worker/demo/seed'
import type { AppEnv } from '../../worker/core/http/context'
import type { TickContext } from '../../worker/core/module'

export const PASSWORD = 'Haslo-testowe-2026'
export const ORIGIN = 'http://localhost'

export interface TestApp {
  app: Hono<AppEnv>
  db: Db
  file: string
  /** What the scheduled work of a module gets on this app (its services and configuration), at `now`. */
  tick(now?: Date): TickContext
  close(): void
}

/** A fresh app on its own real libSQL file, migrated and seeded with the demo JST (every password = PASSWORD). */
export async function testApp(env: Record<string, string> = {}, file?: string): Promise<TestApp> {
  mkdirSync(resolve('tmp'), { recursive: true })
  const path = file ?? resolve('tmp', `api-${process.pid}-${Math.random().toString(36).slice(2)}.db`)
  const url = `file:${path}`
  const client = openClient({ url })
  await tuneLocalFile(client, url)
  await migrate(client)
  const db = wrapDb(client)
  if (!file) await seedDemo(db, PASSWORD)
  const config = configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN, ...env }, modules)
  const services = createServices(db, config)
  const app = createApp({ config, services: () => services })
  // The file (with its WAL) is removed by the app that created it; an app opened on a given file leaves it alone.
  const close = () => {
    client.close()
    if (!file) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  return { app, db, file: path, tick: (now = new Date()) => ({ services, config, now }), close }
}

/** A browser-like client: keeps the session cookie and sends a same-origin `Origin` on writes. */
export class Agent {
  cookie = ''
  constructor(readonly t: TestApp) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(method !== 'GET' ? { Origin: ORIGIN } : {}),
        ...headers,
      },
    }
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      ;(init.headers as Record<string, string>)['Content-Type'] ??= 'application/json'
    }
    const res = await this.t.app.request(`${ORIGIN}${path}`, init)
    const set = res.headers.getSetCookie?.() ?? []
    for (const c of set) {
      const [pair] = c.split(';')
      if (/Max-Age=0/i.test(c)) this.cookie = ''
      else if (pair) this.cookie = pair
    }
    return res
  }

  get = (path: string) => this.request('GET', path)
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {})
  patch = (path: string, body: unknown) => this.request('PATCH', path, body)

  async login(email: string, password = PASSWORD): Promise<Response> {
    return this.post('/api/v1/auth/login', { email, password })
  }
}

export async function loggedIn(t: TestApp, email: string): Promise<Agent> {
  const agent = new Agent(t)
  const res = await agent.login(email)
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`)
  return agent
}

export const demo = {
  operator: 'operator@wspolnota.example',
  admin: 'admin@gmina-przykladowa.example',
  koordynator: 'koordynator@gmina-przykladowa.example',
  weryfikator: 'weryfikator@gmina-przykladowa.example',
  moderator: 'moderator@gmina-przykladowa.example',
}

/** Asserts an RFC 9457 answer and returns its body. */
export async function expectProblem(res: Response, status: number) {
  const text = await res.text()
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`)
  if (!res.headers.get('content-type')?.startsWith('application/problem+json'))
    throw new Error(`not problem+json: ${res.headers.get('content-type')}`)
  const body = JSON.parse(text) as {
    status: number
    detail: string
    title: string
    errors?: { field: string; detail: string }[]
  }
  if (body.status !== status || !body.detail) throw new Error(`bad problem body: ${text}`)
  return body
}

/** The newest mail to `to`, waiting up to 2 s for mail that is sent after the answer (see `afterResponse`). */
export async function lastMail(agent: Agent, to: string) {
  let mail: { to: string; subject: string; text: string } | undefined
  for (let attempt = 0; attempt < 40 && !mail; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, 50))
    const res = await agent.get('/api/v1/dev/outbox')
    mail = ((await res.json()) as { items: { to: string; subject: string; text: string }[] }).items.find(
      (m) => m.to === to,
    )
  }
  if (!mail) throw new Error(`no mail to ${to}`)
  const link = mail.text.match(/https?:\/\/\S+/)?.[0] ?? ''
  return { ...mail, link, token: link.split('/').pop() ?? '' }
}

export const newTenant = {
  name: 'Gmina Inna',
  slug: 'gmina-inna',
  teryt: '0201011',
  kind: 'gmina-miejska',
  population: 12000,
  contactEmail: 'urzad@gmina-inna.example',
}

/**
 * A staff member of another JST (`newTenant`, created here by the operator): invited with `role`, accepted from the
 * e-mailed link, signed in. Refusal tests use them to prove that one JST's staff cannot reach another JST's data.
 */
export async function staffOfAnotherJst(
  t: TestApp,
  role: string,
): Promise<{ agent: Agent; userId: string; email: string; password: string }> {
  const operator = await loggedIn(t, demo.operator)
  const created = await operator.post('/api/v1/admin/jst', newTenant)
  if (created.status !== 201) throw new Error(`another JST: ${created.status} ${await created.text()}`)
  const email = `${role}@${newTenant.slug}.example`
  const invited = await operator.post(`/api/v1/jst/${newTenant.slug}/staff/invitations`, { email, role })
  if (invited.status !== 201) throw new Error(`invitation: ${invited.status} ${await invited.text()}`)
  const mail = await lastMail(operator, email)
  const agent = new Agent(t)
  const password = 'Haslo-innej-gminy-2026'
  const accepted = await agent.post('/api/v1/auth/invitations/accept', {
    token: mail.token,
    name: `${role} innej gminy`,
    password,
  })
  if (accepted.status !== 200) throw new Error(`acceptance: ${accepted.status} ${await accepted.text()}`)
  return { agent, userId: ((await accepted.json()) as { user: { id: string } }).user.id, email, password }
}
