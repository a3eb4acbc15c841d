import { depsOf } from '../../core/deps'
import { uploadForm } from '../../core/http/body'
import { limitUploads } from '../../core/http/rate-limit'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { clientIp } from '../../core/http/request'
import { personKey } from '../../core/identity/person'
import { pdfHeaders, renderPdf } from '../../core/pdf'
import { organisers } from '../access'
import {
  addOpinion,
  attachOpinionFile,
  MAX_OPINION_FILE_BYTES,
  OPINION_FILE_TOO_LARGE,
  opinionFile,
  updateOpinion,
} from '../actions/opinions'
import { inviteOnLaunch, subscribersOf } from '../actions/outreach'
import { confirmSubscription, subscribe, unsubscribe } from '../actions/subscriptions'
import { consultationFromPath, tenantFromPath, type Ctx } from '../http'
import { opinionCreateSchema, opinionUpdateSchema, subscribeSchema, subscriptionTokenSchema } from '../input/outreach'
import {
  countByChannel,
  invitationsOf,
  matchingOrganizations,
  opinionById,
  opinionsOf,
  tenantForMail,
} from '../queries/outreach'
import { announcementPdf, announcementView } from '../views/announcement'
import { opinionView, outreachView } from '../views/outreach'
import { posterPdf } from '../views/poster'

const publicTags = ['Konsultacje']
const staffTags = ['Konsultacje — panel']
const pub = '/jst/:slug/konsultacje'
const staff = '/jst/:slug/staff/konsultacje/:number'

/** Subscription requests one network address may send per hour, and requests naming one address per hour. */
const SUBSCRIBES_PER_HOUR_PER_ADDRESS = 20
const SUBSCRIBES_PER_HOUR_PER_EMAIL = 3

