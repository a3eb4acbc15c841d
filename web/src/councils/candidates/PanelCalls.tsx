import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { TenantPanelFrame } from '../../core/layout/TenantPanelFrame'
import {
  DateTime,
  Email,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  Notice,
  PageHeading,
  SelectField,
  useFormId,
  CheckboxGroup,
} from '../../core/ui'
import { ElectionSection } from '../elections/PanelElection'
import { needsGuardianConsent } from '../../../../worker/councils/domain/candidates'
import { bodyOf, checkPerson, daysOf, emptyPerson, PersonFields, personLabels, rdcChoice, statuteOf } from './person'
import { callApi, callPaths } from './paths'
import type { StaffCall, StaffCalls } from './types'
import './candidates.css'
import { BodyPanelCrumbs } from '../ui/BodyPanelCrumbs'

/**
 * `/panel/{slug}/rady/{body}/nabory` (admin, koordynator): the body's calls for candidates — open a call for a seat
 * category of the statute, then for each call its candidacies with status (personal data: staff only), verification
 * with the reason of a refusal, the publication of the list after the last day, and the appointment of verified
 * candidates as members (their keys e-mailed).
 */
export function PanelCalls({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const title = t('councils.candidates.panel.title')
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {() => (
        <div>
          <BodyPanelCrumbs slug={slug} body={body} title={title} />
          <PageHeading title={title}>{title}</PageHeading>
          <CallsWork slug={slug} body={body} />
        </div>
      )}
    </TenantPanelFrame>
  )
}

function CallsWork({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const res = useResource<StaffCalls>(callApi.calls(slug, body))
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setNotice(message)
    res.reload()
  }
  return (
    <>
      <Notice message={notice} />
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {res.status === 'loading' && !res.data ? <Loading /> : null}
      {res.data ? (
        <>
          <section aria-labelledby="rdc-calls" class="rdc-section">
            <h2 id="rdc-calls">{t('councils.candidates.panel.calls')}</h2>
            {res.data.items.length === 0 ? <p>{t('councils.candidates.panel.none')}</p> : null}
            <ul class="rdc-list">
              {res.data.items.map((c) => (
                <li key={c.number} class="rdc-card">
                  <CallCard slug={slug} body={body} call={c} onDone={done} />
                </li>
              ))}
            </ul>
          </section>
          <NewCall slug={slug} body={body} seats={res.data.seats} onDone={done} />
        </>
      ) : null}
    </>
  )
}

function CallCard({
  slug,
  body,
  call: c,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  onDone: (message: string) => void
}) {
  const t = useT()
  const form = useSubmit()
  return (
    <>
      <h3>{t('councils.candidates.panel.callHeading', { number: c.number, title: c.title })}</h3>
      <p>
        {t(`councils.candidates.callStatus.${c.status}`)} · {t('councils.candidates.call.deadline')}:{' '}
        <DateTime value={c.deadline} kind="date" /> ·{' '}
        <a href={callPaths.call(slug, c.number)}>{t('councils.candidates.panel.publicPage', { number: c.number })}</a>
      </p>
      <ErrorSummary errors={form.errors} formId={`rdc-pub-${c.number}`} labels={{}} version={form.version} />
      {c.listPublishedAt ? (
        <p>
          {t('councils.candidates.list.publishedOn')} <DateTime value={c.listPublishedAt} kind="date" />
        </p>
      ) : (
        <button
          type="button"
          class="button button-secondary"
          disabled={form.busy}
          onClick={() =>
            void form
              .submit(
                t,
                () => ({}),
                async () => void (await api(callApi.publish(slug, body, c.number), { method: 'POST' })),
              )
              .then((ok) => ok && onDone(t('councils.candidates.panel.published', { number: c.number })))
          }
        >
          {t('councils.candidates.panel.publish', { number: c.number })}
        </button>
      )}
      <h4>{t('councils.candidates.panel.candidates')}</h4>
      {c.candidates.length === 0 ? <p>{t('councils.candidates.list.empty')}</p> : null}
      <ul class="rdc-list">
        {c.candidates.map((x) => (
          <li key={x.id} class="rdc-card">
            <CandidateCard slug={slug} body={body} candidate={x} onDone={onDone} />
          </li>
        ))}
      </ul>
      {c.status === 'otwarty' && c.phase === 'przyjmuje' && c.rules?.constituencies.some((o) => o.kind === 'szkola') ? (
        <SchoolNomination slug={slug} body={body} call={c} onDone={onDone} />
      ) : null}
      {c.candidates.some((x) => x.status === 'zweryfikowany') ? (
        <Appoint slug={slug} body={body} call={c} onDone={onDone} />
      ) : null}
      {c.category?.fill === 'wybory' ? <ElectionSection slug={slug} body={body} call={c} onDone={onDone} /> : null}
    </>
  )
}

