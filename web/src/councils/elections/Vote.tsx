import type { ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { warsawDate } from '../../../../worker/core/time/polish-calendar'
import { checkElectionBallot, type ElectionBallotRules } from '../../../../worker/councils/domain/elections-vote'
import { useT, type Translate } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useTenant } from '../../core/lib/tenants'
import {
  Checkbox,
  type ChoiceLook,
  ErrorSummary,
  errorsFromApi,
  Field,
  type FormErrors,
  noErrors,
  Notice,
  RadioGroup,
  useFormId,
  CheckboxGroup,
} from '../../core/ui'
import { electionApi } from './paths'
import type { BallotConstituency, ElectionCard, PublicElection } from './types'

/*
 * The vote in a call's election, account-free like the budget's: the e-mail address → the 6-digit code from the
 * e-mail → "Twoja karta" (name and birth date, which the server turns into a keyed hash for one ballot per person, the
 * constituency, the candidates, the declaration) → the receipt. One question per step, its heading focused when the
 * person moves on, errors next to their fields. The session's token lives in sessionStorage only (this tab), with
 * the receipt, so a shared computer keeps neither once the tab is closed.
 */

/** How the ballot's checkboxes and radios look (the core draws the markup). */
export const rdeChoice: ChoiceLook = {
  box: 'rde-check',
  on: 'rde-check-on',
  invalid: 'rde-check-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field rde-fieldset',
}

interface Stored {
  token: string | null
  expiresAt: string | null
  address: string
  receipt: string | null
}

const storeKey = (slug: string, number: string) => `wspolnota.rady.wybory.${slug}.${number}`

function load(slug: string, number: string): Stored | null {
  try {
    const raw = sessionStorage.getItem(storeKey(slug, number))
    if (!raw) return null
    const value = JSON.parse(raw) as Stored
    if (value.token && value.expiresAt && Date.parse(value.expiresAt) <= Date.now()) value.token = null
    return value
  } catch {
    return null
  }
}

function save(slug: string, number: string, value: Stored | null) {
  try {
    if (value) sessionStorage.setItem(storeKey(slug, number), JSON.stringify(value))
    else sessionStorage.removeItem(storeKey(slug, number))
  } catch {
    // A browser that refuses storage still votes; only a reload forgets the session.
  }
}

type Stage = 'resuming' | 'contact' | 'code' | 'card' | 'done'

interface CardValues {
  firstName: string
  lastName: string
  birthDate: string
  constituency: string
  choices: string[]
  eligibilityDeclared: boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The checks the server makes, before anything is sent: the names here, then the domain's own check of the ballot
 * (constituency, choices, age on the Warsaw day of the vote, declaration) — the function the server runs, so the
 * voter reads the same sentence next to the same field.
 */
export function checkCard(
  v: CardValues,
  rules: ElectionBallotRules,
  constituencies: BallotConstituency[],
  today: string,
  t: Translate,
): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.firstName.trim()) errors.firstName = t('councils.elections.vote.firstNameMissing')
  if (!v.lastName.trim()) errors.lastName = t('councils.elections.vote.lastNameMissing')
  for (const e of checkElectionBallot(rules, constituencies, v, today)) errors[e.field] ??= e.detail
  return errors
}

/** A step's heading ("Krok 2 z 3: …"), focused when the voter has just moved to it. */
function StepHeading({ index, title, focus }: { index: number | null; title: string; focus: boolean }) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    if (focus) ref.current?.focus()
  }, [])
  return (
    <h3 ref={ref} tabIndex={-1} class="rde-step-heading">
      {index !== null ? (
        <span class="rde-progress">
          {t('councils.elections.vote.progress', { n: index, total: 3 })}
          <span class="visually-hidden">: </span>
        </span>
      ) : null}
      {title}
    </h3>
  )
}

