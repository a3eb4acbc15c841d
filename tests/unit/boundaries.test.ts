import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importGraph, valueCycles, type ImportEdge } from '../support/imports'

/**
 * The layout rules of docs/architecture.md ("Anatomy of a module"), checked on every import of worker/ and web/src:
 * - core (`worker/core/`, `web/src/core/`) imports no module;
 * - a module reaches another module only through that module's `index.ts`;
 * - pure code (`domain/`, `tally/`, and every worker file the web imports at run time) imports neither Hono, drizzle
 *   nor libSQL, nor the database or HTTP layers, not even through another file;
 * - no two files import each other at run time, directly or round a loop.
 * What breaks a rule today is listed below and may only shrink: a new violation fails, and so does a listed one that
 * is gone (take it off the list).
 */
const root = fileURLToPath(new URL('../..', import.meta.url))

/** Module → its folders on the server and in the web app. */
const MODULES: Record<string, RegExp> = {
  budget: /^(worker|web\/src)\/budget\//,
  consultations: /^(worker|web\/src)\/consultations\//,
  councils: /^(worker|web\/src)\/councils\//,
}
const CORE = /^(worker|web\/src)\/core\//
const PURE = /^worker\/(.*\/)?(domain|tally)\//
const IO_PACKAGES = /^(hono|drizzle-orm|@libsql\/|libsql)(\/|$)/
const IO_FOLDERS = /^worker\/core\/(db|http)\//

/** Violations of today, each a reason to move code; the list only shrinks. */
const ALLOWED = new Set<string>([])

const moduleOf = (path: string) => Object.keys(MODULES).find((m) => MODULES[m]!.test(path))

function violations(files: string[], edges: ImportEdge[]): string[] {
  const found = new Set<string>()
  for (const e of edges) {
    const target = moduleOf(e.to)
    if (CORE.test(e.from) && target) found.add(`core imports a module: ${e.from} -> ${e.to}`)
    const source = moduleOf(e.from)
    if (source && target && source !== target && !/\/index\.tsx?$/.test(e.to))
      found.add(`a module reaches into another: ${e.from} -> ${e.to}`)
  }
  const imports = new Map<string, ImportEdge[]>()
  for (const e of edges) if (!e.typeOnly) imports.set(e.from, [...(imports.get(e.from) ?? []), e])
  const pure = new Set(files.filter((f) => PURE.test(f)))
  for (const e of edges) if (!e.typeOnly && e.from.startsWith('web/src/') && e.to.startsWith('worker/')) pure.add(e.to)
  for (const start of pure) {
    const seen = new Set([start])
    const queue = [start]
    while (queue.length) {
      for (const e of imports.get(queue.shift()!) ?? []) {
        if (IO_PACKAGES.test(e.spec) || IO_FOLDERS.test(e.to))
          found.add(`pure code reaches I/O: ${start} (through ${e.from}) -> ${e.spec}`)
        else if (e.to.startsWith('worker/') && !seen.has(e.to)) seen.add(e.to) && queue.push(e.to)
      }
    }
  }
  for (const cycle of valueCycles(edges)) found.add(`value-import cycle: ${cycle.join(' -> ')}`)
  return [...found].sort()
}

describe('module boundaries', () => {
  it('hold on every import, with only the listed exceptions of today', () => {
    const { files, edges } = importGraph(root, ['worker', 'web/src'])
    expect(files.length).toBeGreaterThan(150)
    const found = violations(files, edges)
    expect(
      found.filter((v) => !ALLOWED.has(v)),
      'new violations',
    ).toEqual([])
    expect(
      [...ALLOWED].filter((v) => !found.includes(v)),
      'listed violations that are gone: take them off ALLOWED',
    ).toEqual([])
  })

  it('catch a planted violation of each rule', () => {
    const edge = (from: string, to: string, spec = `./${to}`): ImportEdge => ({ from, to, spec, typeOnly: false })
    const files = ['worker/core/auth/x.ts', 'worker/budget/domain/a.ts', 'worker/budget/b.ts', 'worker/councils/c.ts']
    expect(
      violations(files, [
        edge('worker/core/auth/x.ts', 'worker/budget/queries.ts'),
        edge('worker/councils/c.ts', 'worker/budget/queries.ts'),
        edge('worker/budget/domain/a.ts', 'worker/budget/b.ts'),
        edge('worker/budget/b.ts', 'drizzle-orm', 'drizzle-orm'),
        edge('worker/budget/b.ts', 'worker/budget/domain/a.ts'),
      ]),
    ).toEqual([
      'a module reaches into another: worker/councils/c.ts -> worker/budget/queries.ts',
      'core imports a module: worker/core/auth/x.ts -> worker/budget/queries.ts',
      'pure code reaches I/O: worker/budget/domain/a.ts (through worker/budget/b.ts) -> drizzle-orm',
      'value-import cycle: worker/budget/b.ts -> worker/budget/domain/a.ts',
    ])
  })
})
