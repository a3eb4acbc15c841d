import { depsOf } from '../../core/deps'
import { limitPerHour } from '../actions/limits'
import { uploadForm } from '../../core/http/body'
import { endpoint, parseWith, type Api } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { councilMember, councilStaff } from '../access'
import {
  cancelMeeting,
  createMeeting,
  MAX_MINUTES_BYTES,
  meetingOf,
  meetingQuorum,
  MINUTES_TOO_LARGE,
  minutesFile,
  recordAttendance,
  saveMinutes,
  updateMeeting,
} from '../actions/meetings'
import { addMember, changeRole, endMandate, memberOf, requestNewLink, resendLink } from '../actions/members'
import { flagsOf } from '../actions/members-tick'
import { addPost } from '../actions/posts'
import { dayOf } from '../domain/dates'
import { bodyFromPath, memberFromRequest, tenantFromPath, type Ctx } from '../http'
import {
  attendanceSchema,
  mandateEndSchema,
  meetingCreateSchema,
  meetingUpdateSchema,
  memberCreateSchema,
  memberUpdateSchema,
  minutesSchema,
  newLinkSchema,
  postSchema,
  topicQuerySchema,
} from '../input/members'
import { attendanceOfBody, meetingsOfBody, membersOfBody, postsOf, statuteOn, topicExists } from '../queries/members'
import { memberSpace } from '../queries/members-space'
import { postView, staffMeeting, staffMember } from '../views/members'

const staff = '/jst/:slug/staff/rady/:body'
const pub = '/jst/:slug/rady/:body'
const noStore = { 'Cache-Control': 'no-store' }

/** Requests for a new link one network address (a library computer serves many) and one e-mail may send per hour. */
const LINKS_PER_HOUR_PER_ADDRESS = 30
const LINKS_PER_HOUR_PER_EMAIL = 5

async function limitLinks(c: Ctx, email: string): Promise<void> {
  const deps = depsOf(c)
  await limitPerHour(deps, `rd-link-ip:${deps.ip}`, LINKS_PER_HOUR_PER_ADDRESS)
  await limitPerHour(deps, `rd-link-email:${email}`, LINKS_PER_HOUR_PER_EMAIL)
}

/** The staff's list of the body's members with the absences flags of the statute governing today. */
async function staffMembers(c: Ctx) {
  const deps = depsOf(c)
  const body = await bodyFromPath(c)
  const today = dayOf(deps.now())
  const [members, statute] = await Promise.all([membersOfBody(deps.db, body.id), statuteOn(deps.db, body.id, today)])
  const flags = statute?.absences ? await flagsOf(deps.db, body.id, statute.absences, today) : []
  return {
    items: members.map((m) => {
      const flag = flags.find((f) => f.member.id === m.id)
      return staffMember(m, today, flag ? { since: flag.since, meetings: flag.meetings } : null)
    }),
    seats: (statute?.seats ?? []).map((s) => ({
      key: s.key,
      name: s.name,
      seats: s.seats,
      taken: members.filter((m) => m.seatCategory === s.key && staffMember(m, today, null).inOffice).length,
    })),
    absencesRule: statute?.absences ?? null,
  }
}

/** A meeting as staff see it, with its attendance and live quorum. */
async function staffMeetingOf(c: Ctx, number: number) {
  const deps = depsOf(c)
  const body = await bodyFromPath(c)
  const meeting = await meetingOf(deps, body, String(number))
  const attendance = (await attendanceOfBody(deps.db, body.id)).get(meeting.id) ?? {}
  return staffMeeting(meeting, attendance, await meetingQuorum(deps, body, meeting, attendance))
}

/**
 * A body's members, meetings and members' space: staff add members (the invitation e-mailed), change functions, end
 * mandates with their reasons and re-send links; plan meetings, record attendance with the live quorum, and the
 * minutes. Members read their space and post in it with their key; anyone may ask for a new link (one answer for
 * all, so the form reveals nobody's membership).
 */
