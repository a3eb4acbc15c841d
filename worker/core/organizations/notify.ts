import type { Deps } from '../deps'
import { t, type Lang } from '../i18n'
import type { Organization } from './queries'

/**
 * The e-mails of the NGO directory, in one place so their wording is read and changed together. Each sentence is a
 * catalogue entry (`t(lang, 'Polish text', values)`, English in ./en.ts) and goes out in the representative's language
 * as kept with the entry (`lang`), whoever causes the message. Links use the configured public address only
 * (`config.appUrl`), never a request's Host header, which the sender chooses; secrets travel in the link's fragment,
 * which browsers never send to a server, so they stay out of every log.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>

/** The confirmation link of a new registration. */
export function confirmationLink(origin: string, token: string): string {
  return `${origin}/organizacje/potwierdzenie#kod=${token}`
}

/** The representative's link: their key to act for the organisation. */
export function representativeLink(origin: string, organizationId: string, key: string): string {
  return `${origin}/organizacje/${organizationId}/przedstawiciel#klucz=${key}`
}

/** The organisation's public page. */
export function publicLink(origin: string, organizationId: string): string {
  return `${origin}/organizacje/${organizationId}`
}

async function send(
  deps: Mailing,
  o: Pick<Organization, 'contactEmail' | 'lang' | 'name'>,
  kind: 'organization-confirmation' | 'organization-key' | 'organization-notice',
  subject: string,
  body: string,
): Promise<void> {
  const lang = o.lang
  await deps.mailer.send({
    kind,
    to: o.contactEmail,
    subject: t(lang, 'Katalog organizacji pozarządowych: {subject}', { subject }),
    text: `${t(lang, 'Dzień dobry,')}\n\n${body}\n\n${t(lang, 'Zespół platformy Wspólnota')}\n`,
  })
}

const keyLine = (lang: Lang, link: string) =>
  `${t(lang, 'Link do zarządzania wpisem: {link}', { link })}\n${t(lang, '(link jest kluczem przedstawiciela organizacji — nie udostępniaj go)')}`

/** The link that confirms the contact address of a new registration; nothing is public before it is used. */
export function notifyConfirmation(
  deps: Mailing,
  o: Pick<Organization, 'contactEmail' | 'lang' | 'name'>,
  token: string,
  validUntil: string,
): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-confirmation',
    t(lang, 'potwierdź adres e-mail'),
    [
      t(lang, 'ktoś (zapewne Ty) zgłosił organizację „{name}” do katalogu organizacji pozarządowych.', {
        name: o.name,
      }),
      t(lang, 'Aby potwierdzić ten adres e-mail i opublikować wpis, otwórz link: {link}', {
        link: confirmationLink(deps.config.appUrl, token),
      }),
      t(lang, 'Link jest ważny do {date}. Jeśli to nie Ty, zignoruj tę wiadomość: wpis zostanie usunięty.', {
        date: validUntil,
      }),
    ].join('\n\n'),
  )
}

/** The representative's key, right after confirmation: their way back to the entry, and to act for the organisation. */
export function notifyConfirmed(deps: Mailing, o: Organization, key: string): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-key',
    t(lang, 'wpis potwierdzony'),
    [
      t(
        lang,
        'adres e-mail organizacji „{name}” jest potwierdzony, a wpis jest już w katalogu. Urząd jednostki samorządu, w której działa organizacja, sprawdzi go i oznaczy jako zweryfikowany.',
        { name: o.name },
      ),
      keyLine(lang, representativeLink(deps.config.appUrl, o.id, key)),
    ].join('\n\n'),
  )
}

