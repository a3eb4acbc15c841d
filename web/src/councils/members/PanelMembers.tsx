import '../i18n/pages'
import { useState } from 'preact/hooks'
import type { StaffMemberView } from '../../../../worker/councils/views/members'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DateTime,
  Email,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  Notice,
  SelectField,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { memberApi, memberPaths } from './paths'
import { BodyPanelPage } from './PanelFrame'
import './members.css'

interface MembersAnswer {
  items: StaffMemberView[]
  seats: { key: string; name: string; seats: number; taken: number }[]
  absencesRule: { consecutiveUnexcused: number } | null
}

const roles = ['przewodniczacy', 'wiceprzewodniczacy', 'sekretarz', 'czlonek'] as const
const reasons = ['rezygnacja', 'odwolanie', 'wiek', 'opuszczenie_szkoly', 'smierc', 'inny'] as const

/**
 * `/panel/{slug}/rady/{body}/czlonkowie` (admin, koordynator): the body's members in office and former, with the
 * absences flag of the statute's rule; add a member in a statute seat (the invitation is e-mailed), change a function,
 * end a mandate with its reason, send the link again.
 */
export function PanelMembers({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  return (
    <BodyPanelPage slug={slug} body={body} title={t('councils.members.panel.membersTitle')}>
      {() => <MembersWork slug={slug} body={body} />}
    </BodyPanelPage>
  )
}

function MembersWork({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const res = useResource<MembersAnswer>(memberApi.members(slug, body))
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setNotice(message)
    res.reload()
  }
  const current = res.data?.items.filter((m) => m.inOffice) ?? []
  const former = res.data?.items.filter((m) => !m.inOffice) ?? []
  return (
    <>
      <p>
        <a href={memberPaths.panelMeetings(slug, body)}>{t('councils.members.panel.toMeetings')}</a>
      </p>
      <Notice message={notice} />
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {res.status === 'loading' && !res.data ? <Loading /> : null}
      {res.data ? (
        <>
          <section aria-labelledby="rdm-seats">
            <h2 id="rdm-seats">{t('councils.members.panel.seats')}</h2>
            <ul>
              {res.data.seats.map((s) => (
                <li key={s.key}>
                  {t('councils.members.panel.seatLine', { name: s.name, taken: s.taken, seats: s.seats })}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="rdm-current">
            <h2 id="rdm-current">{t('councils.members.panel.current')}</h2>
            {current.length === 0 ? <p>{t('councils.members.panel.noMembers')}</p> : null}
            <ul class="rdm-list">
              {current.map((m) => (
                <li key={m.id} class="rdm-card">
                  <MemberCard slug={slug} body={body} member={m} seats={res.data!.seats} onDone={done} />
                </li>
              ))}
            </ul>
          </section>
          <AddMember slug={slug} body={body} seats={res.data.seats} onDone={done} />
          {former.length ? (
            <section aria-labelledby="rdm-former">
              <h2 id="rdm-former">{t('councils.members.panel.former')}</h2>
              <ul>
                {former.map((m) => (
                  <li key={m.id}>
                    {m.name} — <DateTime value={m.startsOn} kind="date" /> – <DateTime value={m.endsOn} kind="date" />
                    {m.endReasonText ? ` (${t(`councils.members.reason.${m.endReason}`)})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  )
}

function MemberCard({
  slug,
  body,
  member: m,
  seats,
  onDone,
}: {
  slug: string
  body: string
  member: StaffMemberView
  seats: MembersAnswer['seats']
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdm-m-${m.id}`)
  const [role, setRole] = useState<string>(m.role)
  const [ending, setEnding] = useState(false)
  const form = useSubmit()
  const seat = seats.find((s) => s.key === m.seatCategory)?.name ?? m.seatCategory
  const url = memberApi.member(slug, body, m.id)
  return (
    <>
      <h3>{m.name}</h3>
      <dl class="rdm-facts">
        <dt>{t('councils.members.me.role')}</dt>
        <dd>{t(`councils.members.role.${m.role}`)}</dd>
        <dt>{t('councils.members.panel.seat')}</dt>
        <dd>{seat}</dd>
        {m.represents ? (
          <>
            <dt>{t('councils.members.me.represents')}</dt>
            <dd>{m.represents}</dd>
          </>
        ) : null}
        <dt>{t('councils.members.me.mandate')}</dt>
        <dd>
          <DateTime value={m.startsOn} kind="date" /> – {m.endsOn ? <DateTime value={m.endsOn} kind="date" /> : '…'}
        </dd>
        {m.email ? (
          <>
            <dt>{t('councils.members.panel.email')}</dt>
            <dd>
              <Email value={m.email} />
            </dd>
          </>
        ) : null}
      </dl>
      {m.absences ? (
        <p class="rdm-flag" role="note">
          <strong>{t('councils.members.panel.flagged')}</strong>{' '}
          {t('councils.members.panel.flagDetail', { meetings: m.absences.meetings.join(', ') })}
        </p>
      ) : null}
      <ErrorSummary
        errors={form.errors}
        formId={formId}
        labels={{ role: t('councils.members.me.role') }}
        version={form.version}
      />
      <div class="rdm-row">
        <SelectField
          formId={formId}
          name="role"
          label={t('councils.members.panel.changeRole', { name: m.name })}
          value={role}
          onValue={setRole}
          options={roles.map((r) => ({ value: r, label: t(`councils.members.role.${r}`) }))}
        />
        <button
          type="button"
          class="button button-secondary"
          disabled={form.busy || role === m.role}
          onClick={() =>
            void form
              .submit(
                t,
                () => ({}),
                async () => void (await api(url, { method: 'PATCH', body: { role } })),
              )
              .then((ok) => ok && onDone(t('councils.members.panel.roleChanged', { name: m.name })))
          }
        >
          {t('councils.members.panel.saveRole')}
        </button>
      </div>
      <div class="rdm-actions">
        <button
          type="button"
          class="button button-secondary"
          disabled={form.busy || !m.email}
          onClick={() =>
            void form
              .submit(
                t,
                () => ({}),
                async () => void (await api(`${url}/link`, { method: 'POST' })),
              )
              .then((ok) => ok && onDone(t('councils.members.panel.linkSent', { name: m.name })))
          }
        >
          {t('councils.members.panel.resend', { name: m.name })}
        </button>
        <button type="button" class="button button-secondary" aria-expanded={ending} onClick={() => setEnding(!ending)}>
          {t('councils.members.panel.end', { name: m.name })}
        </button>
      </div>
      {ending ? <EndMandate url={url} member={m} onDone={onDone} /> : null}
    </>
  )
}

function EndMandate({
  url,
  member,
  onDone,
}: {
  url: string
  member: StaffMemberView
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdm-end-${member.id}`)
  const form = useForm({ endsOn: '', reason: 'rezygnacja', note: '' })
  const { values } = form
  const labels = {
    endsOn: t('councils.members.end.endsOn'),
    reason: t('councils.members.end.reason'),
    note: t('councils.members.end.note'),
  }
  return (
    <form
      noValidate
      aria-label={t('councils.members.panel.end', { name: member.name })}
      onSubmit={(event) => {
        event.preventDefault()
        void form
          .submit(
            t,
            (): Record<string, string> => (values.endsOn ? {} : { endsOn: t('councils.members.end.endsOnMissing') }),
            async () => void (await api(`${url}/wygasniecie`, { method: 'POST', body: values })),
          )
          .then((ok) => ok && onDone(t('councils.members.end.done', { name: member.name })))
      }}
    >
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <Field formId={formId} {...form.field('endsOn')} type="date" label={labels.endsOn} />
      <SelectField
        formId={formId}
        {...form.field('reason')}
        label={labels.reason}
        options={reasons.map((r) => ({ value: r, label: t(`councils.members.reason.${r}`) }))}
      />
      <TextAreaField formId={formId} {...form.field('note')} optional label={labels.note} />
      <button type="submit" class="button button-danger" disabled={form.busy}>
        {t('councils.members.end.submit')}
      </button>
    </form>
  )
}

function AddMember({
  slug,
  body,
  seats,
  onDone,
}: {
  slug: string
  body: string
  seats: MembersAnswer['seats']
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('rdm-add')
  const empty = {
    name: '',
    email: '',
    role: 'czlonek',
    seatCategory: seats[0]?.key ?? '',
    represents: '',
    startsOn: '',
  }
  const form = useForm(empty)
  const { values } = form
  const labels = {
    name: t('councils.members.add.name'),
    email: t('councils.members.add.email'),
    role: t('councils.members.me.role'),
    seatCategory: t('councils.members.panel.seat'),
    represents: t('councils.members.me.represents'),
    startsOn: t('councils.members.add.startsOn'),
  }
  return (
    <section aria-labelledby="rdm-add-heading">
      <h2 id="rdm-add-heading">{t('councils.members.add.heading')}</h2>
      <p>{t('councils.members.add.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void form
            .submit(
              t,
              () => {
                const errors: Record<string, string> = {}
                if (values.name.trim().length < 3) errors.name = t('councils.members.add.nameMissing')
                if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = t('councils.members.link.emailInvalid')
                return errors
              },
              async () => {
                const { startsOn, ...rest } = values
                await api(memberApi.members(slug, body), {
                  method: 'POST',
                  body: { ...rest, ...(startsOn ? { startsOn } : {}) },
                })
              },
            )
            .then((ok) => {
              if (!ok) return
              onDone(t('councils.members.add.done', { name: values.name.trim() }))
              form.setValues(empty)
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field formId={formId} {...form.field('name')} label={labels.name} autoComplete="off" />
        <Field formId={formId} {...form.field('email')} type="email" label={labels.email} autoComplete="off" />
        <SelectField
          formId={formId}
          {...form.field('seatCategory')}
          label={labels.seatCategory}
          options={seats.map((s) => ({
            value: s.key,
            label: t('councils.members.panel.seatLine', { name: s.name, taken: s.taken, seats: s.seats }),
          }))}
        />
        <SelectField
          formId={formId}
          {...form.field('role')}
          label={labels.role}
          options={roles.map((r) => ({ value: r, label: t(`councils.members.role.${r}`) }))}
        />
        <Field
          formId={formId}
          {...form.field('represents')}
          optional
          label={labels.represents}
          hint={t('councils.members.add.representsHint')}
        />
        <Field
          formId={formId}
          {...form.field('startsOn')}
          type="date"
          optional
          label={labels.startsOn}
          hint={t('councils.members.add.startsOnHint')}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.members.add.submit')}
        </button>
      </form>
    </section>
  )
}