function CandidateCard({
  slug,
  body,
  candidate: x,
  onDone,
}: {
  slug: string
  body: string
  candidate: StaffCall['candidates'][number]
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdc-v-${x.id}`)
  const [reason, setReason] = useState('')
  const [refusing, setRefusing] = useState(false)
  const form = useSubmit()
  const verify = (decision: 'zweryfikowany' | 'odrzucony') =>
    void form
      .submit(
        t,
        (): Record<string, string> =>
          decision === 'odrzucony' && reason.trim().length < 5
            ? { reason: t('councils.candidates.panel.reasonMissing') }
            : {},
        async () =>
          void (await api(callApi.verify(slug, body, x.id), {
            method: 'POST',
            body: decision === 'odrzucony' ? { decision, reason } : { decision },
          })),
      )
      .then((ok) => ok && onDone(t(`councils.candidates.panel.verified.${decision}`, { name: x.name })))
  const open = x.status === 'zgloszony' || x.status === 'zweryfikowany' || x.status === 'odrzucony'
  return (
    <>
      <h5 class="rdc-name">{x.name}</h5>
      <dl class="rdc-facts">
        <dt>{t('councils.candidates.call.status')}</dt>
        <dd class="rdc-status">{t(`councils.candidates.status.${x.status}`)}</dd>
        {x.nominator ? (
          <>
            <dt>{t('councils.candidates.candidacy.nominator')}</dt>
            <dd>{x.nominator}</dd>
          </>
        ) : null}
        {x.nominationFile ? (
          <>
            <dt>{t('councils.candidates.resolution.heading')}</dt>
            <dd>
              <a href={`/api/v1${callApi.nominationFile(slug, body, x.id)}`} download>
                {t('councils.candidates.panel.resolutionLink', { name: x.name })}
              </a>
            </dd>
          </>
        ) : null}
        {x.email ? (
          <>
            <dt>{t('councils.candidates.form.email')}</dt>
            <dd>
              <Email value={x.email} />
            </dd>
          </>
        ) : null}
        {x.birthDate ? (
          <>
            <dt>{t('councils.candidates.form.birthDate')}</dt>
            <dd>
              <DateTime value={x.birthDate} kind="date" />
            </dd>
          </>
        ) : null}
        {x.guardian ? (
          <>
            <dt>{t('councils.candidates.panel.guardian')}</dt>
            <dd>
              {x.guardian.confirmedAt
                ? t('councils.candidates.panel.guardianYes')
                : t('councils.candidates.panel.guardianNo')}
            </dd>
          </>
        ) : null}
        {x.support ? (
          <>
            <dt>{t('councils.candidates.candidacy.support')}</dt>
            <dd>{t('councils.candidates.support.count', { valid: x.support.valid, needed: x.support.needed })}</dd>
          </>
        ) : null}
        {x.reason ? (
          <>
            <dt>{t('councils.candidates.candidacy.reason')}</dt>
            <dd>{x.reason}</dd>
          </>
        ) : null}
      </dl>
      {open ? (
        <>
          <ErrorSummary
            errors={form.errors}
            formId={formId}
            labels={{ reason: t('councils.candidates.panel.reason') }}
            version={form.version}
          />
          <div class="rdc-actions">
            {x.status !== 'zweryfikowany' ? (
              <button type="button" class="button" disabled={form.busy} onClick={() => verify('zweryfikowany')}>
                {t('councils.candidates.panel.verify', { name: x.name })}
              </button>
            ) : null}
            <button
              type="button"
              class="button button-secondary"
              aria-expanded={refusing}
              onClick={() => setRefusing(!refusing)}
            >
              {t('councils.candidates.panel.refuse', { name: x.name })}
            </button>
          </div>
          {refusing ? (
            <form
              noValidate
              aria-label={t('councils.candidates.panel.refuse', { name: x.name })}
              onSubmit={(e) => {
                e.preventDefault()
                verify('odrzucony')
              }}
            >
              <Field
                formId={formId}
                name="reason"
                label={t('councils.candidates.panel.reason')}
                value={reason}
                onValue={setReason}
                error={form.errors.fields.reason}
              />
              <button type="submit" class="button button-danger" disabled={form.busy}>
                {t('councils.candidates.panel.refuseSubmit')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </>
  )
}

function Appoint({
  slug,
  body,
  call: c,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdc-app-${c.number}`)
  const verified = c.candidates.filter((x) => x.status === 'zweryfikowany')
  const [chosen, setChosen] = useState<string[]>([])
  const [startsOn, setStartsOn] = useState('')
  const form = useSubmit()
  const labels = {
    candidateIds: t('councils.candidates.panel.appointWho'),
    startsOn: t('councils.candidates.panel.startsOn'),
  }
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
              if (!chosen.length) errors.candidateIds = t('councils.candidates.panel.appointNone')
              if (!startsOn) errors.startsOn = t('councils.candidates.panel.startsOnMissing')
              return errors
            },
            async () =>
              void (await api(callApi.appoint(slug, body, c.number), {
                method: 'POST',
                body: { candidateIds: chosen, startsOn },
              })),
          )
          .then((ok) => ok && onDone(t('councils.candidates.panel.appointed', { count: chosen.length })))
      }}
    >
      <h4 id={`${formId}-h`}>{t('councils.candidates.panel.appoint')}</h4>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <CheckboxGroup
        formId={formId}
        name="candidateIds"
        look={rdcChoice}
        legend={labels.candidateIds}
        error={form.errors.fields.candidateIds}
        values={chosen}
        onValues={setChosen}
        options={verified.map((x) => ({ value: x.id, label: x.nominator ? `${x.name} (${x.nominator})` : x.name }))}
      />
      <Field
        formId={formId}
        name="startsOn"
        type="date"
        label={labels.startsOn}
        value={startsOn}
        onValue={setStartsOn}
        error={form.errors.fields.startsOn}
      />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.candidates.panel.appointSubmit')}
      </button>
    </form>
  )
}

