import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import {
  ballotOfSession,
  castOnline,
  issueVoteCode,
  openVoteSession,
  saveDraft,
  voteCodeRequest,
} from '../actions/voting'
import { editionFromPath, type Ctx } from '../http'
import { castSchema, codeRequestSchema, draftSchema, sessionSchema } from '../input/voting'
import { paperCardRoutes } from './paper-cards'
import { resultsRoutes } from './results'

const tags = ['Budżet obywatelski — głosowanie']

/** The voting session's token, sent as `Authorization: Bearer …` by the voting form. */
const sessionToken = (c: Ctx) => c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]

/**
 * Account-free voting (actions/voting.ts): a one-time code by e-mail or SMS opens a session that holds a draft and
 * casts one ballot. Rate limits per network address and contact, and the session token, are read here.
 */
export function votingRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/vote'

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/code`,
      summary: 'Prośba o jednorazowy kod do głosowania (e-mail albo SMS)',
      tags,
      access: { kind: 'public' },
      body: codeRequestSchema,
      responses: {
        202: { description: 'Przyjęto — odpowiedź jest taka sama niezależnie od tego, czy ktoś już głosował' },
      },
    },
    async (c, { body }) => {
      const [e, deps] = [await editionFromPath(c), depsOf(c)]
      const request = await voteCodeRequest(deps, e, body)
      return c.json({ status: 'accepted', ...(await issueVoteCode(deps, e, request)) }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/session`,
      summary: 'Otwarcie karty do głosowania kodem',
      tags,
      access: { kind: 'public' },
      body: sessionSchema,
      responses: { 201: { description: 'Token sesji głosowania' } },
    },
    async (c, { body }) => c.json(await openVoteSession(depsOf(c), await editionFromPath(c), body), 201),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/ballot`,
      summary: 'Karta do głosowania tej osoby (kolejność projektów, zasady, szkic)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Karta' } },
    },
    async (c) => c.json(await ballotOfSession(depsOf(c), await editionFromPath(c), sessionToken(c))),
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${base}/draft`,
      summary: 'Zapis szkicu karty (przetrwa zamknięcie karty przeglądarki)',
      tags,
      access: { kind: 'public' },
      body: draftSchema,
      responses: { 200: { description: 'Zapisano' } },
    },
    async (c, { body }) => {
      await saveDraft(depsOf(c), await editionFromPath(c), sessionToken(c), body)
      return c.json({ saved: true })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/cast`,
      summary: 'Oddanie głosu; zwraca kod potwierdzenia',
      tags,
      access: { kind: 'public' },
      body: castSchema,
      responses: {
        201: { description: 'Głos przyjęty (kod potwierdzenia)' },
        200: {
          description:
            'Z tej sesji głos został już oddany: ten sam kod potwierdzenia co za pierwszym razem (`repeated: true`), nic nie zapisano',
        },
      },
    },
    async (c, { body }) => {
      const answer = await castOnline(depsOf(c), await editionFromPath(c), sessionToken(c), body)
      return c.json(answer, 'repeated' in answer ? 200 : 201)
    },
  )
}

/**
 * The staff side of the vote: paper cards and the list of ballots (routes/paper-cards.ts), then the count
 * (routes/results.ts), registered together in their old order.
 */
export function votingStaffRoutes(api: Api): void {
  paperCardRoutes(api)
  resultsRoutes(api)
}
