import { depsOf } from '../../core/deps'
import { bodyText, uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint, parseWith } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { councilStaff } from '../access'
import {
  ANSWER_FILE_TOO_LARGE,
  answerInquiry,
  inquiryAnswerFile,
  MAX_ANSWER_FILE_BYTES,
  registerPaperInquiry,
} from '../actions/inquiries'
import { bodyLaws } from '../domain/bodies'
import { bodyFromPath, tenantFromPath, type Ctx } from '../http'
import { answerSchema, MAX_ANSWER_CHARS, paperInquirySchema } from '../input/inquiries'
import { inquiriesOfBody, inquiryByNumber, openInquiriesOfTenant } from '../queries/inquiries'
import { staffInquiry } from '../views/inquiries'

const staffTags = ['Rady: zapytania (urząd)']
const publicTags = ['Rady: zapytania']
const staff = '/jst/:slug/staff/rady'

const noStore = (c: Ctx) => c.header('Cache-Control', 'no-store')

/** The inquiry `:number` of the body in the path, or a Polish 404. */
async function inquiryFromPath(c: Ctx) {
  const body = await bodyFromPath(c)
  const raw = c.req.param('number') ?? ''
  const row = /^\d{1,9}$/.test(raw) ? await inquiryByNumber(depsOf(c).db, body.id, Number(raw)) : undefined
  if (!row) throw notFound('Nie ma takiego zapytania tej rady.')
  return { body, row }
}

/** The answer from a JSON body (`{answer}`) or a multipart form (`answer` and/or `file`, a PDF). */
async function answerFromRequest(c: Ctx): Promise<{ answer: string | null; file: File | null }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    const form = await uploadForm(c, MAX_ANSWER_FILE_BYTES, ANSWER_FILE_TOO_LARGE, 'file')
    const answer = form.get('answer')
    const file = form.get('file')
    const text = typeof answer === 'string' ? answer.trim() : ''
    if (text.length > MAX_ANSWER_CHARS) {
      const detail = `Wpisz najwyżej ${MAX_ANSWER_CHARS} znaków.`
      throw new ApiError(400, detail, { errors: [{ field: 'answer', detail }] })
    }
    return { answer: text || null, file: file instanceof File && file.size > 0 ? file : null }
  }
  if (!type.startsWith('application/json'))
    throw new ApiError(415, 'Wyślij odpowiedź jako JSON albo formularz z plikiem (multipart/form-data).')
  let json: unknown
  try {
    json = JSON.parse(await bodyText(c))
  } catch {
    throw new ApiError(400, 'Treść żądania nie jest poprawnym dokumentem JSON.')
  }
  return { answer: parseWith(answerSchema, json, 'formularz').answer, file: null }
}

/**
 * The councils' inquiries: the staff's lists (a body's, and every unanswered one of the JST for the panel), an inquiry
 * adopted on paper registered by staff, the executive's answer recorded once, and the answer's PDF, public with the
 * inquiry. Inquiries adopted in the platform are created by the adoption of a `wniosek` resolution (opinions' part).
 */
export function inquiriesRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/zapytania`,
      summary: 'Zapytania i wnioski rad JST czekające na odpowiedź (najbliższy termin najpierw)',
      tags: staffTags,
      access: councilStaff,
      responses: { 200: { description: '{ items: zapytania z terminem, dniami do końca i stanem }' } },
    },
    async (c) => {
      const tenant = await tenantFromPath(c)
      const now = new Date()
      noStore(c)
      return c.json({ items: (await openInquiriesOfTenant(depsOf(c).db, tenant.id)).map((r) => staffInquiry(r, now)) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/:body/zapytania`,
      summary: 'Zapytania i wnioski rady do organu wykonawczego z terminem odpowiedzi (rada seniorów: 30 dni)',
      tags: staffTags,
      access: councilStaff,
      responses: { 200: { description: '{ body, lawDays, items }' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      const now = new Date()
      noStore(c)
      return c.json({
        body: { slug: body.slug, name: body.name, kind: body.kind },
        lawDays: bodyLaws[body.kind].inquiryAnswerDays,
        items: (await inquiriesOfBody(depsOf(c).db, body.id)).map((r) => staffInquiry(r, now)),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:body/zapytania`,
      summary: 'Rejestracja zapytania lub wniosku rady przyjętego poza platformą (dzień doręczenia uruchamia termin)',
      tags: staffTags,
      access: councilStaff,
      body: paperInquirySchema,
      responses: {
        201: { description: 'Zarejestrowane zapytanie' },
        400: { description: 'Błędy pól' },
        409: { description: 'Zapytanie z tej uchwały już jest' },
      },
    },
    async (c, { body: input }) => {
      const body = await bodyFromPath(c)
      const row = await registerPaperInquiry(depsOf(c), body, input)
      noStore(c)
      return c.json(staffInquiry(row, new Date()), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:body/zapytania/:number/odpowiedz`,
      summary:
        'Odpowiedź organu wykonawczego na zapytanie: JSON { answer } albo multipart (answer, file: PDF); jeden raz',
      tags: staffTags,
      access: councilStaff,
      responses: {
        200: { description: 'Zapytanie z odpowiedzią' },
        400: { description: 'Brak treści i pliku, plik nie PDF' },
        409: { description: 'Już odpowiedziano' },
        413: { description: 'Plik za duży' },
        415: { description: 'Ani JSON, ani formularz z plikiem' },
      },
    },
    async (c) => {
      const { body, row } = await inquiryFromPath(c)
      const saved = await answerInquiry(depsOf(c), body, row, await answerFromRequest(c))
      noStore(c)
      return c.json(staffInquiry(saved, new Date()))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/rady/:body/zapytania/:number/odpowiedz.pdf',
      summary: 'Pisemna odpowiedź na zapytanie rady (PDF), jawna wraz z zapytaniem',
      tags: publicTags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Brak pliku odpowiedzi' } },
    },
    async (c) => {
      const { row } = await inquiryFromPath(c)
      const file = await inquiryAnswerFile(depsOf(c), row.inquiry)
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )
}
