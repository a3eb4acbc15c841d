import type { ComponentChildren, Ref } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useT, type Translate } from '../../core/i18n'
import { DateTime, Email, Notice, type ChoiceLook } from '../../core/ui'
import { labelOf } from '../ui'
import { commentsPaths } from './api'
import type { PublicAnswer, SubmitAnswer } from './types'
import './comments.css'

/** How the comments' forms draw their checkboxes and radios (core/ui's `Checkbox`, `RadioGroup`): comments.css. */
export const commentChoice: ChoiceLook = {
  box: 'field ksc-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field ksc-choices',
}

/** How a comment reached the office, in words. */
export const channelText = (t: Translate, channel: string) =>
  labelOf(t, `consultations.comments.channel.${channel}`, channel)

/** Where a comment stands for its author or the office, in words. */
export const statusText = (t: Translate, status: string) =>
  labelOf(t, `consultations.comments.status.${status}`, status)

/** A heading of the level its place on the page asks for (a form under a paragraph sits one level deeper). */
export function Heading({
  level,
  id,
  headingRef,
  children,
}: {
  level: 2 | 3 | 4
  id: string
  headingRef?: Ref<HTMLHeadingElement>
  children: ComponentChildren
}) {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4'
  return (
    <Tag id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
      {children}
    </Tag>
  )
}

/** The office's answer to a comment, once approved: its kind and justification. */
export function AnswerBlock({ answer }: { answer: PublicAnswer }) {
  const t = useT()
  return (
    <div class="ksc-answer">
      <p>
        <strong>{t('consultations.comments.answer')}</strong>{' '}
        {labelOf(t, `consultations.comments.answerKind.${answer.kind}`, answer.kind)}
      </p>
      {answer.justification ? <p class="ksc-pre">{answer.justification}</p> : null}
    </div>
  )
}

/**
 * What a person sees right after sending a comment: its receipt, shown once, with a copy button, and the reminder
 * that it counts only once the e-mailed link is used. The heading takes the focus, so a screen reader starts here.
 */
export function ReceiptPanel({
  slug,
  number,
  sent,
  level,
  onAnother,
}: {
  slug: string
  number: string
  sent: SubmitAnswer
  level: 3 | 4
  onAnother?: () => void
}) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const [notice, setNotice] = useState<string | null>(null)
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sent.receipt)
      setNotice(t('consultations.comments.receipt.copied'))
    } catch {
      setNotice(t('consultations.comments.receipt.copyManually'))
    }
  }
  return (
    <section class="ksc-receipt" aria-labelledby={`ksc-receipt-${sent.number}`}>
      <Heading level={level} id={`ksc-receipt-${sent.number}`} headingRef={heading}>
        {t('consultations.comments.receipt.heading', { number: sent.number })}
      </Heading>
      <p>{t('consultations.comments.receipt.codeIntro')}</p>
      <p class="ksc-code">
        <code>{sent.receipt}</code>
      </p>
      <div class="actions">
        <button type="button" class="button button-secondary" onClick={() => void copy()}>
          {t('consultations.comments.receipt.copy')}
        </button>
      </div>
      <Notice message={notice} />
      <p class="ksc-confirm-note">
        <strong>{t('consultations.comments.receipt.confirmLead')}</strong> {t('consultations.comments.receipt.sentTo')}{' '}
        <Email value={sent.email} />. {t('consultations.comments.receipt.counts')}{' '}
        {sent.confirmBy ? (
          <>
            {t('consultations.comments.receipt.confirmBy')} <DateTime value={sent.confirmBy} kind="deadline" />.
          </>
        ) : null}
      </p>
      <p>{t('consultations.comments.receipt.keep')}</p>
      <ul class="ksc-links">
        <li>
          <a href={commentsPaths.mine(slug, number)}>{t('consultations.comments.receipt.mineLink')}</a>
        </li>
        {onAnother ? (
          <li>
            <button type="button" class="ksc-link-button" onClick={onAnother}>
              {t('consultations.comments.receipt.close')}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  )
}

/** "3 uwagi", "5 uwag": `{key}.one|few|many|other` chosen by the language's plural rules. */
export function plural(t: Translate, lang: string, key: string, count: number): string {
  const form = new Intl.PluralRules(lang === 'pl' ? 'pl-PL' : 'en-GB').select(count)
  return t(`${key}.${form === 'zero' || form === 'two' ? 'other' : form}`, { count })
}
