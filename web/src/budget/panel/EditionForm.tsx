import { useRef, useState } from 'preact/hooks'
import {
  ErrorSummary,
  Field,
  SelectField,
  useFormId,
  noErrors,
  Checkbox,
  ErrorText,
  TextAreaField,
} from '../../core/ui'
import { useLang, useT, type Translate } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import type { Kind } from '../../core/lib/types'
import { instantOfWarsawLocal, warsawLocalInput } from '../../../../worker/core/time/polish-calendar'
import { maxSupporters, minimumBudget } from '../../../../worker/budget/domain/statute'
import type { ReceiptMode } from '../../../../worker/budget/views/results'
import {
  buildFiles,
  buildFormFields,
  fieldDrafts,
  filesDraft,
  FilesEditor,
  formFieldLabels,
  FormFieldsEditor,
  mapKeyErrors,
  type FieldDraft,
  type FilesDraft,
} from './FormFieldsEditor'
import { editionSaveErrors } from '../api'
import { formatMoney, formatNumber, parseZloty, zlotyInput } from '../money'
import {
  AREA_POOLS,
  BALLOT_FORMATS,
  PHASES,
  POOL_KINDS,
  REQUIRED_PHASES,
  TIE_POLICIES,
  WINNER_RULES,
  type Edition,
  type PhaseName,
} from '../types'
import { AddRowButton, boChoice } from '../ui'

interface PoolDraft {
  key: number
  code: string
  name: string
  kind: string
  areas: string
  amount: string
  minProjectCost: string
  maxProjectCost: string
  residents: string
  residentsSource: string
  requiredSupporters: string
}

interface Values {
  title: string
  year: string
  resolutionNumber: string
  resolutionDate: string
  resolutionPublication: string
  expendituresLastReport: string
  categories: string
  maxProjectsPerAuthor: string
  minAge: string
  supportOnline: boolean
  supportPaper: boolean
  ballotFormat: string
  ballotPoints: string
  ballotMin: string
  ballotMax: string
  areaPools: string
  winnerRule: string
  minVotes: string
  tiePolicy: string
  appealDays: string
  appealDayKind: string
  questionDays: string
  askPesel: boolean
  ballotsPerContact: string
  receipts: string
}

/** What a voter's receipt proves after publication (`rules.voting.receipts`; see docs/receipts.md). */
const RECEIPT_MODES = ['inclusion', 'inclusion-and-content'] as const satisfies readonly ReceiptMode[]

let poolKey = 0
function newPool(): PoolDraft {
  poolKey += 1
  return {
    key: poolKey,
    code: '',
    name: '',
    kind: 'jst',
    areas: '',
    amount: '',
    minProjectCost: '',
    maxProjectCost: '',
    residents: '',
    residentsSource: '',
    requiredSupporters: '',
  }
}

const lines = (text: string) =>
  text
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean)

/** A whole number typed by a person ("24 500"), or NaN; null when empty. */
function parseCount(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '')
  if (s === '') return null
  return /^\d+$/.test(s) ? Number(s) : Number.NaN
}

/** datetime-local value → ISO instant (Warsaw time), or null; an untouched saved value keeps its exact instant. */
export function isoOf(local: string, saved?: { local: string; iso: string }): string | null {
  if (!local) return null
  if (saved && saved.local === local) return saved.iso
  return instantOfWarsawLocal(local)?.toISOString() ?? null
}

/** ISO instant → the value of a datetime-local input, in Warsaw time (minutes), whatever the device's time zone. */
export function localOf(iso: string): string {
  return warsawLocalInput(iso)
}

type PhaseValues = Record<PhaseName, { startsAt: string; endsAt: string }>
/** The instants of a saved edition's calendar, by `phase.edge`, as shown in the inputs and as stored. */
export type SavedTimes = Record<string, { local: string; iso: string }>

const emptyPhases = () => Object.fromEntries(PHASES.map((p) => [p, { startsAt: '', endsAt: '' }])) as PhaseValues

