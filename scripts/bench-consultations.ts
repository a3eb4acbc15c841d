/**
 * `npm run bench:consultations`: a big city's consultation on this machine — 10,000 comments, 30% of them copies from
 * three campaigns — through the Node server as `npm start` runs it, on the embedded libSQL file. Measured: comments
 * sent and confirmed per second (each from its own address and e-mail; the e-mails go over HTTP to a mail sink on
 * loopback, from which each author's confirmation link is read), the grouping of identical and near-identical comments, answering every group and
 * single comment by a CSV import, publishing the report and rendering it as JSON (the HTML page's data), tagged PDF and
 * CSV, and the server's peak memory. Written to docs/benchmarks.md. Goals (issue #13): at least 500 comments/s,
 * grouping and the whole report each under 10 s on 2 cores.
 *
 * Besides throughput, each request's cost in the server's own CPU time (user + system from /proc, which other load on a
 * shared machine does not change). While working: `BENCH_COMMENTS=1500` for fewer comments (docs/benchmarks.md is
 * written only by the full run), `BENCH_COMMENTS_ONLY=1` to stop after the confirmations, `BENCH_CPU_PROF=<dir>` for
 * the server's CPU profile (`node --cpu-prof`).
 */
import { spawn } from 'node:child_process'
import http from 'node:http'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@libsql/client'
// @ts-expect-error plain JavaScript without types, run by Node before dependencies exist
import { buildServer } from './build-server.mjs'
import { writeBenchSection } from './lib/bench-doc'
import { load } from './lib/load'

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 10_000)
const CAMPAIGNS = 3
const COPIES = Math.round((COMMENTS * 0.3) / CAMPAIGNS)

const root = fileURLToPath(new URL('..', import.meta.url))
const loadAtStart = os.loadavg()[0]!.toFixed(2)
const tmp = join(root, 'tmp', 'bench-consultations')
mkdirSync(tmp, { recursive: true })
const dbFile = join(tmp, 'consultations.db')
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true })
const PORT = 18_860
const PASSWORD = 'Bench-haslo-2026'
const base = `http://127.0.0.1:${PORT}`
const SLUG = 'gmina-przykladowa'
const day = 86_400_000

// The mail provider: a sink on loopback that takes each message as an e-mail API would, so the server sends mail as in
// production (over HTTP, in the request) and the benchmark reads each author's confirmation link from it.
const MAIL_PORT = PORT + 1
const tokens: string[] = []
const sink = http
  .createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const m = /\/uwagi\/potwierdz#t=([A-Za-z0-9_-]+)/.exec(Buffer.concat(chunks).toString('utf8'))
      if (m) tokens.push(m[1]!)
      res.writeHead(202, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  .listen(MAIL_PORT, '127.0.0.1')

const serverBundle = join(tmp, 'server', 'node.mjs')
await buildServer(serverBundle)
const server = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    '--enable-source-maps',
    serverBundle,
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dbFile}`,
      APP_ENV: 'production',
      APP_URL: base,
      IDENTITY_PEPPER: 'bench-pepper',
      SEED_DEMO: 'true',
      DEMO_PASSWORD: PASSWORD,
      MAIL_DRIVER: 'http',
      MAIL_API_URL: `http://127.0.0.1:${MAIL_PORT}/send`,
      MAIL_API_KEY: 'bench',
      SMS_DRIVER: 'http',
      SMS_API_URL: `http://127.0.0.1:${MAIL_PORT}/sms`,
      SMS_API_KEY: 'bench',
      COOKIE_SECURE: 'false',
      // every simulated resident comes from an address of their own (X-Forwarded-For), as they would in a city
      TRUST_PROXY: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
const stop = () => server.exitCode === null && server.kill('SIGTERM')
process.on('exit', stop)

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/v1/health`)).ok) break
  } catch {}
  if (i > 600) throw new Error('server did not start')
  await new Promise((r) => setTimeout(r, 50))
}

/** CPU seconds (user + system) the server process has used so far: a per-request cost that other load cannot skew. */
const serverCpu = () => {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return NaN
  }
}
/** The server's CPU milliseconds per request while `run` lasts. */
async function withCpu<T extends { requests: number; errors: number }>(
  run: () => Promise<T>,
): Promise<T & { cpuMs: number }> {
  const before = serverCpu()
  const result = await run()
  return { ...result, cpuMs: ((serverCpu() - before) * 1000) / Math.max(1, result.requests + result.errors) }
}

/** The server's peak resident memory so far (VmHWM), in MiB. */
const peakMemory = () => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : NaN
}

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Origin: base },
  body: JSON.stringify({ email: 'koordynator@gmina-przykladowa.example', password: PASSWORD }),
})
if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`)
const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!

