import { useEffect, useRef, useState } from 'preact/hooks'
import { ErrorSummary, noErrors, type FormErrors, errorsFromApi } from '../../core/ui'
import { hasMessage, useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { editionApi, type Ballot, type Choices, type Edition } from './api'
import {
  areaFromChoices,
  asksArea,
  ballotIssues,
  emptyIdentity,
  identityForCast,
  identityForDraft,
  identityFromDraft,
  keptChoices,
  poolIssues,
  visiblePools,
  checkIdentity,
  type IdentityForm,
} from './model'
import {
  clearReceipt,
  clearSession,
  loadReceipt,
  loadSession,
  saveReceipt,
  saveSession,
  type CastAnswer,
  type StoredSession,
} from './storage'
import { AlreadyCast, AreaStep, CodeStep, ContactStep, DoneStep, IdentityStep, PoolStep, SummaryStep } from './steps'

/**
 * The voting wizard: one question per step, "Krok n z m", focus on each step's heading, the draft saved on every
 * change (a closed tab resumes from the stored session token), errors of the client checks (the same functions the
 * server uses) and of the server next to their fields.
 */

export type Stage = 'contact' | 'code' | 'area' | `pool:${string}` | 'identity' | 'summary'

export interface WizardContext {
  slug: string
  year: string
  edition: Edition
  formId: string
  errors: FormErrors
  version: number
  busy: boolean
  focus: boolean
  index: number
  total: number
  back: (() => void) | null
  /** A short confirmation shown under the heading ("Wysłaliśmy nowy kod", "Wracasz do rozpoczętej karty"). */
  notice: string | null
}

export function Wizard({
  slug,
  year,
  edition,
  formId,
}: {
  slug: string
  year: string
  edition: Edition
  formId: string
}) {
  const t = useT()
  const base = editionApi(slug, year)
  const stored = useRef<StoredSession | null>(loadSession(slug, year))
  const channels = edition.rules.voting?.channels?.length ? edition.rules.voting.channels : (['email'] as const)

  // A reload after voting shows the receipt again (it is kept for this tab only).
  const keptReceipt = useRef(stored.current ? null : loadReceipt(slug, year))
  const [stage, setStage] = useState<Stage | 'done' | 'already' | 'resuming'>(
    stored.current ? 'resuming' : keptReceipt.current ? 'done' : 'contact',
  )
  const [channel, setChannel] = useState<'email' | 'sms'>(stored.current?.channel ?? channels[0] ?? 'email')
  const [address, setAddress] = useState(stored.current?.address ?? '')
  const [token, setToken] = useState<string | null>(stored.current?.token ?? null)
  const [ballot, setBallot] = useState<Ballot | null>(null)
  const [choices, setChoices] = useState<Choices>({})
  const [identity, setIdentity] = useState<IdentityForm>(emptyIdentity)
  const [area, setArea] = useState<string | null>(stored.current?.area ?? null)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [moved, setMoved] = useState(false)
  const [answer, setAnswer] = useState<CastAnswer | null>(keptReceipt.current)
  const receipt = answer?.receipt ?? null
  const [notice, setNotice] = useState<string | null>(null)
  const [draftState, setDraftState] = useState<'idle' | 'saved' | 'failed'>('idle')
  const loaded = useRef(false)

  const fail = (next: FormErrors) => {
    setErrors(next)
    setVersion((v) => v + 1)
  }

  const go = (next: Stage, keepErrors = false) => {
    if (!keepErrors) setErrors(noErrors)
    setNotice(null)
    setMoved(true)
    setStage(next)
    window.scrollTo(0, 0)
  }

  /** A session the server no longer knows: back to the start with its message. */
  const expired = (error: ApiError) => {
    clearSession(slug, year)
    stored.current = null
    setToken(null)
    setBallot(null)
    loaded.current = false
    setStage('contact')
    setMoved(true)
    fail({ general: error.problem.detail || t('voting.sessionExpired'), fields: {} })
  }

  const openBallot = async (sessionToken: string, resume: boolean) => {
    const data = await api<Ballot>(`${base}/vote/ballot`, { token: sessionToken })
    setBallot(data)
    if (data.cast) {
      clearSession(slug, year)
      setAnswer(loadReceipt(slug, year))
      setStage('already')
      return
    }
    const draftChoices = data.draft?.choices ?? {}
    setChoices(draftChoices)
    setIdentity(identityFromDraft(data.draft?.identity))
    const resumedArea = stored.current?.area ?? areaFromChoices(data, draftChoices)
    setArea(resumedArea)
    loaded.current = true
    const first: Stage = asksArea(data) ? 'area' : firstPoolStage(data, resumedArea)
    const wanted = resume ? (stored.current?.step as Stage | undefined) : undefined
    const valid = wanted && isStage(data, resumedArea, wanted) ? wanted : first
    if (resume) {
      setStage(valid)
      setNotice(t('voting.resumed'))
    } else go(valid)
  }

  // A stored session: reload the ballot and the draft, and go back to the step the person had reached.
  useEffect(() => {
    if (stage !== 'resuming' || !token) return
    openBallot(token, true).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) expired(error)
      else {
        setStage('contact')
        fail(errorsFromApi(error, t, { waitOnce: true }))
      }
    })
  }, [])

  // Remember the step reached and the area, so that a closed tab comes back here.
  useEffect(() => {
    if (!token || !stored.current || stage === 'resuming' || stage === 'done' || stage === 'already') return
    stored.current = { ...stored.current, step: stage, area }
    saveSession(slug, year, stored.current)
  }, [stage, area, token])

  // Autosave: the draft is written a moment after every change.
  const firstSave = useRef(true)
  const pendingSave = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (!token || !ballot || !loaded.current || stage === 'done' || stage === 'already') return
    if (firstSave.current) {
      firstSave.current = false
      return
    }
    const save = (keepalive: boolean) => {
      pendingSave.current = null
      api(`${base}/vote/draft`, {
        method: 'PUT',
        token,
        keepalive,
        body: { choices: keptChoices(ballot, area, choices), identity: identityForDraft(identity) },
      })
        .then(() => setDraftState('saved'))
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 401) expired(error)
          else setDraftState('failed')
        })
    }
    pendingSave.current = () => save(true)
    const timer = setTimeout(() => save(false), 400)
    return () => {
      clearTimeout(timer)
      pendingSave.current = null
    }
  }, [choices, identity, area, token, ballot, stage])

  // Closing the tab (or switching away) right after a change must not lose it to the autosave's delay: the waiting
  // save goes at once, with `keepalive` so the request outlives the page.
  useEffect(() => {
    const flush = () => pendingSave.current?.()
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  /**
   * Runs a request; refusals become form errors. `field` receives refusals that name no field (a lockout after
   * wrong codes, too many code requests), so that they are shown next to the field the person is using.
   */
  const run = async (action: () => Promise<void>, field?: string) => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && token) expired(error)
      else {
        const next = errorsFromApi(error, t, { waitOnce: true })
        if (
          field &&
          next.general &&
          Object.keys(next.fields).length === 0 &&
          error instanceof ApiError &&
          error.status !== 0
        ) {
          next.fields[field] = next.general
          next.general = null
        }
        fail(next)
      }
    } finally {
      setBusy(false)
    }
  }

  // ——— Steps and their order ———
  const poolsShown = ballot ? visiblePools(ballot, area) : []
  const stages: Stage[] = ballot
    ? [
        'contact',
        'code',
        ...(asksArea(ballot) ? (['area'] as Stage[]) : []),
        ...poolsShown.map((p) => `pool:${p.id}` as Stage),
        'identity',
        'summary',
      ]
    : ['contact', 'code']
  const index = stages.indexOf(stage as Stage)
  const previous = index > 0 ? stages[index - 1] : null
  const plan = stepPlan(edition)
  const planned = plan.indexOf(planSlot(edition, stage))

  const ctx: WizardContext = {
    slug,
    year,
    edition,
    formId,
    errors,
    version,
    busy,
    focus: moved,
    index: planned >= 0 ? planned + 1 : index + 1,
    total: plan.length,
    notice,
    back:
      previous && previous !== 'code' && previous !== 'contact'
        ? () => go(previous)
        : stage === 'code'
          ? () => go('contact')
          : null,
  }

  const next = () => {
    const following = stages[index + 1]
    if (following) go(following)
  }

  const summary = (
    <ErrorSummary
      errors={errors}
      formId={formId}
      labels={{
        ...labelsFor(errors, t),
        address: t(channel === 'email' ? 'voting.contact.email' : 'voting.contact.phone'),
      }}
      version={version}
    />
  )

  if (stage === 'resuming')
    return (
      <p class="state state-loading" role="status">
        {t('voting.resuming')}
      </p>
    )

  if (stage === 'done' && receipt) {
    return (
      <DoneStep
        slug={slug}
        year={year}
        receipt={receipt}
        alreadyVoted={answer?.alreadyVoted}
        focus={moved}
        onAnotherVoter={() => {
          // Someone else votes on this device: forget the receipt here and start again.
          clearReceipt(slug, year)
          setAnswer(null)
          setAddress('')
          setChoices({})
          setIdentity(emptyIdentity)
          setArea(null)
          setBallot(null)
          setToken(null)
          loaded.current = false
          firstSave.current = true
          go('contact')
        }}
      />
    )
  }
  if (stage === 'already') return <AlreadyCast slug={slug} year={year} receipt={receipt} focus={moved} />

  const draftNote =
    token && ballot ? (
      <p class={draftState === 'failed' ? 'vt-draft vt-draft-failed' : 'vt-draft'}>
        {draftState === 'failed' ? t('voting.draft.failed') : t('voting.draft.auto')}
      </p>
    ) : null

  if (stage === 'contact') {
    return (
      <ContactStep
        ctx={ctx}
        summary={summary}
        channels={channels as ('email' | 'sms')[]}
        channel={channel}
        address={address}
        onChannel={setChannel}
        onAddress={setAddress}
        onSubmit={() => {
          const problem = checkAddress(channel, address, t)
          if (problem) return fail({ general: null, fields: { address: problem } })
          void run(async () => {
            await api(`${base}/vote/code`, { method: 'POST', body: { channel, address: address.trim() } })
            go('code')
          }, 'address')
        }}
      />
    )
  }

  if (stage === 'code') {
    return (
      <CodeStep
        ctx={ctx}
        summary={summary}
        channel={channel}
        address={address}
        onResend={() =>
          void run(async () => {
            setErrors(noErrors)
            await api(`${base}/vote/code`, { method: 'POST', body: { channel, address: address.trim() } })
            setNotice(t('voting.code.resent'))
          }, 'code')
        }
        onSubmit={(code) => {
          const clean = code.replace(/\s+/g, '')
          if (!/^\d{6}$/.test(clean)) return fail({ general: null, fields: { code: t('voting.code.format') } })
          void run(async () => {
            const session = await api<{ token: string; expiresAt: string }>(`${base}/vote/session`, {
              method: 'POST',
              body: { channel, address: address.trim(), code: clean },
            })
            stored.current = {
              token: session.token,
              expiresAt: session.expiresAt,
              channel,
              address: address.trim(),
              step: 'code',
              area: null,
            }
            saveSession(slug, year, stored.current)
            setToken(session.token)
            await openBallot(session.token, false)
          }, 'code')
        }}
      />
    )
  }

  if (!ballot)
    return (
      <p class="state state-loading" role="status">
        {t('state.loading')}
      </p>
    )

  if (stage === 'area') {
    return (
      <AreaStep
        ctx={ctx}
        summary={summary}
        ballot={ballot}
        edition={edition}
        area={area}
        onArea={(value) => {
          setArea(value)
          // Choices in an area given up are dropped (one area only).
          setChoices((prev) => keptChoices(ballot, value, prev))
        }}
        onSubmit={() => {
          if (area === null) return fail({ general: null, fields: { area: t('voting.area.missing') } })
          go(firstPoolStage(ballot, area))
        }}
        draftNote={draftNote}
      />
    )
  }

  if (stage.startsWith('pool:')) {
    const pool = ballot.pools.find((p) => `pool:${p.id}` === stage)
    if (!pool) return null
    const isLast = stages[index + 1] === 'identity'
    return (
      <PoolStep
        key={pool.id}
        ctx={ctx}
        summary={summary}
        ballot={ballot}
        pool={pool}
        only={poolsShown.length === 1}
        choices={choices}
        onChoices={(chosen) => setChoices((prev) => ({ ...prev, [pool.id]: chosen }))}
        onSubmit={() => {
          const issues = poolIssues(ballot, pool.id, choices)
          if (issues.length) return fail({ general: null, fields: { [`choices.${pool.id}`]: issues.join(' ') } })
          if (isLast) {
            const all = ballotIssues(ballot, keptChoices(ballot, area, choices))
            if (all.choices) return fail({ general: null, fields: { [`choices.${pool.id}`]: all.choices } })
          }
          next()
        }}
        draftNote={draftNote}
      />
    )
  }

  if (stage === 'identity') {
    return (
      <IdentityStep
        ctx={ctx}
        summary={summary}
        rules={ballot.rules}
        slug={slug}
        identity={identity}
        onIdentity={(patch) => setIdentity((prev) => ({ ...prev, ...patch }))}
        onSubmit={() => {
          const problems = checkIdentity(identity, ballot.rules, t)
          if (Object.keys(problems).length) return fail({ general: null, fields: problems })
          next()
        }}
        draftNote={draftNote}
      />
    )
  }

  return (
    <SummaryStep
      ctx={ctx}
      summary={summary}
      ballot={ballot}
      area={area}
      choices={keptChoices(ballot, area, choices)}
      identity={identity}
      stages={stages}
      onChange={(target) => go(target)}
      onSubmit={() => {
        const kept = keptChoices(ballot, area, choices)
        const issues = ballotIssues(ballot, kept)
        const identityProblems = checkIdentity(identity, ballot.rules, t)
        const all = { ...issues, ...identityProblems }
        if (Object.keys(all).length) return routeErrors(all)
        void run(async () => {
          try {
            const result = await api<CastAnswer>(`${base}/vote/cast`, {
              method: 'POST',
              token,
              body: { choices: kept, identity: identityForCast(identity, ballot.rules) },
            })
            const cast: CastAnswer = {
              receipt: result.receipt,
              ...(result.alreadyVoted ? { alreadyVoted: result.alreadyVoted } : {}),
            }
            saveReceipt(slug, year, cast)
            clearSession(slug, year)
            stored.current = null
            setAnswer(cast)
            setMoved(true)
            setStage('done')
            window.scrollTo(0, 0)
          } catch (error) {
            if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
              routeErrors(errorsFromApi(error, t, { waitOnce: true }).fields, error.problem.detail)
              return
            }
            throw error
          }
        })
      }}
    />
  )

  /** Sends the person to the step of the first problem, with the messages next to its fields. */
  function routeErrors(fields: Record<string, string>, general?: string) {
    if (!ballot) return
    const first = Object.keys(fields)[0] ?? ''
    let target: Stage = 'summary'
    if (first.startsWith('identity')) target = 'identity'
    else if (first.startsWith('choices.')) target = `pool:${first.slice('choices.'.length)}` as Stage
    else if (first === 'choices') target = stages.find((s) => s.startsWith('pool:')) ?? 'summary'
    if (!stages.includes(target)) target = 'summary'
    // A ballot-wide message is shown on the first pool's step, next to its projects.
    const shown =
      first === 'choices' && target.startsWith('pool:') ? { [`choices.${target.slice(5)}`]: fields.choices! } : fields
    go(target, true)
    fail({ general: general && !Object.values(shown).includes(general) ? general : null, fields: shown })
  }
}

