import { depsOf } from '../../core/deps'
import { uploadForm, uploadText } from '../../core/http/body'
import { csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { organisers } from '../access'
import { answersWorkList, takeAnswerStep } from '../actions/answers'
import {
  answersCsv,
  answersCsvName,
  IMPORT_TOO_LARGE,
  importAnswersCsv,
  MAX_IMPORT_BYTES,
} from '../actions/answers-csv'
import { computeGroups, removeFromGroup } from '../actions/groups'
import { consultationFromPath, type Ctx } from '../http'
import { answerImportQuery, answerStepSchema } from '../input/answers'

const tags = ['Konsultacje — odpowiedzi na uwagi']
const base = '/jst/:slug/staff/konsultacje/:number'

/** A number from the path (`:group`, `:comment`), or the Polish 404 of what it names. */
function numberParam(c: Ctx, name: string, missing: string): number {
  const raw = c.req.param(name) ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw notFound(missing)
  return Number(raw)
}

/** Every answer here names authors (personal data) and changes as staff work: never cached. */
const noStore = (c: Ctx) => c.header('Cache-Control', 'no-store')

/**
 * The organisers' work on the answers to comments: grouping identical comments, one step at a time on an answer
 * (save, propose, approve, return, reopen), and the same as a spreadsheet (CSV export and an all-or-nothing import).
 */
export function answerRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/groups/compute`,
      summary: 'Grupowanie identycznych i prawie identycznych uwag (istniejące grupy i odpowiedzi zostają)',
      tags,
      access: organisers,
      responses: {
        200: { description: '{ groups, grouped, single, created, added }' },
        409: { description: 'Raport jest już opublikowany' },
      },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      noStore(c)
      return c.json(await computeGroups(depsOf(c), consultation))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/groups/:group/members/:comment/remove`,
      summary: 'Wyjęcie uwagi z grupy: odpowiada się na nią osobno, a kolejne grupowania jej nie dołączają',
      tags,
      access: organisers,
      responses: {
        200: { description: '{ group, comment, size }' },
        404: { description: 'Nie ma takiej grupy, uwagi albo uwaga nie należy do grupy' },
        409: { description: 'To ostatnia uwaga w grupie, albo raport jest już opublikowany' },
      },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      const group = numberParam(c, 'group', 'Nie ma takiej grupy uwag.')
      const comment = numberParam(c, 'comment', 'Nie ma takiej uwagi.')
      noStore(c)
      return c.json(await removeFromGroup(depsOf(c), consultation, group, comment))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/answers`,
      summary: 'Lista pracy: grupy i uwagi bez grupy z odpowiedziami, dozwolonymi krokami i wersjami',
      tags,
      access: organisers,
      responses: { 200: { description: 'AnswersWorkList (worker/consultations/views/answers.ts)' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      noStore(c)
      return c.json(await answersWorkList(depsOf(c), consultation))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/answers`,
      summary:
        'Krok odpowiedzi na uwagę lub grupę: save, propose, approve, return, reopen (z wersją odczytanej odpowiedzi)',
      tags,
      access: organisers,
      body: answerStepSchema,
      responses: {
        200: { description: '{ target, answer, allowedActions }' },
        400: { description: 'Odpowiedź niepełna (błędy pól) albo brak powodu zwrotu' },
        403: { description: 'Zatwierdzanie własnej odpowiedzi przy zatwierdzaniu przez dwie osoby' },
        404: { description: 'Nie ma takiej uwagi lub grupy' },
        409: {
          description: 'Nieaktualna wersja, krok niedozwolony w tym stanie, uwaga w grupie albo raport opublikowany',
        },
      },
    },
    async (c, { body }) => {
      const consultation = await consultationFromPath(c, false)
      noStore(c)
      return c.json(await takeAnswerStep(depsOf(c), consultation, body))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/answers.csv`,
      summary: 'Odpowiedzi jako CSV (numer uwagi lub grupa, treść, rozstrzygnięcie, uzasadnienie, status)',
      tags,
      access: organisers,
      responses: { 200: { description: 'text/csv; formuły zneutralizowane' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      return c.body(await answersCsv(depsOf(c), consultation), 200, {
        ...csvHeaders(answersCsvName(consultation)),
        'Cache-Control': 'no-store',
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/answers/import`,
      summary:
        'Import odpowiedzi z CSV (multipart: file, albo treść text/csv); ?approve=1 zatwierdza od razu (zatwierdzanie jednoosobowe); wszystko albo nic',
      tags,
      access: organisers,
      query: answerImportQuery,
      responses: {
        200: { description: '{ saved, approved, unchanged, rows }' },
        400: { description: 'Błędy wierszy (errors: row.N); niczego nie zapisano' },
        409: { description: 'Ktoś zmienił odpowiedzi w czasie importu' },
        413: { description: 'Plik jest za duży' },
        415: { description: 'Nie CSV ani formularz z plikiem' },
      },
    },
    async (c, { query }) => {
      const consultation = await consultationFromPath(c, false)
      const type = (c.req.header('content-type') ?? '').toLowerCase()
      let text: string
      if (type.startsWith('multipart/form-data')) {
        await limitUploads(c, `answers:${consultation.id}`)
        const file = (await uploadForm(c, MAX_IMPORT_BYTES, IMPORT_TOO_LARGE, 'file')).get('file')
        if (!(file instanceof File))
          throw new ApiError(400, 'Wybierz plik CSV z odpowiedziami.', {
            errors: [{ field: 'file', detail: 'Wybierz plik CSV z odpowiedziami.' }],
          })
        text = new TextDecoder().decode(await file.arrayBuffer())
      } else if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
        await limitUploads(c, `answers:${consultation.id}`)
        text = await uploadText(c, MAX_IMPORT_BYTES, IMPORT_TOO_LARGE)
      } else throw new ApiError(415, 'Wyślij plik CSV (text/csv) albo formularz z polem file.')
      noStore(c)
      return c.json(await importAnswersCsv(depsOf(c), consultation, text, query.approve === '1'))
    },
  )
}
