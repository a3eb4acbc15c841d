import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import { needsGuardianConsent } from '../../../../worker/councils/domain/candidates'
import { useT, type Translate } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { getRepresentativeKey, representedOrganizationIds } from '../../core/organizations/keys'
import { NotFound } from '../../core/pages/NotFound'
import {
  Announced,
  DataRegion,
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  PageHeading,
  SelectField,
  useFormId,
} from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdPaths } from '../paths'
import { callApi, callPaths } from './paths'
import type { PublicCall } from './types'
import { bodyOf, checkPerson, daysOf, emptyPerson, PersonFields, personLabels, statuteOf } from './person'
import './candidates.css'

/**
 * `/{slug}/rady/nabory/{number}`: a call for candidates — the body, the seat category, the last day that counts, the
 * statute's eligibility rules in words and the list of candidates (names, who nominated, status; support as a count).
 * While it takes candidacies: a resident's own registration (the guardian's e-mail asked for exactly when the birth
 * date makes the candidate a minor under the statute, computed by the same domain code the server runs), or — for
 * seats filled by nomination — the nomination form for an organisation whose representative's key this browser keeps.
 */
export function CallPage({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const one = useResource<PublicCall>(callApi.call(slug, number))
  if (one.status === 'error' && one.error.status === 404) return <NotFound detail={t('councils.candidates.notFound')} />
  const c = one.data
  const title = c?.title ?? t('councils.candidates.call.crumb', { number })
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: tenant.tenant?.name ?? slug },
          { href: rdPaths.list(slug), label: t('module.councils') },
          ...(c ? [{ href: rdPaths.body(slug, c.body.slug), label: c.body.name }] : []),
          { label: t('councils.candidates.call.crumb', { number }) },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <DataRegion busy={one.status === 'loading'}>
        {one.status === 'loading' && !c ? <Loading /> : null}
        {one.status === 'error' ? <ErrorState error={one.error} onRetry={one.reload} /> : null}
        {c ? <CallBody slug={slug} call={c} reload={one.reload} /> : null}
      </DataRegion>
    </>
  )
}

function ageDayLabel(c: PublicCall, t: Translate) {
  return t(`councils.candidates.ageOn.${c.rules?.age?.on ?? 'dzien_wyborow'}`)
}

/** The statute's rules of who may stand, in words. */
function Rules({ c }: { c: PublicCall }) {
  const t = useT()
  const r = c.rules
  if (!r) return null
  const items: string[] = []
  if (r.age && (r.age.minAge !== null || r.age.maxAge !== null))
    items.push(
      t('councils.candidates.rules.age', {
        min: r.age.minAge ?? '—',
        max: r.age.maxAge ?? '—',
        day: ageDayLabel(c, t),
      }),
    )
  if (r.guardianConsentUnder !== null)
    items.push(t('councils.candidates.rules.guardian', { age: r.guardianConsentUnder }))
  if (r.residenceRequired) items.push(t('councils.candidates.rules.resident'))
  if (r.constituencies.length)
    items.push(t('councils.candidates.rules.constituencies', { list: r.constituencies.map((o) => o.name).join(', ') }))
  if (r.support)
    items.push(
      t(r.support.onePerSupporter ? 'councils.candidates.rules.supportOne' : 'councils.candidates.rules.support', {
        n: r.support.signatures,
      }),
    )
  if (c.category?.fill === 'zgloszenie')
    items.push(
      t(
        c.category.onePerOrganisation
          ? 'councils.candidates.rules.nominationOnce'
          : 'councils.candidates.rules.nomination',
      ),
    )
  return (
    <section aria-labelledby="rdc-rules" class="rdc-section">
      <h2 id="rdc-rules">{t('councils.candidates.rules.heading')}</h2>
      {items.length ? (
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      ) : (
        <p>{t('councils.candidates.rules.none')}</p>
      )}
    </section>
  )
}

