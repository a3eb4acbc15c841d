import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { endpoint } from '../../../worker/core/http/endpoint'
import type { WspolnotaModule } from '../../../worker/core/module'
import { modules } from '../../../worker/modules'
import { startNodeServer, type NodeServer } from '../../../worker/node-server'

/**
 * The module contract: a module registered beside the platform's own, with no edit of a core file, gets its route
 * (answered and in the OpenAPI document), its process on the JST's home page, its scheduled work run at start and on
 * the timer, and its demo content on a fresh database with its line in the first-run message.
 */
const file = resolve('tmp', `module-contract-${process.pid}.db`)
let server: NodeServer | undefined
afterAll(async () => {
  await server?.close()
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
})

const ticks: Date[] = []
const seeded: string[] = []
const notes: WspolnotaModule = {
  name: 'notes',
  routes(api) {
    endpoint(
      api,
      {
        method: 'get',
        path: '/jst/:slug/notatki/ping',
        summary: 'Moduł testowy: odpowiedź',
        tags: ['Moduł testowy'],
        access: { kind: 'public' },
        responses: { 200: { description: 'Działa', schema: v.object({ module: v.string() }) } },
      },
      (c) => c.json({ module: 'notes' }),
    )
  },
  processes: async (_db, tenant) => [
    { module: 'notes', id: 'n1', title: 'Notatki mieszkańców', status: 'trwa', url: `/${tenant.slug}/notatki` },
  ],
  tick: async ({ now, services, config }) => {
    // the scheduled work gets what a request has: the services (database, mailer) and the public address
    if (services.mailer && config.appUrl) ticks.push(now)
  },
  seedDemo: async () => {
    seeded.push('notes')
    return (origin) => `Notatki (dane demonstracyjne): ${origin}/gmina-przykladowa/notatki`
  },
  auditActions: [],
}

describe('a module added to the list', () => {
  it('gets its route, its process on the JST home, its scheduled work and its demo data', async () => {
    server = await startNodeServer(
      {
        DATABASE_URL: `file:${file}`,
        PORT: '0',
        HOST: '127.0.0.1',
        APP_ENV: 'development',
        SEED_DEMO: 'true',
        DEMO_PASSWORD: 'Haslo-testowe-2026',
      },
      [...modules, notes],
    )
    const ping = await fetch(`${server.url}/api/v1/jst/gmina-przykladowa/notatki/ping`)
    expect([ping.status, await ping.json()]).toEqual([200, { module: 'notes' }])
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>
    }
    expect(Object.keys(document.paths)).toContain('/api/v1/jst/{slug}/notatki/ping')
    const home = (await (await fetch(`${server.url}/api/v1/jst/gmina-przykladowa`)).json()) as {
      processes: { module: string; title: string }[]
    }
    expect(home.processes).toContainEqual(expect.objectContaining({ module: 'notes', title: 'Notatki mieszkańców' }))
    expect(home.processes.some((p) => p.module === 'budget')).toBe(true)
    expect(ticks.length).toBeGreaterThanOrEqual(1)
    expect(seeded).toEqual(['notes'])
    expect(server.logins).toContain(`Notatki (dane demonstracyjne): ${server.url}/gmina-przykladowa/notatki`)
  }, 60_000)
})
