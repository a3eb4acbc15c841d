import http from 'node:http'

export interface LoadResult {
  label: string
  concurrency: number
  requests: number
  errors: number
  statuses: Record<number, number>
  rps: number
  p50: number
  p99: number
  /** Mean latency, for Little's law: requests in flight = throughput × mean latency. */
  mean: number
  seconds: number
}

export interface LoadRequest {
  method: 'GET' | 'POST'
  path: string
  body?: string
  headers?: Record<string, string>
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Load on loopback from `concurrency` keep-alive clients, until `count` requests were sent or `seconds` passed
 * (bounded in both, and only ever to 127.0.0.1). Closed-loop by default: each client sends its next request when the
 * last one answered, which measures the most the server can take. With `rate`, requests are due on a fixed schedule
 * (`rate` per second, at most `concurrency` in flight), as residents arrive on their own; latency is then counted
 * from when a request was due, so a server falling behind cannot hide its queue (no coordinated omission).
 */
export async function load(
  port: number,
  label: string,
  concurrency: number,
  options: {
    seconds: number
    count: number
    rate?: number
    request: (i: number) => LoadRequest
    ok?: (status: number) => boolean
    onResponse?: (i: number, status: number, body: string) => void
  },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  const ok = options.ok ?? ((s) => s === 200)
  let errors = 0
  let next = 0
  const deadline = performance.now() + options.seconds * 1000
  const one = (i: number, due?: number) =>
    new Promise<void>((resolve) => {
      const r = options.request(i)
      const t0 = due ?? performance.now()
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: r.path,
          method: r.method,
          agent,
          headers: {
            ...(r.body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(r.body) } : {}),
            ...r.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const status = res.statusCode ?? 0
            statuses[status] = (statuses[status] ?? 0) + 1
            if (ok(status)) latencies.push(performance.now() - t0)
            else errors++
            options.onResponse?.(i, status, Buffer.concat(chunks).toString('utf8'))
            resolve()
          })
        },
      )
      req.on('error', () => (errors++, resolve()))
      if (r.body) req.write(r.body)
      req.end()
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && next < options.count) {
        const i = next++
        if (!options.rate) {
          await one(i)
          continue
        }
        const due = started + (i * 1000) / options.rate
        const wait = due - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        await one(i, due)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    label,
    concurrency,
    requests: latencies.length,
    errors,
    statuses,
    rps: latencies.length / seconds,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    mean: latencies.reduce((s, l) => s + l, 0) / Math.max(1, latencies.length),
    seconds,
  }
}