export function membersRoutes(api: Api): void {
  const tags = ['Rady — członkowie i posiedzenia']

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/czlonkowie`,
      summary: 'Członkowie rady (w kadencji i byli) z flagą nieobecności według statutu',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Lista członków i miejsc' }, 404: { description: 'Nie ma takiej rady' } },
    },
    async (c) => c.json(await staffMembers(c), 200, noStore),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/czlonkowie`,
      summary: 'Dodanie członka (miejsce ze statutu, w kadencji; zaproszenie z linkiem e-mailem)',
      tags,
      access: councilStaff,
      body: memberCreateSchema,
      responses: {
        201: { description: 'Dodano i wysłano zaproszenie' },
        400: { description: 'Błędy pól' },
        409: { description: 'Brak wolnych miejsc, brak kadencji albo osoba już jest członkiem' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const member = await addMember(deps, tenant, body, input)
      return c.json(staffMember(member, dayOf(deps.now()), null), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/czlonkowie/:id`,
      summary: 'Zmiana funkcji członka',
      tags,
      access: councilStaff,
      body: memberUpdateSchema,
      responses: { 200: { description: 'Zmieniono' }, 404: { description: 'Nie ma takiego członka' } },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const member = await memberOf(deps, body, c.req.param('id') ?? '')
      const changed = await changeRole(deps, tenant, body, member, input.role)
      return c.json(staffMember(changed, dayOf(deps.now()), null), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/czlonkowie/:id/wygasniecie`,
      summary: 'Wygaśnięcie mandatu przed końcem kadencji (ostatni dzień i powód, jawny)',
      tags,
      access: councilStaff,
      body: mandateEndSchema,
      responses: { 200: { description: 'Zapisano' }, 409: { description: 'Mandat już wygasł' } },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const member = await memberOf(deps, body, c.req.param('id') ?? '')
      const ended = await endMandate(deps, tenant, body, member, input)
      return c.json(staffMember(ended, dayOf(deps.now()), null), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/czlonkowie/:id/link`,
      summary: 'Ponowne wysłanie linku do przestrzeni członków (stary link przestaje działać)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Wysłano' }, 409: { description: 'Mandat wygasł albo brak adresu e-mail' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const member = await memberOf(deps, body, c.req.param('id') ?? '')
      return c.json(staffMember(await resendLink(deps, tenant, body, member), dayOf(deps.now()), null), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/posiedzenia`,
      summary: 'Posiedzenia rady z obecnością i kworum',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Lista posiedzeń' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const [meetings, attendance] = await Promise.all([
        meetingsOfBody(deps.db, body.id),
        attendanceOfBody(deps.db, body.id),
      ])
      const items = []
      for (const m of [...meetings].reverse()) {
        const a = attendance.get(m.id) ?? {}
        items.push(staffMeeting(m, a, await meetingQuorum(deps, body, m, a)))
      }
      return c.json({ items }, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/posiedzenia`,
      summary: 'Nowe posiedzenie (czas warszawski RRRR-MM-DDTGG:MM, miejsce, porządek obrad)',
      tags,
      access: councilStaff,
      body: meetingCreateSchema,
      responses: { 201: { description: 'Utworzono' }, 400: { description: 'Błędy pól' } },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const meeting = await createMeeting(deps, tenant, body, input)
      return c.json(await staffMeetingOf(c, meeting.number), 201, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/posiedzenia/:number`,
      summary: 'Zmiana posiedzenia (przesłane pola)',
      tags,
      access: councilStaff,
      body: meetingUpdateSchema,
      responses: { 200: { description: 'Zmieniono' }, 409: { description: 'Posiedzenie odwołane' } },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const meeting = await meetingOf(deps, body, c.req.param('number') ?? '')
      await updateMeeting(deps, tenant, body, meeting, input)
      return c.json(await staffMeetingOf(c, meeting.number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/posiedzenia/:number/odwolanie`,
      summary: 'Odwołanie posiedzenia (ponowienie niczego nie zmienia)',
      tags,
      access: councilStaff,
      responses: { 200: { description: 'Odwołano' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const meeting = await meetingOf(deps, body, c.req.param('number') ?? '')
      await cancelMeeting(deps, tenant, body, meeting)
      return c.json(await staffMeetingOf(c, meeting.number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${staff}/posiedzenia/:number/obecnosc`,
      summary: 'Obecność członków w kadencji w dniu posiedzenia (obecny, usprawiedliwiony, nieobecny) i kworum',
      tags,
      access: councilStaff,
      body: attendanceSchema,
      responses: {
        200: { description: 'Zapisano; w odpowiedzi kworum na żywo' },
        400: { description: 'Ktoś spoza członków w kadencji' },
        409: { description: 'Posiedzenie odwołane albo jeszcze się nie odbyło' },
      },
    },
    async (c, { body: input }) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const meeting = await meetingOf(deps, body, c.req.param('number') ?? '')
      await recordAttendance(deps, tenant, body, meeting, input)
      return c.json(await staffMeetingOf(c, meeting.number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${staff}/posiedzenia/:number/protokol`,
      summary:
        'Protokół posiedzenia: JSON {text} albo multipart/form-data (text i opcjonalnie file: PDF, zastępuje poprzedni)',
      tags,
      access: councilStaff,
      responses: {
        200: { description: 'Zapisano' },
        400: { description: 'Brak treści albo plik nie jest PDF' },
        409: { description: 'Posiedzenie odwołane albo jeszcze się nie zaczęło' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      const meeting = await meetingOf(deps, body, c.req.param('number') ?? '')
      const type = c.req.header('content-type') ?? ''
      let text: unknown
      let file: unknown = null
      if (type.startsWith('multipart/form-data')) {
        await limitUploads(c, `rd-meeting:${meeting.id}`)
        const form = await uploadForm(c, MAX_MINUTES_BYTES, MINUTES_TOO_LARGE, 'file')
        text = form.get('text')
        file = form.get('file')
      } else if (type.startsWith('application/json')) {
        text = ((await c.req.json().catch(() => ({}))) as { text?: unknown }).text
      } else throw new ApiError(415, 'Wyślij protokół jako JSON albo multipart/form-data.')
      const input = parseWith(minutesSchema, { text }, 'formularz')
      await saveMinutes(deps, tenant, body, meeting, input.text, file)
      return c.json(await staffMeetingOf(c, meeting.number), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/posiedzenia/:number/protokol.pdf`,
      summary: 'Protokół posiedzenia rady (PDF)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Protokołu nie dodano jako pliku' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const body = await bodyFromPath(c)
      const meeting = await meetingOf(deps, body, c.req.param('number') ?? '')
      const file = await minutesFile(deps, body.tenantId, meeting)
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
      method: 'post',
      path: `${pub}/czlonek/link`,
      summary: 'Członek rady prosi o nowy link (ta sama odpowiedź dla każdego adresu; nowy link działa od użycia)',
      tags,
      access: { kind: 'public' },
      body: newLinkSchema,
      responses: { 202: { description: 'Jeśli adres należy do członka rady, wysłaliśmy link' } },
    },
    async (c, { body: input }) => {
      await limitLinks(c, input.email)
      const deps = depsOf(c)
      const [tenant, body] = [await tenantFromPath(c), await bodyFromPath(c)]
      await requestNewLink(deps, tenant, body, input.email)
      return c.json({ detail: 'Jeśli ten adres należy do członka rady, wysłaliśmy na niego nowy link.' }, 202, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/czlonek`,
      summary: 'Przestrzeń członków: mój mandat, członkowie, posiedzenia, tematy dyskusji',
      tags,
      access: councilMember,
      responses: {
        200: { description: 'Przestrzeń członków' },
        401: { description: 'Brak klucza, klucz nieważny albo mandat wygasł' },
        403: { description: 'Członek innej rady' },
      },
    },
    async (c) => {
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      return c.json(await memberSpace(c.get('services').db, body, me, new Date()), 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/czlonek/wpisy`,
      summary: 'Wpisy w dyskusji członków (temat: ogolne, opinia:{id}, uchwala:{id})',
      tags,
      access: councilMember,
      query: topicQuerySchema,
      responses: {
        200: { description: 'Wpisy' },
        401: { description: 'Brak klucza' },
        403: { description: 'Inna rada' },
      },
    },
    async (c, { query }) => {
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      if (!(await topicExists(c.get('services').db, body.id, query.temat)))
        throw new ApiError(404, 'Nie ma takiego tematu dyskusji.')
      const posts = await postsOf(c.get('services').db, body.id, query.temat)
      return c.json({ topic: query.temat, items: posts.map((p) => postView(p, me.id)) }, 200, noStore)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/czlonek/wpisy`,
      summary:
        'Nowy wpis w dyskusji członków (1–5000 znaków; Idempotency-Key albo clientId: powtórzenie nie dodaje drugiego)',
      tags,
      access: councilMember,
      query: topicQuerySchema,
      body: postSchema,
      responses: {
        201: { description: 'Dodano' },
        200: { description: 'Ten sam wpis wysłany ponownie' },
        401: { description: 'Brak klucza' },
        403: { description: 'Inna rada' },
      },
    },
    async (c, { query, body: input }) => {
      const body = await bodyFromPath(c)
      const me = await memberFromRequest(c, body)
      const key = c.req.header('idempotency-key') ?? input.clientId ?? null
      const { post, created } = await addPost(depsOf(c), body, me, query.temat, input.text, key)
      return c.json(postView({ ...post, author: me.name, role: me.role }, me.id), created ? 201 : 200, noStore)
    },
  )
}
