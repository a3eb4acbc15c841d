import type { ComponentChildren } from 'preact'
import { Rich } from '../../core/ui/Rich'
import { DataRegion, DateTime, ErrorState, Loading, PageHeading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { editionApi, type Edition } from './api'

/**
 * A resident's page of one edition: loads the edition (title, calendar, rules), shows the page heading and either
 * the content or the loading / error state. `heading` gets the edition's title once known.
 */
export function EditionPage({
  slug,
  year,
  heading,
  children,
}: {
  slug: string
  year: string
  heading: (title: string | null) => string
  children: (edition: Edition) => ComponentChildren
}) {
  const edition = useResource<Edition>(editionApi(slug, year))
  const title = heading(edition.data?.title ?? null)
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <DataRegion busy={edition.status === 'loading'}>
        {edition.data ? (
          children(edition.data)
        ) : edition.status === 'error' ? (
          <ErrorState error={edition.error} onRetry={edition.reload} />
        ) : (
          <Loading />
        )}
      </DataRegion>
    </>
  )
}

export function phaseWindow(edition: Edition, phase: string) {
  return edition.phases.find((p) => p.phase === phase) ?? null
}

/**
 * Where the vote stands at `now` — ahead, running or over — so its dates are said in the right tense ("rozpocznie
 * się", "trwa", "trwało") rather than "trwa od" for a vote that has not begun. Null when the edition has no vote.
 */
export function votingTense(edition: Edition, now = Date.now()): 'future' | 'now' | 'past' | null {
  const voting = phaseWindow(edition, 'voting')
  if (!voting) return null
  return now < Date.parse(voting.startsAt) ? 'future' : now < Date.parse(voting.endsAt) ? 'now' : 'past'
}

/** The message of the vote's dates for residents, by tense (see `votingTense`). */
export const votingDatesKey = {
  future: 'voting.closed.datesFuture',
  now: 'voting.closed.dates',
  past: 'voting.closed.datesPast',
} as const

/** "Od … do …" of a phase, as `<time>` elements: its start, and its end as the last day that counts. */
export function PhaseDates({ edition, phase, messageKey }: { edition: Edition; phase: string; messageKey: string }) {
  const t = useT()
  const window = phaseWindow(edition, phase)
  if (!window) return null
  return (
    <Rich
      text={t(messageKey)}
      values={{
        start: <DateTime value={window.startsAt} kind="start" />,
        end: <DateTime value={window.endsAt} kind="deadline" />,
      }}
    />
  )
}
