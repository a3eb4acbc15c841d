import '../i18n/pages'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { Field, PageHeading, SelectField, useFormId } from '../../core/ui'
import { localeOf, useLang, useT, type Translate } from '../../core/i18n'
import type { FileInfo, RecountRequest, RecountResponse } from './worker'
import type { OutcomeJSON, ProjectJSON } from '../../../../worker/budget/tally/explain'
import { RULE_NAMES, TIE_POLICIES } from '../../../../worker/budget/tally/types'
import './recount.css'

/**
 * The open recount page (`/przeliczenie`): anyone picks a Pabulib `.pb` file and sees the winners, the spending and
 * why each project was or was not funded. The computation runs in a Web Worker with the same library as the CLI
 * (`worker/budget/tally`), so a 100,000-ballot file does not freeze the page and never leaves the browser.
 *
 * Accessibility: one labelled control per choice, errors in text next to the field and in an alert, phase changes
 * announced in a polite live region (the fine-grained progress is a labelled `<progress>`, not announced at every
 * step), results in a table with a caption and header cells.
 */

type Phase = 'idle' | 'read' | 'compute' | 'add1' | 'comparison' | 'done' | 'cancelled' | 'failed'

interface Progress {
  fraction?: number
  step?: number
  perVoterBudget?: number
  currency?: string
}

type RecountError =
  | { kind: 'file'; fileName: string; line: number; pl: string; en: string }
  | { kind: 'rule'; rule: string }
  | { kind: 'other'; message: string }
  | { kind: 'worker' }

interface Result {
  outcome: OutcomeJSON
  info: FileInfo
}

