import { and, eq } from 'drizzle-orm'
import * as v from 'valibot'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import { ApiError, notFound } from '../../core/http/problem'
import { formatMoney } from '../tally/money'
import { editionFromPath, type Ctx } from '../shared'
import { ballots, results } from './schema'
import { receiptDigest, summary, type ResultsData } from './staff-routes'

const tags = ['Budżet obywatelski — wyniki']
const NOT_YET = 'Wyniki nie zostały jeszcze opublikowane.'

type Edition = Awaited<ReturnType<typeof editionFromPath>>

/** Published results or a 404: before publication nothing about counts leaves the server, on any route. */
async function published(c: Ctx, e: Edition): Promise<ResultsData> {
  const row = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (!row?.publishedAt)
    throw new ApiError(404, NOT_YET, { type: 'https://wspolnota.example/problems/results-not-published' })
  return row.data as ResultsData
}

/** Results computed before the list was kept used receipt digests as voter ids: the list is the ids in their files. */
function legacyReceipts(data: ResultsData): string[] {
  const ids = new Set<string>()
  for (const pool of data.pools)
    for (const line of pool.file.split('\nVOTES\n')[1]?.split('\n').slice(1) ?? [])
      if (line) ids.add(line.split(';')[0]!)
  return [...ids].sort()
}

/**
 * Published results, their open data (CSV, anonymised `.pb` per pool, the list of counted receipts) and the receipt
 * check — which, by the edition's `rules.voting.receipts`, proves that a ballot was counted, or also which line is theirs.
 */
export function resultsPublicRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/results'

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Opublikowane wyniki: zwycięzcy, głosy, wyjaśnienie, frekwencja i statystyki',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wyniki' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      return c.json(summary(await published(c, e)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:pool{[A-Za-z0-9_-]+\\.pb}`,
      summary: 'Zanonimizowany plik Pabulib puli (do otwartego przeliczenia)',
      tags: ['Otwarte dane'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Plik .pb' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const data = await published(c, e)
      const code = c.req.param('pool')!.replace(/\.pb$/, '')
      const pool = data.pools.find((p) => p.code === code)
      if (!pool) throw notFound('Nie ma takiej puli w wynikach.')
      return c.body(pool.file, 200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="bo-${e.tenant.slug}-${e.edition.year}-${code}.pb"`,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/csv`,
      summary: 'Wyniki w CSV (projekt, pula, głosy, koszt, wybrany)',
      tags: ['Otwarte dane'],
      access: { kind: 'public' },
      responses: { 200: { description: 'CSV' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const data = await published(c, e)
      const rows = data.pools.flatMap((pool) =>
        pool.outcome.projects.map((p) => [
          pool.code,
          p.id,
          p.name ?? '',
          formatMoney(BigInt(Math.round(p.cost * 100))),
          String(p.votes),
          p.selected ? '1' : '0',
          p.explanation,
        ]),
      )
      return c.body(
        csvDocument(['pula', 'projekt', 'tytul', 'koszt_zl', 'glosy', 'wybrany', 'wyjasnienie'], rows),
        200,
        csvHeaders(`bo-${e.tenant.slug}-${e.edition.year}-wyniki.csv`),
      )
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/receipts.txt`,
      summary: 'Lista policzonych kart: skróty kodów potwierdzenia (bez treści głosów)',
      tags: ['Otwarte dane'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Jeden skrót w wierszu' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const data = await published(c, e)
      const listed = data.receipts ?? legacyReceipts(data)
      const head = [
        `# Budżet obywatelski ${e.edition.year}, ${e.tenant.name}: policzone karty (${listed.length}).`,
        '# Każdy wiersz to skrót kodu potwierdzenia jednej ważnej karty; treści głosów tu nie ma.',
        '# Skrót swojego kodu zobaczysz na stronie „Sprawdź swój głos”.',
      ]
      return c.body(`${[...head, ...listed].join('\n')}\n`, 200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="bo-${e.tenant.slug}-${e.edition.year}-policzone-karty.txt"`,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo/:year/receipt/:code',
      summary: 'Sprawdzenie kodu potwierdzenia głosu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Stan głosu' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const code = v.safeParse(
        v.pipe(v.string(), v.toUpperCase(), v.regex(/^[0-9A-HJKMNP-TV-Z]{10}$/)),
        c.req.param('code'),
      )
      if (!code.success)
        throw new ApiError(400, 'Kod potwierdzenia ma 10 znaków (cyfry i litery).', {
          errors: [{ field: 'code', detail: 'Kod potwierdzenia ma 10 znaków.' }],
        })
      const { db } = c.get('services')
      const ballot = await db.query.ballots.findFirst({
        where: and(eq(ballots.editionId, e.edition.id), eq(ballots.receipt, code.output)),
      })
      if (!ballot) throw notFound('Nie znaleziono głosu z takim kodem w tej edycji.')
      const row = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
      if (!row?.publishedAt) return c.json({ recorded: true, published: false })
      const data = row.data as ResultsData
      const digest = await receiptDigest(ballot.receipt)
      const answer = {
        recorded: true,
        published: true,
        counted: ballot.status === 'valid',
        status: ballot.status,
        reason: ballot.statusReason,
        digest,
      }
      // Results computed before the setting existed published receipt-derived voter ids: they keep answering as then.
      const mode = data.receiptMode ?? 'inclusion-and-content'
      if (mode === 'inclusion') return c.json({ ...answer, receipts: mode })
      const pools = data.pools.filter((p) => p.file.includes(`\n${digest};`)).map((p) => p.code)
      return c.json({ ...answer, receipts: mode, voterId: digest, pools })
    },
  )
}
