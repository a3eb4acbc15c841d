import { useState } from 'preact/hooks'
import type { AgeDay, Constituency, FillMethod } from '../../../../worker/councils/domain/statute'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import {
  Checkbox,
  ErrorSummary,
  ErrorText,
  Field,
  RadioGroup,
  SelectField,
  useFormId,
  type FormErrors,
} from '../../core/ui'
import { rdApi } from '../paths'
import { rdChoice } from './PanelBodies'
import type { Majority, Representation, StaffBodyDetail, Statute } from './types'
import { FILLS, REPRESENTATIONS } from './words'

/*
 * The statute editor of a body's panel page. Its fields are named by the paths the server's refusals use
 * (`statute.seats.2.seats`, `statute.age`), so each refusal — the law's rule included, "art. 41f upp" — lands next to
 * its field and in the error summary without a mapping table. Numbers are edited as text and sent as numbers (an
 * empty required one is sent as null and refused by field).
 */

interface SeatDraft {
  key: string
  name: string
  seats: string
  represents: Representation
  fill: FillMethod
  constituencies: string[]
  onePerOrganisation: boolean
}

interface Draft {
  actNumber: string
  actDate: string
  validFrom: string
  termYears: string
  seats: SeatDraft[]
  constituencies: Constituency[]
  minAge: string
  maxAge: string
  ageOn: AgeDay
  guardian: string
  support: boolean
  signatures: string
  onePerSupporter: boolean
  supporterMinAge: string
  residenceRequired: boolean
  quorumNumerator: string
  quorumDenominator: string
  quorumBase: 'sklad' | 'w_kadencji'
  majority: Majority['kind']
  majorityBase: 'oddane' | 'obecni' | 'sklad'
  majorityNumerator: string
  majorityDenominator: string
  chairDecidesTie: boolean
  absences: string
  opinionDays: string
  applies: 'od_razu' | 'od_nastepnej_kadencji'
}

const str = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim()))

function draftOf(s: Statute): Draft {
  const m = s.majority
  return {
    actNumber: s.act.number,
    actDate: s.act.date,
    validFrom: s.validFrom,
    termYears: str(s.termYears),
    seats: s.seats.map((c) => ({ ...c, seats: str(c.seats) })),
    constituencies: s.constituencies,
    minAge: str(s.age?.minAge),
    maxAge: str(s.age?.maxAge),
    ageOn: s.age?.on ?? 'dzien_wyborow',
    guardian: str(s.guardianConsentUnder),
    support: s.support !== null,
    signatures: str(s.support?.signatures),
    onePerSupporter: s.support?.onePerSupporter ?? false,
    supporterMinAge: str(s.support?.supporterMinAge),
    residenceRequired: s.residenceRequired,
    quorumNumerator: str(s.quorum.numerator),
    quorumDenominator: str(s.quorum.denominator),
    quorumBase: s.quorum.base,
    majority: m.kind,
    majorityBase: m.kind === 'zwykla' ? 'oddane' : m.base,
    majorityNumerator: m.kind === 'kwalifikowana' ? str(m.numerator) : '2',
    majorityDenominator: m.kind === 'kwalifikowana' ? str(m.denominator) : '3',
    chairDecidesTie: s.chairDecidesTie,
    absences: str(s.absences?.consecutiveUnexcused),
    opinionDays: str(s.opinionDays),
    applies: 'od_razu',
  }
}

function statuteOf(d: Draft): Statute {
  const minAge = num(d.minAge)
  const maxAge = num(d.maxAge)
  const absences = num(d.absences)
  const majority: Majority =
    d.majority === 'zwykla'
      ? { kind: 'zwykla' }
      : d.majority === 'bezwzgledna'
        ? { kind: 'bezwzgledna', base: d.majorityBase }
        : {
            kind: 'kwalifikowana',
            base: d.majorityBase,
            numerator: num(d.majorityNumerator) as number,
            denominator: num(d.majorityDenominator) as number,
          }
  return {
    act: { number: d.actNumber, date: d.actDate },
    validFrom: d.validFrom,
    termYears: num(d.termYears) as number,
    seats: d.seats.map((c) => ({ ...c, seats: num(c.seats) as number })),
    constituencies: d.constituencies,
    age: minAge === null && maxAge === null ? null : { minAge, maxAge, on: d.ageOn },
    support: d.support
      ? {
          signatures: num(d.signatures) as number,
          onePerSupporter: d.onePerSupporter,
          supporterMinAge: num(d.supporterMinAge),
        }
      : null,
    guardianConsentUnder: num(d.guardian),
    residenceRequired: d.residenceRequired,
    quorum: {
      numerator: num(d.quorumNumerator) as number,
      denominator: num(d.quorumDenominator) as number,
      base: d.quorumBase,
    },
    majority,
    chairDecidesTie: d.chairDecidesTie,
    absences: absences === null ? null : { consecutiveUnexcused: absences },
    opinionDays: num(d.opinionDays),
  }
}