function CallBody({ slug, call: c, reload }: { slug: string; call: PublicCall; reload: () => void }) {
  const t = useT()
  return (
    <>
      <dl class="rdc-facts">
        <dt>{t('councils.candidates.call.body')}</dt>
        <dd>
          <a href={rdPaths.body(slug, c.body.slug)}>{c.body.name}</a>
        </dd>
        <dt>{t('councils.candidates.call.category')}</dt>
        <dd>
          {c.category ? t('councils.candidates.call.seats', { name: c.category.name, seats: c.category.seats }) : '—'}
        </dd>
        <dt>{t('councils.candidates.call.status')}</dt>
        <dd class="rdc-status">
          {t(
            `councils.candidates.callStatus.${c.accepting ? 'otwarty' : c.phase === 'zapowiedziany' ? 'zapowiedziany' : c.status}`,
          )}
        </dd>
        <dt>{t('councils.candidates.call.opensOn')}</dt>
        <dd>
          <DateTime value={c.opensOn} kind="date" />
        </dd>
        <dt>{t('councils.candidates.call.deadline')}</dt>
        <dd>
          <DateTime value={c.deadline} kind="date" /> {t('councils.candidates.call.lastDay')}
        </dd>
        <dt>{t('councils.candidates.call.electionDay')}</dt>
        <dd>
          <DateTime value={c.electionDay} kind="date" />
        </dd>
      </dl>
      {c.category?.fill === 'wybory' && c.listPublishedAt ? (
        <p>
          <a href={rdPaths.election(slug, c.number)}>{t('councils.elections.callLink')}</a>
        </p>
      ) : null}
      <Rules c={c} />
      <CandidateList slug={slug} c={c} reload={reload} />
      {c.accepting && c.category?.fill === 'zgloszenie' ? <Nominate slug={slug} c={c} onDone={reload} /> : null}
      {c.accepting && c.category && c.category.fill !== 'zgloszenie' ? (
        <Register slug={slug} c={c} onDone={reload} />
      ) : null}
    </>
  )
}