async function staff(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/v1/jst/${SLUG}/staff/konsultacje${path}`, {
    method,
    headers: {
      Origin: base,
      Cookie: cookie,
      ...(body !== undefined && typeof body !== 'string' ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return res
}

const VOCABULARY =
  'miasto park ścieżka rowerowa szkoła przedszkole autobus tramwaj zieleń drzewo plac ulica chodnik oświetlenie biblioteka dom kultury seniorzy młodzież sport boisko basen parking hałas powietrze woda kanalizacja mieszkania czynsz podatek budżet inwestycja remont most rzeka las targowisko przychodnia szpital bezpieczeństwo straż policja monitoring kawiarnia turystyka zabytek muzeum teatr koncert festiwal wolontariat organizacja fundacja stowarzyszenie rada dzielnica osiedle podwórko ławka kosz śmieci segregacja recykling energia słońce ciepło smog komunikacja rower hulajnoga pieszy przejście światła rondo korek dojazd'.split(
    ' ',
  )
/** `count` words chosen by `seed`: every generated comment says something of its own (no two near-duplicates). */
function words(count: number, seed: number): string {
  let x = (seed * 2654435761 + 12345) >>> 0
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return VOCABULARY[(x >>> 8) % VOCABULARY.length]
  }).join(' ')
}
const warsawDay = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(Date.now() + offset * day))

// A consultation of a draft with 40 paragraphs, published with dates ahead, then opened now in the database (as the
// calendar would have done), so the benchmark need not wait for its first day.
const created = (await (
  await staff('POST', '', {
    preset: 'inne',
    title: 'Strategia rozwoju miasta 2030 (benchmark)',
    subject: 'Projekt strategii rozwoju miasta na lata 2027–2030',
    purpose: 'Poznanie opinii mieszkańców o projekcie strategii',
    startDate: warsawDay(3),
    endDate: warsawDay(40),
    participants: 'Mieszkańcy miasta',
    area: 'Całe miasto',
    forms: ['written', 'meeting'],
    responsibleUnit: 'Biuro Strategii',
    resultsForm: 'Raport na platformie i w BIP',
    councilResolution: 'uchwała nr I/1/2026',
    audience: 'residents',
  })
).json()) as { number: number; version: number }
const n = created.number
const draft = Array.from({ length: 8 }, (_, s) => [
  `# Rozdział ${s + 1}. Cel strategiczny ${s + 1}`,
  '',
  ...Array.from(
    { length: 5 },
    (_, p) => `§ ${s * 5 + p + 1}. Miasto realizuje działanie ${s * 5 + p + 1}: ${words(12, s * 5 + p)}.\n`,
  ),
]).flat()
await staff('POST', `/${n}/document`, { format: 'markdown', source: draft.join('\n') })
const published = (await (await staff('GET', `/${n}`)).json()) as { version: number }
await staff('POST', `/${n}/publish`, { version: published.version })

const db = createClient({ url: `file:${dbFile}` })
await db.execute('PRAGMA busy_timeout = 10000')
const { id: consultationId } = (
  await db.execute({ sql: 'SELECT id FROM ks_consultations WHERE number = ?', args: [n] })
).rows[0] as unknown as { id: string }
const setDates = (startOffset: number, endOffset: number) =>
  db.execute({
    sql: 'UPDATE ks_consultations SET start_date = ?, end_date = ?, starts_at = ?, ends_at = ? WHERE id = ?',
    args: [
      warsawDay(startOffset),
      warsawDay(endOffset),
      Date.now() + startOffset * day,
      Date.now() + endOffset * day,
      consultationId,
    ],
  })
await setDates(-1, 30)
const documentVersion = 1
const paragraphs = (
  (await (await fetch(`${base}/api/v1/jst/${SLUG}/konsultacje/${n}/document`)).json()) as {
    sections: { paragraphs: { id: string }[] }[]
  }
).sections.flatMap((s) => s.paragraphs.map((p) => p.id))