function initialValues(e?: Edition): Values {
  if (!e) {
    return {
      title: '',
      year: String(new Date().getFullYear() + 1),
      resolutionNumber: '',
      resolutionDate: '',
      resolutionPublication: '',
      expendituresLastReport: '',
      categories: '',
      maxProjectsPerAuthor: '',
      minAge: '',
      supportOnline: true,
      supportPaper: true,
      ballotFormat: 'approval',
      ballotPoints: '3, 2, 1',
      ballotMin: '1',
      ballotMax: '',
      areaPools: 'any-one-area',
      winnerRule: 'greedy',
      minVotes: '0',
      tiePolicy: 'seeded-draw',
      appealDays: '7',
      appealDayKind: 'calendar',
      questionDays: '7',
      askPesel: false,
      ballotsPerContact: '1',
      receipts: 'inclusion',
    }
  }
  const r = e.rules
  const n = (x: number | null | undefined) => (x == null ? '' : String(x))
  return {
    title: e.title,
    year: String(e.year),
    resolutionNumber: e.resolution.number,
    resolutionDate: e.resolution.date,
    resolutionPublication: e.resolution.publication ?? '',
    expendituresLastReport: zlotyInput(e.expendituresLastReport),
    categories: r.submission.categories.join('\n'),
    maxProjectsPerAuthor: n(r.submission.maxProjectsPerAuthor),
    minAge: n(r.submission.minAge),
    supportOnline: r.support.online,
    supportPaper: r.support.paper,
    ballotFormat: r.ballot.format,
    ballotPoints: r.ballot.points.length ? r.ballot.points.join(', ') : '3, 2, 1',
    ballotMin: n(r.ballot.minProjects),
    ballotMax: n(r.ballot.maxProjects),
    areaPools: r.ballot.areaPools,
    winnerRule: r.winnerRule,
    minVotes: n(r.minVotes),
    tiePolicy: r.tiePolicy,
    appealDays: n(r.appeal.days),
    appealDayKind: r.appeal.dayKind,
    questionDays: n(r.questionDays),
    askPesel: r.askPesel,
    ballotsPerContact: n((r.voting?.ballotsPerContact as number | undefined) ?? 1),
    receipts: (r.voting?.receipts as string | undefined) ?? 'inclusion',
  }
}

function initialPools(e?: Edition): PoolDraft[] {
  if (!e) return [newPool()]
  return e.pools.map((p) => ({
    ...newPool(),
    code: p.code,
    name: p.name,
    kind: p.kind,
    areas: p.areas.join('\n'),
    amount: zlotyInput(p.amount),
    minProjectCost: zlotyInput(p.minProjectCost),
    maxProjectCost: zlotyInput(p.maxProjectCost),
    residents: String(p.residents),
    residentsSource: p.residentsSource,
    requiredSupporters: String(p.requiredSupporters),
  }))
}

/** The saved calendar of an edition (see `SavedTimes`); the calendar change form starts from it too. */
export function savedTimes(e?: Edition): SavedTimes {
  const out: SavedTimes = {}
  for (const p of e?.phases ?? []) {
    out[`${p.phase}.startsAt`] = { local: localOf(p.startsAt), iso: p.startsAt }
    out[`${p.phase}.endsAt`] = { local: localOf(p.endsAt), iso: p.endsAt }
  }
  return out
}

function initialPhases(saved: SavedTimes): PhaseValues {
  const out = emptyPhases()
  for (const p of PHASES)
    out[p] = { startsAt: saved[`${p}.startsAt`]?.local ?? '', endsAt: saved[`${p}.endsAt`]?.local ?? '' }
  return out
}

interface Extras {
  fields: FieldDraft[]
  files: FilesDraft
  saved: SavedTimes
  /** The edition being edited: rules the form does not show (the rest of `voting`) are sent back unchanged. */
  edition?: Edition
}

