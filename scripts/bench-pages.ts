/**
 * `npm run bench:pages`: how fast the public pages appear on a phone — Lighthouse 12's mobile run (its default
 * simulated throttling: a slow 4G link and a CPU four times slower than this machine's) in Debian's Chromium, on the
 * pages residents open first: the platform's home, a JST's home, an edition, its project list, its results and its
 * voting page. Each page is measured several times and the median of each figure is kept (one run moves by a tenth of
 * a second when other jobs share the machine). Prints a table and writes it into docs/benchmarks.md between
 * `<!-- bench:pages:start -->` and `<!-- bench:pages:end -->`.
 *
 * The server is the one `npm start` runs (the esbuild bundle of worker/node.ts) on a fresh demo database under tmp/,
 * serving a web build of its own under tmp/ (web/dist, which other runs may be using, is left alone), on a free port.
 *
 * Lighthouse is not a dependency of the project: it is only needed here, it weighs about 190 MB with its own
 * dependencies, and its version must not move with `npm install` between two measurements. It is installed once into
 * a cache folder (`LH_PREFIX`, by default ~/.cache/wspolnota-lighthouse), as ../shared/tools/measure-page.sh does. The
 * browser is never downloaded: `CHROME_PATH` or Debian's chromium.
 *
 * Options: `--runs N` (3), `--dist DIR` (measure an existing web build instead of building one), `--only NAMES`
 * (some pages, by their names in the table, comma-separated; nothing is written then), `--no-write` (print only),
 * `--keep` (keep Lighthouse's JSON reports in tmp/bench-pages/reports).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants } from 'node:zlib'
// @ts-expect-error plain JavaScript without types, run by Node before dependencies exist
import { buildServer } from './build-server.mjs'
import { writeBenchSection } from './lib/bench-doc'

const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = join(root, 'tmp', 'bench-pages')
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const runs = Number(option('--runs') ?? 3)
const only = option('--only')?.split(',')
const write = !args.includes('--no-write')
const keep = args.includes('--keep')
const givenDist = option('--dist')
const loadAtStart = os.loadavg()[0]!.toFixed(2)

/** The goals of issue #12 for every public page, checked in the table's last column. */
const GOALS = { lcpMs: 1000, performance: 0.95, accessibility: 1, totalKiB: 100, entryKiB: 60 }

const kib = (bytes: number) => bytes / 1024
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

function run(cmd: string, argv: string[], cwd = root) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

/** Lighthouse 12 from the cache folder, installed there on the first run. */
function lighthouseBin(): string {
  const prefix = process.env.LH_PREFIX ?? join(os.homedir(), '.cache', 'wspolnota-lighthouse')
  const bin = join(prefix, 'node_modules', '.bin', 'lighthouse')
  if (!existsSync(bin)) {
    console.log(`Instaluję Lighthouse 12 w ${prefix}…`)
    mkdirSync(prefix, { recursive: true })
    if (!existsSync(join(prefix, 'package.json'))) run('npm', ['init', '-y'], prefix)
    run('npm', ['install', '--no-audit', '--no-fund', 'lighthouse@12'], prefix)
  }
  return bin
}

/** Debian's Chromium (or `CHROME_PATH`); this script never downloads a browser. */
function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(`Nie ma przeglądarki ${path}: zainstaluj pakiet chromium albo ustaw CHROME_PATH.`)
  return path
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

async function waitHealthy(base: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Serwer zakończył pracę (${child.exitCode}):\n${log()}`)
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Serwer nie odpowiedział w 90 s:\n${log()}`)
}

