import { lazyPage } from '../../core/lib/lazy'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useLang, useT } from '../../core/i18n'
import { DateTime } from '../../core/ui'
import { commentsPaths } from './api'
import { usePublicComments } from './store'
import type { PublicComment, ShownComment } from './types'
import { AnswerBlock, channelText, plural } from './ui'

/** The comment form, downloaded when a resident first opens one: the consultation's first view stays light. */
const CommentForm = lazyPage(() => import('./CommentForm').then((m) => m.CommentForm), { part: true })

/** The paragraph of the draft a button and a list belong to. */
export interface DraftParagraph {
  id: string
  ref?: string
  marker?: string
  text: string
}

const refOf = (p: DraftParagraph) => p.ref ?? p.marker ?? p.text.slice(0, 40)

/** A form opened in place of its button; closing it puts the keyboard back on the button. */
function useFormToggle() {
  const [writing, setWriting] = useState(false)
  const [back, setBack] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!back) return
    button.current?.focus()
    setBack(false)
  }, [back])
  return {
    writing,
    button,
    start: () => setWriting(true),
    close: () => {
      setWriting(false)
      setBack(true)
    },
  }
}

/** One public comment: its number, author (an organisation's name, or "Mieszkaniec"), passage, proposal, text, answer. */
function CommentItem({ c }: { c: PublicComment }) {
  const t = useT()
  if (c.hidden) {
    return (
      <li class="ksc-item ksc-item-hidden">
        <p>
          <strong>{t('consultations.comments.item.number', { number: c.number })}</strong>{' '}
          {t('consultations.comments.item.hidden')}
        </p>
        {c.hiddenReason ? <p>{t('consultations.comments.item.hiddenReason', { reason: c.hiddenReason })}</p> : null}
      </li>
    )
  }
  const placement = c.placement
  return (
    <li class="ksc-item">
      <p class="ksc-item-head">
        <strong>{t('consultations.comments.item.number', { number: c.number })}</strong>
        {' — '}
        {c.authorKind === 'resident' ? t('consultations.comments.item.resident') : c.author}
        {', '}
        <DateTime value={c.createdAt} kind="date" />
        {c.channel !== 'online' ? ` (${channelText(t, c.channel)})` : null}
      </p>
      {placement === 'changed' ? (
        <p class="ksc-note">{t('consultations.comments.item.changed', { version: c.documentVersion ?? '?' })}</p>
      ) : null}
      {placement === 'removed' && c.paragraphRef ? (
        <p class="ksc-note">{t('consultations.comments.item.removed', { ref: c.paragraphRef })}</p>
      ) : null}
      {c.quotedPassage ? (
        <>
          <p class="ksc-label">{t('consultations.comments.item.quoted')}</p>
          <blockquote class="ksc-pre">{c.quotedPassage}</blockquote>
        </>
      ) : null}
      {c.proposal ? (
        <>
          <p class="ksc-label">{t('consultations.comments.item.proposal')}</p>
          <p class="ksc-pre">{c.proposal}</p>
        </>
      ) : null}
      {c.text ? (
        <>
          {c.paragraphId ? <p class="ksc-label">{t('consultations.comments.item.justification')}</p> : null}
          <p class="ksc-pre">{c.text}</p>
        </>
      ) : null}
      {c.groupNumber ? (
        <p class="muted small">{t('consultations.comments.item.group', { group: c.groupNumber })}</p>
      ) : null}
      {c.answer ? <AnswerBlock answer={c.answer} /> : null}
    </li>
  )
}

/** A folded list of comments with its count as the summary: the page stays readable with many comments. */
function CommentList({ items, summaryKey }: { items: PublicComment[]; summaryKey: string }) {
  const t = useT()
  const lang = useLang()
  return (
    <details class="ksc-list">
      <summary>{plural(t, lang, summaryKey, items.length)}</summary>
      <ol>
        {items.map((c) => (
          <CommentItem key={c.number} c={c} />
        ))}
      </ol>
    </details>
  )
}

/**
 * Under each paragraph of the draft: the "Zgłoś uwagę do tego fragmentu" button while the consultation is open (the
 * form opens in place, under the paragraph it is about) and the paragraph's public comments, with a note on those
 * made on an earlier wording.
 */
