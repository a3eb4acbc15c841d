import type { Deps } from '../../core/deps'
import { t, translate, type Lang } from '../../core/i18n'
import { formatWarsaw, type TimeKind } from '../../core/time/polish-calendar'
import type { EditionFull, Project } from '../queries'
import { staffEmail } from '../queries/projects'

/**
 * The e-mails of the submission side, in one place so their wording is read and changed together. Each sentence is a
 * catalogue entry (`t(lang, 'Polish text', values)`, English in `../i18n/en.ts`) and goes out in its reader's
 * language: the author's as kept with the project (`authorLang`), whoever causes the message; a co-author's as the
 * request that named them asked for. Staff read Polish. Links use the configured public address only
 * (`config.appUrl`): a request's Host header is the sender's to choose.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>
type EditionRef = EditionFull & { tenant: { slug: string; name: string } }

/**
 * A date or time for a message in `lang`, by the one set of rules of `formatWarsaw` (Warsaw time, a deadline as its
 * last day): the Polish text as it is, translated for an English reader ("8 January 2027 inclusive").
 */
export function formatWarsawIn(lang: Lang, at: Date | string, kind: TimeKind): string {
  return translate(formatWarsaw(at, kind), lang)
}

/** A project's title for a message, or the words for a draft that has none yet. */
export function titleIn(lang: Lang, title: string): string {
  return title || t(lang, 'bez tytułu')
}

/** Link for the author, with the secret in the fragment so it never reaches server logs. */
export function authorLink(origin: string, slug: string, year: number, projectId: string, token: string): string {
  return `${origin}/${slug}/bo/${year}/projekty/${projectId}/edycja#klucz=${token}`
}

/**
 * A message to the project's author, in the author's language (`p.authorLang`); `subject` and `body` come already in
 * it. With `token` it carries the author's key as a link (a new draft, a new link asked for); without, a link to the
 * public project page, since the author already holds their key.
 */
export async function notifyAuthor(
  deps: Mailing,
  e: EditionRef,
  p: Project,
  subject: string,
  body: string,
  token?: string,
): Promise<void> {
  const lang = p.authorLang
  const origin = deps.config.appUrl
  const link = token
    ? `\n\n${t(lang, 'Twój projekt: {link}', { link: authorLink(origin, e.tenant.slug, e.edition.year, p.id, token) })}\n${t(lang, '(link jest Twoim kluczem do projektu — nie udostępniaj go)')}`
    : `\n\n${t(lang, 'Strona projektu: {link}', { link: `${origin}/${e.tenant.slug}/bo/${e.edition.year}/projekty/${p.id}` })}`
  await deps.mailer.send({
    tenantId: p.tenantId,
    kind: token ? 'author-key' : 'author-notice',
    to: p.authorEmail,
    subject: t(lang, '{jst} — budżet obywatelski: {subject}', { jst: e.tenant.name, subject }),
    text: `${t(lang, 'Dzień dobry,')}\n\n${body}${link}\n`,
  })
}

/** The new draft's key: the author's only way back to the draft, so it is mailed as soon as the draft exists. */
export function notifyDraftSaved(deps: Mailing, e: EditionRef, p: Project, token: string): Promise<void> {
  const lang = p.authorLang
  return notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'szkic projektu zapisany'),
    t(lang, 'zapisaliśmy szkic Twojego projektu. Możesz do niego wrócić w każdej chwili przed końcem naboru.'),
    token,
  )
}

/** The number a submitted project got, which the author quotes in every later contact with the office. */
export function notifySubmitted(deps: Mailing, e: EditionRef, p: Project): Promise<void> {
  const lang = p.authorLang
  const number = String(p.number)
  return notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'projekt nr {number} zgłoszony', { number }),
    t(lang, 'Twój projekt „{title}” został zgłoszony i otrzymał numer {number}. Poinformujemy Cię o wyniku oceny.', {
      title: p.title,
      number,
    }),
  )
}

/** A new author link asked for on the edition's page (the old one works until the new one is used). */
export function notifyNewAuthorLink(deps: Mailing, e: EditionRef, p: Project, token: string): Promise<void> {
  const lang = p.authorLang
  return notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'nowy link do projektu'),
    t(
      lang,
      'ktoś (zapewne Ty) poprosił na stronie budżetu obywatelskiego o nowy link do projektu „{title}”. Dotychczasowy link działa, dopóki nie otworzysz nowego; potem działa już tylko nowy. Jeśli to nie Ty prosisz o link, zignoruj tę wiadomość — nic się nie zmieni.',
      { title: titleIn(lang, p.title) },
    ),
    token,
  )
}

/**
 * A co-author confirms by the link in this e-mail: nobody is named co-author of a project without agreeing. Written
 * in the language of the request that named them (`deps.lang`): nothing else is known of the co-author yet.
 */
export async function notifyCoauthor(
  deps: Mailing & Pick<Deps, 'lang'>,
  e: EditionRef,
  p: Project,
  coauthor: { email: string },
  token: string,
): Promise<void> {
  const { lang } = deps
  const link = `${deps.config.appUrl}/${e.tenant.slug}/bo/wspolautor#klucz=${token}`
  const named = t(lang, '{author} wskazał(a) Cię jako współautora projektu „{title}” w budżecie obywatelskim {year}.', {
    author: p.authorName,
    title: titleIn(lang, p.title),
    year: e.edition.year,
  })
  await deps.mailer.send({
    tenantId: p.tenantId,
    kind: 'coauthor-confirmation',
    to: coauthor.email,
    subject: t(lang, '{jst} — potwierdź współautorstwo projektu', { jst: e.tenant.name }),
    text: `${t(lang, 'Dzień dobry,')}\n\n${named}\n${t(lang, 'Potwierdź udział:')}\n${link}\n\n${t(lang, 'Jeśli to pomyłka, zignoruj tę wiadomość.')}`,
  })
}

/**
 * The staff member who asked a question learns of the answer (and of any corrections) without watching the panel. In
 * Polish, whatever the author's language: the office works in Polish.
 */
export async function notifyAsker(
  deps: Mailing & Pick<Deps, 'db'>,
  e: EditionRef,
  p: Project,
  askedBy: string,
  answer: string,
): Promise<void> {
  const to = await staffEmail(deps.db, askedBy)
  if (!to) return
  const link = `${deps.config.appUrl}/panel/${e.tenant.slug}/bo/${e.edition.year}/projekty/${p.id}`
  await deps.mailer.send({
    tenantId: p.tenantId,
    kind: 'staff-notice',
    to,
    subject: `${e.tenant.name} — budżet obywatelski: odpowiedź autora (projekt nr ${p.number ?? '—'})`,
    text: `Dzień dobry,\n\nautor projektu „${p.title}” odpowiedział na Twoje pytanie:\n\n${answer}\n\nPoprawki, jeśli je wprowadził, są w historii projektu:\n${link}\n`,
  })
}
