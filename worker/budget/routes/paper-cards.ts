import { depsOf } from '../../core/deps'
import { uploadText } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { assessors, organisers } from '../access'
import { confirmPaperCard, enterPaperCard, paperCardList, rejectPaperCard } from '../actions/paper-cards'
import { ballotList, requireRegisterCheck, verifyRegister } from '../actions/voting'
import { editionFromPath } from '../http'
import { ballotsQuery, paperCardSchema, rejectCardSchema } from '../input/voting-staff'

const tags = ['Budżet obywatelski — głosy i wyniki']

/**
 * Staff work on ballots: paper cards keyed in by one person and confirmed or rejected by another (any assessor role
 * may key in and confirm), the list of ballots with voters' identities and their check against a register extract
 * (organisers only).
 */
export function paperCardRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards`,
      summary: 'Wprowadzenie papierowej karty do głosowania (czeka na potwierdzenie drugiej osoby)',
      tags,
      access: assessors,
      body: paperCardSchema,
      responses: { 201: { description: 'Wprowadzono' } },
    },
    async (c, { body }) => c.json(await enterPaperCard(depsOf(c), await editionFromPath(c), body), 201),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/paper-cards`,
      summary: 'Papierowe karty (do potwierdzenia i potwierdzone)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const list = await paperCardList(depsOf(c), await editionFromPath(c))
      c.header('Cache-Control', 'no-store')
      return c.json(list)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards/:cardId/confirm`,
      summary: 'Potwierdzenie karty przez drugą osobę: karta trafia do głosów (z tą samą kontrolą duplikatów)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Potwierdzono' } },
    },
    async (c) => c.json(await confirmPaperCard(depsOf(c), await editionFromPath(c), c.req.param('cardId')!)),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards/:cardId/reject`,
      summary: 'Odrzucenie błędnie wprowadzonej karty (do ponownego wprowadzenia)',
      tags,
      access: assessors,
      body: rejectCardSchema,
      responses: { 200: { description: 'Odrzucono' } },
    },
    async (c, { body }) =>
      c.json(await rejectPaperCard(depsOf(c), await editionFromPath(c), c.req.param('cardId')!, body)),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/ballots`,
      summary: 'Karty z danymi głosujących (do weryfikacji; tylko administrator i koordynator)',
      tags,
      access: organisers,
      query: ballotsQuery,
      responses: { 200: { description: 'Strona listy' } },
    },
    async (c, { query }) => {
      const list = await ballotList(depsOf(c), await editionFromPath(c), query)
      c.header('Cache-Control', 'no-store')
      return c.json(list)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/register`,
      summary: 'Sprawdzenie kart z wyciągiem z rejestru (CSV: PESEL;imię;nazwisko) — przy edycjach z PESEL',
      tags,
      access: organisers,
      responses: { 200: { description: 'Statusy weryfikacji' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      requireRegisterCheck(e)
      const type = c.req.header('content-type') ?? ''
      if (!type.startsWith('text/csv') && !type.startsWith('text/plain'))
        throw new ApiError(415, 'Wyślij wyciąg jako text/csv (PESEL;imię;nazwisko).')
      await limitUploads(c, `register:${e.edition.id}`)
      const text = await uploadText(c, 20 * 1024 * 1024, 'Wyciąg z rejestru jest za duży: limit 20 MB.')
      return c.json(await verifyRegister(depsOf(c), e, text))
    },
  )
}
