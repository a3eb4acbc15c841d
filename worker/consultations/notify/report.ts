import type { Deps } from '../../core/deps'
import { t } from '../../core/i18n'
import type { Mailer } from '../../core/mail/mailer'
import { dayInWords, plural } from '../domain/report'
import type { Consultation } from '../queries'
import { organiserAddresses, participantAddresses } from '../queries/report'

/** What sending the module's report notices needs: the outbox's mailer, the database, the public address for links. */
export interface Mailing {
  db: Deps['db']
  mailer: Mailer
  appUrl: string
}

/** The public report's page (links are built from the configured address, never a request's). */
export const reportLink = (appUrl: string, slug: string, number: number) =>
  `${appUrl}/${slug}/konsultacje/${number}/raport`

const panelReportLink = (appUrl: string, slug: string, number: number) =>
  `${appUrl}/panel/${slug}/konsultacje/${number}/raport`

/**
 * Tells everyone who made a confirmed comment that the report is out, once per address (the first comment's
 * language): they can read there what became of their comment. Runs after the publication is saved.
 */
export async function notifyParticipants(
  m: Mailing,
  tenant: { id: string; slug: string; name: string },
  c: Pick<Consultation, 'id' | 'number' | 'title'>,
): Promise<number> {
  const people = await participantAddresses(m.db, c.id)
  const link = reportLink(m.appUrl, tenant.slug, c.number)
  for (const { email, lang } of people) {
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'author-notice',
      to: email,
      subject: t(lang, '{jst} — raport z konsultacji „{title}”', { jst: tenant.name, title: c.title }),
      text: [
        t(lang, 'Dzień dobry,'),
        '',
        t(
          lang,
          'dziękujemy za udział w konsultacjach „{title}”. Opublikowaliśmy raport z konsultacji: są w nim wszystkie uwagi i odpowiedzi urzędu wraz z uzasadnieniem.',
          { title: c.title },
        ),
        t(lang, 'Raport (także w PDF i CSV):'),
        link,
        '',
        t(lang, 'Wiadomość wysłana automatycznie, bo złożono uwagę w tych konsultacjach.'),
      ].join('\n'),
    })
  }
  return people.length
}

/**
 * Tells the JST's organisers that a consultation's last day is over: how many comments count, that unconfirmed ones
 * lapsed, and by when the report is due. In Polish: the office works in Polish.
 */
export async function notifyClosed(
  m: Mailing,
  tenant: { id: string; slug: string; name: string },
  c: Pick<Consultation, 'number' | 'title' | 'reportDueDate' | 'endDate'>,
  counts: { confirmed: number; lapsed: number },
): Promise<void> {
  const due = c.reportDueDate ? `Raport trzeba opublikować do ${dayInWords(c.reportDueDate)} włącznie.` : ''
  const text = [
    'Dzień dobry,',
    '',
    `konsultacje nr ${c.number} „${c.title}” zakończyły się ${dayInWords(c.endDate)}.`,
    `Uwagi, które się liczą (potwierdzone): ${counts.confirmed}.${counts.lapsed ? ` Niepotwierdzone (nieważne): ${counts.lapsed}.` : ''}`,
    due,
    'Odpowiedzi i raport przygotujesz w panelu:',
    panelReportLink(m.appUrl, tenant.slug, c.number),
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
  for (const to of await organiserAddresses(m.db, tenant.id))
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to,
      subject: `${tenant.name} — konsultacje nr ${c.number} zakończone: czas na raport`,
      text,
    })
}

/**
 * Reminds the organisers of the report's deadline: `daysLeft` before it, and on the day itself (0). What is still
 * missing is in the panel, linked.
 */
export async function notifyReportDue(
  m: Mailing,
  tenant: { id: string; slug: string; name: string },
  c: Pick<Consultation, 'number' | 'title'>,
  dueDate: string,
  daysLeft: number,
  missing: number,
): Promise<void> {
  const when =
    daysLeft <= 0
      ? `Dziś, ${dayInWords(dueDate)}, mija termin publikacji raportu z konsultacji nr ${c.number} „${c.title}”.`
      : `Za ${plural(daysLeft, 'dzień', 'dni', 'dni')}, ${dayInWords(dueDate)}, mija termin publikacji raportu z konsultacji nr ${c.number} „${c.title}”.`
  const text = [
    'Dzień dobry,',
    '',
    when,
    missing
      ? `Bez zatwierdzonej odpowiedzi są jeszcze uwagi lub grupy uwag: ${missing}.`
      : 'Wszystkie uwagi mają zatwierdzone odpowiedzi: raport można opublikować.',
    panelReportLink(m.appUrl, tenant.slug, c.number),
  ].join('\n')
  for (const to of await organiserAddresses(m.db, tenant.id))
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to,
      subject: `${tenant.name} — termin raportu z konsultacji nr ${c.number}: ${dayInWords(dueDate)}`,
      text,
    })
}