/** The vote, from the e-mail address to the receipt, for an election whose voting lasts. */
export function ElectionVote({ slug, number, election }: { slug: string; number: string; election: PublicElection }) {
  const t = useT()
  const formId = useFormId('rde-vote')
  // What this tab kept (sessionStorage) is read after the first render, which is the server's (the page renders on the
  // server with the election's public data alone), so a resumed vote never makes the two differ.
  const kept = useRef<Stored | null>(null)
  const [stage, setStage] = useState<Stage>('contact')
  const [address, setAddress] = useState('')
  const [code, setCode] = useState('')
  const [token, setToken] = useState<string | null>(null)
  const [card, setCard] = useState<ElectionCard | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)
  const [repeated, setRepeated] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [moved, setMoved] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const single = election.constituencies.length === 1 ? election.constituencies[0]!.key : ''
  const [values, setValues] = useState<CardValues>({
    firstName: '',
    lastName: '',
    birthDate: '',
    constituency: single,
    choices: [],
    eligibilityDeclared: false,
  })

  const fail = (next: FormErrors) => {
    setErrors(next)
    setVersion((v) => v + 1)
  }
  const go = (next: Stage) => {
    setErrors(noErrors)
    setNotice(null)
    setMoved(true)
    setStage(next)
  }
  const remember = (patch: Partial<Stored>) => {
    kept.current = { token: null, expiresAt: null, address: address.trim(), receipt: null, ...kept.current, ...patch }
    save(slug, number, kept.current)
  }
  /** The server no longer knows the session (expired): back to the e-mail step with its message. */
  const expired = (error: ApiError) => {
    remember({ token: null, expiresAt: null })
    setToken(null)
    setCard(null)
    setMoved(true)
    setStage('contact')
    fail({ general: error.problem.detail || t('councils.elections.vote.expired'), fields: {} })
  }

  /** Runs a request; a refusal that names no field is shown next to `field`, where the voter is. */
  const run = async (action: () => Promise<void>, field?: string) => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && token) return expired(error)
      const next = errorsFromApi(error, t, { waitOnce: true })
      if (field && next.general && !Object.keys(next.fields).length && error instanceof ApiError && error.status) {
        next.fields[field] = next.general
        next.general = null
      }
      fail(next)
    } finally {
      setBusy(false)
    }
  }

  const openCard = async (sessionToken: string) => {
    const data = await api<ElectionCard>(electionApi.card(slug, number), { token: sessionToken })
    setCard(data)
    if (data.cast && data.receipt) {
      setReceipt(data.receipt)
      setRepeated(true)
      remember({ receipt: data.receipt, token: null, expiresAt: null })
      go('done')
    } else go('card')
  }

  useEffect(() => {
    const stored = load(slug, number)
    kept.current = stored
    if (!stored) return
    setAddress(stored.address)
    if (stored.receipt) {
      setReceipt(stored.receipt)
      setStage('done')
      return
    }
    if (!stored.token) return
    setToken(stored.token)
    setStage('resuming')
    openCard(stored.token).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) expired(error)
      else {
        setStage('contact')
        fail(errorsFromApi(error, t))
      }
    })
  }, [])

  const labels = {
    address: t('councils.elections.vote.address'),
    code: t('councils.elections.vote.code'),
    firstName: t('councils.elections.vote.firstName'),
    lastName: t('councils.elections.vote.lastName'),
    birthDate: t('councils.elections.vote.birthDate'),
    constituency: t('councils.elections.vote.constituency'),
    choices: t('councils.elections.vote.choices'),
    eligibilityDeclared: t('councils.elections.vote.declarationShort'),
  }
  const summary = <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />

  const requestCode = () => api(electionApi.code(slug, number), { method: 'POST', body: { address: address.trim() } })

  let body: ComponentChildren
  if (stage === 'resuming')
    body = (
      <p class="state state-loading" role="status">
        {t('councils.elections.vote.resuming')}
      </p>
    )
  else if (stage === 'done' && receipt)
    body = (
      <Done
        receipt={receipt}
        repeated={repeated}
        focus={moved}
        onAnother={() => {
          save(slug, number, null)
          kept.current = null
          setReceipt(null)
          setRepeated(false)
          setToken(null)
          setCard(null)
          setAddress('')
          setCode('')
          setValues((v) => ({
            ...v,
            firstName: '',
            lastName: '',
            birthDate: '',
            choices: [],
            eligibilityDeclared: false,
          }))
          go('contact')
        }}
      />
    )
  else if (stage === 'contact')
    body = (
      <Step
        key="contact"
        index={1}
        title={t('councils.elections.vote.contactTitle')}
        focus={moved}
        summary={summary}
        notice={notice}
        busy={busy}
        submit={t('councils.elections.vote.sendCode')}
        onSubmit={() => {
          if (!EMAIL.test(address.trim()))
            return fail({ general: null, fields: { address: t('councils.elections.vote.addressInvalid') } })
          void run(async () => {
            await requestCode()
            remember({ address: address.trim() })
            go('code')
          }, 'address')
        }}
      >
        <p>{t('councils.elections.vote.contactIntro')}</p>
        <Field
          formId={formId}
          name="address"
          type="email"
          label={labels.address}
          hint={t('councils.elections.vote.addressHint')}
          value={address}
          onValue={setAddress}
          error={errors.fields.address}
          autoComplete="email"
          inputMode="email"
          spellcheck={false}
          maxLength={254}
        />
      </Step>
    )
  else if (stage === 'code')
    body = (
      <Step
        key="code"
        index={2}
        title={t('councils.elections.vote.codeTitle')}
        focus={moved}
        summary={summary}
        notice={notice}
        busy={busy}
        submit={t('councils.elections.vote.openCard')}
        onBack={() => go('contact')}
        extra={
          <button
            type="button"
            class="button button-secondary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                setErrors(noErrors)
                await requestCode()
                setNotice(t('councils.elections.vote.resent'))
              }, 'code')
            }
          >
            {t('councils.elections.vote.resend')}
          </button>
        }
        onSubmit={() => {
          const clean = code.replace(/\s+/g, '')
          if (!/^\d{6}$/.test(clean))
            return fail({ general: null, fields: { code: t('councils.elections.vote.codeFormat') } })
          void run(async () => {
            const session = await api<{ token: string; expiresAt: string }>(electionApi.session(slug, number), {
              method: 'POST',
              body: { address: address.trim(), code: clean },
            })
            remember({ token: session.token, expiresAt: session.expiresAt, address: address.trim() })
            setToken(session.token)
            await openCard(session.token)
          }, 'code')
        }}
      >
        <p>{t('councils.elections.vote.codeSent', { address: address.trim() })}</p>
        <Field
          formId={formId}
          name="code"
          label={labels.code}
          hint={t('councils.elections.vote.codeHint')}
          value={code}
          onValue={setCode}
          error={errors.fields.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={7}
          spellcheck={false}
          class="rde-code-input"
        />
      </Step>
    )
  else {
    const c = card
    const constituencies = c?.constituencies ?? election.constituencies
    const rules = c ?? election
    body = (
      <Step
        key="card"
        index={3}
        title={t('councils.elections.vote.cardTitle')}
        focus={moved}
        summary={summary}
        notice={notice}
        busy={busy}
        submit={t('councils.elections.vote.cast')}
        onSubmit={() => {
          const today = warsawDate(new Date()).date
          const found = checkCard(values, rules, constituencies, today, t)
          if (Object.keys(found).length) return fail({ general: null, fields: found })
          void run(async () => {
            const r = await api<{ receipt: string; repeated?: boolean }>(electionApi.cast(slug, number), {
              method: 'POST',
              token,
              body: {
                firstName: values.firstName.trim(),
                lastName: values.lastName.trim(),
                birthDate: values.birthDate,
                constituency: values.constituency,
                choices: values.choices,
                eligibilityDeclared: true,
              },
            })
            remember({ receipt: r.receipt, token: null, expiresAt: null })
            setReceipt(r.receipt)
            setRepeated(!!r.repeated)
            go('done')
          })
        }}
      >
        <CardFields
          formId={formId}
          slug={slug}
          rules={rules}
          constituencies={constituencies}
          values={values}
          setValues={setValues}
          errors={errors.fields}
          labels={labels}
        />
      </Step>
    )
  }
  return (
    <section aria-labelledby="rde-vote-h" class="rdc-section rde-vote">
      <h2 id="rde-vote-h">{t('councils.elections.vote.heading')}</h2>
      {body}
    </section>
  )
}

