/**
 * `npm run bench`: size and speed of the platform core, written to docs/benchmarks.md.
 * - Worker bundle (raw and gzip) from `wrangler deploy --dry-run`;
 * - web entry (gzip) from `vite build`;
 * - cold start of the Node server to its first healthy answer (empty database: migrations + demo seed; and an
 *   existing database);
 * - requests/s with p50/p99 latency for `GET /api/v1/health` and a JST's home page (the HTML route and its API call)
 *   under concurrent keep-alive clients on loopback. Load is bounded in count and time and goes only to 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { writeBenchSection } from './lib/bench-doc'
import { load, type LoadResult } from './lib/load'

const root = fileURLToPath(new URL('..', import.meta.url))
const loadAtStart = os.loadavg()[0]!.toFixed(2)
const tmp = join(root, 'tmp', 'bench')
mkdirSync(tmp, { recursive: true })
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function sh(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

console.log('vite build…')
sh('npx', ['vite', 'build', '--logLevel', 'warn'])
const html = readFileSync(join(root, 'web/dist/index.html'), 'utf8')
const entryJs = html.match(/<script[^>]+src="([^"]+)"/)?.[1]
const entryCss = html.match(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/)?.[1]
const file = (p?: string) => (p ? readFileSync(join(root, 'web/dist', p)) : Buffer.alloc(0))
const js = file(entryJs)
const css = file(entryCss)

console.log('wrangler dry-run…')
const out = join(tmp, 'wrangler')
rmSync(out, { recursive: true, force: true })
sh('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out])
const bundle = readFileSync(join(out, 'index.js'))

console.log('server bundle…')
const serverBundle = join(tmp, 'server', 'node.mjs')
sh(process.execPath, [join(root, 'scripts', 'build-server.mjs'), serverBundle])

/** The server as `npm start` runs it: the esbuild bundle of worker/node.ts on plain Node. */
function startServer(db: string, port: number): { child: ChildProcess; ready: Promise<number> } {
  const started = performance.now()
  const child = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${db}`,
      APP_ENV: 'production',
      IDENTITY_PEPPER: 'bench-pepper',
      DEMO_PASSWORD: 'Bench-haslo-2026',
      DEMO_BUDGET: 'false',
    },
    stdio: 'ignore',
  })
  const ready = new Promise<number>((resolve, reject) => {
    const poll = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/v1/health' }, (res) => {
        res.resume()
        if (res.statusCode === 200) resolve(performance.now() - started)
        else setTimeout(poll, 5)
      })
      req.on('error', () =>
        performance.now() - started > 30_000 ? reject(new Error('server did not start')) : setTimeout(poll, 5),
      )
    }
    poll()
  })
  return { child, ready }
}

async function stop(child: ChildProcess) {
  await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))
}

console.log('cold starts…')
const coldEmpty: number[] = []
const coldExisting: number[] = []
const dbFile = join(tmp, 'bench.db')
for (let i = 0; i < 5; i++) {
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true })
  const a = startServer(dbFile, 18_700 + i)
  coldEmpty.push(await a.ready)
  await stop(a.child)
  const b = startServer(dbFile, 18_710 + i)
  coldExisting.push(await b.ready)
  await stop(b.child)
}

console.log('load…')
const server = startServer(dbFile, 18_799)
await server.ready
const results: LoadResult[] = []
for (const path of ['/api/v1/health', '/gmina-przykladowa', '/api/v1/jst/gmina-przykladowa']) {
  const request = () => ({ method: 'GET' as const, path })
  await load(18_799, path, 16, { seconds: 1, count: 2_000, request }) // warm-up
  for (const concurrency of [1, 64])
    results.push(await load(18_799, path, concurrency, { seconds: 5, count: 100_000, request }))
}
await stop(server.child)

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const body = `## Platform core (\`npm run bench\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu}, Node ${process.version}, load average at start ${loadAtStart} (other jobs on the machine inflate latencies).

### Size

| what | raw | gzip |
| --- | --- | --- |
| Worker bundle (\`wrangler deploy --dry-run\`, index.js) | ${kib(bundle.length)} | ${kib(gzipSync(bundle).length)} |
| Web entry script (${entryJs}) | ${kib(js.length)} | ${kib(gzipSync(js).length)} |
| Web entry stylesheet (${entryCss ?? '—'}) | ${kib(css.length)} | ${kib(gzipSync(css).length)} |

### Cold start of the Node server to the first healthy answer (median of 5)

| database | median | min | max |
| --- | --- | --- | --- |
| empty file (migrations + demo seed) | ${median(coldEmpty).toFixed(0)} ms | ${Math.min(...coldEmpty).toFixed(0)} ms | ${Math.max(...coldEmpty).toFixed(0)} ms |
| existing file | ${median(coldExisting).toFixed(0)} ms | ${Math.min(...coldExisting).toFixed(0)} ms | ${Math.max(...coldExisting).toFixed(0)} ms |

The server is the bundle \`npm start\` runs (scripts/build-server.mjs: plain JavaScript, ${(readFileSync(serverBundle).length / 1024).toFixed(0)} KiB, packages loaded from node_modules); until 2026-11-24 it started through the TypeScript loader tsx, which took about half a second more (1,144 ms median on an existing file in the measurement before).

### Requests per second on loopback (keep-alive clients, 5 s each, server and load generator share the 2 cores)

| route | clients | requests | errors | req/s | p50 | p99 |
| --- | --- | --- | --- | --- | --- | --- |
${results.map((r) => `| \`GET ${r.label}\` | ${r.concurrency} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms |`).join('\n')}

\`/gmina-przykladowa\` is the JST home page as HTML (the SPA shell from memory); \`/api/v1/jst/gmina-przykladowa\` is the data that page loads (the JST and its running processes: three libSQL queries).
`
writeBenchSection(join(root, 'docs', 'benchmarks.md'), 'core', body)
console.log(body)
