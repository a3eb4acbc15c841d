#!/usr/bin/env node
/**
 * `npm test`: every suite in one run — Node API and library tests, the Worker build in workerd, and the browser
 * journeys in Debian's Chromium. Makes sure Chromium is there (installs Debian's package when it can), builds the web
 * app and its server rendering, runs vitest, and ends with the one line CI reads: `tests: N passed, M failed`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    console.log('Brak Chromium — instaluję pakiet Debiana (apt-get install chromium)…')
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
  if (!existsSync(chromium)) {
    console.error(
      `Testy w przeglądarce potrzebują Chromium z Debiana pod ${chromium}.\nZainstaluj: sudo apt-get install -y chromium (albo wskaż inną ścieżkę w CHROMIUM_PATH).`,
    )
    console.log('tests: 0 passed, 1 failed')
    process.exit(1)
  }
}

// The browser's build, then the public pages' rendering on the server into its ssr/ folder (vite.ssr.config.ts),
// which the Node server loads and the workerd tests bundle.
const build = run('npx', ['vite', 'build', '--logLevel', 'warn'])
const ssr = build.status === 0 ? run('npx', ['vite', 'build', '-c', 'vite.ssr.config.ts', '--logLevel', 'warn']) : build
if (build.status !== 0 || ssr.status !== 0) {
  console.log('tests: 0 passed, 1 failed')
  process.exit(1)
}

mkdirSync(join(root, 'tmp'), { recursive: true })
const report = join(root, 'tmp', 'vitest-report.json')
rmSync(report, { force: true })
const extra = process.argv.slice(2)
const result = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CHROMIUM_PATH: chromium },
  },
)

let passed = 0
let failed = 0
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests ?? 0
  failed = (json.numFailedTests ?? 0) + filesFailedWithoutTests(json)
} else {
  failed = 1
}
if (result.status !== 0 && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(result.status === 0 && failed === 0 ? 0 : 1)

/** Test files that failed before any test could fail (a syntax or import error, a failing hook): one failure each. */
function filesFailedWithoutTests(json) {
  return (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length
}
