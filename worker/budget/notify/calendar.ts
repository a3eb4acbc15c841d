import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { t, translate, type Lang } from '../../core/i18n'
import { authorsAffected, describeMove, type PhaseMove } from '../domain/calendar-change'
import { submittedStatuses, type ProjectStatus } from '../domain/statuses'
import type { EditionFull } from '../queries'
import { authorsOf } from '../queries/editions'
import { phaseLabels } from '../domain/statute'
import { formatWarsawIn, titleIn } from './submission'

/** Statuses of projects already submitted and still in the contest (or appealing): their authors watch the dates. */
const watchingStatuses = submittedStatuses.filter((s) => s !== 'withdrawn')

/**
 * One moved phase in words for a reader of `lang`: in Polish exactly as the edition page and `describeMove` write it;
 * otherwise the same parts, each a catalogue entry, with the dates by the same rules (an end as its last day).
 */
function describeMoveIn(lang: Lang, move: PhaseMove): string {
  if (lang === 'pl') return describeMove(move)
  const parts: string[] = []
  if (move.before.startsAt !== move.after.startsAt)
    parts.push(
      t(lang, 'początek przesunięty z {from} na {to}', {
        from: formatWarsawIn(lang, move.before.startsAt, 'start'),
        to: formatWarsawIn(lang, move.after.startsAt, 'start'),
      }),
    )
  if (move.before.endsAt !== move.after.endsAt)
    parts.push(
      t(lang, 'koniec przesunięty z {from} na {to}', {
        from: formatWarsawIn(lang, move.before.endsAt, 'deadline'),
        to: formatWarsawIn(lang, move.after.endsAt, 'deadline'),
      }),
    )
  const label = translate(phaseLabels[move.phase], lang)
  return `${label[0]!.toUpperCase()}${label.slice(1)}: ${parts.join('; ')}`
}

/**
 * Tells the authors whom new dates concern (see `authorsAffected`): one e-mail per address, naming their projects,
 * what moved and why, with a link to the edition's calendar. Each author reads it in the language kept with their
 * projects; an address with projects in both languages gets Polish, the language of the JST's own notices. Possibly
 * hundreds of authors, so the route runs it after its answer.
 */
export async function notifyCalendarChange(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  e: EditionFull,
  tenant: TenantRef,
  moves: PhaseMove[],
  reason: string,
): Promise<void> {
  const who = authorsAffected(moves)
  const statuses: ProjectStatus[] = [
    ...(who.submitted ? watchingStatuses : []),
    ...(who.drafts ? ['draft' as const] : []),
  ]
  if (statuses.length === 0) return
  const rows = await authorsOf(deps.db, e.edition.id, statuses)
  const byAuthor = new Map<string, { lang: Lang; projects: { number: number | null; title: string }[] }>()
  for (const p of rows) {
    const known = byAuthor.get(p.email)
    if (known) {
      known.projects.push(p)
      if (known.lang !== p.lang) known.lang = 'pl'
    } else byAuthor.set(p.email, { lang: p.lang, projects: [p] })
  }
  const year = e.edition.year
  const link = `${deps.config.appUrl}/${tenant.slug}/bo/${year}`
  for (const [to, { lang, projects }] of byAuthor) {
    const titles = projects.map(({ number, title }) =>
      number != null
        ? t(lang, 'nr {number} „{title}”', { number, title: titleIn(lang, title) })
        : t(lang, '„{title}”', { title: titleIn(lang, title) }),
    )
    const changes = moves.map((m) => `- ${describeMoveIn(lang, m)}`).join('\n')
    const lines = [
      t(lang, 'Dzień dobry,'),
      t(lang, 'zmieniły się terminy budżetu obywatelskiego {year}, które dotyczą Twojego projektu ({projects}):', {
        year,
        projects: titles.join(', '),
      }),
      changes,
      t(lang, 'Powód zmiany: {reason}', { reason }),
      t(lang, 'Aktualny harmonogram: {link}', { link }),
    ]
    await deps.mailer.send({
      kind: 'calendar-change',
      tenantId: tenant.id,
      to,
      subject: t(lang, '{jst} — budżet obywatelski: {subject}', {
        jst: tenant.name,
        subject: t(lang, 'zmiana terminów edycji {year}', { year }),
      }),
      text: `${lines.join('\n\n')}\n`,
    })
  }
}
