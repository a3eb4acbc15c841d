import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useT, type Translate } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { ErrorSummary, Field, PrivacyConsent, RadioGroup, TextAreaField, useFormId } from '../../core/ui'
import { fieldBinder, submitOnce } from '../ui'
import { commentsApi } from './api'
import { representedOrganizations, type Represented } from './represented'
import { SurveyFields, surveyErrors, surveyLabels } from './Survey'
import type { AuthorKind, SubmitAnswer, SurveyAnswers, SurveyQuestion } from './types'
import { commentChoice, Heading, ReceiptPanel } from './ui'

/** The paragraph a comment is about, as the draft shows it. */
export interface CommentTarget {
  id: string
  label: string
  text: string
}

const OTHER = 'other'

interface Values {
  quotedPassage: string
  proposal: string
  text: string
  authorName: string
  authorAddress: string
  email: string
  organizationName: string
  organizationRegister: string
}

const empty: Values = {
  quotedPassage: '',
  proposal: '',
  text: '',
  authorName: '',
  authorAddress: '',
  email: '',
  organizationName: '',
  organizationRegister: '',
}

/** The labels of the fields, also the error summary's links. */
function labelsOf(t: Translate, target: CommentTarget | null) {
  return {
    quotedPassage: t('consultations.comments.form.quotedPassage'),
    proposal: t('consultations.comments.form.proposal'),
    text: t(target ? 'consultations.comments.form.justification' : 'consultations.comments.form.text'),
    authorKind: t('consultations.comments.form.authorKind'),
    organization: t('consultations.comments.form.organization'),
    organizationName: t('consultations.comments.form.organizationName'),
    organizationRegister: t('consultations.comments.form.organizationRegister'),
    authorName: t('consultations.comments.form.authorName'),
    authorAddress: t('consultations.comments.form.authorAddress'),
    email: t('consultations.comments.form.email'),
    privacyAccepted: t('consultations.comments.form.privacyShort'),
  }
}

/**
 * The comment form of `/{slug}/konsultacje/{n}`: on one paragraph (the passage, the wording proposed and the
 * justification) or general (the text). A resident gives a name, address and e-mail (no PESEL: minors may comment too);
 * a person speaking for an NGO either picks an organisation this browser holds the representative's key of (it is
 * then sent as `Authorization: Bearer …` and the server takes the name and register from the directory) or types its
 * name and register number. After sending, the receipt replaces the form.
 */
