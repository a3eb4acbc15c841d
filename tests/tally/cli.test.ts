import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SHARED = path.resolve(ROOT, '../shared/pabulib')
const GDYNIA = path.join(SHARED, 'Poland_Gdynia_2020_Orlowo__small.pb')
const TMP = mkdtempSync(path.join(tmpdir(), 'tally-cli-'))
afterAll(() => rmSync(TMP, { recursive: true, force: true }))

/** Exactly what `npm run -s tally -- …` runs. */
function runNpx(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/tally.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** The same script through tsx's loader without npx's start-up cost. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tally.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('npm run tally (scripts/tally.ts)', () => {
  it('--json prints one JSON object with the outcome of the META rule', () => {
    const r = runNpx(GDYNIA, '--json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.rule).toBe('greedy-no-skip')
    expect(j.budget).toBe(41780)
    expect(j.spent).toBe(34040)
    expect(j.selected).toEqual(['8', '7', '1', '6'])
    expect(j.threshold).toBe(50)
    expect(j.projects).toHaveLength(8)
    const p2 = j.projects.find((p: { id: string }) => p.id === '2')
    expect(p2).toMatchObject({ id: '2', cost: 5995, score: 43, selected: false, reason: 'below-threshold' })
    expect(p2.explanation).toMatch(/poniżej progu/)
  })

  it('--rule, --ties and --seed are honoured; the draw is part of the output', () => {
    const r = run(GDYNIA, '--rule', 'equalshares/add1', '--ties', 'seeded-draw', '--seed', 'abc', '--json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.rule).toBe('equalshares/add1')
    expect(j.ties).toBe('seeded-draw')
    expect(j.seed).toBe('abc')
    expect(j.perVoterBudget).toBe(347)
    expect(Array.isArray(j.draws)).toBe(true)
    expect(j.selected).toEqual(['8', '7', '1', '6', '2'])
  })

  it('prints a readable Polish table by default', () => {
    const r = run(GDYNIA)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Reguła: greedy-no-skip/)
    expect(r.out).toMatch(/Budżet: 41\u00a0780/)
    expect(r.out).toMatch(/poniżej progu/)
  })

  it('a malformed file exits non-zero with the line number on stderr', () => {
    const bad = path.join(TMP, 'bad.pb')
    writeFileSync(
      bad,
      'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;10\nVOTES\nvoter_id;vote\n1;a\n2;zz\n',
    )
    const r = run(bad, '--json')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/Linia 11: .*„zz”/)
    expect(r.err).toMatch(/Line 11: /)
  })

  it('usage errors exit with 1', () => {
    expect(run(GDYNIA, '--rule', 'nonsense').code).toBe(1)
    expect(run(GDYNIA, '--ties', 'seeded-draw').code).toBe(1)
  })
})
