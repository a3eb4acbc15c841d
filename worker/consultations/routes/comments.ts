import { depsOf, type Deps } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { organisers } from '../access'
import { moderators } from '../access-comments'
import {
  confirmComment,
  commentOfReceipt,
  correctComment,
  submitComment,
  withdrawComment,
  type CommentPlace,
} from '../actions/comments'
import { hideComment, intakeComment, unhideComment, updateSurvey } from '../actions/comments-staff'
import { surveyOf } from '../domain/survey'
import { consultationFromPath, tenantFromPath, type Ctx } from '../http'
import {
  commentConfirmSchema,
  commentCorrectionSchema,
  commentHideSchema,
  commentIntakeSchema,
  commentListQuery,
  commentReceiptSchema,
  commentSubmitSchema,
  surveySchema,
} from '../input/comments'
import {
  commentPlace,
  commentCounts,
  commentsOf,
  countedComments,
  draftVersions,
  type CommentConsultation,
  type CommentWithAnswer,
} from '../queries/comments'
import {
  authorCommentView,
  moderatedView,
  publicCommentView,
  staffCommentView,
  type PublicCommentList,
  type StaffCommentList,
} from '../views/comments'

const tags = ['Konsultacje — uwagi']
const staffTags = ['Konsultacje — panel']
const base = '/jst/:slug/konsultacje/:number'
const staffBase = '/jst/:slug/staff/konsultacje/:number'

/** The JST and the consultation in the path; `publicOnly` answers a draft as if it did not exist. */
async function placeOf(c: Ctx, publicOnly: boolean): Promise<CommentPlace> {
  const consultation = await consultationFromPath(c, publicOnly)
  const tenant = await tenantFromPath(c)
  return { tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name }, consultation }
}

/**
 * The JST and the published consultation in the path, as the author's routes need them: both in one statement, with
 * only the columns the comment actions read (`commentPlace`), since every comment sent and every confirmation asks.
 * The same 404s as `tenantFromPath` and `consultationFromPath` (a draft answers as if it did not exist).
 */
async function authorPlaceOf(c: Ctx): Promise<CommentPlace<CommentConsultation>> {
  const raw = c.req.param('number') ?? ''
  const found = await commentPlace(depsOf(c).db, c.req.param('slug') ?? '', /^\d{1,9}$/.test(raw) ? Number(raw) : -1)
  if (!found) throw notFound('Nie ma takiej jednostki samorządu.')
  const { tenant, consultation } = found
  if (!consultation || consultation.status === 'draft') throw notFound('Nie ma takich konsultacji.')
  return { tenant, consultation }
}

/** The comment number `:comment` in a staff path, or a Polish 404. */
function commentParam(c: Ctx): number {
  const raw = c.req.param('comment') ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw notFound('Nie ma takiej uwagi.')
  return Number(raw)
}

/** The representative's key of an NGO from the directory, sent by the web as `Authorization: Bearer …`. */
const bearer = (c: Ctx) => c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null

const utf8 = new TextEncoder()

/**
 * A small JSON answer with its `Content-Length`, for the two requests every comment makes (sending, confirming): an
 * answer that states its length is left as it is by the Node server's compression (worker/core/http/compress.ts),
 * which otherwise reads every JSON answer back into bytes to measure it, and the Node adapter then writes the string
 * straight out instead of streaming a rebuilt response.
 */
function sizedJson(c: Ctx, value: unknown, status: 200 | 201 = 200) {
  const text = JSON.stringify(value)
  return c.body(text, status, {
    'Content-Type': 'application/json',
    'Content-Length': String(utf8.encode(text).byteLength),
  })
}

/** Answers with personal data: never kept by a browser or a proxy. */
const noStore = (c: Ctx) => c.header('Cache-Control', 'no-store')

/**
 * The handler of the author's routes by receipt (read, correct, withdraw): personal data never cached, the consultation
 * as the public sees it, and the comment answered in the author's view, placed in the draft's versions, whatever `act`
 * did with it.
 */
