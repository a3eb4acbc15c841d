import { t } from '../../core/i18n'
import type { Mailer } from '../../core/mail/mailer'
import { dayText } from '../domain/dates'
import { appLink } from './links'

/*
 * The e-mails of calls for candidates, in Polish (the call runs in Polish; the catalogue has the English). Links are
 * built from `config.appUrl` only and carry their secret in the `#fragment`, which browsers never send to a server.
 */

interface Mailing {
  mailer: Mailer
  appUrl: string
}
type Tenant = { id: string; slug: string; name: string }
type Body = { name: string }
type Call = { number: number; title: string; deadline: string }

/** The candidate's own page: see the candidacy and withdraw it. */
export function candidacyLink(appUrl: string, tenantSlug: string, key: string): string {
  return appLink(appUrl, `/${tenantSlug}/rady/kandydatura#klucz=${key}`)
}

/** The guardian's page: read what is consented to and confirm. */
export function guardianLink(appUrl: string, tenantSlug: string, token: string): string {
  return appLink(appUrl, `/${tenantSlug}/rady/zgoda#t=${token}`)
}

/** Sends the candidate the link to the candidacy; says when it waits for the guardian's consent. */
export async function sendCandidacyLink(
  m: Mailing,
  tenant: Tenant,
  body: Body,
  call: Call,
  to: string,
  key: string,
  waitsForGuardian: boolean,
): Promise<void> {
  const lang = 'pl'
  await m.mailer.send({
    tenantId: tenant.id,
    kind: 'author-key',
    to,
    subject: t(lang, '{body}: Twoja kandydatura', { body: body.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      t(lang, 'przyjęliśmy kandydaturę w naborze nr {number} „{title}” ({tenant}). Termin zgłoszeń: {deadline}.', {
        number: String(call.number),
        title: call.title,
        tenant: tenant.name,
        deadline: dayText(call.deadline),
      }),
      ...(waitsForGuardian
        ? [
            t(
              lang,
              'Kandydatura będzie ważna, gdy rodzic lub opiekun potwierdzi zgodę linkiem, który wysłaliśmy na jego adres.',
            ),
          ]
        : []),
      t(lang, 'Pod tym linkiem zobaczysz stan kandydatury i możesz ją wycofać:'),
      candidacyLink(m.appUrl, tenant.slug, key),
      t(lang, 'Link działa tylko dla Ciebie: nie przekazuj go nikomu.'),
    ].join('\n\n'),
  })
}

/** Asks the guardian to confirm a minor's candidacy (the consent makes it count). */
export async function askGuardian(
  m: Mailing,
  tenant: Tenant,
  body: Body,
  call: Call,
  to: string,
  candidateName: string,
  token: string,
): Promise<void> {
  const lang = 'pl'
  await m.mailer.send({
    tenantId: tenant.id,
    kind: 'coauthor-confirmation',
    to,
    subject: t(lang, '{body}: prośba o zgodę na kandydowanie', { body: body.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      t(
        lang,
        '{name} zgłasza kandydaturę do rady „{body}” ({tenant}) w naborze „{title}”. Osoba niepełnoletnia może kandydować za zgodą rodzica lub opiekuna.',
        { name: candidateName, body: body.name, tenant: tenant.name, title: call.title },
      ),
      t(lang, 'Jeśli się zgadzasz, otwórz link, sprawdź dane i potwierdź zgodę do {deadline}:', {
        deadline: dayText(call.deadline),
      }),
      guardianLink(m.appUrl, tenant.slug, token),
      t(lang, 'Jeśli nie znasz tej osoby albo się nie zgadzasz, zignoruj tę wiadomość: kandydatura nie będzie ważna.'),
    ].join('\n\n'),
  })
}
