/**
 * Benchmark of the tally library on every shared Pabulib file: parse time (separately), then every rule
 * (median of several runs, ballots per second, heap). Writes a table into docs/benchmarks.md between
 * `<!-- bench:tally:start -->` and `<!-- bench:tally:end -->` (other sections of that file are left alone).
 *
 *   npm run bench:tally [-- --quick] [-- --no-write]
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import { parsePabulib, parsePabulibStream, tally, type PbElection, type RuleName } from '../worker/budget/tally/index'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SHARED = path.resolve(ROOT, '../shared/pabulib')
const DOC = path.join(ROOT, 'docs/benchmarks.md')
const START = '<!-- bench:tally:start -->'
const END = '<!-- bench:tally:end -->'

const quick = process.argv.includes('--quick')
const write = !process.argv.includes('--no-write')

const RULES: RuleName[] = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'equalshares',
  'equalshares-comparison',
  'equalshares/add1',
  'equalshares/add1-comparison',
]

// A handle on the garbage collector, so heap figures are not polluted by earlier garbage.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const MB = 1024 * 1024
const mb = (x: number) => (x / MB).toFixed(1)

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Runs fn at least `min` times, until `max` runs or `budgetMs` of total time. */
function measure<T>(fn: () => T, min = quick ? 1 : 3, max = quick ? 2 : 7, budgetMs = quick ? 1500 : 6000) {
  const times: number[] = []
  const cpu: number[] = []
  let peakHeap = 0
  let result!: T
  let total = 0
  while (times.length < max && (times.length < min || total < budgetMs)) {
    gc()
    const before = process.memoryUsage().heapUsed
    const c0 = process.cpuUsage()
    const t = performance.now()
    result = fn()
    const dt = performance.now() - t
    const c1 = process.cpuUsage(c0)
    cpu.push((c1.user + c1.system) / 1000)
    const after = process.memoryUsage().heapUsed
    peakHeap = Math.max(peakHeap, after - before)
    times.push(dt)
    total += dt
  }
  return { result, times, median: median(times), min: Math.min(...times), cpuMedian: median(cpu), peakHeap }
}

interface ParseRow {
  file: string
  bytes: number
  voters: number
  groups: number
  projects: number
  parseMs: number
  streamMs: number
  retained: number
}

interface RuleRow {
  file: string
  rule: RuleName
  runs: number
  median: number
  min: number
  cpu: number
  ballotsPerSec: number
  funded: number
  heap: number
  note: string
}

async function main() {
  const files = readdirSync(SHARED)
    .filter((f) => f.endsWith('.pb'))
    .sort((a, b) => statSync(path.join(SHARED, a)).size - statSync(path.join(SHARED, b)).size)
  const parseRows: ParseRow[] = []
  const ruleRows: RuleRow[] = []
  let peakRss = 0

  for (const file of files) {
    const full = path.join(SHARED, file)
    const text = readFileSync(full, 'utf8')
    const p = measure(() => parsePabulib(text, { keepVoters: false }))
    const election: PbElection = p.result
    // Streaming parse straight from the file (what the CLI does).
    const streamTimes: number[] = []
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const t = performance.now()
      await parsePabulibStream(createReadStream(full), { keepVoters: false })
      streamTimes.push(performance.now() - t)
    }
    parseRows.push({
      file,
      bytes: statSync(full).size,
      voters: election.profile.numVoters,
      groups: election.profile.numGroups,
      projects: election.projects.length,
      parseMs: p.median,
      streamMs: median(streamTimes),
      retained: p.peakHeap,
    })
    for (const rule of RULES) {
      const r = measure(() => tally(election, { rule }))
      const o = r.result
      ruleRows.push({
        file,
        rule,
        runs: r.times.length,
        median: r.median,
        min: r.min,
        cpu: r.cpuMedian,
        ballotsPerSec: election.profile.numVoters / (r.median / 1000),
        funded: o.selected.length,
        heap: r.peakHeap,
        note:
          o.perVoterBudget !== undefined
            ? `per voter ${o.perVoterBudgetExact}${o.add1Steps !== undefined ? `, ${o.add1Steps} add1 steps` : ''}` +
              (o.comparison ? `, kept ${o.comparison.chosen}` : '')
            : '',
      })
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
      process.stdout.write(
        `${file.padEnd(45)} ${rule.padEnd(28)} ${r.median.toFixed(1).padStart(9)} ms  (${r.times.length} runs)\n`,
      )
    }
  }

  const cpu = os.cpus()
  const lines: string[] = []
  lines.push(START)
  lines.push('## Tally library (`npm run bench:tally`)')
  lines.push('')
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}` +
      `${quick ? ' (quick mode: fewer runs)' : ''}, load average at start ${os.loadavg()[0].toFixed(1)}. Times are ` +
      'medians (at least 3 runs, up to 7 or ~6 s per cell) of the rule call alone — parsing is measured separately. ' +
      '"cpu ms" is the process CPU time of the call (user + system; includes GC threads), which is less disturbed ' +
      'than wall time when other jobs share the machine. "heap" is the heap growth during one call (garbage ' +
      `included), after a forced GC. Peak RSS of the whole benchmark: ${mb(peakRss)} MB.`,
  )
  lines.push('')
  lines.push('### Parsing')
  lines.push('')
  lines.push(
    '| file | size | voters | distinct ballots | projects | parse (string) ms | parse (file stream) ms | MB/s | heap MB |',
  )
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of parseRows) {
    lines.push(
      `| ${r.file} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.voters} | ${r.groups} | ${r.projects} | ${r.parseMs.toFixed(1)} | ` +
        `${r.streamMs.toFixed(1)} | ${(r.bytes / MB / (r.parseMs / 1000)).toFixed(1)} | ${mb(r.retained)} |`,
    )
  }
  lines.push('')
  lines.push('### Rules')
  lines.push('')
  lines.push('| file | rule | median ms | min ms | cpu ms | runs | ballots/s | funded | heap MB | notes |')
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const r of ruleRows) {
    lines.push(
      `| ${r.file} | \`${r.rule}\` | ${r.median.toFixed(r.median < 10 ? 2 : 1)} | ${r.min.toFixed(r.min < 10 ? 2 : 1)} | ` +
        `${r.cpu.toFixed(r.cpu < 10 ? 2 : 0)} | ${r.runs} | ` +
        `${Math.round(r.ballotsPerSec).toLocaleString('en-US')} | ${r.funded} | ${mb(r.heap)} | ${r.note} |`,
    )
  }
  lines.push(END)
  const block = lines.join('\n')
  process.stdout.write('\n' + block + '\n')

  if (write) {
    let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n'
    const a = doc.indexOf(START)
    const b = doc.indexOf(END)
    if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + END.length)
    else doc = doc.replace(/\s*$/, '\n\n') + block + '\n'
    writeFileSync(DOC, doc)
    process.stdout.write(`\nwritten to ${path.relative(ROOT, DOC)}\n`)
  }
}

await main()
