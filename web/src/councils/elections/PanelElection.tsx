import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  RadioGroup,
  TextAreaField,
  useFormId,
  CheckboxGroup,
} from '../../core/ui'
import { callApi } from '../candidates/paths'
import type { StaffCall } from '../candidates/types'
import { constituencyName, whoVotes } from './words'
import { electionApi, electionPaths } from './paths'
import { ElectionResults, LotList, VotingFacts } from './Results'
import type { ConstituencyResult, ElectorsAnswer, StaffElection } from './types'
import { rdeChoice } from './Vote'
import '../candidates/candidates.css'
import './elections.css'

/**
 * The "Wybory" section of a call in the panel (seats filled by election): announce the election (voting days, marks
 * per ballot, who votes); then its state with the ballots cast so far, the electors' list to load before voting
 * (electorate 'spis'), the count after the last day, a lot for each tie at the last seat, the publication of the
 * results and the appointment of the elected through the call. Each action reloads the call's card with a notice.
 */
export function ElectionSection({
  slug,
  body,
  call,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  onDone: (message: string) => void
}) {
  const t = useT()
  const res = useResource<StaffElection>(electionApi.staff(slug, body, call.number))
  const headingId = `rde-panel-${call.number}`
  const done = (message: string) => {
    res.reload()
    onDone(message)
  }
  return (
    <section aria-labelledby={headingId} class="rdc-section rde-panel">
      <h4 id={headingId}>{t('councils.elections.panel.heading', { number: call.number })}</h4>
      {res.status === 'loading' && !res.data ? <Loading /> : null}
      {res.status === 'error' && res.error.status === 404 ? (
        call.listPublishedAt ? (
          <Announce slug={slug} body={body} call={call} onDone={done} />
        ) : (
          <p>{t('councils.elections.panel.listFirst')}</p>
        )
      ) : null}
      {res.status === 'error' && res.error.status !== 404 ? (
        <ErrorState error={res.error} onRetry={res.reload} />
      ) : null}
      {res.data ? <Election slug={slug} body={body} call={call} e={res.data} onDone={done} /> : null}
    </section>
  )
}

function Announce({
  slug,
  body,
  call,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rde-new-${call.number}`)
  const form = useForm({
    votingFrom: '',
    votingTo: '',
    votesPerBallot: '1',
    electorate: 'deklaracja',
    voterMinAge: '',
    voterMaxAge: '',
  })
  const { values } = form
  const labels = {
    votingFrom: t('councils.elections.panel.votingFrom'),
    votingTo: t('councils.elections.panel.votingTo'),
    votesPerBallot: t('councils.elections.panel.votesPerBallot'),
    electorate: t('councils.elections.panel.electorate'),
    voterMinAge: t('councils.elections.panel.voterMinAge'),
    voterMaxAge: t('councils.elections.panel.voterMaxAge'),
  }
  const age = (v: string) => (v.trim() === '' ? undefined : Number(v))
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-h`}
      onSubmit={(e) => {
        e.preventDefault()
        void form
          .submit(
            t,
            () => {
              const errors: Record<string, string> = {}
              if (!values.votingFrom) errors.votingFrom = t('councils.elections.panel.dayMissing')
              if (!values.votingTo) errors.votingTo = t('councils.elections.panel.dayMissing')
              else if (values.votingFrom && values.votingTo < values.votingFrom)
                errors.votingTo = t('councils.elections.panel.toBeforeFrom')
              const n = Number(values.votesPerBallot)
              if (!Number.isInteger(n) || n < 1 || n > 50)
                errors.votesPerBallot = t('councils.elections.panel.votesInvalid')
              for (const k of ['voterMinAge', 'voterMaxAge'] as const) {
                const a = age(values[k])
                if (a !== undefined && (!Number.isInteger(a) || a < 0 || a > 130))
                  errors[k] = t('councils.elections.panel.ageInvalid')
              }
              return errors
            },
            async () =>
              void (await api(electionApi.staff(slug, body, call.number), {
                method: 'POST',
                body: {
                  votingFrom: values.votingFrom,
                  votingTo: values.votingTo,
                  votesPerBallot: Number(values.votesPerBallot),
                  electorate: values.electorate,
                  ...(age(values.voterMinAge) !== undefined ? { voterMinAge: age(values.voterMinAge) } : {}),
                  ...(age(values.voterMaxAge) !== undefined ? { voterMaxAge: age(values.voterMaxAge) } : {}),
                },
              })),
          )
          .then((ok) => ok && onDone(t('councils.elections.panel.announced', { number: call.number })))
      }}
    >
      <h5 id={`${formId}-h`}>{t('councils.elections.panel.announce')}</h5>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <Field formId={formId} {...form.field('votingFrom')} type="date" label={labels.votingFrom} />
      <Field
        formId={formId}
        {...form.field('votingTo')}
        type="date"
        label={labels.votingTo}
        hint={t('councils.elections.panel.votingToHint')}
      />
      <Field
        formId={formId}
        {...form.field('votesPerBallot')}
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        label={labels.votesPerBallot}
        hint={t('councils.elections.panel.votesPerBallotHint')}
      />
      <RadioGroup
        formId={formId}
        name="electorate"
        look={rdeChoice}
        legend={labels.electorate}
        error={form.errors.fields.electorate}
        value={values.electorate}
        onValue={(electorate) => form.setValues((v) => ({ ...v, electorate }))}
        options={[
          {
            value: 'deklaracja',
            label: t('councils.elections.electorate.deklaracja'),
            hint: t('councils.elections.electorate.deklaracjaHint'),
          },
          {
            value: 'spis',
            label: t('councils.elections.electorate.spis'),
            hint: t('councils.elections.electorate.spisHint'),
          },
        ]}
      />
      {(['voterMinAge', 'voterMaxAge'] as const).map((k) => (
        <Field
          key={k}
          formId={formId}
          {...form.field(k)}
          type="number"
          inputMode="numeric"
          min={0}
          max={130}
          optional
          label={labels[k]}
          hint={t('councils.elections.panel.ageHint')}
        />
      ))}
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.elections.panel.announceSubmit')}
      </button>
    </form>
  )
}

