import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

/** One `import … from` or `export … from` of a source file, resolved to a project path where it is relative. */
export interface ImportEdge {
  from: string
  /** A project path (`worker/budget/queries.ts`) for a relative specifier, the package name otherwise. */
  to: string
  spec: string
  /** `import type …`, or braces holding only `type` names: erased by TypeScript, so it makes no runtime edge. */
  typeOnly: boolean
}

const IMPORT = /(?:^|\n)\s*(import|export)(\s+type)?\s+([^'";()=]*?)\s+from\s+'([^']+)'/g
const ONLY_TYPES = /^\{\s*(?:type\s+[\w$]+(?:\s+as\s+[\w$]+)?\s*,?\s*)+\}$/

function resolveSpec(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  const base = normalize(join(dirname(from), spec))
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = join(root, candidate)
    if (existsSync(full) && statSync(full).isFile()) return candidate
  }
  return base
}

/**
 * Every static import of the TypeScript files under `folders` (tracked or new, not ignored), read as text: enough
 * for the layout rules, which need who imports whom, not types. Dynamic `import()` calls are not edges.
 */
export function importGraph(root: string, folders: string[]): { files: string[]; edges: ImportEdge[] } {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...folders], {
    cwd: root,
    encoding: 'utf8',
  })
  const files = listed.split('\n').filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && existsSync(join(root, f)))
  const edges: ImportEdge[] = []
  for (const from of files) {
    for (const m of readFileSync(join(root, from), 'utf8').matchAll(IMPORT)) {
      const spec = m[4]!
      edges.push({ from, to: resolveSpec(root, from, spec), spec, typeOnly: !!m[2] || ONLY_TYPES.test(m[3]!.trim()) })
    }
  }
  return { files, edges }
}

/** Groups of files that import each other at run time (strongly connected components of value imports, size > 1). */
export function valueCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>()
  for (const e of edges) {
    if (e.typeOnly || e.to === e.spec) continue
    if (!next.has(e.from)) next.set(e.from, new Set())
    next.get(e.from)!.add(e.to)
  }
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        group.push(w)
      } while (w !== v)
      if (group.length > 1) cycles.push(group.sort())
    }
  }
  for (const v of next.keys()) if (!index.has(v)) visit(v)
  return cycles
}
