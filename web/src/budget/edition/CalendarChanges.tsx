import { useT } from '../../core/i18n'
import type { CalendarChange } from '../types'
import { When } from '../ui'

/**
 * "Zmiany harmonogramu" on the public edition page: every change of dates made after submission opened, newest
 * first, with the day it was announced, the reason and which dates moved from what to what — so residents who
 * planned by the old calendar can see what changed and why. Nothing when the calendar never changed.
 */
export function CalendarChanges({ changes }: { changes: CalendarChange[] | undefined }) {
  const t = useT()
  if (!changes || changes.length === 0) return null
  return (
    <section aria-labelledby="bo-changes-heading">
      <h3 id="bo-changes-heading">{t('budgetpanel.changes.heading')}</h3>
      <p>{t('budgetpanel.changes.intro')}</p>
      <ul class="bo-history">
        {changes.map((change) => (
          <li key={change.at}>
            <p>
              {t('budgetpanel.changes.announced')} <When value={change.at} />
            </p>
            <p class="bo-text">
              {t('budgetpanel.changes.reason')} {change.reason}
            </p>
            <ul>
              {change.changes.map((move) => (
                <li key={move.phase}>
                  <strong>{t(`budget.phase.${move.phase}`)}</strong>:
                  {move.before.startsAt !== move.after.startsAt ? (
                    <>
                      {' '}
                      {t('budgetpanel.changes.startMoved')} <When value={move.before.startsAt} start />{' '}
                      {t('budgetpanel.changes.to')} <When value={move.after.startsAt} start />
                      {move.before.endsAt !== move.after.endsAt ? ';' : '.'}
                    </>
                  ) : null}
                  {move.before.endsAt !== move.after.endsAt ? (
                    <>
                      {' '}
                      {t('budgetpanel.changes.endMoved')} <When value={move.before.endsAt} deadline />{' '}
                      {t('budgetpanel.changes.to')} <When value={move.after.endsAt} deadline />.
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
