import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { catalogs, loadCatalog } from '../../web/src/core/i18n/catalogs'
import { implementationStages, publicStatuses } from '../../worker/budget/queries'

beforeAll(() => loadCatalog('en'))

/** Every kind of project history event the server writes, read from the source (`eventInsert(deps, p, 'kind'`). */
function historyKinds(): string[] {
  const files = readdirSync('worker', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  const kinds = new Set<string>()
  for (const file of files) {
    const source = readFileSync(join('worker', file), 'utf8')
    for (const m of source.matchAll(/eventInsert\(\s*\w+,\s*[\w.!() as]+,\s*'([a-z][\w-]*)'/g)) kinds.add(m[1]!)
    if (source.includes('`assessment-${body.stage}`'))
      for (const stage of ['formal', 'merit']) kinds.add(`assessment-${stage}`)
  }
  return [...kinds].sort()
}

describe("labels residents read on a project's page and in the list", () => {
  it('name every history event the server writes, in both languages (never "selected" or "implementation")', () => {
    const kinds = historyKinds()
    expect(kinds).toEqual(expect.arrayContaining(['submitted', 'selected', 'implementation', 'assessment-formal']))
    for (const lang of ['pl', 'en'] as const) {
      expect(kinds.filter((k) => !(`budget.history.${k}` in catalogs[lang])).map((k) => `${lang}:${k}`)).toEqual([])
    }
  })

  it('name every public status and every stage of a winner, so the list and its filter never show a code', () => {
    for (const lang of ['pl', 'en'] as const) {
      const missing = [...publicStatuses, ...implementationStages].filter(
        (s) => !(`budget.status.${s}` in catalogs[lang]),
      )
      expect(missing.map((s) => `${lang}:${s}`)).toEqual([])
    }
    expect(catalogs.pl['budget.status.selected']).toBe('wybrany w głosowaniu')
    expect(catalogs.pl['budget.status.done']).toBe('zrealizowany')
  })
})
