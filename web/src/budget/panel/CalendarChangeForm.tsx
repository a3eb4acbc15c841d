import { useState } from 'preact/hooks'
import { ErrorSummary, Field, TextAreaField, useFormId, ErrorText } from '../../core/ui'
import { useT } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { editionSaveErrors } from '../api'
import { isoOf, mapPhaseErrors, savedTimes, StaleEdition, type SavedTimes } from './EditionForm'
import type { Edition, PhaseName, PhaseWindow } from '../types'
import { When } from '../ui'

type Dates = Record<string, { startsAt: string; endsAt: string }>

/** Where a phase stands now: what has ended cannot move, a running phase keeps its start (as the API decides). */
function stateOf(p: PhaseWindow, now: number): 'ended' | 'current' | 'upcoming' {
  if (Date.parse(p.endsAt) <= now) return 'ended'
  return Date.parse(p.startsAt) <= now ? 'current' : 'upcoming'
}

/**
 * "Zmień terminy": new dates for a running edition (`PATCH …/editions/{year}/calendar`), one row per phase of the
 * edition. Ended phases are shown but disabled, the start of the phase in progress too, each with the reason in
 * words; the API checks the same rules and its errors appear next to their fields. The reason is required, since
 * residents read it in the public notice of the change. Dates use the edition form's helpers, so untouched fields
 * send back the exact saved instants. The save carries the edition's `version` as loaded; if another organiser has
 * changed the edition since, the API refuses it (409) and the form offers to load the current edition (`onStale`).
 */
export function CalendarChangeForm({
  slug,
  edition,
  onSaved,
  onStale,
}: {
  slug: string
  edition: Edition
  onSaved: (edition: Edition) => void
  onStale?: () => void
}) {
  const t = useT()
  const formId = useFormId('terminy')
  const [saved] = useState<SavedTimes>(() => savedTimes(edition))
  const names: PhaseName[] = edition.phases.map((p) => p.phase)
  const [dates, setDates] = useState<Dates>(() =>
    Object.fromEntries(
      names.map((p) => [p, { startsAt: saved[`${p}.startsAt`]!.local, endsAt: saved[`${p}.endsAt`]!.local }]),
    ),
  )
  const [reason, setReason] = useState('')
  const { errors, version, busy, submit } = useSubmit()
  const [stale, setStale] = useState(false)
  const now = Date.now()

  const labels: Record<string, string> = { reason: t('budgetpanel.calendar.reason') }
  for (const p of names) {
    labels[`phases.${p}.startsAt`] = t('budget.edition.form.phaseFieldLabel', {
      phase: t(`budget.phase.${p}`),
      edge: t('budget.edition.form.startsAt'),
    })
    labels[`phases.${p}.endsAt`] = t('budget.edition.form.phaseFieldLabel', {
      phase: t(`budget.phase.${p}`),
      edge: t('budget.edition.form.endsAt'),
    })
  }

  const dateField = (phase: PhaseName, edge: 'startsAt' | 'endsAt', locked: string | null) => ({
    formId,
    name: `phases.${phase}.${edge}`,
    type: 'datetime-local',
    label: t(edge === 'startsAt' ? 'budget.edition.form.startsAtOf' : 'budget.edition.form.endsAtOf', {
      phase: t(`budget.phase.${phase}`),
    }),
    value: dates[phase]![edge],
    error: errors.fields[`phases.${phase}.${edge}`],
    disabled: locked != null,
    hint: locked ?? undefined,
    onValue: (value: string) => setDates((prev) => ({ ...prev, [phase]: { ...prev[phase]!, [edge]: value } })),
  })

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const missing: Record<string, string> = {}
    const phases = names.map((p) => {
      const startsAt = isoOf(dates[p]!.startsAt, saved[`${p}.startsAt`])
      const endsAt = isoOf(dates[p]!.endsAt, saved[`${p}.endsAt`])
      if (!startsAt) missing[`phases.${p}.startsAt`] = t('budget.edition.form.dateRequired')
      if (!endsAt) missing[`phases.${p}.endsAt`] = t('budget.edition.form.dateRequired')
      return { phase: p, startsAt, endsAt }
    })
    await submit(
      t,
      () => missing,
      async () =>
        onSaved(
          await api<Edition>(`/jst/${enc(slug)}/staff/bo/editions/${enc(String(edition.year))}/calendar`, {
            method: 'PATCH',
            body: { version: edition.version, phases, reason },
          }),
        ),
      editionSaveErrors(
        t,
        () => setStale(true),
        (fields) => mapPhaseErrors(fields, names),
      ),
    )
  }

  return (
    <>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      {stale && onStale ? <StaleEdition onReload={onStale} /> : null}
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="bo-edition-form">
        <fieldset>
          <legend>{t('budgetpanel.calendar.legend')}</legend>
          <p class="hint">{t('budgetpanel.calendar.hint')}</p>
          <ErrorText id={`${formId}-phases-error`} error={errors.fields.phases} />
          {edition.phases.map((p) => {
            const state = stateOf(p, now)
            return (
              <fieldset key={p.phase} class="bo-phase-fieldset">
                <legend class="bo-row-legend">{t(`budget.phase.${p.phase}`)}</legend>
                <p class="hint">
                  {state === 'ended' ? (
                    <>
                      {t('budgetpanel.calendar.endedOn')} <When value={p.endsAt} deadline />.{' '}
                      {t('budgetpanel.calendar.endedBody')}
                    </>
                  ) : state === 'current' ? (
                    <>
                      {t('budgetpanel.calendar.currentSince')} <When value={p.startsAt} start />.{' '}
                      {t('budgetpanel.calendar.currentBody')}
                    </>
                  ) : (
                    t('budgetpanel.calendar.upcomingBody')
                  )}
                </p>
                <div class="bo-two">
                  <Field
                    {...dateField(
                      p.phase,
                      'startsAt',
                      state === 'upcoming'
                        ? null
                        : t(
                            state === 'ended' ? 'budgetpanel.calendar.lockedEnded' : 'budgetpanel.calendar.lockedStart',
                          ),
                    )}
                  />
                  <Field
                    {...dateField(p.phase, 'endsAt', state === 'ended' ? t('budgetpanel.calendar.lockedEnded') : null)}
                  />
                </div>
              </fieldset>
            )
          })}
        </fieldset>
        <TextAreaField
          formId={formId}
          name="reason"
          label={labels.reason!}
          hint={t('budgetpanel.calendar.reasonHint')}
          value={reason}
          error={errors.fields.reason}
          onValue={setReason}
          rows={3}
          maxLength={2000}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budgetpanel.calendar.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
