import '../i18n/pages'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useT, type Translate } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  Checkbox,
  DataRegion,
  DateTime,
  Empty,
  ErrorState,
  ErrorSummary,
  FileField,
  Loading,
  Notice,
  RadioGroup,
  TextAreaField,
  useFormId,
  type ChoiceLook,
} from '../../core/ui'
import { answerKinds } from '../../../../worker/consultations/domain/answers'
import { PanelConsultationPage } from '../panel/PanelNav'
import {
  answersApi,
  type AnswerAction,
  type AnswersWorkList,
  type AnswerView,
  type CommentView,
  type GroupingResult,
  type GroupItem,
  type CommentItem,
  type ImportResult,
} from './api'
import './answers.css'

/** How the answers' page draws its radios and checkboxes (core/ui's `RadioGroup`, `Checkbox`): answers.css. */
const look: ChoiceLook = {
  box: 'field ksa-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field ksa-choices',
}

type Filter = 'all' | 'unanswered' | 'toApprove' | 'approved'
type Item = GroupItem | CommentItem

/** Items shown at first and added by "show more": a campaign of thousands stays one group, but single comments can be many. */
const PAGE = 40
/** Members listed before "show all": a campaign of thousands would otherwise be thousands of rows at once. */
const MEMBERS = 50

const matches = (filter: Filter, item: Item) => {
  const status = item.answer?.status ?? null
  if (filter === 'unanswered') return status === null || status === 'draft'
  if (filter === 'toApprove') return status === 'proposed'
  if (filter === 'approved') return status === 'approved'
  return true
}

const kindText = (t: Translate, kind: string) => t(`consultations.answers.kind.${kind}`)
const statusText = (t: Translate, status: string | null) => t(`consultations.answers.status.${status ?? 'none'}`)

/**
 * `/panel/{slug}/konsultacje/{n}/odpowiedzi` (admin, koordynator): the answers to the comments. "Grupuj podobne
 * uwagi" puts identical and near-identical comments in groups (a campaign answered once); the list shows every group
 * and every comment answered alone, each with its text and its answer's form (the kind as radios, the justification)
 * and only the steps the server allows the signed-in person (two-person review: someone else approves). Filters for
 * what is still unanswered or waits for approval; the whole list as CSV, and a CSV brought back from a spreadsheet.
 */
export function AnswersPage({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="answers">
      {() => <AnswersBody slug={slug} number={number} />}
    </PanelConsultationPage>
  )
}

