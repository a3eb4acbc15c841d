import type { ComponentChildren, JSX } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { Checkbox, Field, Notice, RadioGroup, SelectField } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { useTenant } from '../../core/lib/tenants'
import { formatDateTime } from '../../core/lib/time'
import {
  AGE_BANDS,
  publicPath,
  type Ballot,
  type BallotPoolData,
  type BallotProject,
  type Choices,
  type Edition,
} from './api'
import { StepHeading, vtChoice } from './controls'
import { groupReceipt, zl } from './format'
import { areaPools, asksArea, chosenCost, chosenCount, visiblePools, type IdentityForm } from './model'
import type { AlreadyVoted } from './storage'
import type { Stage, WizardContext } from './Wizard'

/** One step: a form with its heading ("Krok n z m"), the error summary, the fields, Next and Back. */
function Step({
  ctx,
  title,
  summary,
  children,
  onSubmit,
  submitLabel,
  extraActions,
  draftNote,
}: {
  ctx: WizardContext
  title: string
  summary: JSX.Element
  children: ComponentChildren
  onSubmit: () => void
  submitLabel?: string
  extraActions?: ComponentChildren
  draftNote?: ComponentChildren
}) {
  const t = useT()
  useEffect(() => {
    document.title = t('app.documentTitle', {
      page: `${t('voting.progress', { n: ctx.index, total: ctx.total })}: ${title} — ${t('voting.title')}`,
    })
  }, [title, ctx.index, ctx.total, t])
  return (
    <form
      class="vt-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!ctx.busy) onSubmit()
      }}
    >
      <StepHeading index={ctx.index} total={ctx.total} title={title} focus={ctx.focus} />
      {summary}
      <Notice message={ctx.notice} />
      {children}
      <div class="actions vt-actions">
        <button
          type="submit"
          class="button vt-button-large"
          disabled={ctx.busy}
          aria-busy={ctx.busy ? 'true' : undefined}
        >
          {submitLabel ?? t('voting.next')}
        </button>
        {extraActions}
        {ctx.back ? (
          <button type="button" class="button button-secondary vt-button-large" onClick={ctx.back} disabled={ctx.busy}>
            {t('voting.back')}
          </button>
        ) : null}
      </div>
      {draftNote}
    </form>
  )
}

export function ContactStep({
  ctx,
  summary,
  channels,
  channel,
  address,
  onChannel,
  onAddress,
  onSubmit,
}: {
  ctx: WizardContext
  summary: JSX.Element
  channels: ('email' | 'sms')[]
  channel: 'email' | 'sms'
  address: string
  onChannel: (channel: 'email' | 'sms') => void
  onAddress: (value: string) => void
  onSubmit: () => void
}) {
  const t = useT()
  const email = channel === 'email'
  return (
    <Step
      ctx={ctx}
      title={t(
        channels.length > 1
          ? 'voting.contact.titleBoth'
          : email
            ? 'voting.contact.titleEmail'
            : 'voting.contact.titleSms',
      )}
      summary={summary}
      onSubmit={onSubmit}
      submitLabel={t('voting.contact.submit')}
    >
      <p>{t('voting.contact.intro')}</p>
      {channels.length > 1 ? (
        <RadioGroup
          look={vtChoice}
          formId={ctx.formId}
          name="channel"
          legend={t('voting.contact.channel')}
          value={channel}
          onValue={(value) => onChannel(value as 'email' | 'sms')}
          options={channels.map((c) => ({ value: c, label: t(`voting.contact.channel.${c}`) }))}
        />
      ) : null}
      <Field
        formId={ctx.formId}
        name="address"
        label={t(email ? 'voting.contact.email' : 'voting.contact.phone')}
        hint={t(email ? 'voting.contact.email.hint' : 'voting.contact.phone.hint')}
        error={ctx.errors.fields.address}
        value={address}
        onValue={onAddress}
        type={email ? 'email' : 'tel'}
        autocomplete={email ? 'email' : 'tel'}
        inputMode={email ? 'email' : 'tel'}
        spellcheck={false}
        maxLength={254}
      />
      <p class="vt-aside">{t('voting.contact.paper')}</p>
    </Step>
  )
}