export function Recount() {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('recount')
  const fileId = `${formId}-file`
  const progressId = `${formId}-progress`
  const [file, setFile] = useState<File | null>(null)
  const [rule, setRule] = useState('')
  const [ties, setTies] = useState('')
  const [seed, setSeed] = useState('')
  const [fieldErrors, setFieldErrors] = useState<{ file?: string; seed?: string }>({})
  const [phase, setPhase] = useState<Phase>('idle')
  const [progress, setProgress] = useState<Progress>({})
  const [error, setError] = useState<RecountError | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const worker = useRef<Worker | null>(null)
  const requestId = useRef(0)

  useEffect(() => () => worker.current?.terminate(), [])

  const running = phase === 'read' || phase === 'compute' || phase === 'add1' || phase === 'comparison'

  function onMessage(event: MessageEvent<RecountResponse>) {
    const msg = event.data
    if (msg.id !== requestId.current) return
    if (msg.type === 'progress') {
      setPhase(msg.phase)
      setProgress({
        fraction: msg.fraction,
        step: msg.step,
        perVoterBudget: msg.perVoterBudget,
        currency: msg.currency,
      })
    } else if (msg.type === 'result') {
      setResult({ outcome: msg.outcome, info: msg.info })
      setPhase('done')
    } else {
      setError(msg.kind === 'file' ? msg : msg.kind === 'rule' ? msg : { kind: 'other', message: msg.message })
      setPhase('failed')
    }
  }

  function getWorker(): Worker | null {
    if (worker.current) return worker.current
    try {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
      w.onmessage = onMessage
      w.onerror = () => {
        setError({ kind: 'worker' })
        setPhase('failed')
        w.terminate()
        if (worker.current === w) worker.current = null
      }
      worker.current = w
      return w
    } catch {
      return null
    }
  }

  function submit(event: Event) {
    event.preventDefault()
    const errors: { file?: string; seed?: string } = {}
    if (!file) errors.file = t('recount.file.none')
    if (ties === 'seeded-draw' && seed.trim() === '') errors.seed = t('recount.seed.missing')
    setFieldErrors(errors)
    if (errors.file || errors.seed || !file) {
      document.getElementById(errors.file ? fileId : `${formId}-seed`)?.focus()
      return
    }
    const w = getWorker()
    if (!w) {
      setError({ kind: 'worker' })
      setPhase('failed')
      return
    }
    requestId.current++
    setError(null)
    setResult(null)
    setProgress({ fraction: 0 })
    setPhase('read')
    const request: RecountRequest = { type: 'run', id: requestId.current, file, rule, ties, seed: seed.trim() }
    w.postMessage(request)
  }

  function cancel() {
    worker.current?.terminate()
    worker.current = null
    requestId.current++
    setPhase('cancelled')
  }

  const money = useMemo(() => moneyFormatter(lang, result?.outcome.currency ?? 'PLN'), [lang, result?.outcome.currency])
  const number = useMemo(() => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }), [lang])

  const status = statusText(phase, result, t)
  const detail = progressText(phase, progress, t, lang)

  return (
    <>
      <PageHeading title={t('recount.title')}>{t('recount.heading')}</PageHeading>
      <p class="lead">{t('recount.intro')}</p>

      <form id={formId} class="recount-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('recount.form.legend')}</legend>
          <div class={fieldErrors.file ? 'field field-invalid' : 'field'}>
            <label for={fileId}>{t('recount.file.label')}</label>
            <p class="hint" id={`${fileId}-hint`}>
              {t('recount.file.hint')}
            </p>
            {fieldErrors.file ? (
              <p class="field-error" id={`${fileId}-error`}>
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {fieldErrors.file}
              </p>
            ) : null}
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".pb,text/plain,text/csv"
              class="recount-file"
              aria-describedby={[`${fileId}-hint`, fieldErrors.file ? `${fileId}-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={fieldErrors.file ? 'true' : undefined}
              onChange={(event) => {
                const f = (event.currentTarget as HTMLInputElement).files?.[0] ?? null
                setFile(f)
                if (f) setFieldErrors((e) => ({ ...e, file: undefined }))
              }}
            />
          </div>
          <SelectField
            formId={formId}
            name="rule"
            label={t('recount.rule.label')}
            hint={t('recount.rule.hint')}
            value={rule}
            onValue={setRule}
            options={[
              {
                value: '',
                label: result?.info.metaRule
                  ? `${t('recount.rule.meta')} (${result.info.metaRule})`
                  : t('recount.rule.meta'),
              },
              ...RULE_NAMES.map((r) => ({ value: r, label: t(`recount.rule.${r}`) })),
            ]}
          />
          <SelectField
            formId={formId}
            name="ties"
            label={t('recount.ties.label')}
            hint={t('recount.ties.hint')}
            value={ties}
            onValue={setTies}
            options={[
              { value: '', label: t('recount.ties.default') },
              ...TIE_POLICIES.map((p) => ({ value: p, label: t(`recount.ties.${p}`) })),
            ]}
          />
          {ties === 'seeded-draw' ? (
            <Field
              formId={formId}
              name="seed"
              label={t('recount.seed.label')}
              hint={t('recount.seed.hint')}
              error={fieldErrors.seed}
              value={seed}
              onValue={setSeed}
              autoComplete="off"
            />
          ) : null}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={running}>
            {t('recount.submit')}
          </button>
          {running ? (
            <button type="button" class="button button-secondary" onClick={cancel}>
              {t('recount.cancel')}
            </button>
          ) : null}
        </div>
      </form>

      <div class="recount-status" role="status" aria-live="polite">
        <p>{status}</p>
      </div>
      {running ? (
        <div class="recount-progress">
          <label for={progressId}>{t('recount.progress.label')}</label>
          {/* Without a value the bar is indeterminate (the number of Add1 steps is not known in advance). */}
          <progress
            id={progressId}
            max={1}
            value={phase === 'read' ? (progress.fraction ?? 0) : undefined}
            aria-describedby={`${progressId}-text`}
          >
            {detail}
          </progress>
          <p class="recount-progress-text muted" id={`${progressId}-text`}>
            {detail}
          </p>
        </div>
      ) : null}

      {error ? <ErrorBox error={error} t={t} lang={lang} /> : null}

      {result ? <Results result={result} t={t} money={money} number={number} /> : null}

      <section class="recount-about" aria-labelledby={`${formId}-about`}>
        <h2 id={`${formId}-about`}>{t('recount.about.heading')}</h2>
        <ul>
          <li>{t('recount.about.greedy')}</li>
          <li>{t('recount.about.mes')}</li>
          <li>{t('recount.about.exact')}</li>
        </ul>
      </section>
    </>
  )
}

function statusText(phase: Phase, result: Result | null, t: Translate): string {
  switch (phase) {
    case 'idle':
      return t('recount.status.idle')
    case 'read':
      return t('recount.status.readingStart')
    case 'compute':
    case 'add1':
      return t('recount.status.computing')
    case 'comparison':
      return t('recount.status.comparison')
    case 'done':
      return t('recount.status.done', { count: result?.outcome.selected.length ?? 0 })
    case 'cancelled':
      return t('recount.status.cancelled')
    case 'failed':
      return t('recount.status.failed')
  }
}

function progressText(phase: Phase, p: Progress, t: Translate, lang: 'pl' | 'en'): string {
  if (phase === 'read') return t('recount.status.reading', { percent: Math.round((p.fraction ?? 0) * 100) })
  if (phase === 'add1' && p.step !== undefined) {
    const budget = moneyFormatter(lang, p.currency ?? 'PLN')(p.perVoterBudget ?? 0)
    return t('recount.status.add1', { step: p.step, budget })
  }
  if (phase === 'comparison') return t('recount.status.comparison')
  return t('recount.status.computing')
}

function moneyFormatter(lang: 'pl' | 'en', currency: string): (x: number) => string {
  try {
    const f = new Intl.NumberFormat(localeOf(lang), {
      style: 'currency',
      currency,
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    })
    return (x) => f.format(x)
  } catch {
    const f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 })
    return (x) => `${f.format(x)} ${currency}`
  }
}

function ErrorBox({ error, t, lang }: { error: RecountError; t: Translate; lang: 'pl' | 'en' }) {
  let message: string
  if (error.kind === 'file')
    message = t('recount.error.file', { file: error.fileName, message: lang === 'pl' ? error.pl : error.en })
  else if (error.kind === 'rule')
    message = error.rule ? t('recount.error.rule', { rule: error.rule }) : t('recount.error.noRule')
  else if (error.kind === 'worker') message = t('recount.error.worker')
  else message = t('recount.error.other', { message: error.message })
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{t('recount.error.title')}</p>
      <p>{message}</p>
    </div>
  )
}

function explain(
  p: ProjectJSON,
  o: OutcomeJSON,
  t: Translate,
  money: (x: number) => string,
  number: Intl.NumberFormat,
): string {
  switch (p.reason) {
    case 'funded':
      if (p.payment !== undefined) {
        if (p.cost === 0) return t('recount.explain.fundedFree', { order: p.order ?? '' })
        const count = p.supportersPaidAll ?? 0
        return count > 0
          ? t('recount.explain.fundedMesPoor', {
              order: p.order ?? '',
              payment: money(p.payment),
              count: number.format(count),
            })
          : t('recount.explain.fundedMes', { order: p.order ?? '', payment: money(p.payment) })
      }
      return t('recount.explain.fundedGreedy', {
        order: p.order ?? '',
        left: money(p.moneyLeftBefore ?? 0),
        cost: money(p.cost),
      })
    case 'below-threshold':
      return t('recount.explain.belowThreshold', {
        score: number.format(p.score),
        threshold: number.format(o.threshold ?? 0),
      })
    case 'does-not-fit':
      return t('recount.explain.doesNotFit', { cost: money(p.cost), left: money(p.moneyLeftBefore ?? 0) })
    case 'stopped-no-skip':
      return t('recount.explain.stoppedNoSkip')
    case 'excluded-by-group':
      return t('recount.explain.excludedByGroup', { by: p.excludedBy ?? '' })
    case 'not-affordable-by-supporters':
      return t('recount.explain.notAffordable', { money: money(p.supportersMoney ?? 0), cost: money(p.cost) })
    case 'no-support':
      return t('recount.explain.noSupport')
    case 'withdrawn':
      return t('recount.explain.withdrawn')
  }
}

function Results({
  result,
  t,
  money,
  number,
}: {
  result: Result
  t: Translate
  money: (x: number) => string
  number: Intl.NumberFormat
}) {
  const { outcome: o, info } = result
  const headingId = useFormId('recount-result')
  const captionId = `${headingId}-caption`
  const points = info.voteType === 'cumulative' || info.voteType === 'scoring'
  const rows = o.projects.slice().sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || b.score - a.score)
  const mismatches = o.projects.filter(
    (p) =>
      (p.publishedVotes !== undefined && p.publishedVotes !== p.votes) ||
      (p.publishedScore !== undefined && p.publishedScore !== p.score),
  )
  const otherWarnings = o.warnings.filter((w) => !/^(votes|score)-mismatch/.test(w))
  return (
    <section class="recount-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recount.result.heading')}</h2>
      <dl class="facts">
        <dt>{t('recount.result.file')}</dt>
        <dd>{info.fileName}</dd>
        {info.description ? (
          <>
            <dt>{t('recount.result.description')}</dt>
            <dd>{info.description}</dd>
          </>
        ) : null}
        <dt>{t('recount.result.rule')}</dt>
        <dd>{t(`recount.rule.${o.rule}`)}</dd>
        <dt>{t('recount.result.ties')}</dt>
        <dd>{t(`recount.ties.${o.ties}`)}</dd>
        <dt>{t('recount.result.voters')}</dt>
        <dd>{number.format(info.voters)}</dd>
        <dt>{t('recount.result.selectedCount')}</dt>
        <dd>{t('recount.result.selectedCountValue', { count: o.selected.length, total: info.projects })}</dd>
        <dt>{t('recount.result.budget')}</dt>
        <dd>{money(o.budget)}</dd>
        <dt>{t('recount.result.spent')}</dt>
        <dd>{money(o.spent)}</dd>
        <dt>{t('recount.result.left')}</dt>
        <dd>{money(o.left)}</dd>
        {o.threshold ? (
          <>
            <dt>{t('recount.result.threshold')}</dt>
            <dd>{number.format(o.threshold)}</dd>
          </>
        ) : null}
        {o.perVoterBudget !== undefined ? (
          <>
            <dt>{t('recount.result.perVoter')}</dt>
            <dd>{money(o.perVoterBudget)}</dd>
          </>
        ) : null}
        {o.add1Steps !== undefined ? (
          <>
            <dt>{t('recount.result.add1Steps')}</dt>
            <dd>{number.format(o.add1Steps)}</dd>
          </>
        ) : null}
        {o.comparison ? (
          <>
            <dt>{t('recount.result.comparison')}</dt>
            <dd>
              {t('recount.result.comparisonText', {
                mes: number.format(o.comparison.prefersMes),
                greedy: number.format(o.comparison.prefersGreedy),
                chosen: t(`recount.result.chosen.${o.comparison.chosen}`),
              })}
            </dd>
          </>
        ) : null}
      </dl>

      <div class="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="recount-table">
          <caption id={captionId}>{t('recount.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('recount.table.order')}</th>
              <th scope="col">{t('recount.table.project')}</th>
              <th scope="col" class="recount-num">
                {t('recount.table.cost')}
              </th>
              <th scope="col" class="recount-num">
                {points ? t('recount.table.points') : t('recount.table.votes')}
              </th>
              <th scope="col">{t('recount.table.selected')}</th>
              <th scope="col">{t('recount.table.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} class={p.selected ? 'recount-row-selected' : undefined}>
                <td class="recount-num">{p.order ?? t('recount.table.notSelectedOrder')}</td>
                <th scope="row">
                  {p.name ? <span class="recount-name">{p.name}</span> : null}
                  <span class="recount-id muted">{t('recount.table.id', { id: p.id })}</span>
                </th>
                <td class="recount-num">{money(p.cost)}</td>
                <td class="recount-num">{number.format(p.score)}</td>
                <td>{p.selected ? t('recount.table.yes') : t('recount.table.no')}</td>
                <td>
                  <strong class="recount-reason">{t(`recount.reason.${p.reason}`)}.</strong>{' '}
                  {explain(p, o, t, money, number)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {o.tiesResolved.length > 0 ? (
        <>
          <h3>{t('recount.ties.heading')}</h3>
          {o.seed ? <p>{t('recount.ties.seedUsed', { seed: o.seed })}</p> : null}
          <ul class="recount-ties">
            {o.tiesResolved.map((d, i) => (
              <li key={i}>
                {t('recount.ties.item', {
                  where:
                    d.where.kind === 'mes'
                      ? t('recount.ties.whereMes', { round: d.where.round })
                      : t('recount.ties.whereGreedy', {
                          score: number.format(d.where.score),
                          from: d.where.from,
                          to: d.where.to,
                        }),
                  tied: d.tied.join(', '),
                  result: d.result.join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {mismatches.length > 0 || otherWarnings.length > 0 ? (
        <>
          <h3>{t('recount.warnings.heading')}</h3>
          {mismatches.length > 0 ? (
            <>
              <p>{t('recount.warnings.intro')}</p>
              <ul>
                {mismatches.map((p) => (
                  <li key={p.id}>
                    {t('recount.warnings.item', {
                      id: p.id,
                      published: number.format(
                        points
                          ? (p.publishedScore ?? p.publishedVotes ?? 0)
                          : (p.publishedVotes ?? p.publishedScore ?? 0),
                      ),
                      counted: number.format(points ? p.score : p.votes),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {otherWarnings.length > 0 ? (
            <ul>
              {otherWarnings.map((w) => (
                <li key={w}>{warningText(w, t)}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

function warningText(w: string, t: Translate): string {
  if (w.startsWith('add1-step-limit')) return t('recount.warnings.add1Limit')
  if (w.startsWith('threshold-missing')) return t('recount.warnings.thresholdMissing')
  if (w.startsWith('no-ballots')) return t('recount.warnings.noBallots')
  return t('recount.warnings.other')
}
