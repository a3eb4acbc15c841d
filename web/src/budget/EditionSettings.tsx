import { useRef, useState } from 'preact/hooks'
import { ErrorState, Loading, Notice } from '../components/ui'
import { useT } from '../i18n'
import { useResource } from '../lib/resource'
import { useTenant } from '../lib/tenants'
import { boBase } from './api'
import { CalendarChangeForm } from './CalendarChangeForm'
import { EditionForm } from './EditionForm'
import type { Edition } from './types'
import { When } from './ui'

/**
 * "Ustawienia edycji" on the edition's panel page: organisers open the edition form pre-filled and save it with PUT.
 * The API refuses every change once submission has opened (new rules would need a new uchwała, and residents must
 * be judged by the rules they submitted under), so from then on the section says so instead of offering a form
 * that could only fail — and offers "Zmień terminy" instead: dates may still move, with a reason made public.
 */
export function EditionSettings({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const edition = useResource<Edition>(boBase(slug, year))
  const tenant = useTenant(slug)
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const toggle = useRef<HTMLButtonElement>(null)
  const [changingDates, setChangingDates] = useState(false)
  const calendarToggle = useRef<HTMLButtonElement>(null)
  const e = edition.data
  const submission = e?.phases.find((p) => p.phase === 'submission')
  const locked = !!submission && new Date(submission.startsAt).getTime() <= Date.now()
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
              {t('budgetpanel.edit.lockedSince')} <When value={submission!.startsAt} />.
            </p>
            <p>{t('budgetpanel.edit.lockedBody')}</p>
          </div>
          <p>{t('budgetpanel.calendar.intro')}</p>
          <p>
            <button
              type="button"
              ref={calendarToggle}
              class={changingDates ? 'button button-secondary' : 'button'}
              aria-expanded={changingDates ? 'true' : 'false'}
              aria-controls="bo-calendar-form"
              onClick={() => {
                setChangingDates((on) => !on)
                setNotice(null)
              }}
            >
              {changingDates ? t('budgetpanel.calendar.close') : t('budgetpanel.calendar.open')}
            </button>
          </p>
          <div id="bo-calendar-form">
            {changingDates ? (
              <CalendarChangeForm
                key={generation}
                slug={slug}
                edition={e}
                onSaved={() => {
                  setChangingDates(false)
                  setGeneration((n) => n + 1)
                  setNotice(t('budgetpanel.calendar.saved', { year }))
                  edition.reload()
                  requestAnimationFrame(() => calendarToggle.current?.focus())
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
      {e && !locked ? (
        <>
          <p>
            {t('budgetpanel.edit.openUntil')} <strong>{submission ? <When value={submission.startsAt} /> : null}</strong>.
          </p>
          <ul>
            <li>{t('budgetpanel.edit.ruleAll')}</li>
            <li>{t('budgetpanel.edit.ruleYear')}</li>
            <li>{t('budgetpanel.edit.ruleAfter')}</li>
          </ul>
          <p>
            <button
              type="button"
              ref={toggle}
              class={editing ? 'button button-secondary' : 'button'}
              aria-expanded={editing ? 'true' : 'false'}
              aria-controls="bo-settings-form"
              onClick={() => {
                setEditing((on) => !on)
                setNotice(null)
              }}
            >
              {editing ? t('budgetpanel.edit.close') : t('budgetpanel.edit.open')}
            </button>
          </p>
          <div id="bo-settings-form">
            {editing ? (
              <EditionForm
                key={generation}
                slug={slug}
                tenantKind={tenant.tenant?.kind ?? null}
                edition={e}
                onSaved={() => {
                  setEditing(false)
                  setGeneration((n) => n + 1)
                  setNotice(t('budgetpanel.edit.saved', { year }))
                  edition.reload()
                  requestAnimationFrame(() => toggle.current?.focus())
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  )
}
