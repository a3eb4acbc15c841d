/**
 * Recount a participatory budget from a Pabulib `.pb` file.
 *
 *   npm run -s tally -- <file.pb> [--rule <name>] [--ties <policy>] [--seed <text>] [--json]
 *                       [--threshold <n>] [--group <id,id,...>]... [--lang pl|en] [--exact-payments]
 *
 * Without --rule the file's META `rule` is used. --json prints one JSON object; otherwise a readable table
 * (Polish by default). A malformed file exits with code 2 and the error (with its line number) on stderr; a usage
 * error exits with code 1.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import {
  explainProject,
  formatMoneyPl,
  isPabulibError,
  isRuleName,
  outcomeToJSON,
  parsePabulibStream,
  RULE_NAMES,
  tally,
  TIE_POLICIES,
  type Outcome,
  type RuleName,
  type TiePolicy,
} from '../worker/budget/tally/index'
import { REASON_LABELS } from '../worker/budget/tally/explain'

const USAGE = `Użycie / usage:
  npm run -s tally -- <plik.pb> [--rule <reguła>] [--ties <polityka>] [--seed <tekst>] [--json]
                      [--threshold <liczba>] [--group <id,id,...>]... [--lang pl|en] [--exact-payments]

  --rule       ${RULE_NAMES.join(' | ')}
               (domyślnie / default: META rule)
  --ties       ${TIE_POLICIES.join(' | ')}
               (domyślnie: file-order dla greedy, cost-then-votes dla equalshares)
  --seed       ziarno publicznego losowania (wymagane przy --ties seeded-draw)
  --threshold  minimalny wynik projektu (domyślnie META min_project_score_threshold)
  --group      grupa wykluczających się projektów (można powtarzać)
  --json       jeden obiekt JSON na stdout
  --lang       język tabeli (pl, en)
  --exact-payments  (MES) płatności także jako dokładne ułamki / payments also as exact fractions`

interface Args {
  file: string
  rule?: RuleName
  ties?: TiePolicy
  seed?: string
  json: boolean
  threshold?: number
  groups: string[][]
  lang: 'pl' | 'en'
  exactPayments: boolean
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', json: false, groups: [], lang: 'pl', exactPayments: false }
  const value = (i: number, name: string): string => {
    const v = argv[i + 1]
    if (v === undefined || v.startsWith('--'))
      throw new UsageError(`brak wartości dla ${name} / missing value for ${name}`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    switch (a) {
      case '--rule': {
        const v = value(i++, a)
        if (!isRuleName(v)) throw new UsageError(`nieznana reguła / unknown rule: ${v}`)
        args.rule = v
        break
      }
      case '--ties': {
        const v = value(i++, a)
        if (!(TIE_POLICIES as readonly string[]).includes(v))
          throw new UsageError(`nieznana polityka remisów / unknown tie policy: ${v}`)
        args.ties = v as TiePolicy
        break
      }
      case '--seed':
        args.seed = value(i++, a)
        break
      case '--threshold': {
        const v = Number(value(i++, a))
        if (!Number.isFinite(v)) throw new UsageError('zły próg / bad threshold')
        args.threshold = v
        break
      }
      case '--group':
        args.groups.push(
          value(i++, a)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        )
        break
      case '--json':
        args.json = true
        break
      case '--exact-payments':
        args.exactPayments = true
        break
      case '--lang': {
        const v = value(i++, a)
        if (v !== 'pl' && v !== 'en') throw new UsageError('--lang pl|en')
        args.lang = v
        break
      }
      case '-h':
      case '--help':
        console.log(USAGE)
        process.exit(0)
        break
      default:
        if (a.startsWith('--')) throw new UsageError(`nieznana opcja / unknown option: ${a}`)
        if (args.file) throw new UsageError('podaj jeden plik / give one file')
        args.file = a
    }
  }
  if (!args.file) throw new UsageError('brak pliku / no file given')
  if (args.ties === 'seeded-draw' && !args.seed) throw new UsageError('--ties seeded-draw wymaga --seed / needs --seed')
  return args
}

function pad(s: string, n: number, right = false): string {
  const w = [...s].length
  if (w >= n) return s
  return right ? ' '.repeat(n - w) + s : s + ' '.repeat(n - w)
}

function cut(s: string, n: number): string {
  const chars = [...s]
  return chars.length <= n ? s : chars.slice(0, n - 1).join('') + '…'
}

function table(o: Outcome, lang: 'pl' | 'en', voteType: string): string {
  const pl = lang === 'pl'
  const points = voteType === 'cumulative' || voteType === 'scoring'
  const L = REASON_LABELS[lang]
  const money = (v: bigint) => formatMoneyPl(v)
  const lines: string[] = []
  lines.push(
    `${pl ? 'Reguła' : 'Rule'}: ${o.rule}   ${pl ? 'remisy' : 'ties'}: ${o.ties}${o.seed ? `   seed: ${o.seed}` : ''}`,
  )
  lines.push(
    `${pl ? 'Budżet' : 'Budget'}: ${money(o.budget)}   ${pl ? 'wydano' : 'spent'}: ${money(o.spent)}   ${pl ? 'zostało' : 'left'}: ${money(o.left)}`,
  )
  if (o.threshold) lines.push(`${pl ? 'Próg' : 'Threshold'}: ${o.threshold}`)
  if (o.perVoterBudget !== undefined) {
    lines.push(
      `${pl ? 'Budżet na głosującego' : 'Per-voter budget'}: ${o.perVoterBudget.toLocaleString(pl ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 4 })} (${o.perVoterBudgetExact})` +
        (o.add1Steps !== undefined ? `   ${pl ? 'kroki add1' : 'add1 steps'}: ${o.add1Steps}` : ''),
    )
  }
  if (o.comparison) {
    const c = o.comparison
    lines.push(
      pl
        ? `Porównanie: woli MES ${c.prefersMes}, woli greedy ${c.prefersGreedy} → wynik: ${c.chosen === 'mes' ? 'MES' : 'greedy'}`
        : `Comparison: prefer MES ${c.prefersMes}, prefer greedy ${c.prefersGreedy} → kept: ${c.chosen === 'mes' ? 'MES' : 'greedy'}`,
    )
  }
  lines.push(`${pl ? 'Wybrane (w kolejności)' : 'Funded (in order)'}: ${o.selected.join(', ') || '—'}`)
  lines.push('')
  const head = [
    pad(pl ? 'Kol.' : 'Ord.', 5),
    pad('ID', 10),
    pad(pl ? 'Nazwa' : 'Name', 40),
    pad(pl ? 'Koszt' : 'Cost', 14, true),
    pad(points ? (pl ? 'Punkty' : 'Points') : pl ? 'Głosy' : 'Votes', 8, true),
    pad(pl ? 'Wybrany' : 'Funded', 8),
    pl ? 'Powód' : 'Reason',
  ].join(' ')
  lines.push(head)
  lines.push('-'.repeat(Math.min(140, head.length + 30)))
  const rows = o.projects.slice().sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || b.score - a.score)
  for (const p of rows) {
    lines.push(
      [
        pad(p.order !== null ? String(p.order) : '', 5),
        pad(cut(p.id, 10), 10),
        pad(cut(p.name ?? '', 40), 40),
        pad(money(p.cost), 14, true),
        pad(String(p.score), 8, true),
        pad(p.selected ? (pl ? 'tak' : 'yes') : pl ? 'nie' : 'no', 8),
        `${L[p.reason]} — ${explainProject(p, o, lang)}`,
      ].join(' '),
    )
  }
  if (o.tiesResolved.length) {
    lines.push('')
    lines.push(pl ? 'Rozstrzygnięte remisy:' : 'Ties resolved:')
    for (const t of o.tiesResolved) lines.push(`  ${t.context}: [${t.tied.join(', ')}] → ${t.result.join(', ')}`)
  }
  if (o.warnings.length) {
    lines.push('')
    lines.push(pl ? 'Uwagi:' : 'Warnings:')
    for (const w of o.warnings) lines.push(`  ${w}`)
  }
  return lines.join('\n')
}

async function main(): Promise<number> {
  let args: Args
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`)
      return 1
    }
    throw e
  }
  try {
    await stat(args.file)
  } catch {
    console.error(`nie można otworzyć pliku / cannot open file: ${args.file}`)
    return 2
  }
  try {
    const election = await parsePabulibStream(createReadStream(args.file), { keepVoters: false })
    const outcome = tally(election, {
      rule: args.rule,
      ties: args.ties,
      seed: args.seed,
      threshold: args.threshold,
      exclusiveGroups: args.groups.length ? args.groups : undefined,
      exactPayments: args.exactPayments,
    })
    if (args.json) process.stdout.write(JSON.stringify(outcomeToJSON(outcome, args.lang)) + '\n')
    else process.stdout.write(table(outcome, args.lang, election.voteType) + '\n')
    return 0
  } catch (e) {
    if (isPabulibError(e)) {
      console.error(`${args.file}: ${e.message}\n${args.file}: ${e.messageEn}`)
      return 2
    }
    console.error(`${args.file}: ${e instanceof Error ? e.message : String(e)}`)
    return 2
  }
}

process.exitCode = await main()
