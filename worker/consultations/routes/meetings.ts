import { depsOf } from '../../core/deps'
import { uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { afterResponse } from '../../core/http/after-response'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { clientIp } from '../../core/http/request'
import { organisers } from '../access'
import { moderators } from '../access-comments'
import {
  cancelMeeting,
  cancelSignup,
  createMeeting,
  MAX_MINUTES_BYTES,
  meetingOf,
  MINUTES_TOO_LARGE,
  minutesFile,
  notifyCancellation,
  recordAttendance,
  signUp,
  updateMeeting,
  uploadMinutes,
} from '../actions/meetings'
import { consultationFromPath, tenantFromPath, type Ctx } from '../http'
import {
  attendanceSchema,
  meetingCancelSchema,
  meetingCreateSchema,
  meetingUpdateSchema,
  signupCancelSchema,
  signupSchema,
} from '../input/meetings'
import { meetingsOf, signupsOf } from '../queries/meetings'
import { publicMeeting, signupReceipt, signupView, staffMeeting } from '../views/meetings'
import { openDataRoutes } from './open-data'

const pub = '/jst/:slug/konsultacje/:number/meetings'
const staff = '/jst/:slug/staff/konsultacje/:number/meetings'

/** Sign-ups and cancellations one network address may send per hour (a library computer serves many people). */
const SIGNUPS_PER_HOUR = 30

async function limitSignups(c: Ctx, what: string): Promise<void> {
  const { success, retryAfter } = await c
    .get('services')
    .rateLimiter.limit(`ks-${what}:${clientIp(c)}`, { limit: SIGNUPS_PER_HOUR, periodSeconds: 3600 })
  if (!success)
    throw new ApiError(429, `Zbyt wiele prób. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
      headers: { 'Retry-After': String(retryAfter) },
    })
}

/** The consultation and meeting named in the path. */
async function meetingFromPath(c: Ctx, publicOnly: boolean) {
  const consultation = await consultationFromPath(c, publicOnly)
  return { consultation, meeting: await meetingOf(depsOf(c).db, consultation, c.req.param('meeting') ?? '') }
}

/**
 * Consultation meetings: residents read them and sign up (capacity by a guarded UPDATE), cancel by the e-mailed link
 * and download the minutes; organisers plan, change and cancel them, see who signed up, record attendance and
 * publish the minutes. The open data of consultations is registered here too (`openDataRoutes`).
 */
export function meetingRoutes(api: Api): void {
  const tags = ['Konsultacje — spotkania']

  endpoint(
    api,
    {
      method: 'get',
      path: pub,
      summary: 'Spotkania konsultacyjne (bez linku do spotkań online: dostają go osoby zapisane)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista spotkań' }, 404: { description: 'Nie ma takich konsultacji' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, true)
      const now = new Date()
      return c.json({ items: (await meetingsOf(depsOf(c).db, consultation.id)).map((m) => publicMeeting(m, now)) })
    },
  )

  // Before `/:meeting/…`, so "cancel" is never read as a meeting's number.
  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/cancel`,
      summary: 'Rezygnacja z udziału w spotkaniu (kod z linku w e-mailu); ponowienie daje tę samą odpowiedź',
      tags,
      access: { kind: 'public' },
      body: signupCancelSchema,
      responses: {
        200: { description: 'Zapis odwołany' },
        404: { description: 'Nieznany link albo dane zapisu już usunięte' },
        409: { description: 'Spotkanie już się rozpoczęło' },
      },
    },
    async (c, { body }) => {
      await limitSignups(c, 'signup-cancel')
      const consultation = await consultationFromPath(c, true)
      return c.json(await cancelSignup(depsOf(c), consultation, body.token))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/:meeting/signups`,
      summary: 'Zapis na spotkanie (jeden na adres e-mail; potwierdzenie z linkiem do rezygnacji e-mailem)',
      tags,
      access: { kind: 'public' },
      body: signupSchema,
      responses: {
        201: { description: 'Zapisano' },
        409: { description: 'Brak miejsc, spotkanie odwołane lub rozpoczęte, albo adres już zapisany' },
      },
    },
    async (c, { body }) => {
      await limitSignups(c, 'signup')
      const { consultation, meeting } = await meetingFromPath(c, true)
      const deps = depsOf(c)
      const tenant = await tenantFromPath(c)
      const fresh = await signUp(deps, tenant, consultation, meeting, body)
      return c.json(signupReceipt(fresh, body.email), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:meeting/minutes.pdf`,
      summary: 'Protokół spotkania (PDF)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Protokołu jeszcze nie dodano' } },
    },
    async (c) => {
      const { consultation, meeting } = await meetingFromPath(c, true)
      const file = await minutesFile(depsOf(c), consultation, meeting)
      return c.body(file.bytes as never, 200, {
        'Content-Type': 'application/pdf',
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: staff,
      summary:
        'Spotkania konsultacji w panelu (z linkiem, liczbą zapisów i wersją do odesłania); moderatorzy czytają je, by wpisywać uwagi zgłoszone na spotkaniu',
      tags,
      access: moderators,
      responses: { 200: { description: 'Lista spotkań' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      const now = new Date()
      return c.json({ items: (await meetingsOf(depsOf(c).db, consultation.id)).map((m) => staffMeeting(m, now)) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: staff,
      summary: 'Nowe spotkanie (czas warszawski RRRR-MM-DDTGG:MM; w dniach konsultacji)',
      tags,
      access: organisers,
      body: meetingCreateSchema,
      responses: { 201: { description: 'Utworzono' }, 400: { description: 'Błędy pól' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const consultation = await consultationFromPath(c, false)
      return c.json(staffMeeting(await createMeeting(deps, consultation, body), deps.now()), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/:meeting`,
      summary: 'Zmiana spotkania (tylko przesłane pola; z wersją z odczytu)',
      tags,
      access: organisers,
      body: meetingUpdateSchema,
      responses: { 200: { description: 'Zmieniono' }, 409: { description: 'Ktoś inny zmienił spotkanie' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const { consultation, meeting } = await meetingFromPath(c, false)
      return c.json(staffMeeting(await updateMeeting(deps, consultation, meeting, body), deps.now()))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:meeting/cancel`,
      summary: 'Odwołanie spotkania (zapisani dostają e-mail; ponowienie niczego nie zmienia)',
      tags,
      access: organisers,
      body: meetingCancelSchema,
      responses: { 200: { description: 'Odwołano' }, 409: { description: 'Spotkanie już się rozpoczęło' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const { consultation, meeting } = await meetingFromPath(c, false)
      const result = await cancelMeeting(deps, consultation, meeting, body.version)
      if (result.changed) {
        const tenant = await tenantFromPath(c)
        afterResponse(c, 'meeting cancellation e-mails', () =>
          notifyCancellation(deps, tenant, consultation, result.meeting),
        )
      }
      return c.json(staffMeeting(result.meeting, deps.now()))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/:meeting/signups`,
      summary: 'Osoby zapisane na spotkanie (dane osobowe; usuwane po spotkaniu)',
      tags,
      access: organisers,
      responses: { 200: { description: 'Spotkanie i lista zapisów' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const { meeting } = await meetingFromPath(c, false)
      return c.json(
        { meeting: staffMeeting(meeting, deps.now()), items: (await signupsOf(deps.db, meeting.id)).map(signupView) },
        200,
        { 'Cache-Control': 'no-store' },
      )
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${staff}/:meeting/attendance`,
      summary: 'Obecność na spotkaniu: liczba uczestników i obecni spośród zapisanych (po rozpoczęciu)',
      tags,
      access: organisers,
      body: attendanceSchema,
      responses: { 200: { description: 'Zapisano' }, 409: { description: 'Przed spotkaniem albo nieaktualna wersja' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const { consultation, meeting } = await meetingFromPath(c, false)
      return c.json(staffMeeting(await recordAttendance(deps, consultation, meeting, body), deps.now()))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/:meeting/minutes`,
      summary: 'Protokół spotkania: plik PDF (multipart/form-data: file), zastępuje poprzedni',
      tags,
      access: organisers,
      responses: {
        200: { description: 'Dodano' },
        400: { description: 'To nie jest PDF' },
        409: { description: 'Przed spotkaniem albo ktoś w międzyczasie dodał protokół' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const { consultation, meeting } = await meetingFromPath(c, false)
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
      await limitUploads(c, `meeting:${meeting.id}`)
      const form = await uploadForm(c, MAX_MINUTES_BYTES, MINUTES_TOO_LARGE, 'file')
      return c.json(staffMeeting(await uploadMinutes(deps, consultation, meeting, form.get('file')), deps.now()))
    },
  )

  openDataRoutes(api)
}