const campaigns = Array.from({ length: CAMPAIGNS }, (_, k) => `Kampania ${k + 1}: ${words(40, 1_000_000 + k)}.`)
/** Comment `i`: the first 30% are campaign copies (some with a signature or a greeting added), the rest unique. */
function comment(i: number) {
  const copy = i < COPIES * CAMPAIGNS
  const text = copy
    ? `${i % 5 === 0 ? 'Dzień dobry, ' : ''}${campaigns[i % CAMPAIGNS]}${i % 7 === 0 ? `\nZ poważaniem, Osoba ${i}` : ''}`
    : `Proponuję: ${words(30, i)}.`
  return {
    paragraphId: paragraphs[i % paragraphs.length],
    documentVersion,
    quotedPassage: '',
    proposal: copy ? '' : `Nowe brzmienie: ${words(10, i + 7)}.`,
    text,
    authorKind: 'resident',
    authorName: `Osoba ${i}`,
    authorAddress: `ul. Testowa ${i}, Przykładowo`,
    email: `osoba${i}@bench.example`,
    privacyAccepted: true,
  }
}
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`

const commentsPath = `/api/v1/jst/${SLUG}/konsultacje/${n}/comments`
const submitted = await withCpu(() =>
  load(PORT, 'POST …/comments', 64, {
    seconds: 600,
    count: COMMENTS,
    ok: (s) => s === 201,
    request: (i) => ({
      method: 'POST',
      path: commentsPath,
      headers: { Origin: base, 'X-Forwarded-For': address(i) },
      body: JSON.stringify(comment(i)),
    }),
  }),
)

const confirmed = await withCpu(() =>
  load(PORT, 'POST …/comments/confirm', 64, {
    seconds: 600,
    count: tokens.length,
    ok: (s) => s === 200,
    request: (i) => ({
      method: 'POST',
      path: `${commentsPath}/confirm`,
      headers: { Origin: base, 'X-Forwarded-For': address(i) },
      body: JSON.stringify({ token: tokens[i] }),
    }),
  }),
)
console.log('submit', submitted.statuses, 'confirm', confirmed.statuses)
const confirmedCount = Number(
  (
    await db.execute({
      sql: "SELECT count(*) AS n FROM ks_comments WHERE consultation_id = ? AND status = 'confirmed'",
      args: [consultationId],
    })
  ).rows[0]!.n,
)
const commentsPerSecond = confirmedCount / (submitted.seconds + confirmed.seconds)
if (process.env.BENCH_COMMENTS_ONLY) {
  // A quick look at the two requests alone, while working on them.
  console.log(
    `sent ${submitted.rps.toFixed(0)}/s (CPU ${submitted.cpuMs.toFixed(2)} ms), confirmed ${confirmed.rps.toFixed(0)}/s (CPU ${confirmed.cpuMs.toFixed(2)} ms): ${commentsPerSecond.toFixed(0)} comments/s, ${confirmedCount} confirmed`,
  )
  stop()
  await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)))
  process.exit(0)
}

// The consultation ends; the office groups, answers and reports.
await setDates(-31, -1)
const timed = async <T>(what: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now()
  const result = await what()
  return [result, (performance.now() - t0) / 1000]
}
const [grouping, groupingSeconds] = await timed(async () => (await staff('POST', `/${n}/groups/compute`)).json())

const [exported, exportSeconds] = await timed(async () => (await staff('GET', `/${n}/answers.csv`)).text())
const lines = exported
  .replace(/^\uFEFF/, '')
  .split('\r\n')
  .filter(Boolean)
const header = lines[0]!.split(';')
const kindAt = header.indexOf('rozstrzygnięcie')
const justificationAt = header.indexOf('uzasadnienie')
const answeredCsv = [
  lines[0],
  ...lines.slice(1).map((line, i) => {
    const cells = line.split(';')
    cells[kindAt] = ['uwzględniona', 'nieuwzględniona', 'częściowo uwzględniona'][i % 3]!
    cells[justificationAt] = `Uzasadnienie rozstrzygnięcia nr ${i + 1}: ${words(12, i)}.`
    return cells.join(';')
  }),
].join('\r\n')
const [imported, importSeconds] = await timed(async () =>
  (await staff('POST', `/${n}/answers/import?approve=1`, answeredCsv, { 'Content-Type': 'text/csv' })).json(),
)

const [, publishSeconds] = await timed(() => staff('POST', `/${n}/report/publish`))
const pub = `${base}/api/v1/jst/${SLUG}/konsultacje/${n}`
const fetchTimed = async (path: string) => {
  const t0 = performance.now()
  const res = await fetch(`${pub}${path}`)
  const bytes = (await res.arrayBuffer()).byteLength
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
  return { seconds: (performance.now() - t0) / 1000, bytes }
}
const html = await fetchTimed('/report')
const pdf = await fetchTimed('/report.pdf')
const csv = await fetchTimed('/report.csv')
const reportSeconds = publishSeconds + html.seconds + pdf.seconds + csv.seconds
const peak = peakMemory()

stop()
await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)))
db.close()
sink.close()

const g = grouping as { groups?: number; grouped?: number; single?: number }
const ok = (met: boolean) => (met ? 'met' : '**not met**')
const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`
const body = `## Consultations (\`npm run bench:consultations\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average at start ${loadAtStart}: the Node server (\`APP_ENV=production\`, the bundle \`npm start\` runs) on the embedded libSQL file, loaded from the same machine by 64 clients on loopback. One consultation, a draft of 40 paragraphs, ${COMMENTS.toLocaleString('en')} comments on paragraphs from ${COMMENTS.toLocaleString('en')} residents (each its own address and e-mail), ${(COPIES * CAMPAIGNS).toLocaleString('en')} of them (30%) copies of three campaigns' text (some with a greeting or a signature added).

| step | figure |
| --- | --- |
| comments sent (\`POST …/comments\`, 201) | ${submitted.requests.toLocaleString('en')} in ${submitted.seconds.toFixed(1)} s — ${submitted.rps.toFixed(0)}/s, p50 ${submitted.p50.toFixed(1)} ms, p99 ${submitted.p99.toFixed(1)} ms, ${submitted.errors} errors; server CPU ${submitted.cpuMs.toFixed(2)} ms each |
| confirmations (\`POST …/comments/confirm\`, the e-mailed link) | ${confirmed.requests.toLocaleString('en')} in ${confirmed.seconds.toFixed(1)} s — ${confirmed.rps.toFixed(0)}/s, p50 ${confirmed.p50.toFixed(1)} ms, p99 ${confirmed.p99.toFixed(1)} ms, ${confirmed.errors} errors; server CPU ${confirmed.cpuMs.toFixed(2)} ms each |
| **confirmed comments accepted per second** (both steps) | **${commentsPerSecond.toFixed(0)}/s** (${confirmedCount.toLocaleString('en')} confirmed) — goal ≥ 500/s: ${ok(commentsPerSecond >= 500)} |
| **grouping** (\`POST …/groups/compute\`) | **${groupingSeconds.toFixed(2)} s**: ${g.groups ?? '?'} groups holding ${g.grouped ?? '?'} comments, ${g.single ?? '?'} answered alone — goal < 10 s: ${ok(groupingSeconds < 10)} |
| answers exported as CSV / imported and approved | ${exportSeconds.toFixed(2)} s / ${importSeconds.toFixed(2)} s (${JSON.stringify(imported).slice(0, 80)}) |
| report published (frozen snapshot, e-mails to participants queued) | ${publishSeconds.toFixed(2)} s |
| report as JSON (the HTML page's data) / tagged PDF / CSV | ${html.seconds.toFixed(2)} s (${kib(html.bytes)}) / ${pdf.seconds.toFixed(2)} s (${kib(pdf.bytes)}) / ${csv.seconds.toFixed(2)} s (${kib(csv.bytes)}) |
| **the whole report** (publish + JSON + PDF + CSV) | **${reportSeconds.toFixed(2)} s** — goal < 10 s: ${ok(reportSeconds < 10)} |
| server's peak memory (VmHWM) | ${peak.toFixed(0)} MiB |
`
if (COMMENTS === 10_000) writeBenchSection(join(root, 'docs', 'benchmarks.md'), 'consultations', body)
console.log(body)
