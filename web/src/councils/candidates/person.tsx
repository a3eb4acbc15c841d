import { checkCandidate, needsGuardianConsent } from '../../../../worker/councils/domain/candidates'
import type { Statute } from '../../../../worker/councils/domain/statute'
import { useT, type Translate } from '../../core/i18n'
import { Checkbox, Field, SelectField, TextAreaField, type ChoiceLook } from '../../core/ui'
import type { PublicCall } from './types'

/*
 * A person standing in a call, as every form that puts one forward asks for them: the resident's own registration and
 * an organisation's nomination on the call's page, and a school's nomination keyed in by staff in the panel. The
 * fields follow the call's statute (the guardian's e-mail appears exactly when the birth date makes the candidate a
 * minor under it) and are checked by the domain's `checkCandidate`, the same code the server runs.
 */

/** What of a call the person's fields read: its category, the statute's rules and its days (public or staff answer). */
export type CallRules = Pick<PublicCall, 'category' | 'rules' | 'electionDay' | 'termStart' | 'deadline'>

/** How the candidates' checkboxes look (the core draws the markup). */
export const rdcChoice: ChoiceLook = {
  box: 'field',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field',
}

/** The statute's parts the eligibility check reads, rebuilt from the public answer for the domain's pure check. */
export function statuteOf(c: CallRules): Statute | null {
  if (!c.category || !c.rules) return null
  return {
    seats: [
      {
        ...c.category,
        constituencies: c.rules.constituencies.map((o) => o.key),
      },
    ],
    constituencies: c.rules.constituencies.map((o) => ({ ...o, seats: 0 })),
    age: c.rules.age,
    guardianConsentUnder: c.rules.guardianConsentUnder,
    residenceRequired: c.rules.residenceRequired,
    support: c.rules.support,
  } as unknown as Statute
}

export const daysOf = (c: CallRules) => ({
  electionDay: c.electionDay,
  termStart: c.termStart,
  nominationDeadline: c.deadline,
})

export interface PersonValues {
  name: string
  email: string
  birthDate: string
  resident: boolean
  constituency: string
  statement: string
  consentToStand: boolean
  guardianEmail: string
}

export const emptyPerson = (c: CallRules): PersonValues => ({
  name: '',
  email: '',
  birthDate: '',
  resident: false,
  constituency: c.rules?.constituencies[0]?.key ?? '',
  statement: '',
  consentToStand: false,
  guardianEmail: '',
})

/** The person's fields, checked by the domain's `checkCandidate` on the call's statute before anything is sent. */
export function checkPerson(
  c: CallRules,
  v: PersonValues,
  t: Translate,
  emailRequired: boolean,
  organisationKey: string | null,
) {
  const errors: Record<string, string> = {}
  if (v.name.trim().length < 3) errors.name = t('councils.candidates.form.nameMissing')
  if ((emailRequired || v.email.trim()) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim()))
    errors.email = t('councils.candidates.form.emailInvalid')
  const statute = statuteOf(c)
  if (statute) {
    const school = c.rules?.constituencies.find((o) => o.key === v.constituency)
    for (const e of checkCandidate(
      statute,
      {
        seatCategory: c.category!.key,
        birthDate: v.birthDate || null,
        resident: v.resident,
        constituency: v.constituency || null,
        school: school?.kind === 'szkola' ? school.key : null,
        guardianConsent: true,
        consentToStand: v.consentToStand,
        organisationKey,
      },
      daysOf(c),
    ))
      errors[e.field] ??= e.detail
    if (
      needsGuardianConsent(statute, v.birthDate || null, daysOf(c)) &&
      !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.guardianEmail.trim())
    )
      errors.guardianEmail = t('councils.candidates.form.guardianMissing')
  }
  return errors
}

export const bodyOf = (c: CallRules, v: PersonValues, minor: boolean) => {
  const school = c.rules?.constituencies.find((o) => o.key === v.constituency)
  return {
    name: v.name,
    email: v.email.trim() || null,
    birthDate: v.birthDate || null,
    resident: v.resident,
    constituency: c.rules?.constituencies.length ? v.constituency : null,
    school: school?.kind === 'szkola' ? school.key : null,
    statement: v.statement,
    consentToStand: v.consentToStand,
    guardianEmail: minor ? v.guardianEmail.trim() : null,
  }
}