function build(values: Values, pools: PoolDraft[], phases: PhaseValues, extras: Extras, t: Translate) {
  const errors: Record<string, string> = {}
  const money = (field: string, text: string, required = true) => {
    const v = parseZloty(text)
    if (v == null) {
      if (required) errors[field] = t('budget.edition.form.moneyRequired')
      return null
    }
    if (Number.isNaN(v)) {
      errors[field] = t('budget.edition.form.moneyInvalid')
      return null
    }
    return v
  }
  const count = (field: string, text: string, required = true) => {
    const v = parseCount(text)
    if (v == null) {
      if (required) errors[field] = t('budget.edition.form.countRequired')
      return null
    }
    if (Number.isNaN(v)) {
      errors[field] = t('budget.edition.form.countInvalid')
      return null
    }
    return v
  }
  const year = count('year', values.year)
  const sentPhases = PHASES.filter((p) => phases[p].startsAt || phases[p].endsAt)
  for (const p of sentPhases) {
    if (!phases[p].startsAt) errors[`phases.${p}.startsAt`] = t('budget.edition.form.dateRequired')
    if (!phases[p].endsAt) errors[`phases.${p}.endsAt`] = t('budget.edition.form.dateRequired')
  }
  for (const p of REQUIRED_PHASES)
    if (!sentPhases.includes(p)) errors[`phases.${p}.startsAt`] = t('budget.edition.form.phaseRequired')
  const points = values.ballotPoints
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((s) => Number(s))
  if (values.ballotFormat === 'points' && points.some((n) => !Number.isInteger(n) || n < 1))
    errors['rules.ballot.points'] = t('budget.edition.form.pointsInvalid')
  const body = {
    year: extras.edition ? extras.edition.year : year,
    title: values.title.trim(),
    resolutionNumber: values.resolutionNumber.trim(),
    resolutionDate: values.resolutionDate,
    resolutionPublication: values.resolutionPublication.trim() || null,
    expendituresLastReport: money('expendituresLastReport', values.expendituresLastReport, false),
    rules: {
      voting: {
        ...extras.edition?.rules.voting,
        ballotsPerContact: count('rules.voting.ballotsPerContact', values.ballotsPerContact) ?? 1,
        receipts: values.receipts,
      },
      submission: {
        minAge: count('rules.submission.minAge', values.minAge, false),
        maxProjectsPerAuthor: count('rules.submission.maxProjectsPerAuthor', values.maxProjectsPerAuthor, false),
        formFields: buildFormFields(extras.fields, t, errors),
        categories: lines(values.categories),
        attachments: buildFiles(extras.files, t, errors),
      },
      support: { online: values.supportOnline, paper: values.supportPaper },
      ballot: {
        format: values.ballotFormat,
        points: values.ballotFormat === 'points' ? points : [],
        minProjects: count('rules.ballot.minProjects', values.ballotMin, false) ?? 0,
        maxProjects: count('rules.ballot.maxProjects', values.ballotMax, false),
        areaPools: values.areaPools,
      },
      winnerRule: values.winnerRule,
      minVotes: count('rules.minVotes', values.minVotes, false) ?? 0,
      tiePolicy: values.tiePolicy,
      askPesel: values.askPesel,
      appeal: { days: count('rules.appeal.days', values.appealDays), dayKind: values.appealDayKind },
      questionDays: count('rules.questionDays', values.questionDays) ?? 7,
    },
    pools: pools.map((p, i) => ({
      code: p.code.trim(),
      name: p.name.trim(),
      kind: p.kind,
      areas: p.kind === 'area' ? lines(p.areas) : [],
      amount: money(`pools.${i}.amount`, p.amount),
      minProjectCost: money(`pools.${i}.minProjectCost`, p.minProjectCost),
      maxProjectCost: money(`pools.${i}.maxProjectCost`, p.maxProjectCost),
      residents: count(`pools.${i}.residents`, p.residents),
      residentsSource: p.residentsSource.trim(),
      requiredSupporters: count(`pools.${i}.requiredSupporters`, p.requiredSupporters),
    })),
    phases: sentPhases.map((p) => ({
      phase: p,
      startsAt: isoOf(phases[p].startsAt, extras.saved[`${p}.startsAt`]),
      endsAt: isoOf(phases[p].endsAt, extras.saved[`${p}.endsAt`]),
    })),
  }
  return { body, errors, sentPhases }
}