function Step({
  index,
  title,
  focus,
  summary,
  notice,
  busy,
  submit,
  onSubmit,
  onBack,
  extra,
  children,
}: {
  index: number
  title: string
  focus: boolean
  summary: ComponentChildren
  notice: string | null
  busy: boolean
  submit: string
  onSubmit: () => void
  onBack?: () => void
  extra?: ComponentChildren
  children: ComponentChildren
}) {
  const t = useT()
  return (
    <form
      class="rde-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!busy) onSubmit()
      }}
    >
      <StepHeading index={index} title={title} focus={focus} />
      {summary}
      <Notice message={notice} />
      {children}
      <div class="rdc-actions">
        <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
          {submit}
        </button>
        {extra}
        {onBack ? (
          <button type="button" class="button button-secondary" disabled={busy} onClick={onBack}>
            {t('councils.elections.vote.back')}
          </button>
        ) : null}
      </div>
    </form>
  )
}

function CardFields({
  formId,
  slug,
  rules,
  constituencies,
  values,
  setValues,
  errors,
  labels,
}: {
  formId: string
  slug: string
  rules: { votesPerBallot: number; electorate: string; voterMinAge: number | null; voterMaxAge: number | null }
  constituencies: BallotConstituency[]
  values: CardValues
  setValues: (f: (v: CardValues) => CardValues) => void
  errors: Record<string, string>
  labels: Record<string, string>
}) {
  const t = useT()
  const tenant = useTenant(slug)
  const set = (k: 'firstName' | 'lastName' | 'birthDate') => (v: string) => setValues((x) => ({ ...x, [k]: v }))
  const chosen = constituencies.find((o) => o.key === values.constituency)
  const max = rules.votesPerBallot
  const ageHint =
    rules.voterMinAge !== null || rules.voterMaxAge !== null
      ? t('councils.elections.vote.birthDateAge', { min: rules.voterMinAge ?? '—', max: rules.voterMaxAge ?? '—' })
      : t('councils.elections.vote.birthDateHint')
  return (
    <>
      <p>
        {t(rules.electorate === 'spis' ? 'councils.elections.vote.cardIntroSpis' : 'councils.elections.vote.cardIntro')}
      </p>
      <Field
        formId={formId}
        name="firstName"
        label={labels.firstName!}
        value={values.firstName}
        onValue={set('firstName')}
        error={errors.firstName}
        autoComplete="given-name"
        maxLength={80}
      />
      <Field
        formId={formId}
        name="lastName"
        label={labels.lastName!}
        value={values.lastName}
        onValue={set('lastName')}
        error={errors.lastName}
        autoComplete="family-name"
        maxLength={120}
      />
      <Field
        formId={formId}
        name="birthDate"
        type="date"
        label={labels.birthDate!}
        hint={ageHint}
        value={values.birthDate}
        onValue={set('birthDate')}
        error={errors.birthDate}
        autoComplete="bday"
      />
      {constituencies.length > 1 ? (
        <RadioGroup
          formId={formId}
          name="constituency"
          look={rdeChoice}
          legend={labels.constituency!}
          error={errors.constituency}
          value={values.constituency || null}
          onValue={(constituency) => setValues((x) => ({ ...x, constituency, choices: [] }))}
          options={constituencies.map((o) => ({
            value: o.key,
            label: t('councils.elections.constituency', { name: o.name, seats: o.seats }),
          }))}
        />
      ) : null}
      {chosen ? (
        max === 1 ? (
          <RadioGroup
            formId={formId}
            name="choices"
            look={rdeChoice}
            legend={t('councils.elections.vote.choicesLegend', { name: chosen.name })}
            hint={t('councils.elections.vote.choicesOne')}
            error={errors.choices}
            value={values.choices[0] ?? null}
            onValue={(id) => setValues((x) => ({ ...x, choices: [id] }))}
            options={chosen.candidates.map((c) => ({
              value: c.id,
              label: c.name,
              hint: c.organizationName
                ? t('councils.elections.candidates.nominatedBy', { name: c.organizationName })
                : undefined,
            }))}
          />
        ) : (
          <Choices
            formId={formId}
            constituency={chosen}
            max={max}
            values={values}
            setValues={setValues}
            error={errors.choices}
          />
        )
      ) : (
        <p class="hint">{t('councils.elections.vote.chooseConstituencyFirst')}</p>
      )}
      <Checkbox
        formId={formId}
        name="eligibilityDeclared"
        look={rdeChoice}
        label={t(
          rules.electorate === 'spis'
            ? 'councils.elections.vote.declarationSpis'
            : 'councils.elections.vote.declaration',
          { name: tenant.tenant?.name ?? slug },
        )}
        checked={values.eligibilityDeclared}
        onChecked={(eligibilityDeclared) => setValues((x) => ({ ...x, eligibilityDeclared }))}
        error={errors.eligibilityDeclared}
      />
      <p class="hint">{t('councils.elections.vote.privacy')}</p>
    </>
  )
}