export function CommentForm({
  slug,
  number,
  version,
  target,
  level,
  onClose,
}: {
  slug: string
  number: string
  /** The version of the draft on the page, the one the paragraph belongs to. */
  version: number | null
  target: CommentTarget | null
  /** The level of the form's heading. */
  level: 3 | 4
  onClose: () => void
}) {
  const t = useT()
  const formId = useFormId(target ? 'uwaga-akapit' : 'uwaga')
  const [values, setValues] = useState<Values>(empty)
  const [kind, setKind] = useState<AuthorKind>('resident')
  const [privacy, setPrivacy] = useState(false)
  const [survey, setSurvey] = useState<SurveyAnswers>({})
  const [represented, setRepresented] = useState<Represented[] | null>(null)
  const [organization, setOrganization] = useState<string>(OTHER)
  const [sent, setSent] = useState<SubmitAnswer | null>(null)
  const { errors, version: errorVersion, busy, submit } = useSubmit()
  const questions = useResource<{ questions: SurveyQuestion[] }>(commentsApi.survey(slug, number))
  const surveyQuestions = questions.data?.questions ?? []
  const heading = useRef<HTMLHeadingElement>(null)

  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])

  useEffect(() => {
    if (kind !== 'organization' || represented) return
    let live = true
    representedOrganizations()
      .then((found) => {
        if (!live) return
        setRepresented(found)
        if (found.length > 0) setOrganization(found[0]!.id)
      })
      .catch(() => live && setRepresented([]))
    return () => {
      live = false
    }
  }, [kind])

  const labels = labelsOf(t, target)
  const field = fieldBinder(formId, values, setValues, labels, errors)
  const chosen = kind === 'organization' ? (represented ?? []).find((o) => o.id === organization) : undefined
  // While the directory's organisations are being checked, neither they nor the typed fields are shown (no flicker).
  const typedOrganization = kind === 'organization' && represented !== null && !chosen

  const validate = () => {
    const found: Record<string, string> = {}
    if (!values.text.trim()) found.text = t('consultations.comments.form.textRequired')
    if (!values.authorName.trim()) found.authorName = t('consultations.comments.form.nameRequired')
    if (kind === 'resident' && !values.authorAddress.trim())
      found.authorAddress = t('consultations.comments.form.addressRequired')
    const email = checkEmail(values.email, t)
    if (email) found.email = email
    if (typedOrganization) {
      if (!values.organizationName.trim())
        found.organizationName = t('consultations.comments.form.organizationNameRequired')
      if (!values.organizationRegister.trim())
        found.organizationRegister = t('consultations.comments.form.organizationRegisterRequired')
    }
    Object.assign(found, surveyErrors(t, surveyQuestions, survey))
    if (!privacy) found.privacyAccepted = t('consultations.comments.form.privacyRequired')
    return found
  }

  const send = () =>
    submit(t, validate, async () => {
      const trimmed = (s: string) => s.trim() || undefined
      const body = {
        ...(target ? { paragraphId: target.id, documentVersion: version ?? undefined } : {}),
        ...(target ? { quotedPassage: trimmed(values.quotedPassage), proposal: trimmed(values.proposal) } : {}),
        text: values.text.trim(),
        authorKind: kind,
        authorName: values.authorName.trim(),
        ...(kind === 'resident' ? { authorAddress: values.authorAddress.trim() } : {}),
        email: values.email.trim(),
        ...(typedOrganization
          ? {
              organizationName: values.organizationName.trim(),
              organizationRegister: values.organizationRegister.trim(),
            }
          : {}),
        ...(surveyQuestions.length > 0 ? { surveyAnswers: survey } : {}),
        privacyAccepted: true,
      }
      setSent(
        await api<SubmitAnswer>(commentsApi.submit(slug, number), {
          method: 'POST',
          body,
          token: chosen?.key ?? null,
        }),
      )
    })

  const headingId = `${formId}-heading`
  if (sent) {
    return (
      <div class="ksc-form-box">
        <ReceiptPanel slug={slug} number={number} sent={sent} level={level} onAnother={onClose} />
      </div>
    )
  }
  return (
    <section class="ksc-form-box" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} headingRef={heading}>
        {target
          ? t('consultations.comments.form.headingParagraph', { ref: target.label })
          : t('consultations.comments.form.headingGeneral')}
      </Heading>
      <p class="hint">{t('consultations.comments.form.intro')}</p>
      <ErrorSummary
        errors={errors}
        formId={formId}
        labels={{ ...labels, ...surveyLabels(surveyQuestions) }}
        version={errorVersion}
      />
      <form noValidate onSubmit={submitOnce(busy, send)}>
        {target ? (
          <>
            <TextAreaField
              {...field('quotedPassage')}
              optional
              rows={3}
              hint={t('consultations.comments.form.quotedPassageHint')}
            />
            <TextAreaField
              {...field('proposal')}
              optional
              rows={3}
              hint={t('consultations.comments.form.proposalHint')}
            />
          </>
        ) : null}
        <TextAreaField
          {...field('text')}
          rows={5}
          hint={target ? t('consultations.comments.form.justificationHint') : t('consultations.comments.form.textHint')}
        />
        <RadioGroup
          formId={formId}
          name="authorKind"
          legend={labels.authorKind}
          value={kind}
          onValue={(value) => setKind(value as AuthorKind)}
          error={errors.fields.authorKind}
          options={[
            { value: 'resident', label: t('consultations.comments.form.kindResident') },
            {
              value: 'organization',
              label: t('consultations.comments.form.kindOrganization'),
              hint: t('consultations.comments.form.kindOrganizationHint'),
            },
          ]}
          look={commentChoice}
        />
        {kind === 'organization' && represented && represented.length > 0 ? (
          <RadioGroup
            formId={formId}
            name="organization"
            legend={labels.organization}
            hint={t('consultations.comments.form.organizationHint')}
            value={organization}
            onValue={setOrganization}
            options={[
              ...represented.map((o) => ({
                value: o.id,
                label: o.name,
                hint: o.registerNumber ? `${o.registerName ?? ''} ${o.registerNumber}`.trim() : undefined,
              })),
              { value: OTHER, label: t('consultations.comments.form.organizationOther') },
            ]}
            look={commentChoice}
          />
        ) : null}
        {typedOrganization ? (
          <>
            <Field {...field('organizationName')} autocomplete="organization" />
            <Field
              {...field('organizationRegister')}
              hint={t('consultations.comments.form.organizationRegisterHint')}
              autocomplete="off"
              spellcheck={false}
            />
          </>
        ) : null}
        <Field
          {...field('authorName')}
          hint={kind === 'organization' ? t('consultations.comments.form.authorNameOrgHint') : undefined}
          autocomplete="name"
        />
        {kind === 'resident' ? (
          <Field
            {...field('authorAddress')}
            hint={t('consultations.comments.form.authorAddressHint')}
            autocomplete="street-address"
          />
        ) : null}
        <Field
          {...field('email')}
          type="email"
          hint={t('consultations.comments.form.emailHint')}
          autocomplete="email"
          spellcheck={false}
        />
        {surveyQuestions.length > 0 ? (
          <SurveyFields
            formId={formId}
            questions={surveyQuestions}
            answers={survey}
            onAnswers={setSurvey}
            errors={errors.fields}
          />
        ) : null}
        <PrivacyConsent
          formId={formId}
          slug={slug}
          label={t('consultations.comments.form.privacy')}
          purpose={t('consultations.comments.form.privacyHint')}
          link={t('consultations.comments.form.privacyLink')}
          checked={privacy}
          onChecked={setPrivacy}
          error={errors.fields.privacyAccepted}
          look={commentChoice}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('consultations.comments.form.submit')}
          </button>
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
