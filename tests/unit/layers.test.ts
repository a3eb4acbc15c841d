import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importGraph, type ImportEdge } from '../support/imports'

/**
 * The HTTP layer stays thin (docs/architecture.md, "Anatomy of a module"):
 * - only the HTTP layer imports Hono: core's `http/` (and the session and access middleware), `deps.ts`, the entries,
 *   and in a module its route files and its one `http.ts` (path parameters, headers). So no action, query, view or
 *   domain file can take Hono's `Context`: without the import it has no way to name it;
 * - a route file (in a `routes/` folder, or named `…routes.ts`) exports nothing but its registration functions
 *   (`xxxRoutes(api)`), so every business action lives where the demo seed, the scheduler and tests can call it.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))

const HTTP_LAYER =
  /^worker\/(app|index|node|node-server)\.ts$|^worker\/core\/(http\/|deps\.ts$|auth\/(access|session)\.ts$)|^worker\/[^/]+\/http\.ts$/
const ROUTE_FILE = /^worker\/(.+\/)?(routes\/[^/]+|[^/]*routes)\.ts$/
const EXPORT = /^export\s+(?:default\s+)?(?:async\s+)?(function|const|let|class|interface|type|enum)\s+([\w$]+)/gm

function violations(files: { path: string; text: string }[], edges: ImportEdge[]): string[] {
  const found = new Set<string>()
  for (const e of edges)
    if (/^hono(\/|$)/.test(e.spec) && !HTTP_LAYER.test(e.from) && !ROUTE_FILE.test(e.from))
      found.add(`outside the HTTP layer, imports ${e.spec}: ${e.from}`)
  for (const { path, text } of files) {
    if (!ROUTE_FILE.test(path)) continue
    for (const m of text.matchAll(EXPORT))
      if (m[1] !== 'function' || !/Routes$/.test(m[2]!)) found.add(`a route file exports ${m[2]}: ${path}`)
    if (/^export\s*\{/m.test(text) || /^export\s+\*/m.test(text)) found.add(`a route file re-exports: ${path}`)
  }
  return [...found].sort()
}

describe('the HTTP layer', () => {
  it('is the only code that imports Hono, and route files export only their routes', () => {
    const { files, edges } = importGraph(root, ['worker'])
    const sources = files.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
    expect(sources.filter((f) => ROUTE_FILE.test(f.path)).length).toBeGreaterThan(10)
    expect(violations(sources, edges)).toEqual([])
  })

  it('catches a planted action that takes a Context and a route file that exports an action', () => {
    const hono: ImportEdge = { from: 'worker/budget/actions/submission.ts', to: 'hono', spec: 'hono', typeOnly: true }
    const files = [
      {
        path: 'worker/budget/routes/submission.ts',
        text: 'export function submissionRoutes(api: Api) {}\nexport async function createDraft(c: Ctx) {}\n',
      },
      { path: 'worker/budget/voting/staff-routes.ts', text: 'export function votingStaffRoutes(api: Api) {}\n' },
      { path: 'worker/budget/actions/submission.ts', text: 'export async function createDraft(deps: Deps) {}\n' },
    ]
    expect(violations(files, [hono, { ...hono, from: 'worker/budget/routes/submission.ts' }])).toEqual([
      'a route file exports createDraft: worker/budget/routes/submission.ts',
      'outside the HTTP layer, imports hono: worker/budget/actions/submission.ts',
    ])
  })
})