const byReceipt =
  <B>(act: (deps: Deps, place: CommentPlace<CommentConsultation>, body: B) => Promise<CommentWithAnswer>) =>
  async (c: Ctx, { body }: { body: B }) => {
    noStore(c)
    const deps = depsOf(c)
    const place = await authorPlaceOf(c)
    const row = await act(deps, place, body)
    const { consultation } = place
    return c.json(
      authorCommentView(row, await draftVersions(deps.db, consultation.id), consultation.endsAt, deps.now()),
    )
  }

/**
 * Comments: residents and NGOs send them online without an account (counted once confirmed by the e-mailed link), read,
 * correct and withdraw them by their receipt until the end; the public list shows confirmed ones; staff key in those
 * received on paper, by e-mail or at a meeting, moderate them and set the survey asked with them.
 */
export function commentRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/comments`,
      summary:
        'Uwagi potwierdzone (bez wycofanych; ukryte tylko z numerem i powodem), z miejscem w aktualnej wersji projektu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: '{ public, count, items } (items puste, gdy uwagi nie są jawne)' } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const { consultation } = await placeOf(c, true)
      const count = await countedComments(db, consultation.id)
      if (!consultation.commentsPublic) return c.json({ public: false, count, items: [] } satisfies PublicCommentList)
      const versions = await draftVersions(db, consultation.id)
      const rows = await commentsOf(db, consultation.id, { confirmedOnly: true })
      return c.json({
        public: true,
        count,
        items: rows.map((r) => publicCommentView(r, versions)),
      } satisfies PublicCommentList)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/comments`,
      summary:
        'Zgłoszenie uwagi (mieszkaniec lub organizacja; organizacja z katalogu: Authorization: Bearer <klucz przedstawiciela>)',
      tags,
      access: { kind: 'public' },
      body: commentSubmitSchema,
      responses: {
        201: { description: 'Uwaga przyjęta (niepotwierdzona): numer i numer potwierdzenia, link wysłany e-mailem' },
        400: { description: 'Błędy pól (np. organizacja bez numeru w rejestrze, fragment spoza wersji)' },
        409: { description: 'Przed rozpoczęciem albo po zakończeniu konsultacji' },
        429: { description: 'Zbyt wiele uwag z tego adresu' },
      },
    },
    async (c, { body }) => {
      noStore(c)
      return sizedJson(c, await submitComment(depsOf(c), await authorPlaceOf(c), body, bearer(c)), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/comments/confirm`,
      summary: 'Potwierdzenie uwagi linkiem z e-maila (token z #t=…); powtórzenie daje tę samą odpowiedź',
      tags,
      access: { kind: 'public' },
      body: commentConfirmSchema,
      responses: {
        200: { description: '{ number, status }' },
        404: { description: 'Link nie działa' },
        410: { description: 'Czas na potwierdzenie minął' },
      },
    },
    async (c, { body }) => sizedJson(c, await confirmComment(depsOf(c), await authorPlaceOf(c), body.token)),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/comments/mine`,
      summary: 'Moja uwaga: odczyt po numerze potwierdzenia (wszystkie pola, stan, wersja, odpowiedź)',
      tags,
      access: { kind: 'public' },
      body: commentReceiptSchema,
      responses: {
        200: { description: 'Uwaga autora' },
        404: { description: 'Nie ma uwagi o tym numerze potwierdzenia (ta sama odpowiedź dla każdego złego numeru)' },
      },
    },
    byReceipt((deps, { consultation }, body) => commentOfReceipt(deps, consultation, body.receipt)),
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${base}/comments/mine`,
      summary: 'Poprawka uwagi przez autora (do końca konsultacji; z wersją z odczytu, poprzednie brzmienie zachowane)',
      tags,
      access: { kind: 'public' },
      body: commentCorrectionSchema,
      responses: {
        200: { description: 'Uwaga po poprawce (revision + 1)' },
        404: { description: 'Nie ma uwagi o tym numerze potwierdzenia' },
        409: { description: 'Po zakończeniu, wycofana albo zmieniona w międzyczasie' },
      },
    },
    byReceipt((deps, place, body) => correctComment(deps, place, body)),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/comments/mine/withdraw`,
      summary: 'Wycofanie uwagi przez autora (do końca konsultacji; powtórzenie daje tę samą odpowiedź)',
      tags,
      access: { kind: 'public' },
      body: commentReceiptSchema,
      responses: {
        200: { description: 'Uwaga wycofana' },
        404: { description: 'Nie ma uwagi o tym numerze potwierdzenia' },
        409: { description: 'Konsultacje się zakończyły' },
      },
    },
    byReceipt((deps, place, body) => withdrawComment(deps, place, body.receipt)),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/survey`,
      summary: 'Pytania ankiety zadawane przy zgłaszaniu uwagi (pusta lista: bez ankiety)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: '{ questions }' } },
    },
    async (c) => c.json({ questions: surveyOf((await consultationFromPath(c, true)).survey) }),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staffBase}/comments`,
      summary: 'Wszystkie uwagi z danymi osobowymi, stanem, sposobem wpływu, ukryciem, grupą i stanem odpowiedzi',
      tags: staffTags,
      access: moderators,
      query: commentListQuery,
      responses: { 200: { description: '{ items, counts }' } },
    },
    async (c, { query }) => {
      noStore(c)
      const { db } = depsOf(c)
      const consultation = await consultationFromPath(c, false)
      const versions = await draftVersions(db, consultation.id)
      const rows = await commentsOf(db, consultation.id, query)
      return c.json({
        items: rows.map((r) => staffCommentView(r, versions)),
        counts: await commentCounts(db, consultation.id),
      } satisfies StaffCommentList)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/comments`,
      summary:
        'Wpisanie uwagi złożonej na papierze, e-mailem lub na spotkaniu (od razu potwierdzona; nagłówek Idempotency-Key)',
      tags: staffTags,
      access: moderators,
      body: commentIntakeSchema,
      responses: {
        201: { description: '{ number, receipt } — numer potwierdzenia do wydruku dla autora' },
        200: { description: 'Powtórzenie z tym samym Idempotency-Key: ta sama uwaga' },
        400: { description: 'Błędy pól (np. data wpływu poza terminem konsultacji)' },
        409: { description: 'Ta sama uwaga wpisana przed chwilą, albo raport już opublikowany' },
      },
    },
    async (c, { body }) => {
      noStore(c)
      const { created, ...answer } = await intakeComment(
        depsOf(c),
        await placeOf(c, false),
        body,
        c.req.header('idempotency-key') ?? null,
      )
      return c.json(answer, created ? 201 : 200)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/comments/:comment/hide`,
      summary: 'Ukrycie uwagi przed publicznością z podanym powodem (uwaga nadal się liczy i dostaje odpowiedź)',
      tags: staffTags,
      access: moderators,
      body: commentHideSchema,
      responses: { 200: { description: '{ number, hidden, hiddenReason, hiddenAt }' }, 404: { description: 'Brak' } },
    },
    async (c, { body }) => {
      const consultation = await consultationFromPath(c, false)
      return c.json(moderatedView(await hideComment(depsOf(c), consultation, commentParam(c), body.reason)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staffBase}/comments/:comment/unhide`,
      summary: 'Przywrócenie ukrytej uwagi do widoku publicznego',
      tags: staffTags,
      access: moderators,
      responses: { 200: { description: '{ number, hidden, hiddenReason, hiddenAt }' }, 404: { description: 'Brak' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      return c.json(moderatedView(await unhideComment(depsOf(c), consultation, commentParam(c))))
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${staffBase}/survey`,
      summary: 'Pytania ankiety zadawane przy uwagach (tylko przed rozpoczęciem konsultacji)',
      tags: staffTags,
      access: organisers,
      body: surveySchema,
      responses: {
        200: { description: '{ questions }' },
        400: { description: 'Błędy pytań' },
        409: { description: 'Konsultacje już się rozpoczęły' },
      },
    },
    async (c, { body }) => {
      const consultation = await consultationFromPath(c, false)
      return c.json({ questions: await updateSurvey(depsOf(c), consultation, body.questions) })
    },
  )
}
