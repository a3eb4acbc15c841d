import type { Deps } from '../../core/deps'
import { t, translate, type Lang } from '../../core/i18n'
import { formatWarsaw } from '../../core/time/polish-calendar'
import type { Consultation } from '../queries'
import type { Meeting } from '../queries/meetings'

/*
 * The e-mails of meetings, in the reader's language (the one the sign-up was made in, kept with it). Links come from
 * `config.appUrl` only, and the cancellation secret travels in the fragment (`#t=`), so it never reaches a server log.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>
interface Jst {
  slug: string
  name: string
}

/** The page where a resident cancels a sign-up by the link's secret. */
export function cancelLink(origin: string, slug: string, consultation: number, token: string): string {
  return `${origin}/${slug}/konsultacje/${consultation}/spotkania/rezygnacja#t=${token}`
}

/** "8 stycznia 2027, 17:30 (czasu polskiego)" in the reader's language. */
const when = (lang: Lang, at: Date) => translate(formatWarsaw(at, 'dateTime'), lang)

/** Where and how: the address with its accessibility notes, or the link to join. */
function placeLines(lang: Lang, m: Meeting): string {
  const lines =
    m.mode === 'online'
      ? [t(lang, 'Spotkanie online. Link do udziału: {link}', { link: m.place })]
      : [t(lang, 'Miejsce: {place}', { place: m.place })]
  if (m.accessibility) lines.push(t(lang, 'Dostępność: {text}', { text: m.accessibility }))
  return lines.join('\n')
}

/**
 * The confirmation of a sign-up: when and where (for an online meeting, the link to join, which only those signed up
 * get), and the link to cancel, which frees the place for someone else.
 */
export async function notifySignedUp(
  deps: Mailing,
  jst: Jst,
  c: Consultation,
  m: Meeting,
  to: { email: string; name: string; lang: Lang },
  token: string,
): Promise<void> {
  const { lang } = to
  const body = [
    t(lang, 'Dzień dobry, {name},', { name: to.name }),
    '',
    t(lang, 'zapisaliśmy Cię na spotkanie „{title}” w ramach konsultacji „{consultation}”.', {
      title: m.title,
      consultation: c.title,
    }),
    '',
    t(lang, 'Termin: {start} – {end}', { start: when(lang, m.startsAt), end: when(lang, m.endsAt) }),
    placeLines(lang, m),
    '',
    t(lang, 'Jeśli nie możesz przyjść, zrezygnuj, aby zwolnić miejsce: {link}', {
      link: cancelLink(deps.config.appUrl, jst.slug, c.number, token),
    }),
    '',
    t(lang, 'Uwagi zgłoszone na spotkaniu zapisujemy w protokole i uwzględniamy w raporcie z konsultacji.'),
    t(lang, 'Twoje imię, nazwisko i adres e-mail usuniemy po spotkaniu.'),
  ]
  await deps.mailer.send({
    tenantId: c.tenantId,
    kind: 'other',
    to: to.email,
    subject: t(lang, '{jst} — zapis na spotkanie konsultacyjne: {title}', { jst: jst.name, title: m.title }),
    text: `${body.join('\n')}\n`,
  })
}

/** The meeting is called off: everyone still signed up is told, in their own language. */
export async function notifyMeetingCancelled(
  deps: Mailing,
  jst: Jst,
  c: Consultation,
  m: Meeting,
  to: { email: string; name: string | null; lang: Lang },
): Promise<void> {
  const { lang } = to
  const page = `${deps.config.appUrl}/${jst.slug}/konsultacje/${c.number}`
  const body = [
    to.name ? t(lang, 'Dzień dobry, {name},', { name: to.name }) : t(lang, 'Dzień dobry,'),
    '',
    t(lang, 'spotkanie „{title}” zaplanowane na {start} zostało odwołane.', {
      title: m.title,
      start: when(lang, m.startsAt),
    }),
    t(lang, 'Inne spotkania i sposoby udziału w konsultacjach: {link}', { link: page }),
  ]
  await deps.mailer.send({
    tenantId: c.tenantId,
    kind: 'other',
    to: to.email,
    subject: t(lang, '{jst} — spotkanie odwołane: {title}', { jst: jst.name, title: m.title }),
    text: `${body.join('\n')}\n`,
  })
}