export function ParagraphComments({
  slug,
  number,
  version,
  open,
  paragraph,
}: {
  slug: string
  number: string
  version: number
  open: boolean
  paragraph: DraftParagraph
}) {
  const t = useT()
  const comments = usePublicComments(slug, number)
  const { writing, button, start, close } = useFormToggle()
  const mine = (comments.data?.public ? comments.data.items : []).filter(
    (c): c is ShownComment => !c.hidden && c.paragraphId === paragraph.id && c.placement !== 'removed',
  )
  if (!open && mine.length === 0) return null
  const ref = refOf(paragraph)
  return (
    <div class="ksc-paragraph">
      {mine.length > 0 ? <CommentList items={mine} summaryKey="consultations.comments.paragraphCount" /> : null}
      {open && !writing ? (
        <button type="button" class="ksc-add" ref={button} onClick={start}>
          {t('consultations.comments.addToParagraph')}
          <span class="visually-hidden"> {t('consultations.comments.addToParagraphRef', { ref })}</span>
        </button>
      ) : null}
      {open && writing ? (
        <CommentForm
          slug={slug}
          number={number}
          version={version}
          target={{ id: paragraph.id, label: ref, text: paragraph.text }}
          level={4}
          onClose={close}
        />
      ) : null}
    </div>
  )
}

/**
 * The comments' section under the draft (`#uwagi`): how to comment and where the receipt leads, the general comment's
 * form, the general comments and those on passages a later version removed; when the consultation keeps comments
 * unpublished until the report, only their number.
 */
export function CommentsSection({
  slug,
  number,
  state,
  version,
}: {
  slug: string
  number: string
  state: string
  version: number | null
}) {
  const t = useT()
  const lang = useLang()
  const comments = usePublicComments(slug, number)
  const { writing, button, start, close } = useFormToggle()
  const open = state === 'open'
  const data = comments.data
  const items = data?.public ? data.items : []
  const general = items.filter((c) => !c.hidden && !c.paragraphId)
  const hidden = items.filter((c) => c.hidden)
  const removed = items.filter((c) => !c.hidden && c.paragraphId && c.placement === 'removed')
  const total = data ? data.count : null
  return (
    <section id="uwagi" class="ksc-section" aria-labelledby="ksc-heading">
      <h2 id="ksc-heading">{t('consultations.comments.heading')}</h2>
      {state === 'upcoming' ? <p>{t('consultations.comments.notYet')}</p> : null}
      {state === 'ended' || state === 'reported' ? <p>{t('consultations.comments.closed')}</p> : null}
      {open ? (
        <>
          <p>{t('consultations.comments.how')}</p>
          <p>{t('consultations.comments.confirmNote')}</p>
        </>
      ) : null}
      {total !== null ? (
        <p role="status">
          {total === 0 ? t('consultations.comments.none') : plural(t, lang, 'consultations.comments.total', total)}
          {data && !data.public && total > 0 ? ` ${t('consultations.comments.notPublic')}` : null}
        </p>
      ) : null}
      {comments.status === 'error' ? <p class="field-error">{t('consultations.comments.loadFailed')}</p> : null}
      {open ? (
        writing ? (
          <CommentForm slug={slug} number={number} version={version} target={null} level={3} onClose={close} />
        ) : (
          <div class="actions">
            <button type="button" class="button" ref={button} onClick={start}>
              {t('consultations.comments.addGeneral')}
            </button>
          </div>
        )
      ) : null}
      {general.length > 0 ? (
        <>
          <h3>{t('consultations.comments.generalHeading')}</h3>
          <CommentList items={general} summaryKey="consultations.comments.generalCount" />
        </>
      ) : null}
      {removed.length > 0 ? (
        <>
          <h3>{t('consultations.comments.removedHeading')}</h3>
          <p class="hint">{t('consultations.comments.removedIntro')}</p>
          <CommentList items={removed} summaryKey="consultations.comments.removedCount" />
        </>
      ) : null}
      {hidden.length > 0 ? (
        <>
          <h3>{t('consultations.comments.hiddenHeading')}</h3>
          <p class="hint">{t('consultations.comments.hiddenIntro')}</p>
          <CommentList items={hidden} summaryKey="consultations.comments.hiddenCount" />
        </>
      ) : null}
      <p>
        <a href={commentsPaths.mine(slug, number)}>{t('consultations.comments.mineLink')}</a>
      </p>
    </section>
  )
}
