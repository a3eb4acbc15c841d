import type { Deps } from '../../core/deps'
import { t, type Lang } from '../../core/i18n'
import { dayText } from '../domain/dates'
import type { OpinionRequestRow } from '../queries/opinions'
import { appLink } from './links'

/*
 * The e-mails of opinion requests: the members hear of a new request and, three days before its last day, are
 * reminded; the staff hear once that a request's time passed without an opinion. Links come from `config.appUrl`
 * only and carry no key (the member's key stays in the browser from the invitation's link); texts through `t()`
 * with English in ../i18n/opinions.en.ts.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>
type TenantRef = { id: string; slug: string; name: string }
type BodyRef = { slug: string; name: string }

/** The request's page in the members' space (the member's key is read from the browser, not the link). */
export function memberRequestLink(appUrl: string, tenantSlug: string, bodySlug: string, number: number): string {
  return appLink(appUrl, `/${tenantSlug}/rady/${bodySlug}/czlonek/opinie/${number}`)
}

/** The staff's page of the body's requests. */
export function staffRequestsLink(appUrl: string, tenantSlug: string, bodySlug: string): string {
  return appLink(appUrl, `/panel/${tenantSlug}/rady/${bodySlug}/opinie`)
}

const lastDayText = (r: Pick<OpinionRequestRow, 'dueOn'>) => (r.dueOn ? dayText(r.dueOn) : '—')

/** Tells each member in office with an address that the body is asked for its opinion, with the last day. */
export async function notifyOpinionRequested(
  m: Mailing,
  tenant: TenantRef,
  body: BodyRef,
  request: Pick<OpinionRequestRow, 'number' | 'title' | 'dueOn' | 'youthOffer'>,
  members: { email: string | null }[],
): Promise<void> {
  const lang: Lang = 'pl'
  const text = [
    t(lang, 'Dzień dobry,'),
    request.youthOffer
      ? t(lang, 'projekt „{title}” dotyczy młodzieży, więc rada „{body}” ({tenant}) może wyrazić o nim opinię.', {
          title: request.title,
          body: body.name,
          tenant: tenant.name,
        })
      : t(lang, 'rada „{body}” ({tenant}) jest proszona o opinię o projekcie „{title}”.', {
          title: request.title,
          body: body.name,
          tenant: tenant.name,
        }),
    t(lang, 'Ostatni dzień na opinię: {day}.', { day: lastDayText(request) }),
    memberRequestLink(m.config.appUrl, tenant.slug, body.slug, request.number),
    t(lang, 'Otwórz link w przeglądarce, w której korzystasz z przestrzeni członków rady.'),
  ].join('\n\n')
  for (const member of members) {
    if (!member.email) continue
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'other',
      to: member.email,
      subject: t(lang, '{body}: prośba o opinię — {title}', { body: body.name, title: request.title }),
      text,
    })
  }
}

/** Reminds each member in office with an address that the last day for the opinion is near. */
export async function notifyOpinionReminder(
  m: Mailing,
  tenant: TenantRef,
  body: BodyRef,
  request: Pick<OpinionRequestRow, 'number' | 'title' | 'dueOn'>,
  members: { email: string | null }[],
): Promise<void> {
  const lang: Lang = 'pl'
  const text = [
    t(lang, 'Dzień dobry,'),
    t(lang, 'przypominamy: rada „{body}” nie podjęła jeszcze uchwały z opinią o projekcie „{title}”.', {
      body: body.name,
      title: request.title,
    }),
    t(lang, 'Ostatni dzień na opinię: {day}.', { day: lastDayText(request) }),
    memberRequestLink(m.config.appUrl, tenant.slug, body.slug, request.number),
  ].join('\n\n')
  for (const member of members) {
    if (!member.email) continue
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'other',
      to: member.email,
      subject: t(lang, '{body}: termin opinii o projekcie „{title}” mija {day}', {
        body: body.name,
        title: request.title,
        day: lastDayText(request),
      }),
      text,
    })
  }
}

/** Tells the staff that a request's time passed without an opinion: a waiver, or only a lapse. */
export async function notifyOpinionLapsed(
  m: Mailing,
  tenant: TenantRef,
  body: BodyRef,
  request: Pick<OpinionRequestRow, 'number' | 'title' | 'dueOn'>,
  waived: boolean,
  staff: string[],
): Promise<void> {
  const lang: Lang = 'pl'
  const text = [
    t(lang, 'Dzień dobry,'),
    waived
      ? t(
          lang,
          'rada „{body}” nie wyraziła opinii o projekcie „{title}” do {day}. Zgodnie z ustawą oznacza to rezygnację z prawa do wyrażenia opinii.',
          { body: body.name, title: request.title, day: lastDayText(request) },
        )
      : t(lang, 'rada „{body}” nie wyraziła opinii o projekcie „{title}” do {day}: termin minął.', {
          body: body.name,
          title: request.title,
          day: lastDayText(request),
        }),
    staffRequestsLink(m.config.appUrl, tenant.slug, body.slug),
  ].join('\n\n')
  for (const to of staff)
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to,
      subject: t(lang, '{body}: brak opinii o projekcie „{title}”', { body: body.name, title: request.title }),
      text,
    })
}