export function CodeStep({
  ctx,
  summary,
  channel,
  address,
  onResend,
  onSubmit,
}: {
  ctx: WizardContext
  summary: JSX.Element
  channel: 'email' | 'sms'
  address: string
  onResend: () => void
  onSubmit: (code: string) => void
}) {
  const t = useT()
  const [code, setCode] = useState('')
  const minutes = ctx.edition.rules.voting?.codeMinutes ?? 15
  return (
    <Step
      ctx={ctx}
      title={t('voting.code.title')}
      summary={summary}
      onSubmit={() => onSubmit(code)}
      submitLabel={t('voting.code.submit')}
      extraActions={
        <button type="button" class="button button-secondary vt-button-large" onClick={onResend} disabled={ctx.busy}>
          {t('voting.code.resend')}
        </button>
      }
    >
      <p>
        {t(channel === 'email' ? 'voting.code.sentEmail' : 'voting.code.sentSms', { address: address.trim(), minutes })}
      </p>
      <Field
        formId={ctx.formId}
        name="code"
        label={t('voting.code.label')}
        hint={t('voting.code.hint')}
        error={ctx.errors.fields.code}
        value={code}
        onValue={setCode}
        inputMode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]*"
        maxLength={7}
        spellcheck={false}
        class="vt-code-input"
      />
    </Step>
  )
}

export function AreaStep({
  ctx,
  summary,
  ballot,
  edition,
  area,
  onArea,
  onSubmit,
  draftNote,
}: {
  ctx: WizardContext
  summary: JSX.Element
  ballot: Ballot
  edition: Edition
  area: string | null
  onArea: (value: string) => void
  onSubmit: () => void
  draftNote: ComponentChildren
}) {
  const t = useT()
  const lang = useLang()
  const own = ballot.rules.areaPools === 'own-area'
  const always = ballot.pools.filter((p) => p.kind !== 'area' && p.projects.length > 0)
  return (
    <Step
      ctx={ctx}
      title={t(own ? 'voting.area.titleOwn' : 'voting.area.titleAny')}
      summary={summary}
      onSubmit={onSubmit}
      draftNote={draftNote}
    >
      {always.length ? <p>{t('voting.area.always', { pools: always.map((p) => p.name).join(', ') })}</p> : null}
      <RadioGroup
        look={vtChoice}
        formId={ctx.formId}
        name="area"
        legend={t(own ? 'voting.area.legendOwn' : 'voting.area.legendAny')}
        legendClass="visually-hidden"
        hint={t(own ? 'voting.area.hintOwn' : 'voting.area.hintAny')}
        error={ctx.errors.fields.area}
        value={area}
        onValue={onArea}
        options={[
          ...areaPools(ballot).map((pool) => {
            const areas = edition.pools.find((p) => p.id === pool.id)?.areas ?? []
            return {
              value: pool.id,
              label: pool.name,
              hint: t('voting.area.option', {
                areas: areas.length ? areas.join(', ') : pool.name,
                count: pool.projects.length,
                amount: zl(pool.amount, lang),
              }),
            }
          }),
          { value: '', label: t('voting.area.none') },
        ]}
      />
    </Step>
  )
}

function ProjectInfo({ project, slug, year }: { project: BallotProject; slug: string; year: string }) {
  const t = useT()
  return (
    <>
      <p class="vt-project-summary">{project.summary}</p>
      <p class="vt-project-more">
        <a href={publicPath(slug, year, `projekty/${encodeURIComponent(project.id)}`)} target="_blank" rel="noopener">
          {t('voting.pool.details')}
          <span class="visually-hidden"> {t('voting.pool.detailsOf', { title: project.title })}</span>
        </a>
      </p>
    </>
  )
}

function ProjectLabel({ project }: { project: BallotProject }) {
  const t = useT()
  const lang = useLang()
  return (
    <span class="vt-project-label">
      {project.number != null ? (
        <span class="vt-project-number">{t('voting.pool.number', { number: project.number })}</span>
      ) : null}{' '}
      <span class="vt-project-title">{project.title}</span>
      <span class="visually-hidden">, </span>
      <span class="vt-project-cost">{t('voting.pool.cost', { cost: zl(project.cost, lang) })}</span>
    </span>
  )
}