function hasAreaChoice(edition: Edition): boolean {
  return edition.rules.ballot.areaPools !== 'all-areas' && edition.pools.some((p) => p.kind === 'area')
}

/**
 * The numbered steps of "Krok n z m", fixed from the edition before the ballot is known, so that m never changes
 * on the way: with an area to choose, one step stands for the chosen area's pool. A step the voter does not need
 * (no area chosen, a pool without projects) keeps its number unused rather than renumbering the steps after it.
 */
function stepPlan(edition: Edition): string[] {
  const areaChoice = hasAreaChoice(edition)
  const pools = edition.pools.map((p) => (areaChoice && p.kind === 'area' ? 'pool:area' : `pool:${p.id}`))
  return [
    'contact',
    'code',
    ...(areaChoice ? ['area'] : []),
    ...pools.filter((p, i) => pools.indexOf(p) === i),
    'identity',
    'summary',
  ]
}

/** The step of `stepPlan` that a stage is numbered by (any area pool by the one area step). */
function planSlot(edition: Edition, stage: string): string {
  const pool = stage.startsWith('pool:') ? edition.pools.find((p) => `pool:${p.id}` === stage) : null
  return pool && pool.kind === 'area' && hasAreaChoice(edition) ? 'pool:area' : stage
}

function firstPoolStage(ballot: Ballot, area: string | null): Stage {
  const first = visiblePools(ballot, area)[0]
  return first ? `pool:${first.id}` : 'identity'
}

function isStage(ballot: Ballot, area: string | null, stage: string): stage is Stage {
  if (stage === 'identity' || stage === 'summary') return true
  if (stage === 'area') return asksArea(ballot)
  return visiblePools(ballot, area).some((p) => `pool:${p.id}` === stage)
}

function checkAddress(channel: 'email' | 'sms', value: string, t: (k: string) => string): string | null {
  const v = value.trim()
  if (channel === 'email') {
    if (!v) return t('voting.contact.email.missing')
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return t('voting.contact.email.invalid')
  } else {
    if (!v) return t('voting.contact.phone.missing')
    if (!/^(?:\+?48)?\d{9}$/.test(v.replace(/[\s-]/g, ''))) return t('voting.contact.phone.invalid')
  }
  return null
}

/** Labels for the links of the error summary (fields without a label are listed as plain text). */
function labelsFor(errors: FormErrors, t: (k: string) => string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const field of Object.keys(errors.fields)) {
    if (field.startsWith('choices.')) labels[field] = t('voting.pool.errorLabel')
    else {
      const key = `voting.field.${field}`
      if (hasMessage(key)) labels[field] = t(key)
    }
  }
  return labels
}
