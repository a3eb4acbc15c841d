import type { Deps } from '../../core/deps'
import { t } from '../../core/i18n'
import type { Mailer } from '../../core/mail/mailer'
import { dayText } from '../domain/dates'
import { appLink } from './links'

/** What the inquiries' notices need: the outbox's mailer, and the public address every link is built from. */
export interface InquiryMailing {
  db: Deps['db']
  mailer: Mailer
  appUrl: string
}

interface Tenant {
  id: string
  slug: string
  name: string
}
interface Body {
  slug: string
  name: string
}
interface Inquiry {
  number: number
  title: string
  dueOn: string
}

/** The staff's page of a body's inquiries (links from `config.appUrl`, never from a request). */
export const panelInquiriesLink = (appUrl: string, tenant: string, body: string) =>
  appLink(appUrl, `/panel/${tenant}/rady/${body}/zapytania`)

/** The body's public page, where the inquiry and, in time, its answer are published. */
const bodyLink = (appUrl: string, tenant: string, body: string) => appLink(appUrl, `/${tenant}/rady/${body}`)

/**
 * Reminds the JST's administrators and coordinators that an inquiry's answer is due within days (the scheduled work
 * sends it once, 7 days before the last day). In Polish: the office works in Polish.
 */
export async function remindInquiryDue(
  m: InquiryMailing,
  to: readonly string[],
  tenant: Tenant,
  body: Body,
  inquiry: Inquiry,
): Promise<void> {
  const lang = 'pl'
  for (const address of to)
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to: address,
      subject: t(lang, '{body}: odpowiedź na zapytanie nr {number} do {day}', {
        body: body.name,
        number: inquiry.number,
        day: dayText(inquiry.dueOn),
      }),
      text: [
        t(lang, 'Dzień dobry,'),
        t(
          lang,
          'rada „{body}” czeka na pisemną odpowiedź na zapytanie nr {number} „{title}”. Ostatni dzień na odpowiedź: {day}.',
          { body: body.name, number: inquiry.number, title: inquiry.title, day: dayText(inquiry.dueOn) },
        ),
        t(lang, 'Odpowiedź wpiszesz lub dołączysz w panelu:'),
        panelInquiriesLink(m.appUrl, tenant.slug, body.slug),
      ].join('\n\n'),
    })
}

/**
 * Tells the body's members (the chair first) that the answer to their inquiry is late: the last day passed without
 * one. Sent once, when the scheduled work marks the inquiry overdue.
 */
export async function notifyInquiryOverdue(
  m: InquiryMailing,
  to: readonly string[],
  tenant: Tenant,
  body: Body,
  inquiry: Inquiry,
): Promise<void> {
  const lang = 'pl'
  for (const address of to)
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'other',
      to: address,
      subject: t(lang, '{body}: brak odpowiedzi na zapytanie nr {number} w terminie', {
        body: body.name,
        number: inquiry.number,
      }),
      text: [
        t(lang, 'Dzień dobry,'),
        t(
          lang,
          'termin odpowiedzi na zapytanie nr {number} „{title}” rady „{body}” ({tenant}) minął {day}, a odpowiedzi nie udzielono.',
          {
            number: inquiry.number,
            title: inquiry.title,
            body: body.name,
            tenant: tenant.name,
            day: dayText(inquiry.dueOn),
          },
        ),
        t(lang, 'Zapytanie jest opublikowane na stronie rady jako czekające na odpowiedź po terminie:'),
        bodyLink(m.appUrl, tenant.slug, body.slug),
      ].join('\n\n'),
    })
}