/** API errors on `phases.{i}.…` (index in the sent array) → the form's `phases.{name}.…`. */
export function mapPhaseErrors(fields: Record<string, string>, sent: PhaseName[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, detail] of Object.entries(fields)) {
    const m = /^phases\.(\d+)\.(.+)$/.exec(field)
    const phase = m ? sent[Number(m[1])] : undefined
    const key = m && phase ? `phases.${phase}.${m[2] === 'phase' ? 'startsAt' : m[2]}` : field
    if (!out[key]) out[key] = detail
  }
  return out
}

/**
 * The erase date of voters' data has no field in this form (it comes with the loaded rules), so its refusal — it must
 * fall after the last day of voting — is shown at the end of voting, the date a person changes to meet it.
 */
export function eraseDateAtVoting(fields: Record<string, string>): Record<string, string> {
  const { 'rules.voting.identityEraseOn': detail, ...rest } = fields
  if (detail === undefined) return fields
  return { ...rest, 'phases.voting.endsAt': rest['phases.voting.endsAt'] ?? detail }
}

/**
 * Shown under the error summary after a save was refused because someone else changed the edition meanwhile (409):
 * loads the current edition into the form again. The person's unsaved changes are dropped — the message says so —
 * since merging them into settings they have not seen could undo the other person's change unnoticed.
 */
export function StaleEdition({ onReload }: { onReload: () => void }) {
  const t = useT()
  return (
    <p>
      <button type="button" class="button button-secondary" onClick={onReload}>
        {t('budgetpanel.edit.reload')}
      </button>
    </p>
  )
}

/**
 * The edition form: uchwała, pools, the phase calendar, the rules and the submission form. Without `edition` it
 * creates one ("Nowa edycja", POST); with it, it edits that edition (PUT, pre-filled; the year cannot change). The
 * statutory computations (0.1% of residents for supporters, 0.5% of expenditures in a miasto na prawach powiatu)
 * are shown as the numbers are typed, with the same functions the server refuses with; server errors appear next
 * to their fields. An edit sends the `version` it was loaded at: if another organiser saved meanwhile, the API
 * refuses it (409) and the form offers to load the current edition (`onStale`) instead of overwriting theirs.
 */
