import type { Deps } from '../../core/deps'
import { t, translate, type Lang } from '../../core/i18n'
import { formatWarsaw } from '../../core/time/polish-calendar'

/**
 * The comments' e-mails, each in its reader's language (a comment's author: the language of the request that sent it,
 * kept with the comment). Links come from the configured public address only (`config.appUrl`), and the
 * confirmation token travels in the fragment (`#t=…`), so it never reaches a server's log.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>

export interface CommentMailPlace {
  tenant: { id: string; slug: string; name: string }
  consultation: { number: number; title: string }
}

/** The page on which the e-mailed link confirms a comment. */
export function confirmLink(origin: string, slug: string, number: number, token: string): string {
  return `${origin}/${slug}/konsultacje/${number}/uwagi/potwierdz#t=${token}`
}

/** The page on which an author reads, corrects or withdraws their comment by its receipt. */
export function mineLink(origin: string, slug: string, number: number): string {
  return `${origin}/${slug}/konsultacje/${number}/uwagi/moja`
}

const subjectOf = (lang: Lang, p: CommentMailPlace, what: string) =>
  t(lang, '{jst} — konsultacje: {what}', { jst: p.tenant.name, what })

/**
 * A comment sent online: the link that makes it count and the receipt (the author's only way back to it). Sent at
 * once, as the comment does not count until the link is used.
 */
export async function notifyCommentSubmitted(
  deps: Mailing,
  p: CommentMailPlace,
  m: { to: string; lang: Lang; number: number; receipt: string; token: string; confirmBy: Date },
): Promise<void> {
  const { lang } = m
  const origin = deps.config.appUrl
  const body = [
    t(lang, 'Dzień dobry,'),
    '',
    t(
      lang,
      'otrzymaliśmy Twoją uwagę nr {number} w konsultacjach „{title}”. Uwaga zostanie uwzględniona dopiero po potwierdzeniu: otwórz link poniżej do {until}.',
      {
        number: m.number,
        title: p.consultation.title,
        until: translate(formatWarsaw(m.confirmBy, 'dateTime'), lang),
      },
    ),
    '',
    confirmLink(origin, p.tenant.slug, p.consultation.number, m.token),
    '',
    t(
      lang,
      'Numer potwierdzenia uwagi: {receipt}. Zachowaj go: pozwala sprawdzić, poprawić lub wycofać uwagę do końca konsultacji na stronie {link}',
      { receipt: m.receipt, link: mineLink(origin, p.tenant.slug, p.consultation.number) },
    ),
    '',
    t(
      lang,
      'Jeśli to nie Ty zgłaszasz tę uwagę, zignoruj tę wiadomość: bez potwierdzenia uwaga nie zostanie uwzględniona.',
    ),
  ].join('\n')
  await deps.mailer.send({
    tenantId: p.tenant.id,
    kind: 'author-key',
    to: m.to,
    subject: subjectOf(lang, p, t(lang, 'potwierdź uwagę nr {number}', { number: m.number })),
    text: `${body}\n`,
  })
}

/** A comment received on paper, by e-mail or at a meeting and keyed in by staff: its number and receipt. */
export async function notifyCommentKeyedIn(
  deps: Mailing,
  p: CommentMailPlace,
  m: { to: string; lang: Lang; number: number; receipt: string },
): Promise<void> {
  const { lang } = m
  const body = [
    t(lang, 'Dzień dobry,'),
    '',
    t(
      lang,
      'Twoja uwaga w konsultacjach „{title}” została wpisana do systemu przez urząd i otrzymała numer {number}.',
      {
        number: m.number,
        title: p.consultation.title,
      },
    ),
    '',
    t(
      lang,
      'Numer potwierdzenia uwagi: {receipt}. Zachowaj go: pozwala sprawdzić, poprawić lub wycofać uwagę do końca konsultacji na stronie {link}',
      { receipt: m.receipt, link: mineLink(deps.config.appUrl, p.tenant.slug, p.consultation.number) },
    ),
  ].join('\n')
  await deps.mailer.send({
    tenantId: p.tenant.id,
    kind: 'author-notice',
    to: m.to,
    subject: subjectOf(lang, p, t(lang, 'uwaga nr {number} przyjęta', { number: m.number })),
    text: `${body}\n`,
  })
}
