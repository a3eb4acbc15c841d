import { useT } from '../../core/i18n'
import type { ChoiceLook } from '../../core/ui'
import { DateTime } from '../../core/ui'
import type { Preset } from '../../../../worker/consultations/domain/presets'
import { labelOf } from '../ui'
import './panel.css'

/** How the panel's checkboxes and radios look (`Checkbox`, `RadioGroup` of core/ui): panel.css. */
export const ksChoice: ChoiceLook = {
  box: 'field ks-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field ks-choices',
  legend: 'ks-legend',
}

/** A consultation's status in the panel: a draft, or where a published one stands by its dates. */
export function StatusText({ state }: { state: string }) {
  const t = useT()
  return <span class={`ks-status ks-status-${state}`}>{labelOf(t, `consultations.panel.state.${state}`, state)}</span>
}

/** "8 stycznia 2027 – 21 stycznia 2027": two Warsaw days, both counted. */
export function DayRange({ start, end }: { start: string; end: string }) {
  return (
    <>
      <DateTime value={start} kind="date" />
      {' – '}
      <DateTime value={end} kind="date" />
    </>
  )
}

/**
 * A preset's rules in words, from the same data the server checks against (`presets` of domain/presets.ts): the
 * statute cited, the shortest length, the notice period, the compulsory forms, the results' deadline, the RDPP's
 * opinion and, for the programme of cooperation, the 30 November deadline — shown before anything is sent.
 */
export function PresetRules({ preset, id }: { preset: Preset; id?: string }) {
  const t = useT()
  const f = preset.forms
  return (
    <ul class="ks-rules" id={id}>
      <li>{t('consultations.panel.rules.basis', { rule: preset.rule })}</li>
      <li>
        {preset.minDays
          ? t('consultations.panel.rules.minDays', { days: preset.minDays })
          : t('consultations.panel.rules.noMinDays', { days: preset.defaultDays })}
      </li>
      {preset.noticeDays ? <li>{t('consultations.panel.rules.notice', { days: preset.noticeDays })}</li> : null}
      {f.writtenRequired || f.minActive > 0 ? (
        <li>
          {f.writtenRequired && f.minActive > 0
            ? t('consultations.panel.rules.writtenAndActive', { count: f.minActive })
            : f.writtenRequired
              ? t('consultations.panel.rules.written')
              : t('consultations.panel.rules.active', { count: f.minActive })}
        </li>
      ) : null}
      <li>{t('consultations.panel.rules.report', { days: preset.reportDays })}</li>
      {preset.key === 'program_wspolpracy' ? <li>{t('consultations.panel.rules.programme')}</li> : null}
      {preset.rdppOpinionDays ? <li>{t('consultations.panel.rules.rdpp', { days: preset.rdppOpinionDays })}</li> : null}
      <li>
        {t('consultations.panel.rules.audience', {
          audience: labelOf(t, `consultations.audience.${preset.audience}`, preset.audience),
        })}
      </li>
    </ul>
  )
}