export function PoolStep({
  ctx,
  summary,
  ballot,
  pool,
  only,
  choices,
  onChoices,
  onSubmit,
  draftNote,
}: {
  ctx: WizardContext
  summary: JSX.Element
  ballot: Ballot
  pool: BallotPoolData
  /** The only pool this voter votes in: the ballot needs a choice here, so it may not be left empty. */
  only: boolean
  choices: Choices
  onChoices: (chosen: Record<string, number>) => void
  onSubmit: () => void
  draftNote: ComponentChildren
}) {
  const t = useT()
  const lang = useLang()
  const { rules } = ballot
  const chosen = choices[pool.id] ?? {}
  const n = chosenCount(choices, pool.id)
  const fieldId = `${ctx.formId}-choices.${pool.id}`
  const error = ctx.errors.fields[`choices.${pool.id}`]
  const max = rules.maxProjects

  const hint = [
    rules.format === 'points'
      ? t('voting.pool.hintPoints', { points: rules.points.join(', ') })
      : rules.format === 'knapsack'
        ? t('voting.pool.hintKnapsack', { amount: zl(pool.amount, lang) })
        : max != null
          ? t('voting.pool.hintApprovalMax', { max })
          : t('voting.pool.hintApproval'),
    only
      ? rules.minProjects > 1
        ? t('voting.pool.hintMinOnly', { min: rules.minProjects })
        : t('voting.pool.hintOne')
      : rules.minProjects > 1
        ? t('voting.pool.hintMin', { min: rules.minProjects })
        : '',
    only ? '' : t('voting.pool.hintSkip'),
  ]
    .filter(Boolean)
    .join(' ')

  let counter: string
  if (rules.format === 'knapsack') {
    const total = chosenCost(pool, choices)
    counter =
      total > pool.amount
        ? t('voting.pool.counterKnapsackOver', {
            total: zl(total, lang),
            amount: zl(pool.amount, lang),
            over: zl(total - pool.amount, lang),
          })
        : t('voting.pool.counterKnapsack', {
            total: zl(total, lang),
            amount: zl(pool.amount, lang),
            left: zl(pool.amount - total, lang),
          })
  } else if (rules.format === 'points') {
    const given = Object.values(chosen).sort((a, b) => b - a)
    const left = remaining(rules.points, given)
    counter = t('voting.pool.counterPoints', {
      given: given.length ? given.join(', ') : t('voting.pool.none'),
      left: left.length ? left.join(', ') : t('voting.pool.none'),
    })
  } else if (max != null) {
    counter =
      n > max ? t('voting.pool.counterOver', { n, max, over: n - max }) : t('voting.pool.counterMax', { n, max })
  } else counter = t('voting.pool.counter', { n })

  const toggle = (projectId: string, on: boolean) => {
    const next = { ...chosen }
    if (on) next[projectId] = 1
    else delete next[projectId]
    onChoices(next)
  }

  const setPoints = (projectId: string, value: string) => {
    const next = { ...chosen }
    if (value) next[projectId] = Number(value)
    else delete next[projectId]
    onChoices(next)
  }

  const hintId = `${fieldId}-hint`
  const counterId = `${fieldId}-counter`
  return (
    <Step
      ctx={ctx}
      title={t('voting.pool.title', { name: pool.name })}
      summary={summary}
      onSubmit={onSubmit}
      draftNote={draftNote}
    >
      <fieldset
        class={error ? 'vt-fieldset field-invalid' : 'vt-fieldset'}
        aria-describedby={[hintId, error ? `${fieldId}-error` : null].filter(Boolean).join(' ')}
      >
        <legend class="visually-hidden">{t('voting.pool.legend', { name: pool.name })}</legend>
        <p class="hint" id={hintId}>
          {t('voting.pool.amount', { amount: zl(pool.amount, lang) })} {hint}
        </p>
        {error ? (
          <p class="field-error" id={`${fieldId}-error`}>
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        ) : null}
        <p class={error ? 'vt-counter vt-counter-invalid' : 'vt-counter'} id={counterId} role="status">
          {counter}
        </p>
        <ul class="vt-projects">
          {pool.projects.map((project, index) => {
            const id = index === 0 ? fieldId : `${fieldId}-${index}`
            if (rules.format === 'points') {
              const own = chosen[project.id]
              const others = Object.entries(chosen)
                .filter(([pid]) => pid !== project.id)
                .map(([, pts]) => pts)
              const options = remaining(rules.points, others)
              return (
                <li key={project.id} class={own ? 'vt-project vt-project-on' : 'vt-project'}>
                  <h3 class="vt-project-heading" id={`${id}-title`}>
                    <ProjectLabel project={project} />
                  </h3>
                  <div id={`${id}-desc`}>
                    <ProjectInfo project={project} slug={ctx.slug} year={ctx.year} />
                  </div>
                  <div class="field vt-points">
                    <label for={id}>
                      {t('voting.pool.points')}
                      <span class="visually-hidden"> {t('voting.pool.pointsFor', { title: project.title })}</span>
                    </label>
                    <select
                      id={id}
                      value={own ? String(own) : ''}
                      onChange={(event) => setPoints(project.id, (event.currentTarget as HTMLSelectElement).value)}
                      aria-invalid={error ? 'true' : undefined}
                    >
                      <option value="">{t('voting.pool.noPoints')}</option>
                      {[...new Set([...(own ? [own] : []), ...options])]
                        .sort((a, b) => b - a)
                        .map((value) => (
                          <option key={value} value={String(value)}>
                            {t('voting.pool.pointsValue', { points: value })}
                          </option>
                        ))}
                    </select>
                  </div>
                </li>
              )
            }
            return (
              <li key={project.id} class="vt-project-item">
                <Checkbox
                  look={vtChoice}
                  formId={ctx.formId}
                  name={index === 0 ? `choices.${pool.id}` : `choices.${pool.id}-${index}`}
                  label={<ProjectLabel project={project} />}
                  checked={chosen[project.id] !== undefined}
                  onChecked={(on) => toggle(project.id, on)}
                  invalid={!!error}
                  hint={<ProjectInfo project={project} slug={ctx.slug} year={ctx.year} />}
                />
              </li>
            )
          })}
        </ul>
      </fieldset>
    </Step>
  )
}