/** Up to `max` candidates as checkboxes in one fieldset, its hint, error and a live count of the marks. */
function Choices({
  formId,
  constituency,
  max,
  values,
  setValues,
  error,
}: {
  formId: string
  constituency: BallotConstituency
  max: number
  values: CardValues
  setValues: (f: (v: CardValues) => CardValues) => void
  error?: string
}) {
  const t = useT()
  const n = values.choices.length
  return (
    <CheckboxGroup
      formId={formId}
      name="choices"
      look={rdeChoice}
      legend={t('councils.elections.vote.choicesLegend', { name: constituency.name })}
      hint={t('councils.elections.vote.choicesMany', { max })}
      error={error}
      values={values.choices}
      onValues={(choices) => setValues((x) => ({ ...x, choices }))}
      options={constituency.candidates.map((c) => ({
        value: c.id,
        label: c.name,
        hint: c.organizationName
          ? t('councils.elections.candidates.nominatedBy', { name: c.organizationName })
          : undefined,
      }))}
    >
      <p class="rde-counter" role="status">
        {n > max
          ? t('councils.elections.vote.counterOver', { n, max })
          : t('councils.elections.vote.counter', { n, max })}
      </p>
    </CheckboxGroup>
  )
}

function Done({
  receipt,
  repeated,
  focus,
  onAnother,
}: {
  receipt: string
  repeated: boolean
  focus: boolean
  onAnother: () => void
}) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  const [copied, setCopied] = useState<string | null>(null)
  useLayoutEffect(() => {
    if (focus) ref.current?.focus()
  }, [])
  return (
    <div class="rde-done">
      <h3 ref={ref} tabIndex={-1} class="rde-step-heading">
        {t(repeated ? 'councils.elections.vote.doneRepeated' : 'councils.elections.vote.done')}
      </h3>
      <p>{t('councils.elections.vote.doneLead')}</p>
      <div class="rde-receipt-box">
        <p id="rde-receipt-label">{t('councils.elections.vote.receiptLabel')}</p>
        <p class="rde-receipt" aria-describedby="rde-receipt-label" data-receipt={receipt}>
          {receipt}
        </p>
        <p class="visually-hidden">{t('councils.elections.vote.spelled', { spelled: receipt.split('').join(' ') })}</p>
      </div>
      <div class="rdc-actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            void (navigator.clipboard ? navigator.clipboard.writeText(receipt) : Promise.reject(new Error('clipboard')))
              .then(() => setCopied(t('councils.elections.vote.copied')))
              .catch(() => setCopied(t('councils.elections.vote.copyFailed')))
          }
        >
          {t('councils.elections.vote.copy')}
        </button>
        <button type="button" class="button button-secondary" onClick={onAnother}>
          {t('councils.elections.vote.another')}
        </button>
      </div>
      <Notice message={copied} />
      <p>{t('councils.elections.vote.secret')}</p>
    </div>
  )
}