function Election({
  slug,
  body,
  call,
  e,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  e: StaffElection
  onDone: (message: string) => void
}) {
  const t = useT()
  const action = useSubmit()
  const formId = `rde-act-${call.number}`
  const post = (path: string, message: string) =>
    void action
      .submit(
        t,
        () => ({}),
        async () => void (await api(path, { method: 'POST' })),
      )
      .then((ok) => ok && onDone(message))
  const ties = (e.results ?? []).filter((r) => r.tie)
  const appointed = e.winners.every((id) => call.candidates.find((c) => c.id === id)?.status === 'wybrany')
  return (
    <>
      <dl class="rdc-facts">
        <VotingFacts e={e} />
        <dt>{t('councils.elections.fact.who')}</dt>
        <dd>{whoVotes(e, t).join(' ')}</dd>
        {e.electorate === 'spis' ? (
          <>
            <dt>{t('councils.elections.fact.electors')}</dt>
            <dd>{e.electors}</dd>
          </>
        ) : null}
        <dt>{t('councils.elections.fact.ballots')}</dt>
        <dd>{e.ballots}</dd>
        {e.countedAt ? (
          <>
            <dt>{t('councils.elections.fact.countedAt')}</dt>
            <dd>
              <DateTime value={e.countedAt} kind="dateTime" />
            </dd>
          </>
        ) : null}
        {e.publishedAt ? (
          <>
            <dt>{t('councils.elections.fact.publishedAt')}</dt>
            <dd>
              <DateTime value={e.publishedAt} kind="dateTime" />
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={electionPaths.election(slug, call.number)}>
          {t('councils.elections.panel.publicPage', { number: call.number })}
        </a>
      </p>
      {e.electorate === 'spis' && e.phase === 'zapowiedziane' ? (
        <Electors slug={slug} body={body} e={e} number={call.number} onDone={onDone} />
      ) : null}
      <ErrorSummary errors={action.errors} formId={formId} labels={{}} version={action.version} />
      {e.phase === 'po_glosowaniu' ? (
        <button
          type="button"
          class="button"
          disabled={action.busy}
          onClick={() =>
            post(electionApi.count(slug, body, call.number), t('councils.elections.panel.counted', { n: e.ballots }))
          }
        >
          {t('councils.elections.panel.count')}
        </button>
      ) : null}
      {e.results ? (
        <>
          <h5>{t('councils.elections.panel.results')}</h5>
          <ElectionResults results={e.results} constituencies={e.constituencies} heading="h6" />
          <LotList lots={e.lots} results={e.results} constituencies={e.constituencies} heading="h6" />
        </>
      ) : null}
      {ties.map((r) => (
        <Lot key={r.constituency} slug={slug} body={body} number={call.number} e={e} result={r} onDone={onDone} />
      ))}
      {e.results && !ties.length && !e.publishedAt ? (
        <button
          type="button"
          class="button"
          disabled={action.busy}
          onClick={() => post(electionApi.publish(slug, body, call.number), t('councils.elections.panel.published'))}
        >
          {t('councils.elections.panel.publish')}
        </button>
      ) : null}
      {e.publishedAt && e.winners.length ? (
        appointed ? (
          <p>{t('councils.elections.panel.appointedAll')}</p>
        ) : (
          <AppointWinners slug={slug} body={body} number={call.number} e={e} onDone={onDone} />
        )
      ) : null}
    </>
  )
}

function Electors({
  slug,
  body,
  number,
  e,
  onDone,
}: {
  slug: string
  body: string
  number: number
  e: StaffElection
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rde-spis-${number}`)
  const form = useForm({ text: '' })
  const [answer, setAnswer] = useState<ElectorsAnswer | null>(null)
  const label = t('councils.elections.panel.electorsText')
  const several = e.constituencies.length > 1
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-h`}
      onSubmit={(ev) => {
        ev.preventDefault()
        void form.submit(
          t,
          (): Record<string, string> =>
            form.values.text.trim() ? {} : { text: t('councils.elections.panel.electorsMissing') },
          async () => {
            const r = await api<ElectorsAnswer>(electionApi.electors(slug, body, number), {
              method: 'PUT',
              body: { text: form.values.text },
            })
            setAnswer(r)
            onDone(t('councils.elections.panel.electorsSaved', { n: r.electors }))
          },
        )
      }}
    >
      <h5 id={`${formId}-h`}>{t('councils.elections.panel.electors')}</h5>
      <p>
        {t(several ? 'councils.elections.panel.electorsFormat' : 'councils.elections.panel.electorsFormatOne', {
          keys: e.constituencies.map((o) => `${o.key} (${o.name})`).join(', '),
        })}
      </p>
      <ErrorSummary errors={form.errors} formId={formId} labels={{ text: label }} version={form.version} />
      <TextAreaField formId={formId} {...form.field('text')} label={label} rows={8} spellcheck={false} />
      {answer ? (
        <div class="notice-info" role="status">
          <p>{t('councils.elections.panel.electorsSaved', { n: answer.electors })}</p>
          <ul>
            {Object.entries(answer.perConstituency).map(([key, n]) => (
              <li key={key}>{`${constituencyName(e.constituencies, key, t)}: ${n}`}</li>
            ))}
          </ul>
          {answer.rejectedLines.length ? (
            <p>{t('councils.elections.panel.electorsRejected', { lines: answer.rejectedLines.join(', ') })}</p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.elections.panel.electorsSubmit')}
      </button>
    </form>
  )
}

function Lot({
  slug,
  body,
  number,
  e,
  result,
  onDone,
}: {
  slug: string
  body: string
  number: number
  e: StaffElection
  result: ConstituencyResult
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rde-lot-${number}-${result.constituency || 'all'}`)
  const tie = result.tie!
  const [elected, setElected] = useState<string[]>([])
  const [note, setNote] = useState('')
  const form = useSubmit()
  const name = constituencyName(e.constituencies, result.constituency, t)
  const tied = result.candidates.filter((c) => tie.candidateIds.includes(c.id))
  const labels = {
    elected: t('councils.elections.panel.lotWho', { seats: tie.seats }),
    note: t('councils.elections.panel.lotNote'),
  }
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-h`}
      onSubmit={(ev) => {
        ev.preventDefault()
        void form
          .submit(
            t,
            () => {
              const errors: Record<string, string> = {}
              if (elected.length !== tie.seats)
                errors.elected = t('councils.elections.panel.lotCount', { seats: tie.seats })
              if (!note.trim()) errors.note = t('councils.elections.panel.lotNoteMissing')
              return errors
            },
            async () =>
              void (await api(electionApi.lot(slug, body, number), {
                method: 'POST',
                body: { constituency: result.constituency, elected, note: note.trim() },
              })),
          )
          .then((ok) => ok && onDone(t('councils.elections.panel.lotSaved', { name })))
      }}
    >
      <h5 id={`${formId}-h`}>{t('councils.elections.panel.lot', { name })}</h5>
      <p>
        {t('councils.elections.panel.lotIntro', {
          names: tied.map((c) => c.name).join(', '),
          votes: tied[0]?.votes ?? 0,
          seats: tie.seats,
        })}
      </p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <CheckboxGroup
        formId={formId}
        name="elected"
        look={rdeChoice}
        legend={labels.elected}
        error={form.errors.fields.elected}
        values={elected}
        onValues={setElected}
        options={tied.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextAreaField
        formId={formId}
        name="note"
        label={labels.note}
        hint={t('councils.elections.panel.lotNoteHint')}
        value={note}
        onValue={setNote}
        error={form.errors.fields.note}
        maxLength={500}
        rows={3}
      />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.elections.panel.lotSubmit')}
      </button>
    </form>
  )
}

function AppointWinners({
  slug,
  body,
  number,
  e,
  onDone,
}: {
  slug: string
  body: string
  number: number
  e: StaffElection
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rde-app-${number}`)
  const form = useForm({ startsOn: '' })
  const names = (e.results ?? [])
    .flatMap((r) => r.candidates)
    .filter((c) => e.winners.includes(c.id))
    .map((c) => c.name)
  const label = t('councils.candidates.panel.startsOn')
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-h`}
      onSubmit={(ev) => {
        ev.preventDefault()
        void form
          .submit(
            t,
            (): Record<string, string> =>
              form.values.startsOn ? {} : { startsOn: t('councils.candidates.panel.startsOnMissing') },
            async () =>
              void (await api(callApi.appoint(slug, body, number), {
                method: 'POST',
                body: { candidateIds: e.winners, startsOn: form.values.startsOn },
              })),
          )
          .then((ok) => ok && onDone(t('councils.candidates.panel.appointed', { count: e.winners.length })))
      }}
    >
      <h5 id={`${formId}-h`}>{t('councils.elections.panel.appoint')}</h5>
      <p>{t('councils.elections.panel.appointWho', { names: names.join(', ') })}</p>
      <ErrorSummary errors={form.errors} formId={formId} labels={{ startsOn: label }} version={form.version} />
      <Field formId={formId} {...form.field('startsOn')} type="date" label={label} />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.elections.panel.appointSubmit')}
      </button>
    </form>
  )
}