/**
 * A school's nomination, keyed in by staff on the school's behalf (youth councils elected in schools): the person's
 * fields of the call's statute, as on the call's page, and the nominating school, taken from the chosen school
 * constituency unless staff name it. A minor's guardian gets the consent link as with any candidacy.
 */
function SchoolNomination({
  slug,
  body,
  call: c,
  onDone,
}: {
  slug: string
  body: string
  call: StaffCall
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdc-school-${c.number}`)
  const [values, setValues] = useState(() => emptyPerson(c))
  const [schoolName, setSchoolName] = useState('')
  const form = useSubmit()
  const school = c.rules?.constituencies.find((o) => o.key === values.constituency && o.kind === 'szkola')
  const nominating = schoolName.trim() || school?.name || ''
  return (
    <details class="rdc-school">
      <summary>{t('councils.candidates.school.open', { number: c.number })}</summary>
      <form
        noValidate
        aria-labelledby={`${formId}-h`}
        onSubmit={(e) => {
          e.preventDefault()
          const statute = statuteOf(c)
          const minor = statute ? needsGuardianConsent(statute, values.birthDate || null, daysOf(c)) : false
          void form
            .submit(
              t,
              () => {
                const errors = checkPerson(c, values, t, false, `szkola:${nominating}`)
                if (nominating.length < 3) errors.schoolName = t('councils.candidates.school.nameMissing')
                return errors
              },
              async () =>
                void (await api(callApi.schoolNomination(slug, body, c.number), {
                  method: 'POST',
                  body: { ...bodyOf(c, values, minor), schoolName: nominating },
                })),
            )
            .then((ok) => {
              if (!ok) return
              onDone(t('councils.candidates.school.done', { name: values.name.trim(), school: nominating }))
              setValues(emptyPerson(c))
              setSchoolName('')
            })
        }}
      >
        <h4 id={`${formId}-h`}>{t('councils.candidates.school.heading', { number: c.number })}</h4>
        <ErrorSummary
          errors={form.errors}
          formId={formId}
          labels={{ ...personLabels(t), schoolName: t('councils.candidates.school.name') }}
          version={form.version}
        />
        <PersonFields
          formId={formId}
          c={c}
          values={values}
          setValues={setValues}
          errors={form.errors.fields}
          emailOptional
        />
        <Field
          formId={formId}
          name="schoolName"
          optional={!!school}
          label={t('councils.candidates.school.name')}
          hint={school ? t('councils.candidates.school.nameHint', { school: school.name }) : undefined}
          value={schoolName}
          onValue={setSchoolName}
          error={form.errors.fields.schoolName}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.candidates.school.submit')}
        </button>
      </form>
    </details>
  )
}

function NewCall({
  slug,
  body,
  seats,
  onDone,
}: {
  slug: string
  body: string
  seats: StaffCalls['seats']
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('rdc-new')
  const empty = {
    seatCategory: seats[0]?.key ?? '',
    title: '',
    opensOn: '',
    deadline: '',
    electionDay: '',
    termStart: '',
  }
  const form = useForm(empty)
  const { values } = form
  const labels = {
    seatCategory: t('councils.candidates.call.category'),
    title: t('councils.candidates.panel.callTitle'),
    opensOn: t('councils.candidates.call.opensOn'),
    deadline: t('councils.candidates.call.deadline'),
    electionDay: t('councils.candidates.call.electionDay'),
    termStart: t('councils.candidates.panel.termStart'),
  }
  return (
    <section aria-labelledby="rdc-new-h" class="rdc-section">
      <h2 id="rdc-new-h">{t('councils.candidates.panel.new')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void form
            .submit(
              t,
              () => {
                const errors: Record<string, string> = {}
                if (values.title.trim().length < 5) errors.title = t('councils.candidates.panel.titleMissing')
                for (const k of ['opensOn', 'deadline', 'electionDay', 'termStart'] as const)
                  if (!values[k]) errors[k] = t('councils.candidates.panel.dayMissing')
                return errors
              },
              async () => void (await api(callApi.calls(slug, body), { method: 'POST', body: values })),
            )
            .then((ok) => {
              if (!ok) return
              onDone(t('councils.candidates.panel.created', { title: values.title.trim() }))
              form.setValues(empty)
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <SelectField
          formId={formId}
          {...form.field('seatCategory')}
          label={labels.seatCategory}
          options={seats.map((s) => ({
            value: s.key,
            label: t('councils.candidates.call.seats', { name: s.name, seats: s.seats }),
          }))}
        />
        <Field formId={formId} {...form.field('title')} label={labels.title} />
        {(['opensOn', 'deadline', 'electionDay', 'termStart'] as const).map((k) => (
          <Field key={k} formId={formId} {...form.field(k)} type="date" label={labels[k]} />
        ))}
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.candidates.panel.create')}
        </button>
      </form>
    </section>
  )
}
