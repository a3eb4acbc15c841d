import '../i18n/pages'
import { useState } from 'preact/hooks'
import { checkBallot } from '../../../../worker/budget/domain/ballot'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import {
  DataRegion,
  DateTime,
  ErrorState,
  ErrorSummary,
  errorsFromApi,
  Checkbox,
  Field,
  FieldMessages,
  Loading,
  noErrors,
  Notice,
  PageHeading,
  SelectField,
  useFormId,
  type FormErrors,
} from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import {
  AGE_BANDS,
  editionApi,
  panelBoPath,
  staffApi,
  type Choices,
  type Edition,
  type FinalList,
  type PaperCard,
} from './api'
import { vtChoice } from './controls'
import { zl } from './format'
import './voting.css'

/**
 * `/panel/{slug}/bo/{year}/karty`: paper ballots keyed in by one staff member and confirmed (or rejected, with a
 * reason) by another — the second pair of eyes compares the card with what was typed.
 */
export function PanelPaperCards({ slug, year }: { slug: string; year: string }) {
  return (
    <TenantPanelFrame slug={slug} section="budget">
      {(ctx) => <Body ctx={ctx} year={year} />}
    </TenantPanelFrame>
  )
}

const FLAGS = ['unsigned', 'limitsExceeded', 'unreadable', 'late'] as const
type Flag = (typeof FLAGS)[number]

interface CardForm {
  cardNumber: string
  choices: Choices
  firstName: string
  lastName: string
  address: string
  residenceDeclared: boolean
  pesel: string
  ageBand: string
  sex: string
  flags: Record<Flag, boolean>
}

const emptyCard: CardForm = {
  cardNumber: '',
  choices: {},
  firstName: '',
  lastName: '',
  address: '',
  residenceDeclared: true,
  pesel: '',
  ageBand: '',
  sex: '',
  flags: { unsigned: false, limitsExceeded: false, unreadable: false, late: false },
}

type Project = FinalList['pools'][number]['projects'][number]
const costOf = (p: Project) => p.revisedCost ?? p.cost

function Body({ ctx, year }: { ctx: TenantPanelContext; year: string }) {
  const t = useT()
  const { slug } = ctx
  const edition = useResource<Edition>(editionApi(slug, year))
  const list = useResource<FinalList>(`${editionApi(slug, year)}/final-list`)
  const cards = useResource<{ items: PaperCard[] }>(`${staffApi(slug, year)}/paper-cards`)
  const [notice, setNotice] = useState<string | null>(null)
  const title = edition.data ? t('voting.cards.title', { title: edition.data.title }) : t('voting.cards.titleShort')

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ul class="vt-inline-links">
        <li>
          <a href={panelBoPath(slug, year)}>{t('voting.panel.backToEdition')}</a>
        </li>
        <li>
          <a href={panelBoPath(slug, year, 'wyniki')}>{t('voting.panelResults.titleShort')}</a>
        </li>
      </ul>
      <p>{t('voting.cards.intro')}</p>
      <Notice message={notice} />
      <DataRegion busy={edition.status === 'loading' || list.status === 'loading'}>
        {edition.status === 'error' ? (
          <ErrorState error={edition.error} onRetry={edition.reload} />
        ) : list.status === 'error' ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : edition.data && list.data ? (
          <EntryForm
            slug={slug}
            year={year}
            edition={edition.data}
            pools={list.data.pools}
            onSaved={(number) => {
              setNotice(t('voting.cards.saved', { number }))
              cards.reload()
            }}
          />
        ) : (
          <Loading />
        )}
      </DataRegion>
      <section class="panel-section" aria-labelledby="vt-cards-list">
        <h2 id="vt-cards-list">{t('voting.cards.listTitle')}</h2>
        <DataRegion busy={cards.status === 'loading'}>
          {cards.status === 'error' && !cards.data ? (
            <ErrorState error={cards.error} onRetry={cards.reload} />
          ) : cards.data && list.data ? (
            <CardList
              ctx={ctx}
              year={year}
              items={cards.data.items}
              pools={list.data.pools}
              onChanged={(message) => {
                setNotice(message)
                cards.reload()
              }}
            />
          ) : (
            <Loading />
          )}
        </DataRegion>
      </section>
    </>
  )
}