function CandidateList({ slug, c, reload }: { slug: string; c: PublicCall; reload: () => void }) {
  const t = useT()
  const [signing, setSigning] = useState<string | null>(null)
  if (!c.candidates) return null
  return (
    <section aria-labelledby="rdc-list" class="rdc-section">
      <h2 id="rdc-list">
        {c.listPublishedAt ? t('councils.candidates.list.published') : t('councils.candidates.list.collecting')}
      </h2>
      {c.listPublishedAt ? (
        <p>
          {t('councils.candidates.list.publishedOn')} <DateTime value={c.listPublishedAt} kind="date" />
        </p>
      ) : null}
      {c.candidates.length === 0 ? <p>{t('councils.candidates.list.empty')}</p> : null}
      <ul class="rdc-list">
        {c.candidates.map((x) => (
          <li key={x.id} class="rdc-card">
            <h3>{x.name}</h3>
            <p>
              {x.nominator
                ? t(`councils.candidates.nominatedBy.${x.nominatedBy}`, { name: x.nominator })
                : t('councils.candidates.nominatedBy.sam')}
              {' · '}
              <span class="rdc-status">{t(`councils.candidates.status.${x.status}`)}</span>
            </p>
            {x.support ? (
              <p>{t('councils.candidates.support.count', { valid: x.support.valid, needed: x.support.needed })}</p>
            ) : null}
            {x.support && c.accepting ? (
              <>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-expanded={signing === x.id}
                  onClick={() => setSigning(signing === x.id ? null : x.id)}
                >
                  {t('councils.candidates.support.open', { name: x.name })}
                </button>
                {signing === x.id ? (
                  <Support
                    slug={slug}
                    number={c.number}
                    candidate={x}
                    minAge={c.rules?.support?.supporterMinAge ?? null}
                    onDone={reload}
                  />
                ) : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

function Support({
  slug,
  number,
  candidate,
  minAge,
  onDone,
}: {
  slug: string
  number: number
  candidate: { id: string; name: string }
  minAge: number | null
  onDone: () => void
}) {
  const t = useT()
  const formId = useFormId(`rdc-sup-${candidate.id}`)
  const form = useForm({ name: '', birthDate: '', address: '' })
  const { values } = form
  const [done, setDone] = useState<number | null>(null)
  const labels = {
    name: t('councils.candidates.form.name'),
    birthDate: t('councils.candidates.form.birthDate'),
    address: t('councils.candidates.support.address'),
  }
  if (done !== null)
    return (
      <Announced title={t('councils.candidates.support.done')}>
        <p>{t('councils.candidates.support.doneText', { valid: done })}</p>
      </Announced>
    )
  return (
    <form
      noValidate
      aria-label={t('councils.candidates.support.form', { name: candidate.name })}
      onSubmit={(e) => {
        e.preventDefault()
        void form.submit(
          t,
          () => {
            const errors: Record<string, string> = {}
            if (values.name.trim().length < 3) errors.name = t('councils.candidates.form.nameMissing')
            if (!values.birthDate) errors.birthDate = t('councils.candidates.form.birthDateMissing')
            if (values.address.trim().length < 5) errors.address = t('councils.candidates.support.addressMissing')
            return errors
          },
          async () => {
            const r = await api<{ support: { valid: number } }>(callApi.support(slug, number, candidate.id), {
              method: 'POST',
              body: values,
            })
            setDone(r.support.valid)
            onDone()
          },
        )
      }}
    >
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      {minAge !== null ? <p>{t('councils.candidates.support.minAge', { age: minAge })}</p> : null}
      <Field formId={formId} {...form.field('name')} label={labels.name} autoComplete="name" />
      <Field formId={formId} {...form.field('birthDate')} type="date" label={labels.birthDate} />
      <Field formId={formId} {...form.field('address')} label={labels.address} autoComplete="street-address" />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.candidates.support.submit')}
      </button>
    </form>
  )
}

/** A resident's own candidacy. */
function Register({ slug, c, onDone }: { slug: string; c: PublicCall; onDone: () => void }) {
  const t = useT()
  const formId = useFormId('rdc-reg')
  const [values, setValues] = useState(() => emptyPerson(c))
  const [sent, setSent] = useState<{ status: string; key: string } | null>(null)
  const form = useSubmit()
  const statute = statuteOf(c)
  if (sent)
    return (
      <Announced title={t('councils.candidates.register.done')}>
        <p>
          {t(
            sent.status === 'oczekuje_zgody'
              ? 'councils.candidates.register.waits'
              : 'councils.candidates.register.counts',
          )}
        </p>
        <p>
          <a href={`${callPaths.candidacy(slug)}#klucz=${enc(sent.key)}`}>{t('councils.candidates.register.open')}</a>
        </p>
      </Announced>
    )
  return (
    <section aria-labelledby="rdc-reg-h" class="rdc-section">
      <h2 id="rdc-reg-h">{t('councils.candidates.register.heading')}</h2>
      <p>{t('councils.candidates.register.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          const minor = statute ? needsGuardianConsent(statute, values.birthDate || null, daysOf(c)) : false
          void form.submit(
            t,
            () => checkPerson(c, values, t, true, null),
            async () => {
              const r = await api<{ key: string; candidacy: { status: string } }>(callApi.register(slug, c.number), {
                method: 'POST',
                body: bodyOf(c, values, minor),
              })
              setSent({ status: r.candidacy.status, key: r.key })
              onDone()
            },
          )
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={personLabels(t)} version={form.version} />
        <PersonFields
          formId={formId}
          c={c}
          values={values}
          setValues={setValues}
          errors={form.errors.fields}
          emailOptional={false}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.candidates.register.submit')}
        </button>
      </form>
    </section>
  )
}

/** The organisations this browser speaks for (their keys kept by `core/organizations/keys.ts`), with their names. */
function useRepresented(): { id: string; name: string; key: string }[] | null {
  const [found, setFound] = useState<{ id: string; name: string; key: string }[] | null>(null)
  useEffect(() => {
    void Promise.all(
      representedOrganizationIds().map((id) =>
        api<{ name: string }>(`/organizations/${enc(id)}`)
          .then((o) => ({ id, name: o.name, key: getRepresentativeKey(id) ?? '' }))
          .catch(() => null),
      ),
    ).then((all) => setFound(all.filter((o): o is { id: string; name: string; key: string } => !!o && !!o.key)))
  }, [])
  return found
}

/** An organisation's nomination, sent with its representative's key. */
function Nominate({ slug, c, onDone }: { slug: string; c: PublicCall; onDone: () => void }) {
  const t = useT()
  const formId = useFormId('rdc-nom')
  const orgs = useRepresented()
  const [org, setOrg] = useState('')
  const [values, setValues] = useState(() => emptyPerson(c))
  const [sent, setSent] = useState<{ name: string; id: string } | null>(null)
  const form = useSubmit()
  const statute = statuteOf(c)
  const chosen = orgs?.find((o) => o.id === org) ?? orgs?.[0]
  if (orgs === null) return <Loading />
  if (!orgs.length)
    return (
      <section aria-labelledby="rdc-nom-h" class="rdc-section">
        <h2 id="rdc-nom-h">{t('councils.candidates.nominate.heading')}</h2>
        <p>{t('councils.candidates.nominate.noKey')}</p>
      </section>
    )
  if (sent)
    return (
      <>
        <Announced title={t('councils.candidates.nominate.done')}>
          <p>{t('councils.candidates.nominate.doneText', { name: sent.name })}</p>
        </Announced>
        <Resolution slug={slug} number={c.number} id={sent.id} orgKey={chosen!.key} />
      </>
    )
  return (
    <section aria-labelledby="rdc-nom-h" class="rdc-section">
      <h2 id="rdc-nom-h">{t('councils.candidates.nominate.heading')}</h2>
      <p>{t('councils.candidates.nominate.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          const minor = statute ? needsGuardianConsent(statute, values.birthDate || null, daysOf(c)) : false
          void form.submit(
            t,
            () => checkPerson(c, values, t, false, chosen!.id),
            async () => {
              const r = await api<{ candidacy: { id: string } }>(callApi.nominate(slug, c.number), {
                method: 'POST',
                body: bodyOf(c, values, minor),
                token: chosen!.key,
              })
              setSent({ name: values.name.trim(), id: r.candidacy.id })
              onDone()
            },
          )
        }}
      >
        <ErrorSummary
          errors={form.errors}
          formId={formId}
          labels={{ ...personLabels(t), organisation: t('councils.candidates.nominate.organisation') }}
          version={form.version}
        />
        {orgs.length > 1 ? (
          <SelectField
            formId={formId}
            name="organisation"
            label={t('councils.candidates.nominate.organisation')}
            value={chosen!.id}
            onValue={setOrg}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : (
          <p>{t('councils.candidates.nominate.onBehalf', { name: chosen!.name })}</p>
        )}
        <PersonFields
          formId={formId}
          c={c}
          values={values}
          setValues={setValues}
          errors={form.errors.fields}
          emailOptional
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.candidates.nominate.submit', { name: chosen!.name })}
        </button>
      </form>
    </section>
  )
}

/** The nominating resolution (PDF), attached to the organisation's nomination just made. */
function Resolution({ slug, number, id, orgKey }: { slug: string; number: number; id: string; orgKey: string }) {
  const t = useT()
  const formId = useFormId('rdc-res')
  const [file, setFile] = useState<File | null>(null)
  const [done, setDone] = useState(false)
  const form = useSubmit()
  if (done) return <Announced title={t('councils.candidates.resolution.done')} />
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-h`}
      onSubmit={(e) => {
        e.preventDefault()
        void form
          .submit(
            t,
            (): Record<string, string> => (file ? {} : { file: t('councils.candidates.resolution.missing') }),
            async () => {
              const data = new FormData()
              data.set('file', file!)
              await api(callApi.resolution(slug, number, id), { method: 'PUT', form: data, token: orgKey })
            },
          )
          .then((ok) => ok && setDone(true))
      }}
    >
      <h2 id={`${formId}-h`}>{t('councils.candidates.resolution.heading')}</h2>
      <ErrorSummary
        errors={form.errors}
        formId={formId}
        labels={{ file: t('councils.candidates.resolution.file') }}
        version={form.version}
      />
      <FileField
        id={`${formId}-file`}
        label={t('councils.candidates.resolution.file')}
        hint={t('councils.candidates.resolution.hint')}
        accept="application/pdf,.pdf"
        error={form.errors.fields.file}
        onFile={setFile}
      />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.candidates.resolution.submit')}
      </button>
    </form>
  )
}
