import { localeOf, useLang, useT } from '../../core/i18n'
import { formatDate } from '../../core/lib/time'
import { DataTable } from '../../core/ui'
import type { ConstituencyResult, LotDraw } from './types'
import { votingDays } from './words'

/*
 * An election's results as a table per constituency (the public page and the panel): every candidate's votes, and in
 * words whether elected or tied at the last seat — never by colour alone; then the lots drawn for ties with their notes.
 */

const nameOf = (list: { key: string; name: string }[], key: string, whole: string) =>
  list.find((o) => o.key === key)?.name ?? whole

/** One table per constituency: candidate, votes, outcome ("wybrany", "remis — rozstrzyga losowanie", "—"). */
export function ElectionResults({
  results,
  constituencies,
  heading: H = 'h3',
}: {
  results: ConstituencyResult[]
  constituencies: { key: string; name: string }[]
  /** The level of each constituency's heading: under the page's h2, or deep in a panel's card. */
  heading?: 'h3' | 'h6'
}) {
  const t = useT()
  const lang = useLang()
  const whole = t('councils.elections.wholeJst')
  return (
    <>
      {results.map((r, i) => {
        const name = nameOf(constituencies, r.constituency, whole)
        const captionId = `rde-res-${i}`
        return (
          <div key={r.constituency} class="rde-result">
            <H>{t('councils.elections.constituency', { name, seats: r.seats })}</H>
            <p>
              {t('councils.elections.results.ballots', { n: new Intl.NumberFormat(localeOf(lang)).format(r.ballots) })}
              {r.tie ? ` ${t('councils.elections.results.tieLeft', { seats: r.tie.seats })}` : ''}
            </p>
            {r.candidates.length === 0 ? (
              <p>{t('councils.elections.candidates.none')}</p>
            ) : (
              <DataTable
                captionId={captionId}
                caption={t('councils.elections.results.caption', { name })}
                columns={[
                  t('councils.elections.results.candidate'),
                  t('councils.elections.results.votes'),
                  t('councils.elections.results.outcome'),
                ]}
              >
                {r.candidates.map((c) => {
                  const elected = r.elected.includes(c.id)
                  const tied = r.tie?.candidateIds.includes(c.id) ?? false
                  return (
                    <tr key={c.id} class={elected ? 'rde-elected' : undefined}>
                      <th scope="row">{c.name}</th>
                      <td class="rde-num">{new Intl.NumberFormat(localeOf(lang)).format(c.votes)}</td>
                      <td>
                        {elected
                          ? t('councils.elections.results.elected')
                          : tied
                            ? t('councils.elections.results.tied')
                            : t('councils.elections.results.notElected')}
                      </td>
                    </tr>
                  )
                })}
              </DataTable>
            )}
          </div>
        )
      })}
    </>
  )
}

/** The lots drawn: where, when, among whom, whom the lot elected, and the note of who drew and how. */
export function LotList({
  lots,
  results,
  constituencies,
  heading: H = 'h3',
}: {
  lots: (Omit<LotDraw, 'drawnBy'> & { drawnBy?: string })[]
  results: ConstituencyResult[]
  constituencies: { key: string; name: string }[]
  heading?: 'h3' | 'h6'
}) {
  const t = useT()
  const lang = useLang()
  if (!lots.length) return null
  const whole = t('councils.elections.wholeJst')
  const names = (constituency: string, ids: string[]) => {
    const all = results.find((r) => r.constituency === constituency)?.candidates ?? []
    return ids.map((id) => all.find((c) => c.id === id)?.name ?? id).join(', ')
  }
  return (
    <>
      <H>{t('councils.elections.lots.heading')}</H>
      <ul class="rdc-list">
        {lots.map((l, i) => (
          <li key={i} class="rdc-card">
            <p>
              {t('councils.elections.lots.line', {
                name: nameOf(constituencies, l.constituency, whole),
                day: formatDate(l.drawnAt, lang),
                among: names(l.constituency, l.candidateIds),
                elected: names(l.constituency, l.elected),
              })}
            </p>
            <p>{t('councils.elections.lots.note', { note: l.note })}</p>
            {l.drawnBy ? <p>{t('councils.elections.lots.by', { who: l.drawnBy })}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The election's phase, voting days and marks per ballot as `<dt>`/`<dd>` pairs, for the public page and the panel. */
export function VotingFacts({
  e,
}: {
  e: { phase: string; votingFrom: string; votingTo: string; votesPerBallot: number }
}) {
  const t = useT()
  const lang = useLang()
  return (
    <>
      <dt>{t('councils.elections.fact.phase')}</dt>
      <dd class="rdc-status">{t(`councils.elections.phase.${e.phase}`)}</dd>
      <dt>{t('councils.elections.fact.days')}</dt>
      <dd>{votingDays(e, t, lang)}</dd>
      <dt>{t('councils.elections.fact.votes')}</dt>
      <dd>
        {t(e.votesPerBallot === 1 ? 'councils.elections.votesOne' : 'councils.elections.votesMany', {
          n: e.votesPerBallot,
        })}
      </dd>
    </>
  )
}
