import '../i18n/pages'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  ConfirmDialog,
  DateTime,
  ErrorSummary,
  errorsFromApi,
  Field,
  Notice,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { commentsApi, normaliseReceipt } from './api'
import { ConsultationPageFrame, fieldBinder, submitOnce } from '../ui'
import { SurveyAnswersList } from './Survey'
import type { MyComment as MyCommentView, SurveyQuestion } from './types'
import { AnswerBlock, channelText, statusText } from './ui'

/**
 * `/{slug}/konsultacje/{n}/uwagi/moja`: the author types the receipt they were shown (and e-mailed) and sees their
 * comment as the office holds it — its status, wording, the answer once approved — and, until the consultation's
 * end, corrects it (the earlier wording is kept on record) or withdraws it. The receipt stays in this page's memory
 * only: never in the address, never stored.
 */
export function MyComment({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  return (
    <ConsultationPageFrame slug={slug} number={number} title={t('consultations.comments.mine.title')}>
      {() => <MyCommentBody slug={slug} number={number} />}
    </ConsultationPageFrame>
  )
}

function MyCommentBody({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const formId = useFormId('moja-uwaga')
  const [receipt, setReceipt] = useState('')
  const [found, setFound] = useState<{ receipt: string; comment: MyCommentView } | null>(null)
  const [shown, setShown] = useState(0)
  const { errors, version, busy, submit } = useSubmit()

  const look = () =>
    submit(
      t,
      (): Record<string, string> =>
        normaliseReceipt(receipt) ? {} : { receipt: t('consultations.comments.mine.receiptRequired') },
      async () => {
        const code = normaliseReceipt(receipt)
        setFound(null)
        const comment = await api<MyCommentView>(commentsApi.mine(slug, number), {
          method: 'POST',
          body: { receipt: code },
        })
        setFound({ receipt: code, comment })
        setShown((n) => n + 1)
      },
      (error, mapped) =>
        error instanceof ApiError && (error.status === 404 || error.status === 400)
          ? { general: null, fields: { receipt: mapped.fields.receipt ?? mapped.general ?? '' } }
          : mapped,
    )

  return (
    <>
      <p>{t('consultations.comments.mine.intro')}</p>
      <ErrorSummary
        errors={errors}
        formId={formId}
        labels={{ receipt: t('consultations.comments.mine.receipt') }}
        version={version}
      />
      <form noValidate onSubmit={submitOnce(busy, look)}>
        <Field
          formId={formId}
          name="receipt"
          label={t('consultations.comments.mine.receipt')}
          hint={t('consultations.comments.mine.receiptHint')}
          value={receipt}
          onValue={setReceipt}
          error={errors.fields.receipt}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={40}
          class="ksc-code-input"
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('consultations.comments.mine.show')}
          </button>
        </div>
      </form>
      {found ? <Found key={shown} slug={slug} number={number} receipt={found.receipt} initial={found.comment} /> : null}
    </>
  )
}

function Found({
  slug,
  number,
  receipt,
  initial,
}: {
  slug: string
  number: string
  receipt: string
  initial: MyCommentView
}) {
  const t = useT()
  const [comment, setComment] = useState(initial)
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const [withdrawing, setWithdrawing] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const survey = useResource<{ questions: SurveyQuestion[] }>(commentsApi.survey(slug, number))
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])
  const changeable = comment.editable

  const withdraw = async () => {
    setWithdrawing(true)
    setDialogError(null)
    try {
      setComment(await api<MyCommentView>(commentsApi.withdraw(slug, number), { method: 'POST', body: { receipt } }))
      setAsking(false)
      setEditing(false)
      setNotice(t('consultations.comments.mine.withdrawn'))
    } catch (error) {
      setDialogError(errorsFromApi(error, t).general)
    } finally {
      setWithdrawing(false)
    }
  }

  return (
    <section class="ksc-mine" aria-labelledby="ksc-mine-heading">
      <h2 id="ksc-mine-heading" ref={heading} tabIndex={-1}>
        {t('consultations.comments.item.number', { number: comment.number })}
      </h2>
      <Notice message={notice} />
      <dl class="ksc-facts">
        <dt>{t('consultations.comments.mine.status')}</dt>
        <dd>
          <strong>{statusText(t, comment.status)}</strong>
          {comment.status === 'unconfirmed' ? ` — ${t('consultations.comments.mine.unconfirmedNote')}` : null}
        </dd>
        <dt>{t('consultations.comments.mine.about')}</dt>
        <dd>
          {comment.paragraphId
            ? t('consultations.comments.mine.paragraph', { ref: comment.paragraphRef ?? '—' })
            : t('consultations.comments.mine.general')}
        </dd>
        <dt>{t('consultations.comments.mine.sent')}</dt>
        <dd>
          <DateTime value={comment.createdAt} kind="dateTime" />
          {comment.channel !== 'online' ? ` (${channelText(t, comment.channel)})` : null}
        </dd>
        <dt>{t('consultations.comments.mine.author')}</dt>
        <dd>
          {comment.authorKind === 'organization'
            ? t('consultations.comments.mine.onBehalf', {
                name: comment.authorName ?? '—',
                organization: comment.organizationName ?? '—',
              })
            : (comment.authorName ?? '—')}
        </dd>
        {comment.revision > 1 ? (
          <>
            <dt>{t('consultations.comments.mine.revision')}</dt>
            <dd>{t('consultations.comments.mine.revisionValue', { revision: comment.revision })}</dd>
          </>
        ) : null}
        {comment.hidden ? (
          <>
            <dt>{t('consultations.comments.mine.hidden')}</dt>
            <dd>{comment.hiddenReason ?? '—'}</dd>
          </>
        ) : null}
      </dl>
      {editing ? (
        <Correction
          slug={slug}
          number={number}
          receipt={receipt}
          comment={comment}
          onSaved={(next) => {
            setComment(next)
            setEditing(false)
            setNotice(t('consultations.comments.mine.saved'))
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {comment.quotedPassage ? (
            <>
              <h3>{t('consultations.comments.item.quoted')}</h3>
              <blockquote class="ksc-pre">{comment.quotedPassage}</blockquote>
            </>
          ) : null}
          {comment.proposal ? (
            <>
              <h3>{t('consultations.comments.item.proposal')}</h3>
              <p class="ksc-pre">{comment.proposal}</p>
            </>
          ) : null}
          <h3>
            {comment.paragraphId
              ? t('consultations.comments.item.justification')
              : t('consultations.comments.form.text')}
          </h3>
          <p class="ksc-pre">{comment.text}</p>
          <SurveyAnswersList questions={survey.data?.questions ?? []} answers={comment.surveyAnswers} />
          {comment.answer ? <AnswerBlock answer={comment.answer} /> : null}
          {changeable && comment.changeUntil ? (
            <p class="hint">
              {t('consultations.comments.mine.changeUntil')} <DateTime value={comment.changeUntil} kind="deadline" />.
            </p>
          ) : null}
          {changeable ? (
            <div class="actions">
              <button type="button" class="button" onClick={() => setEditing(true)}>
                {t('consultations.comments.mine.correct')}
              </button>
              <button
                type="button"
                class="button button-danger"
                onClick={() => {
                  setDialogError(null)
                  setAsking(true)
                }}
              >
                {t('consultations.comments.mine.withdraw')}
              </button>
            </div>
          ) : comment.status !== 'withdrawn' ? (
            <p class="hint">{t('consultations.comments.mine.closed')}</p>
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={asking}
        title={t('consultations.comments.mine.withdrawTitle', { number: comment.number })}
        confirmLabel={t('consultations.comments.mine.withdraw')}
        onConfirm={() => void withdraw()}
        onCancel={() => setAsking(false)}
        busy={withdrawing}
        danger
        error={dialogError}
      >
        <p>{t('consultations.comments.mine.withdrawBody')}</p>
      </ConfirmDialog>
    </section>
  )
}

/** The correction form: the passage, the proposal and the justification (or a general comment's text), from `revision`. */
function Correction({
  slug,
  number,
  receipt,
  comment,
  onSaved,
  onCancel,
}: {
  slug: string
  number: string
  receipt: string
  comment: MyCommentView
  onSaved: (next: MyCommentView) => void
  onCancel: () => void
}) {
  const t = useT()
  const formId = useFormId('poprawka')
  const [values, setValues] = useState({
    quotedPassage: comment.quotedPassage ?? '',
    proposal: comment.proposal ?? '',
    text: comment.text ?? '',
  })
  const { errors, version, busy, submit } = useSubmit()
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])
  const paragraph = !!comment.paragraphId
  const labels = {
    quotedPassage: t('consultations.comments.form.quotedPassage'),
    proposal: t('consultations.comments.form.proposal'),
    text: t(paragraph ? 'consultations.comments.form.justification' : 'consultations.comments.form.text'),
  }
  const field = fieldBinder(formId, values, setValues, labels, errors)
  const save = () =>
    submit(
      t,
      (): Record<string, string> => (values.text.trim() ? {} : { text: t('consultations.comments.form.textRequired') }),
      async () => {
        onSaved(
          await api<MyCommentView>(commentsApi.mine(slug, number), {
            method: 'PATCH',
            body: {
              receipt,
              revision: comment.revision,
              text: values.text.trim(),
              ...(paragraph ? { quotedPassage: values.quotedPassage.trim(), proposal: values.proposal.trim() } : {}),
            },
          }),
        )
      },
    )
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={heading} tabIndex={-1}>
        {t('consultations.comments.mine.correctHeading')}
      </h3>
      <p class="hint">{t('consultations.comments.mine.correctIntro')}</p>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form noValidate onSubmit={submitOnce(busy, save)}>
        {paragraph ? (
          <>
            <TextAreaField {...field('quotedPassage')} optional rows={3} />
            <TextAreaField {...field('proposal')} optional rows={3} />
          </>
        ) : null}
        <TextAreaField {...field('text')} rows={5} />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('consultations.comments.mine.save')}
          </button>
          <button type="button" class="button button-secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
