import { formatMoney } from '../tally/money'
import type { PoolResult } from '../domain/count'

/*
 * The shapes of the results: what a computation stores (`ResultsData`) and what the API answers from it. Pure and
 * type-light, so the web may import the types (`ResultsSummary`, `ReceiptState`) instead of copying them.
 */

/**
 * What a receipt proves, by the edition's `rules.voting.receipts`: only that its ballot was counted (`inclusion`), or
 * also which line of the published `.pb` files is that ballot (`inclusion-and-content`). See docs/receipts.md.
 */
export type ReceiptMode = 'inclusion' | 'inclusion-and-content'

/** A count below `MIN_GROUP` (worker/budget/voting/count.ts) is published as `<10`. */
export type SuppressedCount = number | '<10'

/** One pool's count as stored: its published `.pb` file, the outcome with explanations, and the pool it belongs to. */
export interface PoolResultData extends PoolResult {
  poolId: string
  code: string
  name: string
  amount: number
}

/** Turnout and the breakdowns safe to publish (small groups suppressed). */
export interface ResultsStats {
  ballots: number
  valid: number
  turnout: number | null
  byStatus: Record<string, number>
  byChannel: Record<string, SuppressedCount>
  byAgeBand: Record<string, SuppressedCount>
  bySex: Record<string, SuppressedCount>
}

/**
 * A computation of an edition's results as stored in `bo_results.data`. The optional fields are missing from results
 * computed before they were kept; readers fall back as noted.
 */
export interface ResultsData {
  /** The public seed of the tie-break draw ('' when the edition breaks ties without one). */
  seed: string
  /** When the seed was first drawn; missing before this was kept. */
  seedDrawnAt?: string | null
  /** Secret, never published: orders the anonymous voter ids of `inclusion` editions. */
  orderKey?: string
  /** Missing before the setting existed: those results published receipt digests as voter ids. */
  receiptMode?: ReceiptMode
  /** Digests of the counted receipts, sorted: `…/results/receipts.txt`. Missing before the list was kept. */
  receipts?: string[]
  pools: PoolResultData[]
  stats: ResultsStats
}

/**
 * What the results pages show: per pool, winners with votes, spending, each project's explanation; statistics; and the
 * draw's seed with when it was first drawn (null for results computed before it was kept).
 */
export function summary(data: ResultsData) {
  return {
    seed: data.seed,
    seedDrawnAt: data.seedDrawnAt ?? null,
    stats: data.stats,
    pools: data.pools.map((p) => ({
      code: p.code,
      name: p.name,
      amount: p.amount,
      votes: p.votes,
      outcome: p.outcome,
    })),
  }
}

/** The results as the API answers them (`GET …/results`; staff previews add `published`). */
export type ResultsSummary = ReturnType<typeof summary>

/** Header and rows of the results CSV: one row per project of every pool. */
export function resultsCsv(data: ResultsData): { header: string[]; rows: string[][] } {
  return {
    header: ['pula', 'projekt', 'tytul', 'koszt_zl', 'glosy', 'wybrany', 'wyjasnienie'],
    rows: data.pools.flatMap((pool) =>
      pool.outcome.projects.map((p) => [
        pool.code,
        p.id,
        p.name ?? '',
        formatMoney(BigInt(Math.round(p.cost * 100))),
        String(p.votes),
        p.selected ? '1' : '0',
        p.explanation,
      ]),
    ),
  }
}

/** Results computed before the list was kept used receipt digests as voter ids: the list is the ids in their files. */
function legacyReceipts(data: ResultsData): string[] {
  const ids = new Set<string>()
  for (const pool of data.pools)
    for (const line of pool.file.split('\nVOTES\n')[1]?.split('\n').slice(1) ?? [])
      if (line) ids.add(line.split(';')[0]!)
  return [...ids].sort()
}

/** `receipts.txt`: a commented head, then the digest of every counted receipt, one a line. */
export function receiptsText(edition: { year: number }, tenant: { name: string }, data: ResultsData): string {
  const listed = data.receipts ?? legacyReceipts(data)
  const head = [
    `# Budżet obywatelski ${edition.year}, ${tenant.name}: policzone karty (${listed.length}).`,
    '# Każdy wiersz to skrót kodu potwierdzenia jednej ważnej karty; treści głosów tu nie ma.',
    '# Skrót swojego kodu zobaczysz na stronie „Sprawdź swój głos”.',
  ]
  return `${[...head, ...listed].join('\n')}\n`
}

/** The answer of the receipt check (`GET …/receipt/{code}`). */
export type ReceiptState =
  | { recorded: true; published: false }
  | {
      recorded: true
      published: true
      counted: boolean
      status: string
      reason: string | null
      digest: string
      receipts: ReceiptMode
      voterId?: string
      pools?: string[]
    }

/**
 * The receipt check once results are published: whether the ballot was counted, its digest (its line in
 * `receipts.txt`) and — only where the edition's receipts prove content — its voter id and the pools it appears in.
 */
export function receiptState(
  ballot: { status: string; statusReason: string | null },
  data: ResultsData,
  digest: string,
): ReceiptState {
  const answer = {
    recorded: true as const,
    published: true as const,
    counted: ballot.status === 'valid',
    status: ballot.status,
    reason: ballot.statusReason,
    digest,
  }
  // Results computed before the setting existed published receipt-derived voter ids: they keep answering as then.
  const mode = data.receiptMode ?? 'inclusion-and-content'
  if (mode === 'inclusion') return { ...answer, receipts: mode }
  const pools = data.pools.filter((p) => p.file.includes(`\n${digest};`)).map((p) => p.code)
  return { ...answer, receipts: mode, voterId: digest, pools }
}