async function limit(c: Ctx, key: string, max: number): Promise<void> {
  const { success, retryAfter } = await c.get('services').rateLimiter.limit(key, { limit: max, periodSeconds: 3600 })
  if (!success)
    throw new ApiError(429, `Zbyt wiele prób zapisu. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
      headers: { 'Retry-After': String(retryAfter) },
    })
}

/** The staff view of a consultation's outreach, with the organisations that match now but were never invited. */
async function outreachOf(c: Ctx) {
  const deps = depsOf(c)
  const consultation = await consultationFromPath(c, false)
  const [invitations, opinions, matching, subscribers] = await Promise.all([
    invitationsOf(deps.db, consultation.id),
    opinionsOf(deps.db, consultation.id),
    matchingOrganizations(deps.db, consultation),
    subscribersOf(deps, consultation, deps.now()),
  ])
  const sent = (channel: string) => new Set(invitations.filter((i) => i.channel === channel).map((i) => i.recipientKey))
  const published = consultation.status !== 'draft'
  const organizations = published ? matching.filter((o) => !sent('ngo_email').has(o.id)).length : 0
  const bodies = published ? opinions.filter((o) => !sent('advisory_body_email').has(o.id)).length : 0
  const people = published ? subscribers.filter((s) => !sent('subscriber_email').has(s.id)).length : 0
  return outreachView(
    consultation.status,
    countByChannel(invitations),
    invitations,
    opinions,
    organizations,
    organizations + bodies + people,
  )
}

/** The advisory body `:id` of the consultation in the path, with the consultation. */
async function opinionFromPath(c: Ctx) {
  const consultation = await consultationFromPath(c, false)
  const opinion = await opinionById(depsOf(c).db, consultation.id, c.req.param('id') ?? '')
  if (!opinion) throw notFound('Nie ma takiego organu w tych konsultacjach.')
  return { consultation, opinion }
}

/** The view of one body, with the time its request went out. */
async function opinionAnswer(c: Ctx, consultationId: string, saved: Parameters<typeof opinionView>[0]) {
  const invitations = await invitationsOf(depsOf(c).db, consultationId)
  const asked = invitations.find((i) => i.channel === 'advisory_body_email' && i.recipientKey === saved.id)
  return opinionView(saved, asked?.sentAt ?? null)
}

/** The announcement's content for the consultation in the path (published only). */
async function announcementOf(c: Ctx) {
  const consultation = await consultationFromPath(c, true)
  return announcementView(depsOf(c).config.appUrl, await tenantFromPath(c), consultation)
}

/**
 * Reaching people: the subscription to a JST's consultations (asked, confirmed by link, ended by link), the
 * announcement for the BIP and the poster (both PDFs tagged), and in the panel the invitations sent on launch and
 * the advisory bodies asked for an opinion.
 */
export function outreachRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/subscriptions`,
      summary: 'Zapis na powiadomienia o nowych konsultacjach JST (potwierdzany linkiem z e-maila)',
      tags: publicTags,
      access: { kind: 'public' },
      body: subscribeSchema,
      responses: {
        202: { description: 'Zawsze ta sama odpowiedź: jeśli adres nie jest jeszcze zapisany, wysłano link' },
        429: { description: 'Zbyt wiele prób' },
      },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const tenant = await tenantForMail(deps.db, (await tenantFromPath(c)).id)
      if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
      await limit(c, `ks-subscribe-ip:${clientIp(c)}`, SUBSCRIBES_PER_HOUR_PER_ADDRESS)
      await limit(
        c,
        `ks-subscribe-mail:${await personKey(deps.config.identityPepper, ['ks-subscribe', body.email])}`,
        SUBSCRIBES_PER_HOUR_PER_EMAIL,
      )
      await subscribe(deps, tenant, body.email)
      return c.json({ status: 'accepted' }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/subscriptions/confirm`,
      summary: 'Potwierdzenie zapisu na powiadomienia (token z linku)',
      tags: publicTags,
      access: { kind: 'public' },
      body: subscriptionTokenSchema,
      responses: {
        200: { description: 'Zapis potwierdzony (także ponownie)' },
        404: { description: 'Nieznany link' },
        410: { description: 'Link wygasł' },
      },
    },
    async (c, { body }) => {
      await confirmSubscription(depsOf(c), (await tenantFromPath(c)).id, body.token)
      return c.json({ status: 'confirmed' })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${pub}/subscriptions/unsubscribe`,
      summary: 'Wypisanie z powiadomień (token z linku w wiadomości); adres zostaje usunięty',
      tags: publicTags,
      access: { kind: 'public' },
      body: subscriptionTokenSchema,
      responses: { 200: { description: 'Wypisano (ta sama odpowiedź dla każdego linku)' } },
    },
    async (c, { body }) => {
      await unsubscribe(depsOf(c), (await tenantFromPath(c)).id, body.token)
      return c.json({ status: 'unsubscribed' })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:number/announcement`,
      summary: 'Ogłoszenie o konsultacjach do BIP: sześć elementów aktu, podstawa prawna, adresy',
      tags: publicTags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Ogłoszenie' }, 404: { description: 'Nie ma takich konsultacji' } },
    },
    async (c) => c.json(await announcementOf(c)),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:number/announcement.pdf`,
      summary: 'Ogłoszenie o konsultacjach jako dostępny (otagowany) PDF',
      tags: publicTags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Nie ma takich konsultacji' } },
    },
    async (c) => {
      const a = await announcementOf(c)
      const pdf = await renderPdf(
        { title: `Ogłoszenie o konsultacjach: ${a.title}`, lang: 'pl', author: a.jst },
        announcementPdf(a),
      )
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, pdfHeaders(`ogloszenie-konsultacje-${a.number}.pdf`, true))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/:number/poster.pdf`,
      summary: 'Plakat A4 o konsultacjach z kodem QR do strony (dostępny PDF)',
      tags: publicTags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Nie ma takich konsultacji' } },
    },
    async (c) => {
      const a = await announcementOf(c)
      const pdf = await renderPdf({ title: `Plakat: ${a.title}`, lang: 'pl', author: a.jst }, posterPdf(a))
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, pdfHeaders(`plakat-konsultacje-${a.number}.pdf`, true))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/outreach`,
      summary: 'Zasięg konsultacji: zaproszenia według kanału, organy doradcze i ich opinie',
      tags: staffTags,
      access: organisers,
      responses: { 200: { description: 'Zasięg' } },
    },
    async (c) => c.json(await outreachOf(c)),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/outreach/invite`,
      summary: 'Wysłanie brakujących zaproszeń (np. organizacjom, które dołączyły do katalogu po ogłoszeniu)',
      tags: staffTags,
      access: organisers,
      responses: {
        200: { description: 'Wysłano, czego brakowało; liczby według kanału i zasięg' },
        409: { description: 'Konsultacje nie są jeszcze ogłoszone' },
      },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, false)
      if (consultation.status === 'draft')
        throw new ApiError(409, 'Zaproszenia wysyła się po ogłoszeniu konsultacji — najpierw je ogłoś.')
      const sent = await inviteOnLaunch(depsOf(c), consultation)
      return c.json({ sent, outreach: await outreachOf(c) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/opinions`,
      summary: 'Organy doradcze poproszone o opinię i ich opinie',
      tags: staffTags,
      access: organisers,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => c.json({ items: (await outreachOf(c)).opinions }),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/opinions`,
      summary: 'Dodanie organu doradczego (po ogłoszeniu prośba o opinię wychodzi od razu)',
      tags: staffTags,
      access: organisers,
      body: opinionCreateSchema,
      responses: {
        201: { description: 'Dodano' },
        409: { description: 'Ten organ jest już na liście' },
      },
    },
    async (c, { body }) => {
      const consultation = await consultationFromPath(c, false)
      const added = await addOpinion(depsOf(c), consultation, body)
      const view = (await outreachOf(c)).opinions.find((o) => o.id === added.id)
      return c.json(view, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${staff}/opinions/:id`,
      summary: 'Zmiana danych organu albo zapis otrzymanej opinii (opinion, receivedOn)',
      tags: staffTags,
      access: organisers,
      body: opinionUpdateSchema,
      responses: {
        200: { description: 'Zapisano' },
        404: { description: 'Nie ma takiego organu w tych konsultacjach' },
        409: { description: 'Ktoś zmienił wpis w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const { consultation, opinion } = await opinionFromPath(c)
      const saved = await updateOpinion(depsOf(c), consultation, opinion, body)
      return c.json(await opinionAnswer(c, consultation.id, saved))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/opinions/:id/file`,
      summary: 'Plik otrzymanej opinii (PDF, multipart/form-data: file); zastępuje wcześniejszy',
      tags: staffTags,
      access: organisers,
      responses: {
        200: { description: 'Zapisano plik; organ z opinią' },
        400: { description: 'To nie jest plik PDF' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const { consultation, opinion } = await opinionFromPath(c)
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
      await limitUploads(c, `opinion:${opinion.id}`)
      const form = await uploadForm(c, MAX_OPINION_FILE_BYTES, OPINION_FILE_TOO_LARGE, 'file')
      const saved = await attachOpinionFile(depsOf(c), consultation, opinion, form.get('file'))
      return c.json(await opinionAnswer(c, consultation.id, saved))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${staff}/opinions/:id/file`,
      summary: 'Plik opinii organu doradczego (PDF)',
      tags: staffTags,
      access: organisers,
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Brak pliku' } },
    },
    async (c) => {
      const { consultation, opinion } = await opinionFromPath(c)
      const file = await opinionFile(depsOf(c), consultation, opinion)
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
    },
  )
}