/** The fields of a person standing, shared by the registration and the nomination. */
export function PersonFields({
  formId,
  c,
  values,
  setValues,
  errors,
  emailOptional,
}: {
  formId: string
  c: CallRules
  values: PersonValues
  setValues: (f: (v: PersonValues) => PersonValues) => void
  errors: Record<string, string>
  emailOptional: boolean
}) {
  const t = useT()
  const statute = statuteOf(c)
  const minor = statute ? needsGuardianConsent(statute, values.birthDate || null, daysOf(c)) : false
  const set = (k: keyof PersonValues) => (v: string) => setValues((x) => ({ ...x, [k]: v }))
  const age = c.rules?.age
  return (
    <>
      <Field
        formId={formId}
        name="name"
        label={t('councils.candidates.form.name')}
        value={values.name}
        onValue={set('name')}
        error={errors.name}
        autoComplete="off"
      />
      <Field
        formId={formId}
        name="email"
        type="email"
        optional={emailOptional}
        label={t('councils.candidates.form.email')}
        hint={t('councils.candidates.form.emailHint')}
        value={values.email}
        onValue={set('email')}
        error={errors.email}
        autoComplete="off"
      />
      <Field
        formId={formId}
        name="birthDate"
        type="date"
        optional={!age && c.rules?.guardianConsentUnder === null}
        label={t('councils.candidates.form.birthDate')}
        hint={
          age && (age.minAge !== null || age.maxAge !== null)
            ? t('councils.candidates.form.birthDateHint', {
                min: age.minAge ?? '—',
                max: age.maxAge ?? '—',
                day: t(`councils.candidates.ageOn.${age.on}`),
              })
            : undefined
        }
        value={values.birthDate}
        onValue={set('birthDate')}
        error={errors.birthDate}
      />
      <div aria-live="polite">
        {minor ? (
          <Field
            formId={formId}
            name="guardianEmail"
            type="email"
            label={t('councils.candidates.form.guardianEmail')}
            hint={t('councils.candidates.form.guardianHint', { age: c.rules?.guardianConsentUnder ?? 18 })}
            value={values.guardianEmail}
            onValue={set('guardianEmail')}
            error={errors.guardianEmail}
            autoComplete="off"
          />
        ) : null}
      </div>
      {c.rules && c.rules.constituencies.length ? (
        <SelectField
          formId={formId}
          name="constituency"
          label={t(
            c.rules.constituencies.some((o) => o.kind === 'szkola')
              ? 'councils.candidates.form.school'
              : 'councils.candidates.form.constituency',
          )}
          value={values.constituency}
          onValue={set('constituency')}
          error={errors.constituency ?? errors.school}
          options={c.rules.constituencies.map((o) => ({ value: o.key, label: o.name }))}
        />
      ) : null}
      <Checkbox
        formId={formId}
        name="resident"
        look={rdcChoice}
        label={t('councils.candidates.form.resident')}
        checked={values.resident}
        onChecked={(resident) => setValues((x) => ({ ...x, resident }))}
        error={errors.resident}
      />
      <TextAreaField
        formId={formId}
        name="statement"
        optional
        label={t('councils.candidates.form.statement')}
        value={values.statement}
        onValue={set('statement')}
        error={errors.statement}
      />
      <Checkbox
        formId={formId}
        name="consentToStand"
        look={rdcChoice}
        label={t('councils.candidates.form.consent')}
        checked={values.consentToStand}
        onChecked={(consentToStand) => setValues((x) => ({ ...x, consentToStand }))}
        error={errors.consentToStand}
      />
    </>
  )
}

export const personLabels = (t: Translate) => ({
  name: t('councils.candidates.form.name'),
  email: t('councils.candidates.form.email'),
  birthDate: t('councils.candidates.form.birthDate'),
  guardianEmail: t('councils.candidates.form.guardianEmail'),
  constituency: t('councils.candidates.form.constituency'),
  school: t('councils.candidates.form.school'),
  resident: t('councils.candidates.form.resident'),
  statement: t('councils.candidates.form.statement'),
  consentToStand: t('councils.candidates.form.consent'),
})
