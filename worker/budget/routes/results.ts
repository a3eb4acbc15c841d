import * as v from 'valibot'
import { depsOf } from '../../core/deps'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { admins, organisers } from '../access'
import { checkReceipt, computedResults, publishedResults, publishResults, storeResults } from '../actions/results'
import { editionFromPath } from '../http'
import { receiptsText, resultsCsv, summary } from '../views/results'

const staffTags = ['Budżet obywatelski — głosy i wyniki']
const tags = ['Budżet obywatelski — wyniki']

/** A receipt as typed by a voter: 10 characters of Crockford's base32, case-insensitive. */
const receiptCode = v.pipe(v.string(), v.toUpperCase(), v.regex(/^[0-9A-HJKMNP-TV-Z]{10}$/))

/** Staff: the count after the vote (stored unpublished), its preview, and its publication by an administrator. */
export function resultsRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/results`,
      summary: 'Obliczenie wyników po zakończeniu głosowania (niepubliczne do publikacji)',
      tags: staffTags,
      access: organisers,
      responses: { 201: { description: 'Obliczono' } },
    },
    async (c) => {
      const data = await storeResults(depsOf(c), await editionFromPath(c))
      return c.json({ ...summary(data), published: false }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/results`,
      summary: 'Podgląd obliczonych wyników (przed publikacją)',
      tags: staffTags,
      access: organisers,
      responses: { 200: { description: 'Wyniki' } },
    },
    async (c) => {
      const { data, published } = await computedResults(depsOf(c), await editionFromPath(c))
      return c.json({ ...summary(data), published })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/results/publish`,
      summary: 'Publikacja wyników',
      tags: staffTags,
      access: admins,
      responses: { 200: { description: 'Opublikowano' } },
    },
    async (c) => {
      await publishResults(depsOf(c), await editionFromPath(c))
      return c.json({ published: true })
    },
  )
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
    async (c) => c.json(summary(await publishedResults(depsOf(c), await editionFromPath(c)))),
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
      const data = await publishedResults(depsOf(c), e)
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
      const { header, rows } = resultsCsv(await publishedResults(depsOf(c), e))
      return c.body(csvDocument(header, rows), 200, csvHeaders(`bo-${e.tenant.slug}-${e.edition.year}-wyniki.csv`))
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
      return c.body(receiptsText(e.edition, e.tenant, await publishedResults(depsOf(c), e)), 200, {
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
      const code = v.safeParse(receiptCode, c.req.param('code'))
      if (!code.success)
        throw new ApiError(400, 'Kod potwierdzenia ma 10 znaków (cyfry i litery).', {
          errors: [{ field: 'code', detail: 'Kod potwierdzenia ma 10 znaków.' }],
        })
      return c.json(await checkReceipt(depsOf(c), e, code.output))
    },
  )
}
