import { and, eq } from 'drizzle-orm'
import * as v from 'valibot'
import type { Api } from '../../http/endpoint'
import { endpoint } from '../../http/endpoint'
import { ApiError, notFound } from '../../http/problem'
import { editionFromPath, type Ctx } from '../shared'
import { ballots, results } from './schema'
import { summary, voterIdFor, type ResultsData } from './staff-routes'

const tags = ['Budżet obywatelski — wyniki']
const NOT_YET = 'Wyniki nie zostały jeszcze opublikowane.'

type Edition = Awaited<ReturnType<typeof editionFromPath>>

/** Published results or a 404: before publication nothing about counts leaves the server, on any route. */
async function published(c: Ctx, e: Edition): Promise<ResultsData> {
  const row = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (!row?.publishedAt) throw new ApiError(404, NOT_YET, { type: 'https://wspolnota.example/problems/results-not-published' })
  return row.data as ResultsData
}

/** Published results, their open data (CSV, anonymised `.pb` per pool) and the receipt check. */
export function resultsPublicRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/results'

  endpoint(api, { method: 'get', path: base, summary: 'Opublikowane wyniki: zwycięzcy, głosy, wyjaśnienie, frekwencja i statystyki', tags, access: { kind: 'public' }, responses: { 200: { description: 'Wyniki' } } }, async (c) => {
    const e = await editionFromPath(c)
    return c.json(summary(await published(c, e)))
  })

  endpoint(api, { method: 'get', path: `${base}/:pool{[A-Za-z0-9_-]+\\.pb}`, summary: 'Zanonimizowany plik Pabulib puli (do otwartego przeliczenia)', tags: ['Otwarte dane'], access: { kind: 'public' }, responses: { 200: { description: 'Plik .pb' } } }, async (c) => {
    const e = await editionFromPath(c)
    const data = await published(c, e)
    const code = c.req.param('pool')!.replace(/\.pb$/, '')
    const pool = data.pools.find((p) => p.code === code)
    if (!pool) throw notFound('Nie ma takiej puli w wynikach.')
    return c.body(pool.file, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="bo-${e.tenant.slug}-${e.edition.year}-${code}.pb"` })
  })

  endpoint(api, { method: 'get', path: `${base}/csv`, summary: 'Wyniki w CSV (projekt, pula, głosy, koszt, wybrany)', tags: ['Otwarte dane'], access: { kind: 'public' }, responses: { 200: { description: 'CSV' } } }, async (c) => {
    const e = await editionFromPath(c)
    const data = await published(c, e)
    const lines = ['pula;projekt;tytul;koszt_zl;glosy;wybrany;wyjasnienie']
    for (const pool of data.pools) {
      for (const p of pool.outcome.projects) {
        const q = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
        lines.push([pool.code, p.id, q(p.name ?? ''), (p.cost / 100).toFixed(2), String(p.votes), p.selected ? '1' : '0', q(p.explanation)].join(';'))
      }
    }
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="bo-${e.tenant.slug}-${e.edition.year}-wyniki.csv"` })
  })

  endpoint(api, { method: 'get', path: '/jst/:slug/bo/:year/receipt/:code', summary: 'Sprawdzenie kodu potwierdzenia głosu', tags, access: { kind: 'public' }, responses: { 200: { description: 'Stan głosu' } } }, async (c) => {
    const e = await editionFromPath(c)
    const code = v.safeParse(v.pipe(v.string(), v.toUpperCase(), v.regex(/^[0-9A-HJKMNP-TV-Z]{10}$/)), c.req.param('code'))
    if (!code.success) throw new ApiError(400, 'Kod potwierdzenia ma 10 znaków (cyfry i litery).', { errors: [{ field: 'code', detail: 'Kod potwierdzenia ma 10 znaków.' }] })
    const { db } = c.get('services')
    const ballot = await db.query.ballots.findFirst({ where: and(eq(ballots.editionId, e.edition.id), eq(ballots.receipt, code.output)) })
    if (!ballot) throw notFound('Nie znaleziono głosu z takim kodem w tej edycji.')
    const row = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
    if (!row?.publishedAt) return c.json({ recorded: true, published: false })
    const voterId = await voterIdFor(ballot.receipt)
    const data = row.data as ResultsData
    const pools = data.pools.filter((p) => p.file.includes(`\n${voterId};`)).map((p) => p.code)
    return c.json({ recorded: true, published: true, counted: ballot.status === 'valid', status: ballot.status, reason: ballot.statusReason, voterId, pools })
  })
}
