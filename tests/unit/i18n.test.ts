import { beforeAll, describe, expect, it } from 'vitest'
import { catalogs, loadCatalog } from '../../web/src/i18n/catalogs'

beforeAll(() => loadCatalog('en'))

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

describe('message catalogues', () => {
  it('have exactly the same keys in Polish and English (core and module files)', () => {
    const pl = Object.keys(catalogs.pl).sort()
    const en = Object.keys(catalogs.en).sort()
    expect(en.filter((k) => !pl.includes(k)), 'keys only in English').toEqual([])
    expect(pl.filter((k) => !en.includes(k)), 'keys only in Polish').toEqual([])
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
