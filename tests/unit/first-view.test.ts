import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileFirstView } from '../../worker/core/http/first-view'
import { firstView as budget } from '../../web/src/budget/first-view'
import { firstView as consultations } from '../../web/src/consultations/first-view'
import { firstView as councils } from '../../web/src/councils/first-view'
import { firstView as core, SLUG, type FirstView } from '../../web/src/core/lib/first-view'
import { RESERVED } from '../../web/src/core/lib/context'

/**
 * The first-view tables (web/src/core/lib/first-view.ts, web/src/<module>/first-view.ts) describe routes that live
 * elsewhere (App.tsx, each module's module.tsx): these checks keep them from drifting apart. Whether the API calls
 * named are the ones the pages make is shown in the browser (tests/browser/core/first-view.test.ts).
 */
const src = fileURLToPath(new URL('../../web/src/', import.meta.url))
const routesIn = (file: string) =>
  new Set([...readFileSync(join(src, file), 'utf8').matchAll(/\[\s*'(\/[^']*)'\s*,/g)].map((m) => m[1]))

/**
 * Each table with the file that registers its routes: one file for the core and the budget, and for the councils the
 * routes file of the part the page belongs to (`councils/elections/ElectionPage.tsx` → `councils/elections/routes.tsx`).
 */
const tables: [string, (view: FirstView) => string, readonly FirstView[]][] = [
  ['core', () => 'App.tsx', core],
  ['budget', () => 'budget/module.tsx', budget],
  ['consultations', () => 'consultations/module.tsx', consultations],
  ['councils', (view) => `${dirname(view.page ?? 'councils/x')}/routes.tsx`, councils],
]

describe('the first-view tables', () => {
  it('are found for every module folder that has one, and each names only routes of its own module', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && d.name !== 'core' && existsSync(join(src, d.name, 'first-view.ts')),
    )
    expect(folders.map((d) => d.name).sort()).toEqual(tables.filter(([m]) => m !== 'core').map(([m]) => m))
    for (const [name, fileOf, table] of tables)
      for (const view of table)
        expect(routesIn(fileOf(view)).has(view.pattern), `${name}: ${view.pattern} is not in ${fileOf(view)}`).toBe(
          true,
        )
  })

  it('name as `page` a file the module loads on first visit', () => {
    for (const [name, fileOf, table] of tables) {
      for (const view of table) {
        const { page, pattern } = view
        if (!page) continue
        const file = fileOf(view)
        const source = readFileSync(join(src, file), 'utf8')
        expect(existsSync(join(src, page)), `${name} ${pattern}: ${page}`).toBe(true)
        const fromRoutes = `./${relative(dirname(join(src, file)), join(src, page)).replace(/\.tsx?$/, '')}`
        expect(
          source.includes(`import('${fromRoutes}')`),
          `${name} ${pattern}: ${page} is not loaded with lazyPage in ${file}`,
        ).toBe(true)
      }
    }
  })

  it('take a filtered call only from their own calls, and constrain only their own parameters', () => {
    for (const view of [...core, ...budget, ...consultations, ...councils]) {
      for (const path of view.filtered ?? []) expect(view.api, view.pattern).toContain(path)
      const params = new Set([...view.pattern.matchAll(/:(\w+)/g)].map((m) => m[1]))
      for (const name of Object.keys(view.where ?? {})) expect(params.has(name), `${view.pattern}: ${name}`).toBe(true)
      for (const path of view.api)
        for (const [, name] of path.matchAll(/:(\w+)/g)) expect(params.has(name), `${view.pattern}: ${path}`).toBe(true)
    }
  })

  it('never take a reserved word for a JST', () => {
    const slug = new RegExp(SLUG)
    for (const word of RESERVED) expect(slug.test(word), word).toBe(false)
    expect(slug.test('gmina-przykladowa')).toBe(true)
    expect(slug.test('panelowa')).toBe(true)
    const links = compileFirstView({
      routes: [...core, ...budget, ...consultations, ...councils].map((view) => ({ ...view, scripts: [], styles: [] })),
    })
    for (const word of RESERVED) expect(links(new URL(`http://x/${word}`)), word).toBe('')
    expect(links(new URL('http://x/panel/bo/2025'))).toBe('')
  })
})