/** An entry staff added themselves: the organisation learns of it and gets its representative's key. */
export function notifyAddedByStaff(deps: Mailing, o: Organization, tenantName: string, key: string): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-key',
    t(lang, 'organizacja dodana do katalogu'),
    [
      t(
        lang,
        '{jst} dodał(a) organizację „{name}” do katalogu organizacji pozarządowych jako zweryfikowaną. Ten adres e-mail jest adresem kontaktowym wpisu: nie jest publikowany, a wiadomości z formularza kontaktowego trafią tutaj.',
        { jst: tenantName, name: o.name },
      ),
      keyLine(lang, representativeLink(deps.config.appUrl, o.id, key)),
      t(lang, 'Jeśli organizacja nie chce być w katalogu, może usunąć wpis tym linkiem.'),
    ].join('\n\n'),
  )
}

/** Staff verified the entry. */
export function notifyVerified(deps: Mailing, o: Organization, tenantName: string): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-notice',
    t(lang, 'wpis zweryfikowany'),
    [
      t(
        lang,
        '{jst} zweryfikował(a) wpis organizacji „{name}”. W katalogu jest on teraz oznaczony jako zweryfikowany.',
        {
          jst: tenantName,
          name: o.name,
        },
      ),
      t(lang, 'Strona organizacji: {link}', { link: publicLink(deps.config.appUrl, o.id) }),
    ].join('\n\n'),
  )
}

/** Staff refused verification: the reason, in the words staff wrote, and what the organisation can do. */
export function notifyRefused(deps: Mailing, o: Organization, tenantName: string, reason: string): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-notice',
    t(lang, 'odmowa weryfikacji'),
    [
      t(lang, '{jst} odmówił(a) weryfikacji wpisu organizacji „{name}”. Wpis nie jest pokazywany w katalogu.', {
        jst: tenantName,
        name: o.name,
      }),
      `${t(lang, 'Powód:')}\n${reason}`,
      t(
        lang,
        'Jeśli dane były błędne, zgłoś organizację ponownie z poprawnymi danymi albo skontaktuj się z urzędem. Bez poprawy wpis zostanie usunięty po 90 dniach.',
      ),
    ].join('\n\n'),
  )
}

/** A new representative link, asked for by someone who knows the contact address: only that address receives it. */
export function notifyNewKey(deps: Mailing, o: Organization, key: string): Promise<void> {
  const lang = o.lang
  return send(
    deps,
    o,
    'organization-key',
    t(lang, 'nowy link przedstawiciela'),
    [
      t(
        lang,
        'na prośbę wysłaną z formularza na stronie wysyłamy nowy link do wpisu organizacji „{name}”. Poprzedni link działa, dopóki nie użyjesz nowego. Jeśli to nie Ty prosiłeś(-aś) o link, zignoruj tę wiadomość.',
        { name: o.name },
      ),
      keyLine(lang, representativeLink(deps.config.appUrl, o.id, key)),
    ].join('\n\n'),
  )
}

/**
 * A message written to the organisation through its contact form: delivered to the confirmed address, which the writer
 * never learns, with the writer's address as Reply-To, so the organisation's answer goes straight to them.
 */
export async function sendContactMessage(
  deps: Mailing,
  o: Organization,
  from: { name: string; email: string; message: string },
): Promise<void> {
  const lang = o.lang
  await deps.mailer.send({
    kind: 'organization-contact',
    to: o.contactEmail,
    replyTo: from.email,
    subject: t(lang, 'Katalog organizacji pozarządowych: {subject}', {
      subject: t(lang, 'wiadomość od {name}', { name: from.name }),
    }),
    text:
      [
        t(lang, 'Dzień dobry,'),
        t(
          lang,
          '{name} ({email}) napisał(a) do organizacji „{organization}” przez formularz kontaktowy katalogu organizacji pozarządowych. Odpowiedz na tę wiadomość, aby odpisać tej osobie — Twój adres pozna dopiero wtedy.',
          { name: from.name, email: from.email, organization: o.name },
        ),
        '———',
        from.message,
        '———',
        t(
          lang,
          'Platforma nie przechowuje treści tej wiadomości. Jeśli to nadużycie, zgłoś je urzędowi jednostki samorządu.',
        ),
      ].join('\n\n') + '\n',
  })
}