/** The point values still free, given those already used (each value at most once). */
function remaining(points: number[], used: number[]): number[] {
  const left = [...points]
  for (const value of used) {
    const i = left.indexOf(value)
    if (i >= 0) left.splice(i, 1)
  }
  return [...new Set(left)]
}

export function IdentityStep({
  ctx,
  summary,
  rules,
  slug,
  identity,
  onIdentity,
  onSubmit,
  draftNote,
}: {
  ctx: WizardContext
  summary: JSX.Element
  rules: Ballot['rules']
  slug: string
  identity: IdentityForm
  onIdentity: (patch: Partial<IdentityForm>) => void
  onSubmit: () => void
  draftNote: ComponentChildren
}) {
  const t = useT()
  const tenant = useTenant(slug)
  const tenantName = tenant.status === 'ok' ? tenant.tenant.name : slug
  const f = (name: keyof IdentityForm) => ({
    formId: ctx.formId,
    name: `identity.${name}`,
    error: ctx.errors.fields[`identity.${name}`],
  })
  const minorAge = rules.minorAge
  return (
    <Step ctx={ctx} title={t('voting.identity.title')} summary={summary} onSubmit={onSubmit} draftNote={draftNote}>
      <p>{t('voting.identity.intro')}</p>
      <p class="vt-aside">
        {t('voting.identity.privacy')}{' '}
        <a href={`/${encodeURIComponent(slug)}/rodo`}>{t('voting.identity.privacyLink')}</a>
      </p>
      <Field
        {...f('firstName')}
        label={t('voting.field.identity.firstName')}
        value={identity.firstName}
        onValue={(firstName) => onIdentity({ firstName })}
        autocomplete="given-name"
        maxLength={80}
      />
      <Field
        {...f('lastName')}
        label={t('voting.field.identity.lastName')}
        value={identity.lastName}
        onValue={(lastName) => onIdentity({ lastName })}
        autocomplete="family-name"
        maxLength={120}
      />
      <Field
        {...f('address')}
        label={t('voting.field.identity.address')}
        hint={t('voting.identity.address.hint')}
        value={identity.address}
        onValue={(address) => onIdentity({ address })}
        autocomplete="street-address"
        maxLength={300}
      />
      {rules.askPesel ? (
        <Field
          {...f('pesel')}
          label={t('voting.field.identity.pesel')}
          hint={t('voting.identity.pesel.hint')}
          value={identity.pesel}
          onValue={(pesel) => onIdentity({ pesel: pesel.replace(/\D/g, '') })}
          inputMode="numeric"
          autocomplete="off"
          maxLength={11}
          spellcheck={false}
        />
      ) : null}
      <div class="field">
        <Checkbox
          look={vtChoice}
          formId={ctx.formId}
          name="identity.residenceDeclared"
          label={t('voting.identity.residence', { name: tenantName })}
          checked={identity.residenceDeclared}
          onChecked={(residenceDeclared) => onIdentity({ residenceDeclared })}
          error={ctx.errors.fields['identity.residenceDeclared']}
        />
      </div>
      {minorAge != null ? (
        <>
          <RadioGroup
            look={vtChoice}
            formId={ctx.formId}
            name="identity.adult"
            legend={t('voting.identity.age.legend', { age: minorAge })}
            error={ctx.errors.fields['identity.adult']}
            value={identity.age || null}
            onValue={(value) => onIdentity({ age: value as IdentityForm['age'] })}
            options={[
              { value: 'adult', label: t('voting.identity.age.adult', { age: minorAge }) },
              {
                value: 'minor',
                label: t('voting.identity.age.minor', { age: minorAge }),
                hint: t('voting.identity.age.minorHint'),
              },
            ]}
          />
          {identity.age === 'minor' ? (
            <div class="vt-guardian">
              <Field
                {...f('guardianName')}
                label={t('voting.field.identity.guardianName')}
                value={identity.guardianName}
                onValue={(guardianName) => onIdentity({ guardianName })}
                autocomplete="off"
                maxLength={200}
              />
              <div class="field">
                <Checkbox
                  look={vtChoice}
                  formId={ctx.formId}
                  name="identity.guardianDeclared"
                  label={t('voting.identity.guardianDeclared')}
                  checked={identity.guardianDeclared}
                  onChecked={(guardianDeclared) => onIdentity({ guardianDeclared })}
                  error={ctx.errors.fields['identity.guardianDeclared']}
                />
              </div>
            </div>
          ) : null}
        </>
      ) : null}
      <fieldset class="vt-fieldset vt-optional" aria-describedby={`${ctx.formId}-stats-hint`}>
        <legend>{t('voting.identity.stats.legend')}</legend>
        <p class="hint" id={`${ctx.formId}-stats-hint`}>
          {t('voting.identity.stats.hint')}
        </p>
        <SelectField
          {...f('ageBand')}
          label={t('voting.field.identity.ageBand')}
          value={identity.ageBand}
          onValue={(value) => onIdentity({ ageBand: value as IdentityForm['ageBand'] })}
          options={[
            { value: '', label: t('voting.identity.noAnswer') },
            ...AGE_BANDS.map((band) => ({ value: band, label: t(`voting.ageBand.${band}`) })),
          ]}
        />
        <RadioGroup
          look={vtChoice}
          formId={ctx.formId}
          name="identity.sex"
          legend={t('voting.field.identity.sex')}
          legendClass="vt-sublegend"
          value={identity.sex}
          onValue={(value) => onIdentity({ sex: value as IdentityForm['sex'] })}
          options={[
            { value: 'k', label: t('voting.sex.k') },
            { value: 'm', label: t('voting.sex.m') },
            { value: '', label: t('voting.identity.noAnswer') },
          ]}
        />
      </fieldset>
    </Step>
  )
}