/** The editor: from the latest version (or the law's template), sent as a new version. */
export function StatuteEditor({
  slug,
  detail,
  onDone,
}: {
  slug: string
  detail: StaffBodyDetail
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('rd-statute')
  const latest = detail.statutes[detail.statutes.length - 1]
  const [draft, setDraft] = useState<Draft>(() => draftOf(latest?.statute ?? detail.template))
  const [counter, setCounter] = useState(draft.seats.length)
  const form = useSubmit()
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((prev) => ({ ...prev, [key]: value }))
  const setSeat = (index: number, change: Partial<SeatDraft>) =>
    setDraft((prev) => ({ ...prev, seats: prev.seats.map((s, i) => (i === index ? { ...s, ...change } : s)) }))

  const labels: Record<string, string> = {
    'statute.act.number': t('councils.bodies.editor.actNumber'),
    'statute.act.date': t('councils.bodies.editor.actDate'),
    'statute.validFrom': t('councils.bodies.editor.validFrom'),
    'statute.termYears': t('councils.bodies.editor.termYears'),
    'statute.seats': t('councils.bodies.editor.seats'),
    'statute.age': t('councils.bodies.editor.age'),
    'statute.age.minAge': t('councils.bodies.editor.minAge'),
    'statute.age.maxAge': t('councils.bodies.editor.maxAge'),
    'statute.guardianConsentUnder': t('councils.bodies.editor.guardian'),
    'statute.support.signatures': t('councils.bodies.editor.signatures'),
    'statute.support.supporterMinAge': t('councils.bodies.editor.supporterMinAge'),
    'statute.quorum': t('councils.bodies.editor.quorum'),
    'statute.quorum.numerator': t('councils.bodies.editor.quorumNumerator'),
    'statute.quorum.denominator': t('councils.bodies.editor.quorumDenominator'),
    'statute.majority.numerator': t('councils.bodies.editor.majorityNumerator'),
    'statute.majority.denominator': t('councils.bodies.editor.majorityDenominator'),
    'statute.majority': t('councils.bodies.editor.majority'),
    'statute.absences': t('councils.bodies.editor.absences'),
    'statute.opinionDays': t('councils.bodies.editor.opinionDays'),
  }
  draft.seats.forEach((_, i) => {
    const n = i + 1
    labels[`statute.seats.${i}.name`] = t('councils.bodies.editor.seatName', { n })
    labels[`statute.seats.${i}.seats`] = t('councils.bodies.editor.seatCount', { n })
    labels[`statute.seats.${i}.represents`] = t('councils.bodies.editor.seatRepresents', { n })
    labels[`statute.seats.${i}.fill`] = t('councils.bodies.editor.seatFill', { n })
  })
  const err = (field: string) => form.errors.fields[field]
  const text = (field: string, value: string, onValue: (v: string) => void, extra: Record<string, unknown> = {}) => (
    <Field
      formId={formId}
      name={field}
      label={labels[field]!}
      value={value}
      onValue={onValue}
      error={err(field)}
      {...extra}
    />
  )
  const number = (field: string, value: string, onValue: (v: string) => void, optional = false, hint?: string) =>
    text(field, value, onValue, { type: 'number', inputMode: 'numeric', min: 0, optional, hint })

  const send = () =>
    form.submit(
      t,
      () => ({}),
      async () => {
        const added = await api<{ version: number }>(rdApi.staffStatutes(slug, detail.body.slug), {
          method: 'POST',
          body: { statute: statuteOf(draft), applies: draft.applies },
        })
        onDone(t('councils.bodies.editor.saved', { version: added.version }))
      },
    )

  return (
    <section class="rd-section rd-editor" aria-labelledby="rd-editor-heading">
      <h2 id="rd-editor-heading">{t('councils.bodies.editor.heading')}</h2>
      <p>
        {t(latest ? 'councils.bodies.editor.introLatest' : 'councils.bodies.editor.introTemplate', {
          version: latest?.version ?? 0,
        })}
      </p>
      <p>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            const next = draftOf(detail.template)
            setDraft(next)
            setCounter(next.seats.length)
            form.setErrors({ general: null, fields: {} } as FormErrors)
          }}
        >
          {t('councils.bodies.editor.loadTemplate')}
        </button>
      </p>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!form.busy) void send()
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <fieldset class="field">
          <legend>{t('councils.bodies.editor.act')}</legend>
          {text('statute.act.number', draft.actNumber, (v) => set('actNumber', v), {
            hint: t('councils.bodies.editor.actNumberHint'),
            autocomplete: 'off',
          })}
          {text('statute.act.date', draft.actDate, (v) => set('actDate', v), { type: 'date' })}
          {text('statute.validFrom', draft.validFrom, (v) => set('validFrom', v), { type: 'date' })}
          {number('statute.termYears', draft.termYears, (v) => set('termYears', v))}
        </fieldset>

        <fieldset class="field" aria-describedby={err('statute.seats') ? `${formId}-statute.seats-error` : undefined}>
          <legend>{labels['statute.seats']}</legend>
          <div id={`${formId}-statute.seats`} tabIndex={-1} class="rd-group-error">
            <ErrorText id={`${formId}-statute.seats-error`} error={err('statute.seats')} />
          </div>
          {draft.seats.map((seat, i) => (
            <div
              class="rd-seat-row"
              key={seat.key}
              role="group"
              aria-label={t('councils.bodies.editor.seatGroup', { n: i + 1 })}
            >
              <div class="rd-grid">
                {text(`statute.seats.${i}.name`, seat.name, (v) => setSeat(i, { name: v }), { autocomplete: 'off' })}
                {number(`statute.seats.${i}.seats`, seat.seats, (v) => setSeat(i, { seats: v }))}
                <SelectField
                  formId={formId}
                  name={`statute.seats.${i}.represents`}
                  label={labels[`statute.seats.${i}.represents`]!}
                  value={seat.represents}
                  error={err(`statute.seats.${i}.represents`)}
                  onValue={(v) => setSeat(i, { represents: v as Representation })}
                  options={REPRESENTATIONS.map((r) => ({ value: r, label: t(`councils.bodies.represents.${r}`) }))}
                />
                <SelectField
                  formId={formId}
                  name={`statute.seats.${i}.fill`}
                  label={labels[`statute.seats.${i}.fill`]!}
                  value={seat.fill}
                  error={err(`statute.seats.${i}.fill`)}
                  onValue={(v) =>
                    setSeat(i, { fill: v as FillMethod, constituencies: v === 'wybory' ? seat.constituencies : [] })
                  }
                  options={FILLS.map((f) => ({ value: f, label: t(`councils.bodies.fill.${f}`) }))}
                />
              </div>
              <button
                type="button"
                class="button button-secondary button-small"
                onClick={() => setDraft((prev) => ({ ...prev, seats: prev.seats.filter((_, j) => j !== i) }))}
              >
                {t('councils.bodies.editor.removeSeat', { name: seat.name || String(i + 1) })}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setCounter((n) => n + 1)
              setDraft((prev) => ({
                ...prev,
                seats: [
                  ...prev.seats,
                  {
                    key: `kategoria-${counter + 1}`,
                    name: '',
                    seats: '1',
                    represents: 'inni',
                    fill: 'powolanie',
                    constituencies: [],
                    onePerOrganisation: false,
                  },
                ],
              }))
            }}
          >
            {t('councils.bodies.editor.addSeat')}
          </button>
        </fieldset>

        <fieldset class="field">
          <legend>{labels['statute.age']}</legend>
          <div id={`${formId}-statute.age`} tabIndex={-1} class="rd-group-error">
            <ErrorText id={`${formId}-statute.age-error`} error={err('statute.age')} />
          </div>
          <p class="hint">{t('councils.bodies.editor.ageHint')}</p>
          <div class="rd-grid">
            {number('statute.age.minAge', draft.minAge, (v) => set('minAge', v), true)}
            {number('statute.age.maxAge', draft.maxAge, (v) => set('maxAge', v), true)}
            <SelectField
              formId={formId}
              name="statute.age.on"
              label={t('councils.bodies.editor.ageOn')}
              value={draft.ageOn}
              onValue={(v) => set('ageOn', v as AgeDay)}
              options={(['dzien_wyborow', 'poczatek_kadencji', 'termin_zgloszen'] as const).map((o) => ({
                value: o,
                label: t(`councils.bodies.editor.ageOn.${o}`),
              }))}
            />
          </div>
          {number(
            'statute.guardianConsentUnder',
            draft.guardian,
            (v) => set('guardian', v),
            true,
            t('councils.bodies.editor.guardianHint'),
          )}
          <Checkbox
            formId={formId}
            name="statute.residenceRequired"
            label={t('councils.bodies.editor.residence')}
            checked={draft.residenceRequired}
            onChecked={(v) => set('residenceRequired', v)}
            look={rdChoice}
          />
        </fieldset>

        <fieldset class="field">
          <legend>{t('councils.bodies.editor.support')}</legend>
          <Checkbox
            formId={formId}
            name="statute.support"
            label={t('councils.bodies.editor.supportOn')}
            checked={draft.support}
            onChecked={(v) => set('support', v)}
            look={rdChoice}
          />
          {draft.support ? (
            <>
              {number('statute.support.signatures', draft.signatures, (v) => set('signatures', v))}
              <Checkbox
                formId={formId}
                name="statute.support.onePerSupporter"
                label={t('councils.bodies.editor.onePerSupporter')}
                checked={draft.onePerSupporter}
                onChecked={(v) => set('onePerSupporter', v)}
                look={rdChoice}
              />
              {number('statute.support.supporterMinAge', draft.supporterMinAge, (v) => set('supporterMinAge', v), true)}
            </>
          ) : null}
        </fieldset>

        <fieldset class="field">
          <legend>{t('councils.bodies.editor.voting')}</legend>
          <div id={`${formId}-statute.quorum`} tabIndex={-1} class="rd-group-error">
            <ErrorText id={`${formId}-statute.quorum-error`} error={err('statute.quorum')} />
          </div>
          <div class="rd-grid">
            {number('statute.quorum.numerator', draft.quorumNumerator, (v) => set('quorumNumerator', v), false)}
            {number('statute.quorum.denominator', draft.quorumDenominator, (v) => set('quorumDenominator', v), false)}
            <SelectField
              formId={formId}
              name="statute.quorum.base"
              label={t('councils.bodies.editor.quorumBase')}
              value={draft.quorumBase}
              onValue={(v) => set('quorumBase', v as Draft['quorumBase'])}
              options={(['sklad', 'w_kadencji'] as const).map((b) => ({
                value: b,
                label: t(`councils.bodies.editor.quorumBase.${b}`),
              }))}
            />
          </div>
          <SelectField
            formId={formId}
            name="statute.majority"
            label={labels['statute.majority']!}
            value={draft.majority}
            error={err('statute.majority')}
            onValue={(v) => set('majority', v as Draft['majority'])}
            options={(['zwykla', 'bezwzgledna', 'kwalifikowana'] as const).map((k) => ({
              value: k,
              label: t(`councils.bodies.editor.majority.${k}`),
            }))}
          />
          {draft.majority !== 'zwykla' ? (
            <div class="rd-grid">
              <SelectField
                formId={formId}
                name="statute.majority.base"
                label={t('councils.bodies.editor.majorityBase')}
                value={draft.majorityBase}
                onValue={(v) => set('majorityBase', v as Draft['majorityBase'])}
                options={(['oddane', 'obecni', 'sklad'] as const).map((b) => ({
                  value: b,
                  label: t(`councils.bodies.editor.majorityBase.${b}`),
                }))}
              />
              {draft.majority === 'kwalifikowana' ? (
                <>
                  {number('statute.majority.numerator', draft.majorityNumerator, (v) => set('majorityNumerator', v))}
                  {number('statute.majority.denominator', draft.majorityDenominator, (v) =>
                    set('majorityDenominator', v),
                  )}
                </>
              ) : null}
            </div>
          ) : null}
          <Checkbox
            formId={formId}
            name="statute.chairDecidesTie"
            label={t('councils.bodies.editor.chairDecidesTie')}
            checked={draft.chairDecidesTie}
            onChecked={(v) => set('chairDecidesTie', v)}
            look={rdChoice}
          />
          {number(
            'statute.absences',
            draft.absences,
            (v) => set('absences', v),
            true,
            t('councils.bodies.editor.absencesHint'),
          )}
          {number(
            'statute.opinionDays',
            draft.opinionDays,
            (v) => set('opinionDays', v),
            true,
            t('councils.bodies.editor.opinionDaysHint'),
          )}
        </fieldset>

        <RadioGroup
          formId={formId}
          name="applies"
          legend={t('councils.bodies.editor.applies')}
          value={draft.applies}
          onValue={(v) => set('applies', v as Draft['applies'])}
          options={(['od_razu', 'od_nastepnej_kadencji'] as const).map((a) => ({
            value: a,
            label: t(`councils.bodies.editor.applies.${a}`),
          }))}
          look={rdChoice}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.bodies.editor.submit')}
        </button>
      </form>
    </section>
  )
}