/** The web build to measure: the one named by `--dist`, or a fresh one under tmp/. */
function webBuild(): string {
  if (givenDist) {
    const dist = isAbsolute(givenDist) ? givenDist : resolve(root, givenDist)
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} nie zawiera index.html`)
    return dist
  }
  const dist = join(tmp, 'web')
  console.log('vite build…')
  run(process.execPath, [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--outDir',
    dist,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ])
  // The public pages' rendering on the server (vite.ssr.config.ts), next to the build, as `npm run build` makes it.
  run(process.execPath, [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '-c',
    'vite.ssr.config.ts',
    '--outDir',
    join(dist, 'ssr'),
    '--logLevel',
    'warn',
  ])
  return dist
}

/** The entry script named by the build's index.html and its size as the server sends it (brotli). */
function entryScript(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const src = html.match(/<script[^>]+src="([^"]+)"/)?.[1] ?? ''
  const file = join(dist, src)
  const raw = readFileSync(file)
  const br = existsSync(`${file}.br`)
    ? statSync(`${file}.br`).size
    : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  return { src, raw: raw.length, br }
}

interface Run {
  performance: number
  accessibility: number
  fcp: number
  lcp: number
  cls: number
  tbt: number
  totalBytes: number
  scriptBytes: number
  requests: number
  entryBytes: number
  /** The element Lighthouse took as the largest contentful paint (the last step of its selector): page content, or the footer of a page still loading. */
  lcpElement: string
  failedA11y: string[]
}

interface LhAudit {
  score: number | null
  numericValue?: number
  details?: { items?: Record<string, any>[] }
}

/**
 * One Lighthouse mobile run on `url`, reduced to the figures of the table. Lighthouse now and then loses the trace of
 * a load on a busy machine (NO_NAVSTART, NO_FCP); such a run is repeated, up to three times, rather than ending the
 * whole benchmark.
 */
function lighthouse(bin: string, chrome: string, url: string, report: string): Run {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(bin, chrome, url, report)
    } catch (error) {
      if (attempt >= 3) throw error
      console.warn(`\n${(error as Error).message.split('\n')[0]} — jeszcze raz`)
    }
  }
}

function lighthouseOnce(bin: string, chrome: string, url: string, report: string): Run {
  const r = spawnSync(
    bin,
    [
      url,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-extensions',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${report}`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
  if (r.status !== 0 || !existsSync(report)) throw new Error(`Lighthouse ${url}: ${r.stderr.trim()}`)
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>
    audits: Record<string, LhAudit>
    runtimeError?: { message: string }
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.message}`)
  if (!keep) rmSync(report, { force: true })
  const a = lhr.audits
  const value = (id: string) => a[id]?.numericValue ?? NaN
  const summary = a['resource-summary']?.details?.items ?? []
  const of = (type: string) => summary.find((i) => i.resourceType === type) ?? {}
  const requests = (a['network-requests']?.details?.items ?? []) as { url: string; transferSize?: number }[]
  const entry = requests.find((q) => /\/assets\/index-[^/]+\.js$/.test(q.url))
  return {
    performance: lhr.categories.performance!.score,
    accessibility: lhr.categories.accessibility!.score,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    totalBytes: value('total-byte-weight'),
    scriptBytes: Number(of('script').transferSize ?? 0),
    requests: Number(of('total').requestCount ?? requests.length),
    entryBytes: entry?.transferSize ?? 0,
    lcpElement: String(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?')
      .split(' > ')
      .at(-1)!,
    failedA11y: lhr.categories
      .accessibility!.auditRefs.filter(
        (ref) => ref.weight > 0 && a[ref.id]?.score !== null && (a[ref.id]?.score ?? 1) < 1,
      )
      .map((ref) => ref.id),
  }
}

// ---------------------------------------------------------------------------------------------------------------

const chrome = chromePath()
const lh = lighthouseBin()
mkdirSync(join(tmp, 'reports'), { recursive: true })
const dist = webBuild()
const entry = entryScript(dist)
console.log('server bundle…')
const serverBundle = join(tmp, 'server', 'node.mjs')
await buildServer(serverBundle)

const dbFile = join(tmp, `pages-${process.pid}.db`)
const port = await freePort()
const base = `http://localhost:${port}`
let output = ''
const server = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${dbFile}`,
    // As `npm start` runs it on a fresh machine: the demo JST with last year's finished edition and an open one.
    APP_ENV: 'development',
    APP_URL: base,
    SEED_DEMO: 'true',
    DEMO_BUDGET: 'true',
    WEB_DIST: dist,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
server.stdout?.on('data', (chunk) => (output += chunk))
server.stderr?.on('data', (chunk) => (output += chunk))
const cleanUp = () => {
  if (server.exitCode === null) server.kill('SIGTERM')
}
process.on('exit', () => {
  cleanUp()
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

await waitHealthy(base, server, () => output)

// The demo JST and its editions, as the API lists them: the finished one has results, a project list and a closed vote.
const slug = 'gmina-przykladowa'
const editions = (await (await fetch(`${base}/api/v1/jst/${slug}/bo`)).json()) as {
  items: { year: number; currentPhase: string | null }[]
}
const finished = editions.items.find((e) => e.currentPhase === 'implementation' || e.currentPhase === 'closed')
if (!finished) throw new Error('Demo nie ma zakończonej edycji budżetu.')
const edition = `/${slug}/bo/${finished.year}`
// The demo's youth council's election, running while the demo is fresh (its call, as the councils' API lists it).
const calls = (await (await fetch(`${base}/api/v1/jst/${slug}/rady/nabory`)).json()) as {
  items: { number: number; body: { slug: string } }[]
}
const electionCall = calls.items.find((c) => c.body.slug === 'mlodziezowa-rada')
// The demo's programme of cooperation open for comments.
const consultations = (await (await fetch(`${base}/api/v1/jst/${slug}/konsultacje`)).json()) as {
  items: { number: number; preset: string; state: string }[]
}
const programme = consultations.items.find((c) => c.preset === 'program_wspolpracy' && c.state === 'open')
const pages: { name: string; path: string }[] = [
  { name: 'platform home', path: '/' },
  { name: 'JST home', path: `/${slug}` },
  { name: 'edition', path: edition },
  { name: 'project list', path: `${edition}/projekty` },
  { name: 'results', path: `${edition}/wyniki` },
  { name: 'voting page', path: `${edition}/glosuj` },
  ...(programme ? [{ name: 'consultation', path: `/${slug}/konsultacje/${programme.number}` }] : []),
  { name: 'council body', path: `/${slug}/rady/rada-seniorow` },
  ...(electionCall
    ? [
        { name: 'council call', path: `/${slug}/rady/nabory/${electionCall.number}` },
        { name: 'council election', path: `/${slug}/rady/nabory/${electionCall.number}/wybory` },
      ]
    : []),
].filter((p) => !only || only.includes(p.name))

const rows: { name: string; path: string; m: Run; failedA11y: string[] }[] = []
for (const page of pages) {
  const results: Run[] = []
  for (let i = 0; i < runs; i++) {
    results.push(
      lighthouse(lh, chrome, base + page.path, join(tmp, 'reports', `${page.name.replace(/\W+/g, '-')}-${i}.json`)),
    )
    process.stdout.write('.')
  }
  const m = Object.fromEntries(
    (Object.keys(results[0]!) as (keyof Run)[])
      .filter((k) => k !== 'failedA11y' && k !== 'lcpElement')
      .map((k) => [k, median(results.map((r) => r[k] as number))]),
  ) as unknown as Run
  const failedA11y = [...new Set(results.flatMap((r) => r.failedA11y))]
  // The element most runs took (runs of one page agree but for a rare slow one).
  const count = (e: string) => results.filter((r) => r.lcpElement === e).length
  m.lcpElement = results.map((r) => r.lcpElement).reduce((best, e) => (count(e) > count(best) ? e : best))
  rows.push({ name: page.name, path: page.path, m, failedA11y })
  console.log(
    ` ${page.name}: perf ${m.performance.toFixed(2)}, LCP ${(m.lcp / 1000).toFixed(2)} s, ${kib(m.totalBytes).toFixed(1)} KiB`,
  )
}
server.kill('SIGTERM')

let commit = 'unknown'
try {
  commit = run('git', ['rev-parse', '--short', 'HEAD']).trim()
  if (run('git', ['status', '--porcelain', '--untracked-files=no']).trim()) commit += ' with uncommitted changes'
} catch {
  // not a git checkout
}

const met = (m: Run) => {
  const misses = [
    m.lcp > GOALS.lcpMs && 'LCP',
    m.performance < GOALS.performance && 'perf',
    m.accessibility < GOALS.accessibility && 'a11y',
    kib(m.totalBytes) >= GOALS.totalKiB && 'bytes',
  ].filter(Boolean)
  return misses.length ? `**no** (${misses.join(', ')})` : 'yes'
}
const table = [
  '| page | path | perf | a11y | FCP | LCP | LCP element | CLS | TBT | requests | total KiB | JS KiB | goals met |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    ({ name, path, m }) =>
      `| ${name} | \`${path}\` | ${m.performance.toFixed(2)} | ${m.accessibility.toFixed(2)} | ${(m.fcp / 1000).toFixed(2)} s | ${(m.lcp / 1000).toFixed(2)} s | \`${m.lcpElement}\` | ${m.cls.toFixed(3)} | ${Math.round(m.tbt)} ms | ${m.requests} | ${kib(m.totalBytes).toFixed(1)} | ${kib(m.scriptBytes).toFixed(1)} | ${met(m)} |`,
  ),
].join('\n')
const a11yNotes = rows
  .filter((r) => r.failedA11y.length)
  .map((r) => `- ${r.name}: failed accessibility audits ${r.failedA11y.map((id) => `\`${id}\``).join(', ')}`)
  .join('\n')
const entryLine = `Entry script \`${entry.src}\`: ${kib(entry.raw).toFixed(1)} KiB, ${kib(entry.br).toFixed(1)} KiB as brotli (goal under ${GOALS.entryKiB} KiB: ${kib(entry.br) < GOALS.entryKiB ? 'met' : '**not met**'}).`

const body = `## Pages (Lighthouse mobile, \`npm run bench:pages\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}, on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average at start ${loadAtStart}, ${run(
  chrome,
  ['--version'],
)
  .trim()
  .replace(
    /\s+built on.*$/,
    '',
  )}: Lighthouse 12 mobile (simulated slow 4G and a 4× slower CPU) against the Node server (\`npm start\`'s bundle, demo database, precompressed files) on localhost, median of ${runs} run${runs === 1 ? '' : 's'} per page. Goals (issue #12): LCP ≤ ${GOALS.lcpMs / 1000} s, performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, under ${GOALS.totalKiB} KiB transferred; "JS KiB" is every script the page downloaded, as transferred.

${table}

${entryLine}${a11yNotes ? `\n\n${a11yNotes}` : ''}
`
console.log(`\n${body}`)
if (write && !only) writeBenchSection(join(root, 'docs', 'benchmarks.md'), 'pages', body)
process.exit(0)
