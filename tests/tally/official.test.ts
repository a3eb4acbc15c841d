/**
 * The most important tests: on every shared real Pabulib file, the file's own META rule reproduces the officially
 * selected projects, and the selection order equals the "checker semantics" order of EXPECTED.md. Plain MES and the
 * greedy variants are also compared with the pabutools reference rows. Everything is read from EXPECTED.md, so
 * adding a file there adds its tests.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  computeScores,
  equalShares,
  greedy,
  parsePabulib,
  tally,
  type PbElection,
} from '../../worker/budget/tally/index'

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/pabulib')
const FILES = readdirSync(SHARED)
  .filter((f) => f.endsWith('.pb'))
  .sort()

interface Expected {
  official: string[] | null
  checkerRule: string
  checkerOrder: string[]
  perVoter?: number
  prefersMes?: number
  prefersGreedy?: number
  rows: Map<string, string[]>
}

function readExpected(): Map<string, Expected> {
  const text = readFileSync(path.join(SHARED, 'EXPECTED.md'), 'utf8')
  const out = new Map<string, Expected>()
  for (const part of text.split(/^### /m).slice(1)) {
    const head = /^`([^`]+\.pb)`/.exec(part)
    if (!head) continue // e.g. "### Variants"
    const file = head[1]
    const list = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    const off = /\*\*official selected\*\* \([^)]*\): ([^\n]+)/.exec(part)
    const chk = /checker semantics \(([^)]+)\): \d+ projects, selection order ([^;\n]+?)(?:;|\n| ->)(.*)/.exec(part)!
    const e: Expected = {
      official: off ? list(off[1]) : null,
      checkerRule: chk[1],
      checkerOrder: list(chk[2]),
      rows: new Map(),
    }
    const pv = /final per-voter budget (\d+)/.exec(chk[3])
    if (pv) e.perVoter = Number(pv[1])
    const cmp = /prefers_mes=(\d+) prefers_greedy=(\d+)/.exec(chk[3])
    if (cmp) {
      e.prefersMes = Number(cmp[1])
      e.prefersGreedy = Number(cmp[2])
    }
    for (const row of part.matchAll(/^\| `([^`]+)` \|([^\n]*)\|\s*$/gm)) {
      const cells = row[2].split('|').map((c) => c.trim())
      const winners = cells[cells.length - 1]
      if (winners !== '–') e.rows.set(row[1], list(winners))
    }
    out.set(file, e)
  }
  return out
}

const EXPECTED = readExpected()
const cache = new Map<string, PbElection>()
function load(file: string): PbElection {
  let e = cache.get(file)
  if (!e) {
    e = parsePabulib(readFileSync(path.join(SHARED, file), 'utf8'), { keepVoters: false })
    cache.set(file, e)
  }
  return e
}

describe('EXPECTED.md covers every shared file', () => {
  it('has a section for each .pb file', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10)
    for (const f of FILES) expect(EXPECTED.has(f), f).toBe(true)
  })
})

describe.each(FILES)('%s', (file) => {
  const exp = EXPECTED.get(file)!

  it('META rule: selection order equals the checker semantics, selected set equals the official one', () => {
    const e = load(file)
    expect(e.meta.rule).toBe(exp.checkerRule)
    const o = tally(e)
    expect(o.selected).toEqual(exp.checkerOrder)
    const official = e.projects.filter((p) => p.fields.selected?.trim() === '1').map((p) => p.id)
    if (e.projectColumns.includes('selected')) {
      expect([...o.selected].sort()).toEqual([...official].sort())
      expect([...official].sort()).toEqual([...(exp.official ?? [])].sort())
      for (const p of o.projects) expect(p.selected, p.id).toBe(p.reason === 'funded')
      expect(o.spent).toBe(e.projects.filter((p) => official.includes(p.id)).reduce((s, p) => s + p.cost, 0n))
    } else {
      expect(exp.official).toBeNull()
    }
    expect(o.spent <= o.budget).toBe(true)
    if (exp.perVoter !== undefined) expect(o.perVoterBudget).toBe(exp.perVoter)
    if (exp.prefersMes !== undefined) {
      expect(o.comparison).toMatchObject({
        prefersMes: exp.prefersMes,
        prefersGreedy: exp.prefersGreedy,
        chosen: 'mes',
      })
    }
  })

  it('scores computed from the ballots equal the published votes/score columns', () => {
    expect(computeScores(load(file)).warnings).toEqual([])
  })

  it('plain MES (cost utilities, lexicographic ties) equals pabutools mes_cost_sat', () => {
    const ref = exp.rows.get('mes_cost_sat')
    expect(ref).toBeDefined()
    expect(equalShares(load(file), { ties: 'lexicographic' }).selected).toEqual(ref)
  })

  it('greedy variants equal the pabutools rows', () => {
    const e = load(file)
    const approval = e.voteType === 'approval'
    const fileOrder = exp.rows.get(
      approval ? 'greedy_cost_sat_fileorder_ties' : 'greedy_points_x_cost_sat_fileorder_ties',
    )
    const lexico = exp.rows.get(approval ? 'greedy_cost_sat' : 'greedy_points_x_cost_sat(=by score)')
    const withThreshold = exp.rows.get(
      approval ? 'greedy_cost_sat_threshold_fileorder_ties' : 'greedy_points_x_cost_sat_threshold_fileorder_ties',
    )
    if (fileOrder) expect(greedy(e, { threshold: 0 }).selected).toEqual(fileOrder)
    if (lexico) expect(greedy(e, { threshold: 0, ties: 'lexicographic' }).selected).toEqual(lexico)
    if (withThreshold) expect(greedy(e).selected).toEqual(withThreshold)
    expect(fileOrder ?? lexico ?? withThreshold).toBeDefined()
  })
})

describe('named reference facts', () => {
  it('Wieliczka 2023: 30 projects, per-voter budget 315, comparison 1615 vs 873', () => {
    const o = tally(load('Poland_Wieliczka_2023_Green_Budget.pb'))
    expect(o.rule).toBe('equalshares/add1-comparison')
    expect(o.selected).toHaveLength(30)
    expect(o.perVoterBudget).toBe(315)
    expect(o.perVoterBudgetExact).toBe('315')
    expect(o.comparison?.prefersMes).toBe(1615)
    expect(o.comparison?.prefersGreedy).toBe(873)
    expect(o.spent).toBe(99507900n)
  })

  it('Assen 2024: per-voter budget 2033, order 3, 9, 2, 11, 13, 14, 5, 6, 12', () => {
    const o = tally(load('Netherlands_Assen_2024.pb'))
    expect(o.perVoterBudget).toBe(2033)
    expect(o.selected).toEqual(['3', '9', '2', '11', '13', '14', '5', '6', '12'])
    // pabutools' order (lexicographic ties) differs only by the 2/11 tie.
    expect(tally(load('Netherlands_Assen_2024.pb'), { ties: 'lexicographic' }).selected).toEqual(
      EXPECTED.get('Netherlands_Assen_2024.pb')!.rows.get('mes_cost_sat_add1'),
    )
  })

  it('Bródno 2019: the 253-vote tie is decided by file order (official), not by id (pabutools default)', () => {
    const e = load('Poland_Warszawa_2019_Brodno.pb')
    const o = greedy(e)
    expect(o.tiesResolved.some((t) => t.tied.includes('1782') && t.tied.includes('1267'))).toBe(true)
    expect(o.selected).toContain('2162')
    expect(greedy(e, { ties: 'lexicographic' }).selected).toContain('2091')
  })

  it('Łódź 2023 add1 with the pabutools stopping rule has the same winners as the independent re-implementation', () => {
    // The checker semantics stop at 189 per voter; the reference re-implementation (exhaustive stop) at 189.5.
    // Both give the same 59 winners.
    const ref = EXPECTED.get('Poland_Lodz_2023.pb')!.rows.get(
      'mes_cost_sat_add1 [independent exact re-implementation]',
    )!
    const o = tally(load('Poland_Lodz_2023.pb'), { rule: 'equalshares/add1', ties: 'lexicographic' })
    expect(o.perVoterBudget).toBe(189)
    expect([...o.selected].sort()).toEqual([...ref].sort())
  })
})
