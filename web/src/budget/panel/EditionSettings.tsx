import type { ComponentChildren } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { Rich } from '../../core/ui/Rich'
import { ErrorState, Loading, Notice } from '../../core/ui'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { staffEditionPath } from '../api'
import { CalendarChangeForm } from './CalendarChangeForm'
import { EditionForm } from './EditionForm'
import type { Edition } from '../types'
import { When } from '../ui'

/**
 * "Ustawienia edycji" on the edition's panel page: organisers open the edition form pre-filled and save it with PUT.
 * The API refuses every change once submission has opened (new rules would need a new uchwała, and residents must
 * be judged by the rules they submitted under), so from then on the section says so instead of offering a form
 * that could only fail — and offers "Zmień terminy" instead: dates may still move, with a reason made public.
 * The edition is loaded from the staff API with its `version`; both forms send it back, so a save made while another
 * organiser changed the edition is refused, and the forms re-open on the current version (keyed by it).
 */
export function EditionSettings({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  // The staff view, read fresh: it carries the `version` that a save must send back.
  const edition = useResource<Edition>(staffEditionPath(slug, year))
  const tenant = useTenant(slug)
  const [notice, setNotice] = useState<string | null>(null)
  const e = edition.data
  const submission = e?.phases.find((p) => p.phase === 'submission')
  const locked = !!submission && new Date(submission.startsAt).getTime() <= Date.now()
  const saved = (message: string) => {
    setNotice(message)
    edition.reload()
  }
  // Someone else changed the edition since it was loaded: load it again; the form re-opens on the new version.
  const stale = () => {
    setNotice(t('budgetpanel.edit.reloaded'))
    edition.reload()
  }
  return (
    <section class="panel-section" aria-labelledby="bo-settings-heading">
      <h2 id="bo-settings-heading">{t('budgetpanel.edit.heading')}</h2>
      <Notice message={notice} />
      {edition.status === 'loading' && !e ? <Loading /> : null}
      {edition.status === 'error' ? <ErrorState error={edition.error} onRetry={edition.reload} /> : null}
      {e && locked ? (
        <>
          <div class="notice-info">
            <p>
              <Rich
                text={t('budgetpanel.edit.lockedSince')}
                values={{ date: <When value={submission!.startsAt} start /> }}
              />
            </p>
            <p>{t('budgetpanel.edit.lockedBody')}</p>
          </div>
          <p>{t('budgetpanel.calendar.intro')}</p>
          <FormToggle
            regionId="bo-calendar-form"
            openLabel={t('budgetpanel.calendar.open')}
            closeLabel={t('budgetpanel.calendar.close')}
            onToggle={() => setNotice(null)}
          >
            {(close) => (
              <CalendarChangeForm
                key={e.version}
                slug={slug}
                edition={e}
                onStale={stale}
                onSaved={() => {
                  close()
                  saved(t('budgetpanel.calendar.saved', { year }))
                }}
              />
            )}
          </FormToggle>
        </>
      ) : null}
      {e && !locked ? (
        <>
          {submission ? (
            <p>
              <Rich
                text={t('budgetpanel.edit.openUntil')}
                values={{
                  date: (
                    <strong>
                      <When value={submission.startsAt} start />
                    </strong>
                  ),
                }}
              />
            </p>
          ) : null}
          <ul>
            <li>{t('budgetpanel.edit.ruleAll')}</li>
            <li>{t('budgetpanel.edit.ruleYear')}</li>
            <li>{t('budgetpanel.edit.ruleAfter')}</li>
          </ul>
          <FormToggle
            regionId="bo-settings-form"
            openLabel={t('budgetpanel.edit.open')}
            closeLabel={t('budgetpanel.edit.close')}
            onToggle={() => setNotice(null)}
          >
            {(close) => (
              <EditionForm
                key={e.version}
                slug={slug}
                onStale={stale}
                tenantKind={tenant.tenant?.kind ?? null}
                edition={e}
                onSaved={() => {
                  close()
                  saved(t('budgetpanel.edit.saved', { year }))
                }}
              />
            )}
          </FormToggle>
        </>
      ) : null}
    </section>
  )
}

/**
 * A button that shows and hides one form below it (`aria-expanded`, `aria-controls`). The form gets `close`, to call
 * once it has saved: the form is hidden and focus goes back to the button, so keyboard users are not left on
 * nothing. Both the edition form and the calendar change are offered this way.
 */
function FormToggle({
  regionId,
  openLabel,
  closeLabel,
  onToggle,
  children,
}: {
  regionId: string
  openLabel: string
  closeLabel: string
  onToggle: () => void
  children: (close: () => void) => ComponentChildren
}) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    requestAnimationFrame(() => button.current?.focus())
  }
  return (
    <>
      <p>
        <button
          type="button"
          ref={button}
          class={open ? 'button button-secondary' : 'button'}
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={regionId}
          onClick={() => {
            setOpen((on) => !on)
            onToggle()
          }}
        >
          {open ? closeLabel : openLabel}
        </button>
      </p>
      <div id={regionId}>{open ? children(close) : null}</div>
    </>
  )
}
