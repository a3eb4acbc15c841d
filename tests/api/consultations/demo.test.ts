import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../worker/core/config'
import { seedModules } from '../../../worker/core/module'
import { modules } from '../../../worker/modules'
import { PROGRAMME_V1, PROGRAMME_V2 } from '../../../worker/consultations/demo/drafts'
import { Agent, ORIGIN, testApp, type TestApp } from '../../support/api'
import { PUB_KS } from './helpers'

/**
 * The demo content the consultations module adds to "Gmina Przykładowa" (worker/consultations/demo/seed.ts), seeded as
 * `npm start` does (every module's `seedDemo`) and seen only through the public API: an open programme of cooperation
 * with two versions of its draft, an ended consultation, three verified NGOs, and nothing more on a second run.
 */
let t: TestApp
let description = ''
const config = () => configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
const get = async <T = any>(path: string): Promise<T> => {
  const res = await new Agent(t).get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

interface Summary {
  number: number
  title: string
  preset: string
  state: string
}

beforeAll(async () => {
  t = await testApp()
  description = (await seedModules(modules, t.db, config()))(ORIGIN)
}, 120_000)
afterAll(() => t.close())

describe('demo consultations', () => {
  it('lists the open programme of cooperation and an ended consultation, each in the first-run message', async () => {
    const { items } = await get<{ items: Summary[] }>(PUB_KS)
    expect(items.map((c) => `${c.preset}:${c.state}`).sort()).toEqual(['inne:ended', 'program_wspolpracy:open'])
    for (const c of items) expect(description).toContain(`${ORIGIN}/gmina-przykladowa/konsultacje/${c.number}`)
    const open = items.find((c) => c.state === 'open')!
    const page = await get(`${PUB_KS}/${open.number}`)
    expect(page.audience).toBe('ngos')
    expect(page.forms).toEqual(['written', 'mail'])
    expect(page.publicTaskAreas).toContain('wolontariat')
    expect(page.endDate > page.startDate).toBe(true)
  })

  it('gives the open one two versions whose comparison shows changes; the ended one has one', async () => {
    const { items } = await get<{ items: Summary[] }>(PUB_KS)
    const open = items.find((c) => c.state === 'open')!
    const doc = await get<{ versions: { version: number }[] }>(`${PUB_KS}/${open.number}/document`)
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2])
    const diff = await get<{ paragraphs: unknown[] }>(`${PUB_KS}/${open.number}/document/compare/1/2`)
    expect(diff.paragraphs.length).toBeGreaterThan(0)
    const ended = items.find((c) => c.state === 'ended')!
    const endedDoc = await get<{ versions: { version: number }[] }>(`${PUB_KS}/${ended.number}/document`)
    expect(endedDoc.versions.map((v) => v.version)).toEqual([1])
  })

  it('lists three verified organisations in the JST’s directory', async () => {
    const page = await get<{ items: { verified: boolean; registerNumber: string }[]; total: number }>(
      '/api/v1/jst/gmina-przykladowa/organizations',
    )
    expect(page.total).toBe(3)
    expect(page.items.every((o) => o.verified)).toBe(true)
    expect(page.items.map((o) => o.registerNumber).sort()).toEqual(['0000000001', '0000000002', '0000000003'])
  })

  it('adds nothing on a second run', async () => {
    const again = await seedModules(
      modules.filter((m) => m.name === 'consultations'),
      t.db,
      config(),
    )
    expect(again(ORIGIN)).toBe('')
    expect((await get<{ items: unknown[] }>(PUB_KS)).items).toHaveLength(2)
    expect((await get<{ total: number }>('/api/v1/jst/gmina-przykladowa/organizations')).total).toBe(3)
  })

  it('seeds the drafts of the fixtures word for word', () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../worker/consultations/domain/fixtures/${name}`, import.meta.url), 'utf8')
    expect(PROGRAMME_V1).toBe(fixture('program-wspolpracy.md'))
    expect(PROGRAMME_V2).toBe(fixture('program-wspolpracy-v2.md'))
  })
})
