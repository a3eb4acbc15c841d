import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * Replaces one named section of docs/benchmarks.md (between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`),
 * so that each benchmark script rewrites only its own figures.
 */
export function writeBenchSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const header =
    "# Benchmarks\n\nMeasured on this project's machine (2 cores, 24 GiB) by `npm run bench`, `npm run bench:tally` and `npm run bench:vote`.\nEach section is rewritten by its own script; figures are measurements, never assertions in tests.\n"
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : header
  const block = `${start}\n${body.trim()}\n${end}`
  const re = new RegExp(`${start}[\\s\\S]*?${end}`)
  doc = re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n${block}\n`
  writeFileSync(file, doc)
}
