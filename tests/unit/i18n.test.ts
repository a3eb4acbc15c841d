import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { catalogs, loadCatalog } from '../../web/src/core/i18n/catalogs'
import { modules } from '../../worker/modules'

// A module's page catalogues are registered when its pages' `i18n/pages.ts` is imported; the checks read them all.
import.meta.glob('../../web/src/*/i18n/pages.ts', { eager: true })
// The audit log's labels, likewise registered by the page that shows them.
import '../../web/src/core/i18n/audit'

beforeAll(() => loadCatalog('en'))

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

describe('message catalogues', () => {
  it('have exactly the same keys in Polish and English (core and module files)', () => {
    const pl = Object.keys(catalogs.pl).sort()
    const en = Object.keys(catalogs.en).sort()
    expect(
      en.filter((k) => !pl.includes(k)),
      'keys only in English',
    ).toEqual([])
    expect(
      pl.filter((k) => !en.includes(k)),
      'keys only in Polish',
    ).toEqual([])
  })

  it('have no empty messages', () => {
    for (const lang of ['pl', 'en'] as const) {
      const empty = Object.entries(catalogs[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([])
    }
  })

  it('use the same {placeholders} in both languages', () => {
    const mismatched = Object.keys(catalogs.pl).filter(
      (key) => key in catalogs.en && placeholders(catalogs.pl[key]).join() !== placeholders(catalogs.en[key]).join(),
    )
    expect(mismatched).toEqual([])
  })
})

describe('audit log labels', () => {
  /** Actions written in the source of `folder` (`action: 'module.entity.verb'`, and `bo.assessment.${stage}` for both stages). */
  function actionsIn(folder: string): string[] {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const actions = new Set<string>()
    for (const file of files) {
      const source = readFileSync(join(folder, file), 'utf8')
      // Audit actions are namespaced (`ks.comment.submit`); a plain `action: 'save'` is a step of a domain rule.
      for (const m of source.matchAll(/action: '([a-z][\w-]*\.[\w.-]+)'/g)) actions.add(m[1]!)
      if (source.includes('action: `bo.assessment.${body.stage}`'))
        for (const stage of ['formal', 'merit']) actions.add(`bo.assessment.${stage}`)
    }
    return [...actions].sort()
  }

  it('each module declares every action its code writes (the list the labels are checked against)', () => {
    for (const m of modules)
      expect(
        actionsIn(join('worker', m.name)).filter((a) => !m.auditActions.includes(a)),
        m.name,
      ).toEqual([])
  })

  it('name every audited action in both languages, so officials never read raw action codes', () => {
    const actions = [
      ...actionsIn('worker/core'),
      ...actionsIn('worker/demo'),
      ...modules.flatMap((m) => m.auditActions),
    ]
    expect(actions.length).toBeGreaterThan(20)
    for (const lang of ['pl', 'en'] as const) {
      expect(actions.filter((a) => !(`audit.action.${a}` in catalogs[lang])).map((a) => `${lang}:${a}`)).toEqual([])
    }
  })
})
