import { depsOf } from '../../core/deps'
import { endpoint, type Api } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { councilStaff } from '../access'
import {
  countVotes,
  createElection,
  drawLot,
  publishResults,
  replaceElectors,
  staffElectionOf,
} from '../actions/elections'
import { bodyFromPath, tenantFromPath, type Ctx } from '../http'
import { electionCreateSchema, electorsSchema, lotSchema } from '../input/elections'

const staff = '/jst/:slug/staff/rady/:body/nabory/:number/wybory'
const noStore = { 'Cache-Control': 'no-store' }

const numberOf = (c: Ctx) => {
  const n = Number(c.req.param('number'))
  if (!Number.isSafeInteger(n) || n < 1) throw notFound('Nie ma takiego naboru.')
  return n
}

/** The JST, the body and the call number of the path. */
const pathOf = async (c: Ctx) => ({
  deps: depsOf(c),
  tenant: await tenantFromPath(c),
  body: await bodyFromPath(c),
  number: numberOf(c),
})

/**
 * The staff's side of an election by electors in a call (seats the statute fills `wybory`): announce it after the
 * list of candidates is published, load the list of electors (for a school's or an area's list), count after the last
 * day, draw lots for ties and publish; the winners are then appointed through the call (`…/powolanie`). Every answer
 * is personal to the office (`no-store`).
 */
export function electionRoutes(api: Api): void {
  const tags = ['Rady — wybory']

  endpoint(
    api,
    {
      method: 'post',
      path: staff,
      summary: 'Ogłoszenie wyborów w naborze (dni głosowania, liczba głosów na karcie, kto głosuje)',
      tags,
      access: councilStaff,
      body: electionCreateSchema,
      responses: {
        201: { description: 'Ogłoszono' },
        400: { description: 'Błędy pól (dni głosowania, liczba głosów, wiek)' },
        404: { description: 'Nie ma takiego naboru' },
        409: { description: 'Kategoria nie jest wybieralna, lista nieopublikowana albo wybory już ogłoszone' },
      },
    },
    async (c, { body: input }) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await createElection(deps, tenant, body, number, input), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: staff,
      summary: 'Wybory w naborze: ustawienia, karta, liczba wyborców i głosów, wyniki i losowania',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Wybory' }, 404: { description: 'Wybory nie zostały ogłoszone' } },
    },
    async (c) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await staffElectionOf(deps, tenant, body, number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${staff}/spis`,
      summary:
        'Spis wyborców (zastępuje poprzedni): wiersze „Imię Nazwisko;RRRR-MM-DD;klucz-okręgu”; zapisywane są tylko skróty z kluczem',
      tags,
      access: councilStaff,
      body: electorsSchema,
      responses: {
        200: { description: 'Liczba wyborców, w okręgach, i numery odrzuconych wierszy' },
        404: { description: 'Wybory nie zostały ogłoszone' },
        409: { description: 'Wybory bez spisu albo głosowanie już się zaczęło' },
      },
    },
    async (c, { body: input }) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await replaceElectors(deps, tenant, body, number, input.text), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/liczenie`,
      summary: 'Liczenie głosów po ostatnim dniu głosowania (powtórzenie zwraca zapisane wyniki)',
      tags,
      access: councilStaff,
      responses: {
        200: { description: 'Wyniki w okręgach' },
        404: { description: 'Wybory nie zostały ogłoszone' },
        409: { description: 'Głosowanie jeszcze trwa' },
      },
    },
    async (c) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await countVotes(deps, tenant, body, number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/losowanie`,
      summary: 'Losowanie przy równej liczbie głosów o ostatnie miejsca okręgu (kto, kiedy i jak losował)',
      tags,
      access: councilStaff,
      body: lotSchema,
      responses: {
        200: { description: 'Zapisano' },
        400: { description: 'Wylosowani spoza remisu albo w innej liczbie niż miejsca' },
        404: { description: 'Wybory nie zostały ogłoszone' },
        409: { description: 'Przed liczeniem, po ogłoszeniu albo bez remisu' },
      },
    },
    async (c, { body: input }) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await drawLot(deps, tenant, body, number, input), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/publikacja`,
      summary: 'Ogłoszenie wyników (po liczeniu i rozstrzygnięciu remisów); potem powołanie wybranych',
      tags,
      access: councilStaff,
      responses: {
        200: { description: 'Ogłoszono' },
        404: { description: 'Wybory nie zostały ogłoszone' },
        409: { description: 'Głosy niepoliczone albo remis nierozstrzygnięty' },
      },
    },
    async (c) => {
      const { deps, tenant, body, number } = await pathOf(c)
      return c.json(await publishResults(deps, tenant, body, number), 200, noStore)
    },
  )
}