/** A "Zmień" button: short visible text, the full purpose for screen readers. */
function ChangeButton({ label, onClick }: { label: string; onClick: () => void }) {
  const t = useT()
  return (
    <button type="button" class="vt-change" onClick={onClick}>
      {t('voting.summary.change')}
      <span class="visually-hidden"> {label}</span>
    </button>
  )
}

export function SummaryStep({
  ctx,
  summary,
  ballot,
  area,
  choices,
  identity,
  stages,
  onChange,
  onSubmit,
}: {
  ctx: WizardContext
  summary: JSX.Element
  ballot: Ballot
  area: string | null
  choices: Choices
  identity: IdentityForm
  stages: Stage[]
  onChange: (stage: Stage) => void
  onSubmit: () => void
}) {
  const t = useT()
  const lang = useLang()
  const areaPool = ballot.pools.find((p) => p.id === area)
  const { rules } = ballot
  return (
    <Step
      ctx={ctx}
      title={t('voting.summary.title')}
      summary={summary}
      onSubmit={onSubmit}
      submitLabel={t('voting.summary.submit')}
    >
      <p>{t('voting.summary.intro')}</p>
      {asksArea(ballot) && stages.includes('area') ? (
        <section class="vt-summary-block" aria-labelledby={`${ctx.formId}-sum-area`}>
          <div class="vt-summary-head">
            <h3 id={`${ctx.formId}-sum-area`}>{t('voting.summary.area')}</h3>
            <ChangeButton label={t('voting.summary.changeArea')} onClick={() => onChange('area')} />
          </div>
          <p>{areaPool ? areaPool.name : t('voting.area.none')}</p>
        </section>
      ) : null}
      {visiblePools(ballot, area).map((pool) => {
        const chosen = choices[pool.id] ?? {}
        const picked = pool.projects
          .filter((p) => chosen[p.id] !== undefined)
          .sort((a, b) => (chosen[b.id] ?? 0) - (chosen[a.id] ?? 0))
        const headingId = `${ctx.formId}-sum-${pool.id}`
        return (
          <section class="vt-summary-block" aria-labelledby={headingId} key={pool.id}>
            <div class="vt-summary-head">
              <h3 id={headingId}>{pool.name}</h3>
              <ChangeButton
                label={t('voting.summary.changePool', { name: pool.name })}
                onClick={() => onChange(`pool:${pool.id}`)}
              />
            </div>
            {picked.length ? (
              <ul class="vt-summary-list">
                {picked.map((project) => (
                  <li key={project.id}>
                    {project.number != null ? `${t('voting.pool.number', { number: project.number })} ` : ''}
                    <strong>{project.title}</strong>
                    {rules.format === 'points'
                      ? ` — ${t('voting.pool.pointsValue', { points: chosen[project.id]! })}`
                      : ''}
                    <span class="vt-muted"> ({zl(project.cost, lang)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="vt-muted">{t('voting.summary.nothing')}</p>
            )}
          </section>
        )
      })}
      <section class="vt-summary-block" aria-labelledby={`${ctx.formId}-sum-identity`}>
        <div class="vt-summary-head">
          <h3 id={`${ctx.formId}-sum-identity`}>{t('voting.summary.identity')}</h3>
          <ChangeButton label={t('voting.summary.changeIdentity')} onClick={() => onChange('identity')} />
        </div>
        <dl class="vt-facts">
          <dt>{t('voting.summary.name')}</dt>
          <dd>{`${identity.firstName} ${identity.lastName}`.trim()}</dd>
          <dt>{t('voting.field.identity.address')}</dt>
          <dd>{identity.address}</dd>
          {rules.askPesel ? (
            <>
              <dt>{t('voting.field.identity.pesel')}</dt>
              <dd>{identity.pesel}</dd>
            </>
          ) : null}
          {rules.minorAge != null && identity.age === 'minor' ? (
            <>
              <dt>{t('voting.field.identity.guardianName')}</dt>
              <dd>{identity.guardianName}</dd>
            </>
          ) : null}
          <dt>{t('voting.field.identity.ageBand')}</dt>
          <dd>{identity.ageBand ? t(`voting.ageBand.${identity.ageBand}`) : t('voting.identity.noAnswer')}</dd>
          <dt>{t('voting.field.identity.sex')}</dt>
          <dd>{identity.sex ? t(`voting.sex.${identity.sex}`) : t('voting.identity.noAnswer')}</dd>
        </dl>
      </section>
      <p class="vt-warning">{t('voting.summary.final')}</p>
    </Step>
  )
}

function useFocusOnMount<T extends HTMLElement>(focus: boolean) {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    if (focus) ref.current?.focus()
  }, [])
  return ref
}

function ReceiptBox({ receipt }: { receipt: string }) {
  const t = useT()
  return (
    <div class="vt-receipt-box">
      <p class="vt-receipt-label" id="vt-receipt-label">
        {t('voting.done.receiptLabel')}
      </p>
      <p class="vt-receipt" aria-describedby="vt-receipt-label" data-receipt={receipt}>
        {groupReceipt(receipt)}
      </p>
      <p class="visually-hidden">{t('voting.done.spelled', { spelled: receipt.split('').join(' ') })}</p>
    </div>
  )
}

export function DoneStep({
  slug,
  year,
  receipt,
  alreadyVoted,
  focus,
  onAnotherVoter,
}: {
  slug: string
  year: string
  receipt: string
  alreadyVoted?: AlreadyVoted
  focus: boolean
  onAnotherVoter: () => void
}) {
  const t = useT()
  const lang = useLang()
  const ref = useFocusOnMount<HTMLHeadingElement>(focus)
  const title = t(alreadyVoted ? 'voting.done.repeatTitle' : 'voting.done.title')
  useEffect(() => {
    document.title = t('app.documentTitle', { page: `${title} — ${t('voting.title')}` })
  }, [t, title])
  return (
    <section class="vt-done" aria-labelledby="vt-done-title">
      <h2 id="vt-done-title" ref={ref} tabIndex={-1} class="vt-step-heading">
        {title}
      </h2>
      {alreadyVoted ? (
        <div class="notice-info vt-repeat">
          <p>{t('voting.done.repeatEarlier', { when: formatDateTime(alreadyVoted.firstCastAt, lang) })}</p>
          <p>{t(alreadyVoted.policy === 'void-all' ? 'voting.done.repeatVoidAll' : 'voting.done.repeatKeepFirst')}</p>
        </div>
      ) : null}
      <p class="vt-lead">{t(alreadyVoted ? 'voting.done.repeatLead' : 'voting.done.lead')}</p>
      <ReceiptBox receipt={receipt} />
      <h3>{t('voting.done.whatNow')}</h3>
      <ul class="vt-steps-list">
        <li>{t('voting.done.writeDown')}</li>
        <li>{t('voting.done.check')}</li>
        <li>{t('voting.done.secret')}</li>
      </ul>
      <div class="actions">
        <a
          class="button vt-button-large"
          href={`${publicPath(slug, year, 'potwierdzenie')}?kod=${encodeURIComponent(receipt)}`}
        >
          {t('voting.done.checkLink')}
        </a>
        <button type="button" class="button button-secondary vt-button-large" onClick={() => window.print()}>
          {t('voting.done.print')}
        </button>
      </div>
      <p>
        <a href={publicPath(slug, year)}>{t('voting.backToEdition')}</a>
      </p>
      <h3>{t('voting.done.anotherTitle')}</h3>
      <p>{t('voting.done.anotherText')}</p>
      <button type="button" class="button button-secondary" onClick={onAnotherVoter}>
        {t('voting.done.another')}
      </button>
    </section>
  )
}

export function AlreadyCast({
  slug,
  year,
  receipt,
  focus,
}: {
  slug: string
  year: string
  receipt: string | null
  focus: boolean
}) {
  const t = useT()
  const ref = useFocusOnMount<HTMLHeadingElement>(focus)
  return (
    <section class="vt-done" aria-labelledby="vt-already-title">
      <h2 id="vt-already-title" ref={ref} tabIndex={-1} class="vt-step-heading">
        {t('voting.already.title')}
      </h2>
      <p>{t('voting.already.text')}</p>
      {receipt ? <ReceiptBox receipt={receipt} /> : null}
      <p>
        <a href={publicPath(slug, year, 'potwierdzenie') + (receipt ? `?kod=${encodeURIComponent(receipt)}` : '')}>
          {t('voting.done.checkLink')}
        </a>
      </p>
    </section>
  )
}
