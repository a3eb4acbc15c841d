import { desc, eq, sql } from 'drizzle-orm'
import type { Deps } from '../../core/deps'
import { t, type Lang } from '../../core/i18n'
import { formatZl } from '../../core/money'
import type { EditionFull, Project } from '../queries'
import { assessments } from '../tables'
import { formatWarsawIn, notifyAuthor } from './submission'

/*
 * The author hears of staff's decisions in the author's language (`p.authorLang`), not in the language of the staff
 * member who decided: a verifier working in Polish still reaches an English-speaking author in English. Staff's own
 * words (a justification, a question) go as they were written.
 */

type Edition = EditionFull & { tenant: { slug: string; name: string } }

/** An amount for a reader of `lang`: "12 500,50 zł" as in the project's history, "PLN 12,500.50" in English. */
function amountIn(lang: Lang, grosze: number): string {
  if (lang === 'pl') return formatZl(grosze)
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'PLN',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(grosze / 100)
}

/**
 * The result of the assessment just saved, in `lang`, read from its row (the one written last for the project): the
 * same parts as the Polish note of the project's history, which the Polish e-mail quotes as it is.
 */
async function assessmentText(db: Deps['db'], lang: Lang, p: Project, note: string): Promise<string> {
  if (lang === 'pl') return note
  const [a] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.projectId, p.id))
    // The row inserted last (rowid) breaks a tie of two decisions in the same millisecond.
    .orderBy(desc(assessments.decidedAt), desc(sql`rowid`))
    .limit(1)
  if (!a) return note
  // One whole sentence per stage and result, so each reads naturally when translated.
  const headline =
    a.stage === 'merit'
      ? a.positive
        ? 'Ocena merytoryczna: pozytywna.'
        : 'Ocena merytoryczna: negatywna.'
      : a.positive
        ? 'Ocena formalna: pozytywna.'
        : 'Ocena formalna: negatywna.'
  const cost =
    a.revisedCost != null ? ` ${t(lang, 'Koszt po weryfikacji: {cost}.', { cost: amountIn(lang, a.revisedCost) })}` : ''
  return `${t(lang, headline)} ${a.justification}${cost}`
}

/**
 * Tells the author the result of an assessment (`note`, as in the project's history) and, if negative, how to appeal.
 */
export async function notifyAssessment(
  deps: Pick<Deps, 'mailer' | 'config' | 'db'>,
  e: Edition,
  p: Project,
  note: string,
  appealDeadline: Date | null,
): Promise<void> {
  const lang = p.authorLang
  const appealInfo = appealDeadline
    ? `\n\n${t(lang, 'Możesz się odwołać do {deadline} — na stronie projektu z Twojego linku autora.', {
        deadline: formatWarsawIn(lang, appealDeadline, 'deadline'),
      })}`
    : ''
  await notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'wynik oceny projektu nr {number}', { number: String(p.number) }),
    `${await assessmentText(deps.db, lang, p, note)}${appealInfo}`,
  )
}

/** Passes a verifier's question to the author, with the deadline for the answer. */
export async function notifyQuestion(
  deps: Pick<Deps, 'mailer' | 'config'>,
  e: Edition,
  p: Project,
  text: string,
  deadline: Date,
): Promise<void> {
  const lang = p.authorLang
  await notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'pytanie do projektu nr {number}', { number: String(p.number) }),
    `${t(lang, 'weryfikator prosi o wyjaśnienia lub poprawki:')}\n\n${text}\n\n${t(
      lang,
      'Odpowiedz do {deadline} na stronie projektu z Twojego linku autora.',
      { deadline: formatWarsawIn(lang, deadline, 'deadline') },
    )}`,
  )
}

/** Tells the author how their appeal was decided, with the reasons. */
export async function notifyAppealDecision(
  deps: Pick<Deps, 'mailer' | 'config'>,
  e: Edition,
  p: Project,
  decision: { accepted: boolean; reason: string },
): Promise<void> {
  const lang = p.authorLang
  const outcome = decision.accepted
    ? t(lang, 'Twoje odwołanie zostało uwzględnione: projekt trafia na listę do głosowania.')
    : t(lang, 'Twoje odwołanie zostało nieuwzględnione.')
  await notifyAuthor(
    deps,
    e,
    p,
    t(lang, 'rozstrzygnięcie odwołania (projekt nr {number})', { number: String(p.number) }),
    `${outcome}\n\n${t(lang, 'Uzasadnienie: {reason}', { reason: decision.reason })}`,
  )
}
