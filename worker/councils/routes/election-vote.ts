import { depsOf } from '../../core/deps'
import { endpoint, type Api } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { bearerToken } from '../../core/voting/codes'
import {
  castElectionBallot,
  electionCard,
  openElectionSession,
  publicElection,
  requestElectionCode,
} from '../actions/election-vote'
import { tenantFromPath, type Ctx } from '../http'
import { electionCastSchema, electionCodeSchema, electionSessionSchema } from '../input/election-vote'

const base = '/jst/:slug/rady/nabory/:number/wybory'
const noStore = { 'Cache-Control': 'no-store' }

const numberOf = (c: Ctx) => {
  const n = Number(c.req.param('number'))
  if (!Number.isSafeInteger(n) || n < 1) throw notFound('Nie ma takiego naboru.')
  return n
}

/**
 * The residents' side of a council's election (actions/election-vote.ts): the election's public page, a voting code
 * by e-mail, the session it opens (`Authorization: Bearer <token>`), the ballot and the cast with its receipt. Every
 * answer about a session is `no-store`.
 */
export function electionVoteRoutes(api: Api): void {
  const tags = ['Rady — wybory']

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Wybory w naborze: terminy, zasady, kandydaci w okręgach, wyniki po ogłoszeniu (bez danych osobowych)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wybory' }, 404: { description: 'Nie ma naboru albo wyborów' } },
    },
    async (c) => c.json(await publicElection(depsOf(c), await tenantFromPath(c), numberOf(c))),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/kod`,
      summary: 'Prośba o jednorazowy kod do głosowania (e-mail)',
      tags,
      access: { kind: 'public' },
      body: electionCodeSchema,
      responses: {
        202: { description: 'Przyjęto — odpowiedź jest taka sama niezależnie od tego, czy ktoś już głosował' },
        400: { description: 'Niepoprawny adres e-mail' },
        409: { description: 'Głosowanie nie trwa' },
        429: { description: 'Zbyt wiele próśb o kod' },
      },
    },
    async (c, { body }) =>
      c.json(await requestElectionCode(depsOf(c), await tenantFromPath(c), numberOf(c), body), 202, noStore),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/sesja`,
      summary: 'Otwarcie karty do głosowania kodem z e-maila',
      tags,
      access: { kind: 'public' },
      body: electionSessionSchema,
      responses: {
        201: { description: 'Token sesji głosowania' },
        400: { description: 'Kod nieprawidłowy albo wygasł' },
        409: { description: 'Głosowanie nie trwa' },
        429: { description: 'Zbyt wiele błędnych kodów' },
      },
    },
    async (c, { body }) =>
      c.json(await openElectionSession(depsOf(c), await tenantFromPath(c), numberOf(c), body), 201, noStore),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/karta`,
      summary: 'Karta do głosowania tej sesji (Authorization: Bearer <token>): okręgi, kandydaci, czy głos oddano',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Karta' }, 401: { description: 'Brak sesji albo wygasła' } },
    },
    async (c) =>
      c.json(
        await electionCard(depsOf(c), await tenantFromPath(c), numberOf(c), bearerToken(c.req.header('authorization'))),
        200,
        noStore,
      ),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/glos`,
      summary: 'Oddanie głosu (Authorization: Bearer <token>); zwraca kod potwierdzenia',
      tags,
      access: { kind: 'public' },
      body: electionCastSchema,
      responses: {
        201: { description: 'Głos przyjęty (kod potwierdzenia)' },
        200: { description: 'Z tej sesji głos został już oddany: ten sam kod potwierdzenia (`repeated: true`)' },
        400: { description: 'Błędy karty: kandydaci, wiek, spis wyborców' },
        401: { description: 'Brak sesji albo wygasła' },
        409: { description: 'Głosowanie nie trwa, ta osoba już głosowała albo z tego adresu oddano 3 głosy' },
      },
    },
    async (c, { body }) => {
      const answer = await castElectionBallot(
        depsOf(c),
        await tenantFromPath(c),
        numberOf(c),
        bearerToken(c.req.header('authorization')),
        body,
      )
      return c.json(answer, 'repeated' in answer ? 200 : 201, noStore)
    },
  )
}