function AnswersBody({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const list = useResource<AnswersWorkList>(answersApi.list(slug, number))
  const [notice, setNotice] = useState<string | null>(null)
  const [filter, setFilter] = useState<Filter>('all')
  const [shown, setShown] = useState(PAGE)
  const filterId = useFormId('ksa-filtr')
  const data = list.data
  const changed = (message: string) => {
    setNotice(message)
    list.reload()
  }
  const items: Item[] = data ? [...data.groups, ...data.singles].filter((i) => matches(filter, i)) : []
  const visible = items.slice(0, shown)

  return (
    <>
      <Notice message={notice} />
      {data?.consultation.locked ? (
        <p class="ksa-locked" role="note">
          {t('consultations.answers.locked')}
        </p>
      ) : null}
      {data ? (
        <>
          <section class="panel-section" aria-labelledby="ksa-summary-heading">
            <h2 id="ksa-summary-heading">{t('consultations.answers.summaryHeading')}</h2>
            <p>
              {t('consultations.answers.counts', {
                comments: data.counts.comments,
                groups: data.counts.groups,
                grouped: data.counts.grouped,
                single: data.counts.single,
              })}
            </p>
            <p>
              {t('consultations.answers.statusCounts', {
                none: data.counts.none,
                draft: data.counts.draft,
                proposed: data.counts.proposed,
                approved: data.counts.approved,
              })}
            </p>
            <p class="muted">
              {t(
                data.consultation.answerReview === 'two_person'
                  ? 'consultations.answers.reviewTwo'
                  : 'consultations.answers.reviewSingle',
              )}
            </p>
            {data.consultation.locked ? null : <Grouping slug={slug} number={number} onDone={changed} />}
          </section>
          <CsvSection slug={slug} number={number} data={data} onDone={changed} />
        </>
      ) : null}

      <section class="panel-section" aria-labelledby="ksa-list-heading">
        <h2 id="ksa-list-heading">{t('consultations.answers.listHeading')}</h2>
        <RadioGroup
          formId={filterId}
          name="filter"
          legend={t('consultations.answers.filter')}
          value={filter}
          onValue={(v) => {
            setFilter(v as Filter)
            setShown(PAGE)
          }}
          options={(['all', 'unanswered', 'toApprove', 'approved'] as const).map((f) => ({
            value: f,
            label: t(`consultations.answers.filter.${f}`),
          }))}
          look={look}
        />
        <DataRegion busy={list.status === 'loading'}>
          {list.status === 'loading' && !data ? <Loading /> : null}
          {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {data ? (
            <p role="status" class="muted">
              {t('consultations.answers.shown', { shown: visible.length, total: items.length })}
            </p>
          ) : null}
          {data && items.length === 0 ? (
            <Empty
              title={t(data.counts.comments ? 'consultations.answers.emptyFilter' : 'consultations.answers.empty')}
            />
          ) : null}
          {visible.length ? (
            <ol class="ksa-list">
              {visible.map((item) => (
                <WorkItem
                  key={item.type === 'group' ? `g${item.number}` : `c${item.comment.number}`}
                  slug={slug}
                  number={number}
                  item={item}
                  data={data!}
                  onChanged={changed}
                  onStale={list.reload}
                />
              ))}
            </ol>
          ) : null}
          {items.length > shown ? (
            <button type="button" class="button button-secondary" onClick={() => setShown((s) => s + PAGE)}>
              {t('consultations.answers.more', { count: Math.min(PAGE, items.length - shown) })}
            </button>
          ) : null}
        </DataRegion>
      </section>
    </>
  )
}

/** "Grupuj podobne uwagi": the server groups, the page says what it did. */
function Grouping({ slug, number, onDone }: { slug: string; number: string; onDone: (message: string) => void }) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const r = await api<GroupingResult>(answersApi.compute(slug, number), { method: 'POST', body: {} })
      onDone(t('consultations.answers.grouped', { ...r }))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('error.generic'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div class="ksa-grouping">
      <p class="hint">{t('consultations.answers.groupHint')}</p>
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" class="button" onClick={run} aria-disabled={busy ? 'true' : undefined}>
        {t('consultations.answers.group')}
      </button>
    </div>
  )
}

/** The export link and the import form (all or nothing: the server lists every row's error). */
function CsvSection({
  slug,
  number,
  data,
  onDone,
}: {
  slug: string
  number: string
  data: AnswersWorkList
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('ksa-import')
  const [file, setFile] = useState<File | null>(null)
  const [approve, setApprove] = useState(false)
  const fileRef = useRef<HTMLInputElement>(null)
  const form = useSubmit()
  const single = data.consultation.answerReview === 'single'

  const send = (event: Event) => {
    event.preventDefault()
    if (form.busy) return
    void form.submit(
      t,
      (): Record<string, string> => (file ? {} : { file: t('consultations.answers.import.fileRequired') }),
      async () => {
        const body = new FormData()
        body.set('file', file!)
        const r = await api<ImportResult>(answersApi.importCsv(slug, number, single && approve), {
          method: 'POST',
          form: body,
        })
        setFile(null)
        if (fileRef.current) fileRef.current.value = ''
        onDone(t('consultations.answers.import.done', { ...r }))
      },
    )
  }

  return (
    <section class="panel-section" aria-labelledby="ksa-csv-heading">
      <h2 id="ksa-csv-heading">{t('consultations.answers.csvHeading')}</h2>
      <p>
        <a href={answersApi.csv(slug, number)} download={`odpowiedzi-konsultacje-${number}.csv`}>
          {t('consultations.answers.export')}
        </a>
      </p>
      <p class="hint">{t('consultations.answers.import.hint')}</p>
      {data.consultation.locked ? null : (
        <form onSubmit={send} noValidate aria-labelledby={`${formId}-heading`}>
          <h3 id={`${formId}-heading`}>{t('consultations.answers.import.heading')}</h3>
          <ErrorSummary
            errors={form.errors}
            formId={formId}
            labels={{ file: t('consultations.answers.import.file') }}
            version={form.version}
          />
          <FileField
            id={`${formId}-file`}
            label={t('consultations.answers.import.file')}
            accept=".csv,text/csv"
            onFile={setFile}
            inputRef={fileRef}
            error={form.errors.fields.file}
          />
          {single ? (
            <Checkbox
              formId={formId}
              name="approve"
              label={t('consultations.answers.import.approve')}
              checked={approve}
              onChecked={setApprove}
              look={look}
            />
          ) : null}
          <button type="submit" class="button button-secondary" aria-disabled={form.busy ? 'true' : undefined}>
            {t('consultations.answers.import.submit')}
          </button>
        </form>
      )}
    </section>
  )
}

/** A comment's text with its passage and proposal, as staff read it before answering. */
function CommentText({ c }: { c: CommentView }) {
  const t = useT()
  return (
    <div class="ksa-comment">
      <p class="muted small">
        {t('consultations.answers.author', { author: c.author })}
        {c.hidden ? ` · ${t('consultations.answers.hidden')}` : ''}
      </p>
      {c.quotedPassage ? (
        <blockquote class="ksa-quote">
          <p>{c.quotedPassage}</p>
        </blockquote>
      ) : null}
      {c.proposal ? (
        <p>
          <strong>{t('consultations.answers.proposal')}</strong> {c.proposal}
        </p>
      ) : null}
      <p class="ksa-text">{c.text}</p>
    </div>
  )
}

function WorkItem({
  slug,
  number,
  item,
  data,
  onChanged,
  onStale,
}: {
  slug: string
  number: string
  item: Item
  data: AnswersWorkList
  onChanged: (message: string) => void
  onStale: () => void
}) {
  const t = useT()
  const id = item.type === 'group' ? `ksa-g${item.number}` : `ksa-c${item.comment.number}`
  const heading =
    item.type === 'group'
      ? t('consultations.answers.groupTitle', { number: item.number, size: item.size })
      : t('consultations.answers.commentTitle', { number: item.comment.number })
  return (
    <li class="ksa-item">
      <article aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{heading}</h3>
        <p class="ksa-tags">
          <span class={`ksa-tag ksa-tag-${item.answer?.status ?? 'none'}`}>
            {statusText(t, item.answer?.status ?? null)}
          </span>
        </p>
        {item.type === 'group' ? (
          <>
            <p class="muted small">
              {t('consultations.answers.groupFacts', { identical: item.identical, variants: item.variants })}
            </p>
            <CommentText c={item.representative} />
            <Members slug={slug} number={number} group={item} locked={data.consultation.locked} onChanged={onChanged} />
          </>
        ) : (
          <CommentText c={item.comment} />
        )}
        <AnswerForm
          slug={slug}
          number={number}
          id={id}
          item={item}
          data={data}
          heading={heading}
          onChanged={onChanged}
          onStale={onStale}
        />
      </article>
    </li>
  )
}

/** A group's members, each with "take out of the group" (it is then answered alone). */
function Members({
  slug,
  number,
  group,
  locked,
  onChanged,
}: {
  slug: string
  number: string
  group: GroupItem
  locked: boolean
  onChanged: (message: string) => void
}) {
  const t = useT()
  const [error, setError] = useState<string | null>(null)
  const [all, setAll] = useState(false)
  const members = all ? group.members : group.members.slice(0, MEMBERS)
  const remove = async (comment: number) => {
    setError(null)
    try {
      await api(answersApi.remove(slug, number, group.number, comment), { method: 'POST', body: {} })
      onChanged(t('consultations.answers.removed', { comment, group: group.number }))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('error.generic'))
    }
  }
  return (
    <details class="ksa-members">
      <summary>{t('consultations.answers.members', { count: group.members.length })}</summary>
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul>
        {members.map((m) => (
          <li key={m.number}>
            <p>
              <strong>{t('consultations.answers.commentTitle', { number: m.number })}</strong> ({m.author}): {m.excerpt}
            </p>
            {locked || group.members.length < 2 ? null : (
              <button type="button" class="button button-secondary button-small" onClick={() => void remove(m.number)}>
                {t('consultations.answers.remove')}
                <span class="visually-hidden"> {t('consultations.answers.removeWhich', { comment: m.number })}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {members.length < group.members.length ? (
        <button type="button" class="button button-secondary button-small" onClick={() => setAll(true)}>
          {t('consultations.answers.allMembers', { count: group.members.length })}
        </button>
      ) : null}
    </details>
  )
}

const ORDER: AnswerAction[] = ['save', 'propose', 'approve', 'return', 'reopen']

/**
 * The answer of one group or comment: editable (kind and justification) while it is a draft, read-only once proposed
 * or approved; one button per step the server allows this person. Proposing or approving a changed draft saves it
 * first, so what is approved is what the person sees. A 409 (someone else acted meanwhile) reloads the list.
 */
function AnswerForm({
  slug,
  number,
  id,
  item,
  data,
  heading,
  onChanged,
  onStale,
}: {
  slug: string
  number: string
  id: string
  item: Item
  data: AnswersWorkList
  heading: string
  onChanged: (message: string) => void
  onStale: () => void
}) {
  const t = useT()
  const answer: AnswerView | null = item.answer
  const formId = `${id}-odp`
  const [kind, setKind] = useState<string>(answer?.kind ?? '')
  const [justification, setJustification] = useState(answer?.justification ?? '')
  const [note, setNote] = useState('')
  const form = useSubmit()
  // A newer answer (someone else's step, an import) replaces what the form shows; one's own save changes nothing here.
  useEffect(() => {
    setKind(answer?.kind ?? '')
    setJustification(answer?.justification ?? '')
  }, [answer?.version])
  const editable = !answer || answer.status === 'draft'
  const allowed = ORDER.filter((a) => item.allowedActions.includes(a))
  const needsNote = allowed.includes('return') || allowed.includes('reopen')
  const target = item.type === 'group' ? { group: item.number } : { comment: item.comment.number }
  const dirty = !answer || (answer.kind ?? '') !== kind || answer.justification !== justification.trim()

  const take = (action: AnswerAction) =>
    !form.busy &&
    void form.submit(
      t,
      (): Record<string, string> =>
        (action === 'return' || action === 'reopen') && !note.trim()
          ? { note: t('consultations.answers.noteRequired') }
          : {},
      async () => {
        let version = answer?.version
        const content = { kind: kind || null, justification: justification.trim() }
        if (editable && (action === 'save' || dirty)) {
          const saved = await api<{ answer: AnswerView }>(answersApi.step(slug, number), {
            method: 'POST',
            body: { target, action: 'save', ...content, ...(version ? { version } : {}) },
          })
          version = saved.answer.version
        }
        if (action !== 'save')
          await api(answersApi.step(slug, number), {
            method: 'POST',
            body: { target, action, version, ...(note.trim() ? { note: note.trim() } : {}) },
          })
        setNote('')
        onChanged(t(`consultations.answers.done.${action}`, { title: heading }))
      },
      (error, found) => {
        if (error instanceof ApiError && error.status === 409) onStale()
        return found
      },
    )

  const ownProposal =
    answer?.status === 'proposed' && data.consultation.answerReview === 'two_person' && answer.preparedBy === data.me
  return (
    <form
      class="ksa-answer"
      onSubmit={(e) => (e.preventDefault(), take('save'))}
      noValidate
      aria-labelledby={`${formId}-h ${id}-h`}
    >
      <h4 id={`${formId}-h`}>{t('consultations.answers.answerHeading')}</h4>
      <ErrorSummary
        errors={form.errors}
        formId={formId}
        labels={{
          kind: t('consultations.answers.kindLegend'),
          justification: t('consultations.answers.justification'),
          note: t('consultations.answers.note'),
        }}
        version={form.version}
      />
      {editable && !data.consultation.locked ? (
        <>
          <RadioGroup
            formId={formId}
            name="kind"
            legend={t('consultations.answers.kindLegend')}
            value={kind}
            onValue={setKind}
            error={form.errors.fields.kind}
            options={answerKinds.map((k) => ({ value: k, label: kindText(t, k) }))}
            look={look}
          />
          <TextAreaField
            formId={formId}
            name="justification"
            label={t('consultations.answers.justification')}
            hint={t('consultations.answers.justificationHint')}
            value={justification}
            onValue={setJustification}
            error={form.errors.fields.justification}
            rows={4}
            optional
          />
        </>
      ) : answer ? (
        <dl class="ksa-facts">
          <dt>{t('consultations.answers.kindLegend')}</dt>
          <dd>{answer.kind ? kindText(t, answer.kind) : '—'}</dd>
          <dt>{t('consultations.answers.justification')}</dt>
          <dd class="ksa-text">{answer.justification || '—'}</dd>
        </dl>
      ) : null}
      {answer ? <History answer={answer} people={data.people} /> : null}
      {ownProposal ? <p class="hint">{t('consultations.answers.othersApprove')}</p> : null}
      {needsNote ? (
        <TextAreaField
          formId={formId}
          name="note"
          label={t('consultations.answers.note')}
          hint={t('consultations.answers.noteHint')}
          value={note}
          onValue={setNote}
          error={form.errors.fields.note}
          rows={2}
          optional
        />
      ) : null}
      {allowed.length ? (
        <div class="ksa-actions">
          {allowed.map((action) => (
            <button
              key={action}
              type={action === 'save' ? 'submit' : 'button'}
              class={action === 'save' ? 'button button-secondary' : 'button'}
              aria-disabled={form.busy ? 'true' : undefined}
              onClick={action === 'save' ? undefined : () => take(action)}
            >
              {t(`consultations.answers.action.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
    </form>
  )
}

/** Every step of an answer, oldest first: who, when, what, and why it was returned or reopened. */
function History({ answer, people }: { answer: AnswerView; people: Record<string, string> }) {
  const t = useT()
  return (
    <details class="ksa-history">
      <summary>{t('consultations.answers.history', { count: answer.history.length })}</summary>
      <ol>
        {answer.history.map((h, i) => (
          <li key={i}>
            <DateTime value={h.at} withTime /> — {people[h.by] ?? t('consultations.answers.someone')}:{' '}
            {t(`consultations.answers.event.${h.action}`)}
            {h.note ? ` (${h.note})` : ''}
          </li>
        ))}
      </ol>
    </details>
  )
}
