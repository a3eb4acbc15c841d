import type { Deps } from '../../core/deps'
import { t, translate, type Lang } from '../../core/i18n'
import { AREAS } from '../../core/organizations/areas'
import { formatWarsaw, type TimeKind } from '../../core/time/polish-calendar'
import type { Consultation } from '../queries'

/*
 * The e-mails of outreach, in one place so their wording is read and changed together: the personal invitation of an
 * organisation whose areas of public tasks the consultation touches, the request for an advisory body's opinion, the
 * notice to a subscriber and the subscription's confirmation. Each goes out in its reader's language (the
 * organisation's and the subscriber's as kept with them; an advisory body is a Polish public body, so Polish), every
 * sentence a catalogue entry (English in ../i18n/outreach.en.ts). Links come from `config.appUrl` only; the secrets of
 * a subscription travel in the link's fragment, which browsers never send to a server.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>
type TenantInfo = { id: string; slug: string; name: string; contactEmail?: string | null }

const origin = (deps: Mailing) => deps.config.appUrl.replace(/\/+$/, '')

/** The consultation's page, where the draft is read and comments are made. */
export function consultationLink(appUrl: string, slug: string, number: number): string {
  return `${appUrl.replace(/\/+$/, '')}/${slug}/konsultacje/${number}`
}

/** The announcement (the opening act's text, ready for the BIP). */
export function announcementLink(appUrl: string, slug: string, number: number): string {
  return `${consultationLink(appUrl, slug, number)}/ogloszenie`
}

/** The subscription's confirmation link; the token in the fragment. */
export function subscriptionConfirmLink(appUrl: string, slug: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}/${slug}/konsultacje/subskrypcja/potwierdz#t=${token}`
}

/** The link that ends a subscription (and erases the address); the token in the fragment. */
export function unsubscribeLink(appUrl: string, slug: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}/${slug}/konsultacje/subskrypcja/wypisz#t=${token}`
}

/** A Warsaw date in the reader's language, by the one set of rules of `formatWarsaw`. */
function dateIn(lang: Lang, at: Date | string, kind: TimeKind): string {
  return translate(formatWarsaw(at, kind), lang)
}

/** A consultation's first and last day for a message ("od 1 do 14"): both days count. */
function periodLine(lang: Lang, c: Consultation): string {
  return t(lang, 'Konsultacje trwają od {start} do {end} włącznie.', {
    start: dateIn(lang, `${c.startDate}T12:00:00Z`, 'date'),
    end: dateIn(lang, `${c.endDate}T12:00:00Z`, 'date'),
  })
}

const letter = (lang: Lang, paragraphs: string[], tenant: TenantInfo) =>
  `${t(lang, 'Dzień dobry,')}\n\n${paragraphs.join('\n\n')}\n\n${t(lang, 'Z poważaniem')}\n${tenant.name}\n`

/**
 * The personal invitation of an organisation: addressed to it by name, saying why it is invited (the areas of public
 * tasks it shares with the draft) — the answer to consultations in which nobody comments because nobody was told.
 */
export async function sendNgoInvitation(
  deps: Mailing,
  tenant: TenantInfo,
  c: Consultation,
  o: { name: string; contactEmail: string; lang: 'pl' | 'en'; areas: readonly string[] },
): Promise<void> {
  const lang = o.lang
  const shared = AREAS.filter((a) => c.publicTaskAreas.includes(a.key) && o.areas.includes(a.key)).map((a) => a.pl)
  const base = origin(deps)
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'organization-notice',
    to: o.contactEmail,
    ...(tenant.contactEmail ? { replyTo: tenant.contactEmail } : {}),
    subject: t(lang, 'Zaproszenie do konsultacji: {title}', { title: c.title }),
    text: letter(
      lang,
      [
        t(lang, '{jst} zaprasza organizację „{name}” do udziału w konsultacjach: {title}.', {
          jst: tenant.name,
          name: o.name,
          title: c.title,
        }),
        t(
          lang,
          'Piszemy do Was, ponieważ organizacja działa w naszej jednostce samorządu w sferach zadań publicznych, których dotyczą konsultacje: {areas}.',
          { areas: shared.join('; ') },
        ),
        periodLine(lang, c),
        t(lang, 'Projekt dokumentu i formularz uwag: {link}', {
          link: consultationLink(base, tenant.slug, c.number),
        }),
        t(lang, 'Ogłoszenie o konsultacjach: {link}', { link: announcementLink(base, tenant.slug, c.number) }),
        t(
          lang,
          'Uwagę w imieniu organizacji zgłosisz z linku przedstawiciela z katalogu organizacji albo podając numer w rejestrze.',
        ),
      ],
      tenant,
    ),
  })
}

