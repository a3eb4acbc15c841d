import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { parsePabulib } from '../../../worker/budget/tally'
import { configFromEnv } from '../../../worker/core/config'
import { seedDemoBudget } from '../../../worker/budget/demo/seed'
import { json, pubOf } from './helpers'
import { Agent, testApp, type TestApp } from '../../support/api'

/**
 * One money convention for every export: złoty (a dot before grosze, none when whole), said in the column name
 * (`koszt_zl`); the `.pb` files use the same units. Each export's cost of each project of the demo's finished edition
 * equals the cost the project page shows (grosze in the API, the revised cost once there is one).
 */
let t: TestApp
const past = pubOf(Number(warsawDate(new Date()).date.slice(0, 4)) - 1)

beforeAll(async () => {
  t = await testApp()
  await seedDemoBudget(t.db, configFromEnv({ APP_ENV: 'development' }))
}, 60_000)
afterAll(() => t.close())

/** Rows of a `;`-separated CSV with a header (quotes doubled inside quoted cells), as objects by column name. */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') ((cell += '"'), i++)
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') (row.push(cell), (cell = ''))
    else if (ch === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''))
    else cell += ch
  }
  if (cell || row.length) rows.push([...row, cell])
  const [header, ...data] = rows
  return data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
}

/** Grosze as the exports write złoty: "240000", "921012.06". */
const asZl = (grosze: number) =>
  grosze % 100 === 0 ? String(grosze / 100) : (grosze / 100).toFixed(2).replace(/0$/, '')

describe('costs in open data', () => {
  it('are the same in projects.csv, the results CSV, the .pb files and on the page', async () => {
    const r = new Agent(t)
    const { items } = await json<{
      items: { id: string; number: number; title: string; status: string; cost: number; revisedCost: number | null }[]
    }>(r.get(`${past}/projects?limit=100`), 200)
    const page = new Map(items.map((p) => [p.title, p.revisedCost ?? p.cost]))
    expect(page.size).toBeGreaterThan(5)

    const projectsCsv = readCsv(await (await r.get(`${past}/projects.csv`)).text())
    for (const row of projectsCsv) {
      const grosze = page.get(row.tytul!)!
      expect(row.koszt_po_weryfikacji_zl || row.koszt_zl, row.tytul).toBe(asZl(grosze))
    }

    const resultsCsv = readCsv(await (await r.get(`${past}/results/csv`)).text())
    expect(resultsCsv.length).toBeGreaterThan(5)
    expect(Object.keys(resultsCsv[0]!)).toContain('koszt_zl')
    for (const row of resultsCsv) expect(row.koszt_zl, row.tytul).toBe(asZl(page.get(row.tytul!)!))

    const results = await json<{ pools: { code: string; outcome: { projects: { name: string; cost: number }[] } }[] }>(
      r.get(`${past}/results`),
      200,
    )
    for (const pool of results.pools) {
      for (const p of pool.outcome.projects) expect(Math.round(p.cost * 100), p.name).toBe(page.get(p.name))
      const file = parsePabulib(await (await r.get(`${past}/results/${pool.code}.pb`)).text())
      for (const p of file.projects) expect(Number(p.cost), p.fields?.name).toBe(page.get(p.fields!.name!))
    }
  })
})

describe('dates in open data', () => {
  it('give the last day of voting as date_end in the .pb files, not the next midnight', async () => {
    const r = new Agent(t)
    const edition = await json<{ phases: { phase: string; startsAt: string; endsAt: string }[] }>(r.get(past), 200)
    const voting = edition.phases.find((p) => p.phase === 'voting')!
    const lastDay = warsawDate(new Date(new Date(voting.endsAt).getTime() - 1))
      .date.split('-')
      .reverse()
      .join('.')
    const file = parsePabulib(await (await r.get(`${past}/results/OG.pb`)).text())
    expect(file.meta.date_end).toBe(lastDay)
  })
})