export function EditionForm({
  slug,
  tenantKind,
  edition,
  onSaved,
  onStale,
}: {
  slug: string
  tenantKind: Kind | null
  edition?: Edition
  onSaved: (edition: Edition) => void
  onStale?: () => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('edycja')
  const [values, setValues] = useState<Values>(() => initialValues(edition))
  const [pools, setPools] = useState<PoolDraft[]>(() => initialPools(edition))
  const [saved] = useState<SavedTimes>(() => savedTimes(edition))
  const [phases, setPhases] = useState<PhaseValues>(() => initialPhases(saved))
  const [fields, setFields] = useState<FieldDraft[]>(() => fieldDrafts(edition?.rules.submission.formFields ?? []))
  const [files, setFiles] = useState<FilesDraft>(() => filesDraft(edition?.rules.submission.attachments))
  const { errors, setErrors, version, busy, submit } = useSubmit()
  const [stale, setStale] = useState(false)
  const addRef = useRef<HTMLButtonElement>(null)
  const city = tenantKind === 'miasto-na-prawach-powiatu'

  const field = (name: keyof Values & string, key: string = name) => ({
    formId,
    name: key,
    value: values[name] as string,
    error: errors.fields[key],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })
  const poolField = (index: number, name: keyof PoolDraft & string) => ({
    formId,
    name: `pools.${index}.${name}`,
    value: pools[index]![name] as string,
    error: errors.fields[`pools.${index}.${name}`],
    onValue: (value: string) => setPools((prev) => prev.map((p, i) => (i === index ? { ...p, [name]: value } : p))),
  })
  const phaseField = (phase: PhaseName, edge: 'startsAt' | 'endsAt') => ({
    formId,
    name: `phases.${phase}.${edge}`,
    type: 'datetime-local',
    value: phases[phase][edge],
    error: errors.fields[`phases.${phase}.${edge}`],
    optional: !REQUIRED_PHASES.includes(phase),
    onValue: (value: string) => setPhases((prev) => ({ ...prev, [phase]: { ...prev[phase], [edge]: value } })),
  })

  const labels: Record<string, string> = {
    title: t('budget.edition.form.title'),
    year: t('budget.edition.form.year'),
    resolutionNumber: t('budget.edition.form.resolutionNumber'),
    resolutionDate: t('budget.edition.form.resolutionDate'),
    resolutionPublication: t('budget.edition.form.resolutionPublication'),
    expendituresLastReport: t('budget.edition.form.expenditures'),
    'rules.submission.categories': t('budget.edition.form.categories'),
    'rules.submission.maxProjectsPerAuthor': t('budget.edition.form.perAuthor'),
    'rules.submission.minAge': t('budget.edition.form.minAge'),
    'rules.ballot.points': t('budget.edition.form.points'),
    'rules.ballot.minProjects': t('budget.edition.form.ballotMin'),
    'rules.ballot.maxProjects': t('budget.edition.form.ballotMax'),
    'rules.minVotes': t('budget.edition.form.minVotes'),
    'rules.appeal.days': t('budget.edition.form.appealDays'),
    'rules.questionDays': t('budget.edition.form.questionDays'),
    'rules.voting.ballotsPerContact': t('budget.edition.form.ballotsPerContact'),
    'rules.voting.receipts': t('budget.edition.form.receipts'),
  }
  pools.forEach((_, i) => {
    const n = i + 1
    for (const key of [
      'code',
      'name',
      'areas',
      'amount',
      'minProjectCost',
      'maxProjectCost',
      'residents',
      'residentsSource',
      'requiredSupporters',
    ]) {
      labels[`pools.${i}.${key}`] = t('budget.edition.form.poolFieldLabel', {
        n,
        field: t(`budget.edition.form.pool.${key}`),
      })
    }
  })
  Object.assign(labels, formFieldLabels(fields.length, t))
  for (const p of PHASES) {
    labels[`phases.${p}.startsAt`] = t('budget.edition.form.phaseFieldLabel', {
      phase: t(`budget.phase.${p}`),
      edge: t('budget.edition.form.startsAt'),
    })
    labels[`phases.${p}.endsAt`] = t('budget.edition.form.phaseFieldLabel', {
      phase: t(`budget.phase.${p}`),
      edge: t('budget.edition.form.endsAt'),
    })
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const {
      body,
      errors: clientErrors,
      sentPhases,
    } = build(values, pools, phases, { fields, files, saved, edition }, t)
    await submit(
      t,
      () => clientErrors,
      async () =>
        onSaved(
          edition
            ? await api<Edition>(`/jst/${enc(slug)}/staff/bo/editions/${enc(String(edition.year))}`, {
                method: 'PUT',
                body: { ...body, version: edition.version },
              })
            : await api<Edition>(`/jst/${enc(slug)}/staff/bo/editions`, { method: 'POST', body }),
        ),
      editionSaveErrors(
        t,
        () => setStale(true),
        (fields) => mapKeyErrors(eraseDateAtVoting(mapPhaseErrors(fields, sentPhases))),
      ),
    )
  }

  const total = pools.reduce((sum, p) => {
    const v = parseZloty(p.amount)
    return v != null && !Number.isNaN(v) ? sum + v : sum
  }, 0)
  const expenditures = parseZloty(values.expendituresLastReport)

  return (
    <>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      {stale && onStale ? <StaleEdition onReload={onStale} /> : null}
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="bo-edition-form">
        <fieldset>
          <legend>{t('budget.edition.form.basics')}</legend>
          <Field {...field('title')} label={labels.title} hint={t('budget.edition.form.titleHint')} />
          <Field
            {...field('year')}
            label={labels.year}
            hint={edition ? t('budgetpanel.edit.yearLocked') : undefined}
            readOnly={!!edition}
            inputMode="numeric"
            class="bo-amount"
            autocomplete="off"
          />
          <Field
            {...field('resolutionNumber')}
            label={labels.resolutionNumber}
            hint={t('budget.edition.form.resolutionNumberHint')}
            autocomplete="off"
          />
          <Field {...field('resolutionDate')} type="date" label={labels.resolutionDate} class="bo-amount" />
          <Field
            {...field('resolutionPublication')}
            label={labels.resolutionPublication}
            hint={t('budget.edition.form.resolutionPublicationHint')}
            optional
          />
          <Field
            {...field('expendituresLastReport')}
            label={labels.expendituresLastReport}
            hint={city ? t('budget.edition.form.expendituresHintCity') : t('budget.edition.form.expendituresHint')}
            optional={!city}
            inputMode="decimal"
            autocomplete="off"
          />
          {city && expenditures != null && !Number.isNaN(expenditures) ? (
            <p class={total < minimumBudget(expenditures) ? 'bo-computation bo-warning' : 'bo-computation'}>
              {t('budget.edition.form.minimumComputation', {
                expenditures: formatMoney(expenditures, lang),
                minimum: formatMoney(minimumBudget(expenditures), lang),
                total: formatMoney(total, lang),
              })}
            </p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>{t('budget.edition.form.poolsLegend')}</legend>
          <p class="hint">{t('budget.edition.form.poolsHint')}</p>
          <ErrorText id={`${formId}-pools-error`} error={errors.fields.pools} />
          {pools.map((pool, i) => {
            const residents = parseCount(pool.residents)
            const cap = residents != null && !Number.isNaN(residents) ? maxSupporters(residents) : null
            return (
              <fieldset key={pool.key} class="bo-pool-fieldset">
                <legend class="bo-row-legend">{t('budget.edition.form.poolLegend', { n: i + 1 })}</legend>
                <div class="bo-two">
                  <Field
                    {...poolField(i, 'code')}
                    label={t('budget.edition.form.pool.code')}
                    hint={t('budget.edition.form.pool.codeHint')}
                    autocomplete="off"
                  />
                  <Field {...poolField(i, 'name')} label={t('budget.edition.form.pool.name')} autocomplete="off" />
                </div>
                <SelectField
                  {...poolField(i, 'kind')}
                  label={t('budget.edition.form.pool.kind')}
                  options={POOL_KINDS.map((k) => ({ value: k, label: t(`budget.poolKind.${k}`) }))}
                />
                {pool.kind === 'area' ? (
                  <TextAreaField
                    {...poolField(i, 'areas')}
                    label={t('budget.edition.form.pool.areas')}
                    hint={t('budget.edition.form.pool.areasHint')}
                    rows={3}
                  />
                ) : null}
                <div class="bo-three">
                  <Field
                    {...poolField(i, 'amount')}
                    label={t('budget.edition.form.pool.amount')}
                    hint={t('budget.edition.form.moneyHint')}
                    inputMode="decimal"
                    autocomplete="off"
                  />
                  <Field
                    {...poolField(i, 'minProjectCost')}
                    label={t('budget.edition.form.pool.minProjectCost')}
                    inputMode="decimal"
                    autocomplete="off"
                  />
                  <Field
                    {...poolField(i, 'maxProjectCost')}
                    label={t('budget.edition.form.pool.maxProjectCost')}
                    inputMode="decimal"
                    autocomplete="off"
                  />
                </div>
                <div class="bo-two">
                  <Field
                    {...poolField(i, 'residents')}
                    label={t('budget.edition.form.pool.residents')}
                    inputMode="numeric"
                    autocomplete="off"
                  />
                  <Field
                    {...poolField(i, 'requiredSupporters')}
                    label={t('budget.edition.form.pool.requiredSupporters')}
                    hint={
                      cap != null
                        ? t('budget.edition.form.pool.supportersCap', {
                            cap: formatNumber(cap, lang),
                            residents: formatNumber(residents!, lang),
                          })
                        : t('budget.edition.form.pool.supportersHint')
                    }
                    inputMode="numeric"
                    autocomplete="off"
                  />
                </div>
                <Field
                  {...poolField(i, 'residentsSource')}
                  label={t('budget.edition.form.pool.residentsSource')}
                  hint={t('budget.edition.form.pool.residentsSourceHint')}
                />
                {pools.length > 1 ? (
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    onClick={() => {
                      setPools((prev) => prev.filter((p) => p.key !== pool.key))
                      setErrors(noErrors)
                      requestAnimationFrame(() => addRef.current?.focus())
                    }}
                  >
                    {t('budget.edition.form.removePool', { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            )
          })}
          <AddRowButton
            buttonRef={addRef}
            focusId={`${formId}-pools.${pools.length}.code`}
            onAdd={() => setPools((prev) => [...prev, newPool()])}
          >
            {t('budget.edition.form.addPool')}
          </AddRowButton>
          <p>
            {t('budget.edition.form.poolsTotal')} <strong>{formatMoney(total, lang)}</strong>
          </p>
        </fieldset>

        <fieldset>
          <legend>{t('budget.edition.form.calendarLegend')}</legend>
          <p class="hint">{t('budget.edition.form.calendarHint')}</p>
          <ErrorText id={`${formId}-phases-error`} error={errors.fields.phases} />
          {PHASES.map((phase) => (
            <fieldset key={phase} class="bo-phase-fieldset">
              <legend class="bo-row-legend">
                {t(`budget.phase.${phase}`)}{' '}
                <span class="optional">
                  {REQUIRED_PHASES.includes(phase) ? t('budget.edition.form.phaseRequiredMark') : t('form.optional')}
                </span>
              </legend>
              <div class="bo-two">
                <Field
                  {...phaseField(phase, 'startsAt')}
                  label={t('budget.edition.form.startsAtOf', { phase: t(`budget.phase.${phase}`) })}
                />
                <Field
                  {...phaseField(phase, 'endsAt')}
                  label={t('budget.edition.form.endsAtOf', { phase: t(`budget.phase.${phase}`) })}
                />
              </div>
            </fieldset>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('budget.edition.form.rulesLegend')}</legend>
          <TextAreaField
            {...field('categories', 'rules.submission.categories')}
            label={labels['rules.submission.categories']!}
            hint={t('budget.edition.form.categoriesHint')}
            optional
            rows={3}
          />
          <div class="bo-two">
            <Field
              {...field('maxProjectsPerAuthor', 'rules.submission.maxProjectsPerAuthor')}
              label={labels['rules.submission.maxProjectsPerAuthor']!}
              hint={t('budget.edition.form.perAuthorHint')}
              optional
              inputMode="numeric"
              autocomplete="off"
            />
            <Field
              {...field('minAge', 'rules.submission.minAge')}
              label={labels['rules.submission.minAge']!}
              hint={t('budget.edition.form.minAgeHint')}
              optional
              inputMode="numeric"
              autocomplete="off"
            />
          </div>
          <fieldset class="bo-inner-fieldset">
            <legend class="bo-row-legend">{t('budget.edition.form.supportLegend')}</legend>
            <Checkbox
              look={boChoice}
              formId={formId}
              name="supportOnline"
              label={t('budget.edition.form.supportOnline')}
              checked={values.supportOnline}
              onChecked={(v) => setValues((p) => ({ ...p, supportOnline: v }))}
            />
            <Checkbox
              look={boChoice}
              formId={formId}
              name="supportPaper"
              label={t('budget.edition.form.supportPaper')}
              checked={values.supportPaper}
              onChecked={(v) => setValues((p) => ({ ...p, supportPaper: v }))}
            />
          </fieldset>
          <SelectField
            {...field('ballotFormat', 'rules.ballot.format')}
            label={t('budget.edition.form.ballotFormat')}
            options={BALLOT_FORMATS.map((f) => ({ value: f, label: t(`budget.ballot.${f}`) }))}
          />
          {values.ballotFormat === 'points' ? (
            <Field
              {...field('ballotPoints', 'rules.ballot.points')}
              label={labels['rules.ballot.points']!}
              hint={t('budget.edition.form.pointsHint')}
              autocomplete="off"
            />
          ) : null}
          <div class="bo-two">
            <Field
              {...field('ballotMin', 'rules.ballot.minProjects')}
              label={labels['rules.ballot.minProjects']!}
              inputMode="numeric"
              autocomplete="off"
            />
            <Field
              {...field('ballotMax', 'rules.ballot.maxProjects')}
              label={labels['rules.ballot.maxProjects']!}
              hint={t('budget.edition.form.ballotMaxHint')}
              optional
              inputMode="numeric"
              autocomplete="off"
            />
          </div>
          <SelectField
            {...field('areaPools', 'rules.ballot.areaPools')}
            label={t('budget.edition.form.areaPools')}
            options={AREA_POOLS.map((a) => ({ value: a, label: t(`budget.areaPools.${a}`) }))}
          />
          <SelectField
            {...field('winnerRule', 'rules.winnerRule')}
            label={t('budget.edition.form.winnerRule')}
            options={WINNER_RULES.map((r) => ({ value: r, label: t(`budget.winnerRule.${r}`) }))}
          />
          {values.winnerRule === 'greedy-threshold' ? (
            <Field
              {...field('minVotes', 'rules.minVotes')}
              label={labels['rules.minVotes']!}
              inputMode="numeric"
              autocomplete="off"
            />
          ) : null}
          <SelectField
            {...field('tiePolicy', 'rules.tiePolicy')}
            label={t('budget.edition.form.tiePolicy')}
            options={TIE_POLICIES.map((p) => ({ value: p, label: t(`budget.tiePolicy.${p}`) }))}
          />
          <div class="bo-two">
            <Field
              {...field('appealDays', 'rules.appeal.days')}
              label={labels['rules.appeal.days']!}
              hint={t('budget.edition.form.appealDaysHint')}
              inputMode="numeric"
              autocomplete="off"
            />
            <SelectField
              {...field('appealDayKind', 'rules.appeal.dayKind')}
              label={t('budget.edition.form.appealDayKind')}
              options={[
                { value: 'calendar', label: t('budget.edition.form.calendarDays') },
                { value: 'working', label: t('budget.edition.form.workingDays') },
              ]}
            />
          </div>
          <Field
            {...field('questionDays', 'rules.questionDays')}
            label={labels['rules.questionDays']!}
            hint={t('budget.edition.form.questionDaysHint')}
            inputMode="numeric"
            autocomplete="off"
          />
          <Field
            {...field('ballotsPerContact', 'rules.voting.ballotsPerContact')}
            label={labels['rules.voting.ballotsPerContact']!}
            hint={t('budget.edition.form.ballotsPerContactHint')}
            inputMode="numeric"
            autocomplete="off"
          />
          <SelectField
            {...field('receipts', 'rules.voting.receipts')}
            label={t('budget.edition.form.receipts')}
            hint={t(
              values.receipts === 'inclusion-and-content'
                ? 'budget.edition.form.receiptsContentHint'
                : 'budget.edition.form.receiptsInclusionHint',
            )}
            options={RECEIPT_MODES.map((m) => ({ value: m, label: t(`budget.receipts.${m}`) }))}
          />
          <div class="bo-legal-warning" id={`${formId}-pesel-warning`}>
            <p class="bo-legal-title">{t('budget.edition.form.peselWarningTitle')}</p>
            <p>{t('budget.edition.form.peselWarning')}</p>
          </div>
          <Checkbox
            look={boChoice}
            formId={formId}
            name="rules.askPesel"
            label={t('budget.edition.form.askPesel')}
            hint={values.askPesel ? t('budget.edition.form.askPeselOn') : t('budget.edition.form.askPeselOff')}
            checked={values.askPesel}
            onChecked={(v) => setValues((p) => ({ ...p, askPesel: v }))}
          />
        </fieldset>

        <fieldset>
          <legend>{t('budgetpanel.fields.legendAll')}</legend>
          <FormFieldsEditor
            formId={formId}
            fields={fields}
            onFields={setFields}
            errors={errors.fields}
            onChanged={() => setErrors(noErrors)}
          />
          <fieldset class="bo-inner-fieldset">
            <legend class="bo-row-legend">{t('budgetpanel.files.legend')}</legend>
            <FilesEditor formId={formId} files={files} onFiles={setFiles} errors={errors.fields} />
          </fieldset>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {edition ? t('budgetpanel.edit.submit') : t('budget.edition.form.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