/** The request for an advisory body's opinion on the consulted draft, with the last day for it. */
export async function sendOpinionRequest(
  deps: Mailing,
  tenant: TenantInfo,
  c: Consultation,
  body: { bodyName: string; email: string; required: boolean; dueOn: string | null },
): Promise<void> {
  const lang: Lang = 'pl'
  const base = origin(deps)
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'other',
    to: body.email,
    ...(tenant.contactEmail ? { replyTo: tenant.contactEmail } : {}),
    subject: t(lang, 'Prośba o opinię: {title}', { title: c.title }),
    text: letter(
      lang,
      [
        t(lang, '{jst} prosi: {body} o opinię o projekcie poddanym konsultacjom: {title}.', {
          jst: tenant.name,
          body: body.bodyName,
          title: c.title,
        }),
        periodLine(lang, c),
        ...(body.dueOn
          ? [
              t(
                lang,
                'Opinię prosimy przekazać do {date}. Brak opinii w tym terminie oznacza rezygnację z jej wyrażenia.',
                {
                  date: dateIn(lang, `${body.dueOn}T12:00:00Z`, 'date'),
                },
              ),
            ]
          : []),
        t(lang, 'Projekt dokumentu: {link}', { link: consultationLink(base, tenant.slug, c.number) }),
        t(lang, 'Ogłoszenie o konsultacjach: {link}', { link: announcementLink(base, tenant.slug, c.number) }),
        t(lang, 'Opinię można przesłać w odpowiedzi na tę wiadomość albo złożyć w urzędzie: {unit}.', {
          unit: c.responsibleUnit || tenant.name,
        }),
      ],
      tenant,
    ),
  })
}

/** A subscriber's notice of a newly published consultation, with the link that ends the subscription. */
export async function sendSubscriberNotice(
  deps: Mailing,
  tenant: TenantInfo,
  c: Consultation,
  s: { email: string; lang: 'pl' | 'en' },
  unsubscribeToken: string,
): Promise<void> {
  const lang = s.lang
  const base = origin(deps)
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'other',
    to: s.email,
    subject: t(lang, 'Nowe konsultacje: {title}', { title: c.title }),
    text: letter(
      lang,
      [
        t(lang, '{jst} ogłosił(a) nowe konsultacje: {title}.', { jst: tenant.name, title: c.title }),
        ...(c.subject ? [c.subject] : []),
        periodLine(lang, c),
        t(lang, 'Szczegóły i formularz uwag: {link}', { link: consultationLink(base, tenant.slug, c.number) }),
        t(
          lang,
          'Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na powiadomienia o konsultacjach. Aby się wypisać (adres zostanie usunięty): {link}',
          { link: unsubscribeLink(base, tenant.slug, unsubscribeToken) },
        ),
      ],
      tenant,
    ),
  })
}

/** The link that confirms a subscription: nothing is sent to the address before it is used. */
export async function sendSubscriptionConfirmation(
  deps: Mailing,
  tenant: TenantInfo,
  s: { email: string; lang: 'pl' | 'en' },
  token: string,
  validUntil: Date,
): Promise<void> {
  const lang = s.lang
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'other',
    to: s.email,
    subject: t(lang, 'Potwierdź zapis na powiadomienia o konsultacjach: {jst}', { jst: tenant.name }),
    text: letter(
      lang,
      [
        t(lang, 'ktoś (zapewne Ty) zapisał ten adres na powiadomienia o nowych konsultacjach społecznych: {jst}.', {
          jst: tenant.name,
        }),
        t(lang, 'Aby potwierdzić zapis, otwórz link: {link}', {
          link: subscriptionConfirmLink(origin(deps), tenant.slug, token),
        }),
        t(lang, 'Link jest ważny do {date}. Jeśli to nie Ty, zignoruj tę wiadomość: adres zostanie usunięty.', {
          date: dateIn(lang, validUntil, 'dateTime'),
        }),
      ],
      tenant,
    ),
  })
}