function EntryForm({
  slug,
  year,
  edition,
  pools,
  onSaved,
}: {
  slug: string
  year: string
  edition: Edition
  pools: FinalList['pools']
  onSaved: (number: string) => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('karta')
  const [form, setForm] = useState<CardForm>(emptyCard)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [resetKey, setResetKey] = useState(0)
  const format = edition.rules.ballot.format
  const points = edition.rules.ballot.points ?? []
  const set = (patch: Partial<CardForm>) => setForm((prev) => ({ ...prev, ...patch }))
  const setChoice = (poolId: string, projectId: string, value: number | null) =>
    setForm((prev) => {
      const pool = { ...(prev.choices[poolId] ?? {}) }
      if (value) pool[projectId] = value
      else delete pool[projectId]
      const choices = { ...prev.choices, [poolId]: pool }
      if (Object.keys(pool).length === 0) delete choices[poolId]
      return { ...prev, choices }
    })

  // The ballot rules as a warning only: a card is typed in as it is; its validity is decided on confirmation.
  const ruleWarnings = Object.keys(form.choices).length
    ? checkBallot(
        pools.map((p) => ({
          id: p.id,
          name: p.name,
          kind: (edition.pools.find((e) => e.id === p.id)?.kind ?? 'jst') as 'jst',
          amount: p.amount,
          projects: p.projects.map((x) => ({ id: x.id, cost: costOf(x) })),
        })),
        {
          format,
          points,
          minProjects: edition.rules.ballot.minProjects ?? 0,
          maxProjects: edition.rules.ballot.maxProjects ?? null,
          areaPools: edition.rules.ballot.areaPools ?? 'any-one-area',
        },
        form.choices,
      ).map((i) => i.detail)
    : []

  const labels: Record<string, string> = {
    cardNumber: t('voting.cards.cardNumber'),
    'identity.firstName': t('voting.field.identity.firstName'),
    'identity.lastName': t('voting.field.identity.lastName'),
    'identity.address': t('voting.field.identity.address'),
    'identity.pesel': t('voting.field.identity.pesel'),
  }

  const submit = async () => {
    const fields: Record<string, string> = {}
    if (!form.cardNumber.trim()) fields.cardNumber = t('voting.cards.cardNumber.missing')
    if (!form.firstName.trim()) fields['identity.firstName'] = t('voting.identity.firstName.missing')
    if (!form.lastName.trim()) fields['identity.lastName'] = t('voting.identity.lastName.missing')
    if (form.address.trim().length < 3) fields['identity.address'] = t('voting.identity.address.missing')
    if (Object.keys(fields).length) {
      setErrors({ general: null, fields })
      setVersion((v) => v + 1)
      return
    }
    setBusy(true)
    try {
      await api(`${staffApi(slug, year)}/paper-cards`, {
        method: 'POST',
        body: {
          cardNumber: form.cardNumber.trim(),
          choices: form.choices,
          identity: {
            firstName: form.firstName.trim(),
            lastName: form.lastName.trim(),
            address: form.address.trim(),
            residenceDeclared: form.residenceDeclared,
            ...(edition.rules.askPesel && form.pesel.trim() ? { pesel: form.pesel.trim() } : {}),
            ...(form.ageBand ? { ageBand: form.ageBand } : {}),
            ...(form.sex ? { sex: form.sex } : {}),
          },
          flags: form.flags,
        },
      })
      onSaved(form.cardNumber.trim())
      setForm(emptyCard)
      setErrors(noErrors)
      setResetKey((k) => k + 1)
      document.getElementById(`${formId}-cardNumber`)?.focus()
    } catch (error) {
      setErrors(errorsFromApi(error, t, { waitOnce: true }))
      setVersion((v) => v + 1)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel-section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('voting.cards.entryTitle')}</h2>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form
        key={resetKey}
        class="vt-card-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!busy) void submit()
        }}
      >
        <Field
          formId={formId}
          name="cardNumber"
          label={t('voting.cards.cardNumber')}
          error={errors.fields.cardNumber}
          value={form.cardNumber}
          onValue={(cardNumber) => set({ cardNumber })}
          maxLength={40}
          autocomplete="off"
        />
        {pools
          .filter((pool) => pool.projects.length > 0)
          .map((pool) => (
            <fieldset class="vt-fieldset vt-card-pool" key={pool.id}>
              <legend>{t('voting.cards.poolLegend', { name: pool.name })}</legend>
              {[...pool.projects]
                .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
                .map((project) => {
                  const label = `${project.number != null ? `${t('voting.pool.number', { number: project.number })} ` : ''}${project.title} (${zl(costOf(project), lang)})`
                  const value = form.choices[pool.id]?.[project.id]
                  if (format === 'points') {
                    return (
                      <SelectField
                        key={project.id}
                        formId={formId}
                        name={`p-${project.id}`}
                        label={label}
                        value={value ? String(value) : ''}
                        onValue={(v) => setChoice(pool.id, project.id, v ? Number(v) : null)}
                        options={[
                          { value: '', label: t('voting.pool.noPoints') },
                          ...[...new Set(points)]
                            .sort((a, b) => b - a)
                            .map((p) => ({ value: String(p), label: t('voting.pool.pointsValue', { points: p }) })),
                        ]}
                      />
                    )
                  }
                  return (
                    <Checkbox
                      key={project.id}
                      look={vtChoice}
                      formId={formId}
                      name={`p-${project.id}`}
                      label={label}
                      checked={value !== undefined}
                      onChecked={(on) => setChoice(pool.id, project.id, on ? 1 : null)}
                    />
                  )
                })}
            </fieldset>
          ))}
        {ruleWarnings.length ? (
          <div class="notice-info vt-rule-warning">
            <p>{t('voting.cards.ruleWarning')}</p>
            <ul>
              {ruleWarnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <fieldset class="vt-fieldset">
          <legend>{t('voting.cards.identityLegend')}</legend>
          <Field
            formId={formId}
            name="identity.firstName"
            label={t('voting.field.identity.firstName')}
            error={errors.fields['identity.firstName']}
            value={form.firstName}
            onValue={(firstName) => set({ firstName })}
            maxLength={80}
            autocomplete="off"
          />
          <Field
            formId={formId}
            name="identity.lastName"
            label={t('voting.field.identity.lastName')}
            error={errors.fields['identity.lastName']}
            value={form.lastName}
            onValue={(lastName) => set({ lastName })}
            maxLength={120}
            autocomplete="off"
          />
          <Field
            formId={formId}
            name="identity.address"
            label={t('voting.field.identity.address')}
            error={errors.fields['identity.address']}
            value={form.address}
            onValue={(address) => set({ address })}
            maxLength={300}
            autocomplete="off"
          />
          {edition.rules.askPesel ? (
            <Field
              formId={formId}
              name="identity.pesel"
              label={t('voting.field.identity.pesel')}
              error={errors.fields['identity.pesel']}
              value={form.pesel}
              onValue={(pesel) => set({ pesel: pesel.replace(/\D/g, '') })}
              inputMode="numeric"
              maxLength={11}
              optional
              autocomplete="off"
            />
          ) : null}
          <div class="field">
            <Checkbox
              look={vtChoice}
              formId={formId}
              name="identity.residenceDeclared"
              label={t('voting.cards.residence')}
              checked={form.residenceDeclared}
              onChecked={(residenceDeclared) => set({ residenceDeclared })}
            />
          </div>
          <SelectField
            formId={formId}
            name="identity.ageBand"
            label={t('voting.field.identity.ageBand')}
            value={form.ageBand}
            onValue={(ageBand) => set({ ageBand })}
            options={[
              { value: '', label: t('voting.cards.notGiven') },
              ...AGE_BANDS.map((band) => ({ value: band, label: t(`voting.ageBand.${band}`) })),
            ]}
          />
          <SelectField
            formId={formId}
            name="identity.sex"
            label={t('voting.field.identity.sex')}
            value={form.sex}
            onValue={(sex) => set({ sex })}
            options={[
              { value: '', label: t('voting.cards.notGiven') },
              { value: 'k', label: t('voting.sex.k') },
              { value: 'm', label: t('voting.sex.m') },
            ]}
          />
        </fieldset>
        <fieldset class="vt-fieldset" aria-describedby={`${formId}-flags-hint`}>
          <legend>{t('voting.cards.flagsLegend')}</legend>
          <FieldMessages id={`${formId}-flags`} hint={t('voting.cards.flagsHint')} />
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              look={vtChoice}
              formId={formId}
              name={`flag-${flag}`}
              label={t(`voting.cards.flag.${flag}`)}
              checked={form.flags[flag]}
              onChecked={(on) => set({ flags: { ...form.flags, [flag]: on } })}
            />
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('voting.cards.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}

function CardList({
  ctx,
  year,
  items,
  pools,
  onChanged,
}: {
  ctx: TenantPanelContext
  year: string
  items: PaperCard[]
  pools: FinalList['pools']
  onChanged: (message: string) => void
}) {
  const t = useT()
  const pending = items.filter((c) => c.status === 'pending')
  const decided = items.filter((c) => c.status !== 'pending')
  if (items.length === 0) {
    return (
      <div class="state state-empty" role="status">
        <p class="state-title">{t('voting.cards.none')}</p>
      </div>
    )
  }
  return (
    <>
      <h3>{t('voting.cards.pending', { n: pending.length })}</h3>
      {pending.length ? (
        <ul class="vt-card-list">
          {pending.map((card) => (
            <CardItem key={card.id} ctx={ctx} year={year} card={card} pools={pools} onChanged={onChanged} />
          ))}
        </ul>
      ) : (
        <p>{t('voting.cards.nonePending')}</p>
      )}
      {decided.length ? (
        <>
          <h3>{t('voting.cards.decided', { n: decided.length })}</h3>
          <ul class="vt-card-list">
            {decided.map((card) => (
              <CardItem key={card.id} ctx={ctx} year={year} card={card} pools={pools} onChanged={onChanged} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

function CardItem({
  ctx,
  year,
  card,
  pools,
  onChanged,
}: {
  ctx: TenantPanelContext
  year: string
  card: PaperCard
  pools: FinalList['pools']
  onChanged: (message: string) => void
}) {
  const t = useT()
  const mine = card.enteredBy === ctx.user.id
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<FormErrors>(noErrors)
  const [busy, setBusy] = useState(false)
  const id = `vt-card-${card.id}`
  const base = `${staffApi(ctx.slug, year)}/paper-cards/${encodeURIComponent(card.id)}`

  const confirm = async () => {
    setBusy(true)
    setProblem(noErrors)
    try {
      const result = await api<{ ballotStatus: string; reasons: string[] }>(`${base}/confirm`, { method: 'POST' })
      const status = t(`voting.ballotStatus.${result.ballotStatus}`)
      onChanged(
        result.reasons.length
          ? t('voting.cards.confirmedWithReasons', {
              number: card.cardNumber,
              status,
              reasons: result.reasons.join('; '),
            })
          : t('voting.cards.confirmed', { number: card.cardNumber, status }),
      )
    } catch (error) {
      setProblem(errorsFromApi(error, t, { waitOnce: true }))
    } finally {
      setBusy(false)
    }
  }

  const reject = async () => {
    if (reason.trim().length < 5) {
      setProblem({ general: null, fields: { reason: t('voting.cards.reason.short') } })
      document.getElementById(`${id}-reason`)?.focus()
      return
    }
    setBusy(true)
    setProblem(noErrors)
    try {
      await api(`${base}/reject`, { method: 'POST', body: { reason: reason.trim() } })
      onChanged(t('voting.cards.rejected', { number: card.cardNumber }))
    } catch (error) {
      setProblem(errorsFromApi(error, t, { waitOnce: true }))
    } finally {
      setBusy(false)
    }
  }

  const identity = card.data.identity
  const flags = FLAGS.filter((f) => card.flags[f])
  return (
    <li class="vt-card">
      <h4 id={`${id}-title`} class="vt-card-title">
        {t('voting.cards.cardTitle', { number: card.cardNumber })}{' '}
        <span class={card.status === 'confirmed' ? 'status status-ok' : 'status status-off'}>
          {t(`voting.cards.status.${card.status}`)}
        </span>
      </h4>
      <p class="vt-muted">
        {t(mine ? 'voting.cards.enteredByYou' : 'voting.cards.enteredByOther')}{' '}
        <DateTime value={card.enteredAt} withTime />
      </p>
      <dl class="vt-facts">
        <dt>{t('voting.summary.name')}</dt>
        <dd>{`${identity.firstName ?? ''} ${identity.lastName ?? ''}`.trim()}</dd>
        <dt>{t('voting.field.identity.address')}</dt>
        <dd>{identity.address ?? ''}</dd>
        <dt>{t('voting.cards.residenceShort')}</dt>
        <dd>{identity.residenceDeclared ? t('voting.results.yes') : t('voting.results.no')}</dd>
        <dt>{t('voting.cards.choices')}</dt>
        <dd>
          <ChosenList choices={card.data.choices} pools={pools} />
        </dd>
        <dt>{t('voting.cards.flagsShort')}</dt>
        <dd>{flags.length ? flags.map((f) => t(`voting.cards.flag.${f}`)).join('; ') : t('voting.cards.noFlags')}</dd>
        {card.reason ? (
          <>
            <dt>{t('voting.cards.reason')}</dt>
            <dd>{card.reason}</dd>
          </>
        ) : null}
      </dl>
      {problem.general ? (
        <div class="state state-error" role="alert">
          <p>{problem.general}</p>
        </div>
      ) : null}
      {card.status === 'pending' ? (
        mine ? (
          <p class="hint">{t('voting.cards.otherConfirms')}</p>
        ) : rejecting ? (
          <div class="vt-reject">
            <div class={problem.fields.reason ? 'field field-invalid' : 'field'}>
              <label for={`${id}-reason`}>{t('voting.cards.reasonLabel', { number: card.cardNumber })}</label>
              <FieldMessages id={`${id}-reason`} hint={t('voting.cards.reasonHint')} error={problem.fields.reason} />
              <textarea
                id={`${id}-reason`}
                rows={3}
                value={reason}
                maxLength={2000}
                onInput={(event) => setReason((event.currentTarget as HTMLTextAreaElement).value)}
                aria-invalid={problem.fields.reason ? 'true' : undefined}
                aria-describedby={[`${id}-reason-hint`, problem.fields.reason ? `${id}-reason-error` : null]
                  .filter(Boolean)
                  .join(' ')}
              />
            </div>
            <div class="actions">
              <button type="button" class="button button-danger" onClick={() => void reject()} disabled={busy}>
                {t('voting.cards.rejectSubmit')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => {
                  setRejecting(false)
                  setProblem(noErrors)
                }}
                disabled={busy}
              >
                {t('action.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => void confirm()}
              disabled={busy}
              aria-busy={busy ? 'true' : undefined}
            >
              {t('voting.cards.confirm')}
              <span class="visually-hidden"> {t('voting.cards.cardTitle', { number: card.cardNumber })}</span>
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setRejecting(true)
                setTimeout(() => document.getElementById(`${id}-reason`)?.focus(), 0)
              }}
              disabled={busy}
            >
              {t('voting.cards.reject')}
              <span class="visually-hidden"> {t('voting.cards.cardTitle', { number: card.cardNumber })}</span>
            </button>
          </div>
        )
      ) : null}
    </li>
  )
}

function ChosenList({ choices, pools }: { choices: Choices; pools: FinalList['pools'] }) {
  const t = useT()
  const rows = Object.entries(choices).flatMap(([poolId, chosen]) => {
    const pool = pools.find((p) => p.id === poolId)
    return Object.entries(chosen).map(([projectId, pts]) => {
      const project = pool?.projects.find((p) => p.id === projectId)
      return {
        key: `${poolId}-${projectId}`,
        text: `${pool?.name ?? poolId}: ${project ? `${project.number != null ? `${t('voting.pool.number', { number: project.number })} ` : ''}${project.title}` : projectId}${pts !== 1 ? ` (${t('voting.pool.pointsValue', { points: pts })})` : ''}`,
      }
    })
  })
  if (rows.length === 0) return <>{t('voting.cards.noChoices')}</>
  return (
    <ul class="vt-plain-list">
      {rows.map((r) => (
        <li key={r.key}>{r.text}</li>
      ))}
    </ul>
  )
}
