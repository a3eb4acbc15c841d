import { useEffect, useRef, useState } from 'preact/hooks'
import type { PostView } from '../../../../worker/councils/views/members'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { DateTime, Empty, ErrorState, ErrorSummary, Loading, Notice, TextAreaField, useFormId } from '../../core/ui'
import { memberApi } from '../members/paths'
// The discussion is the members' space's: its look (`rdm-posts`…) stays in the members' stylesheet.
import '../members/members.css'

const MAX = 5000

/** A fresh id for one send of a form, so a double click or a retry posts once (the server keys on it). */
function clientId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The members' discussion of one topic of the members' space (`ogolne`, `opinia:{id}`, `uchwala:{id}`): the posts
 * oldest first with the member's own marked, and the post form, its error next to the field and the outcome heard
 * (`status`). One `clientId` per text, so a double click or a retry posts once. The members' space and the opinion and
 * resolution pages show the same thing, so the texts come from one catalogue prefix (`{messages}.heading`, `.none`,
 * `.text`, `.hint`, `.empty`, `.tooLong`, `.submit`, `.posted`, `.mine`).
 */
export function Discussion({
  slug,
  body,
  token,
  topic,
  messages,
  onPosted,
}: {
  slug: string
  body: string
  token: string
  topic: string
  messages: string
  onPosted?: () => void
}) {
  const t = useT()
  const m = (key: string) => t(`${messages}.${key}`)
  const formId = useFormId('rd-post')
  const [posts, setPosts] = useState<PostView[] | null>(null)
  const [failed, setFailed] = useState<ApiError | null>(null)
  const [text, setText] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const sendId = useRef<string | null>(null)
  const form = useSubmit()
  const labels = { text: m('text') }
  const path = memberApi.posts(slug, body, topic)

  const load = () =>
    api<{ items: PostView[] }>(path, { token }).then(
      (data) => {
        setPosts(data.items)
        setFailed(null)
      },
      (error: unknown) => setFailed(error instanceof ApiError ? error : new ApiError(0, {})),
    )
  useEffect(() => {
    void load()
  }, [path, token])

  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{m('heading')}</h2>
      {failed ? <ErrorState error={failed} onRetry={() => void load()} /> : null}
      {posts === null && !failed ? <Loading /> : null}
      {posts && posts.length === 0 ? <Empty title={m('none')} /> : null}
      {posts && posts.length ? (
        <ol class="rdm-posts">
          {posts.map((p) => (
            <li key={p.id} class="rdm-post">
              <p class="rdm-post-meta">
                <strong>{p.author}</strong>
                {p.mine ? ` (${m('mine')})` : ''}, <DateTime value={p.createdAt} withTime />
              </p>
              <p class="rdm-text">{p.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <Notice message={notice} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          sendId.current ??= clientId()
          void form
            .submit(
              t,
              (): Record<string, string> => {
                const trimmed = text.trim()
                if (!trimmed) return { text: m('empty') }
                if (trimmed.length > MAX) return { text: m('tooLong') }
                return {}
              },
              async () => {
                await api(path, { method: 'POST', token, body: { text: text.trim(), clientId: sendId.current } })
              },
            )
            .then(async (ok) => {
              if (!ok) return
              sendId.current = null
              setText('')
              setNotice(m('posted'))
              await load()
              onPosted?.()
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <TextAreaField
          formId={formId}
          name="text"
          label={labels.text}
          hint={m('hint')}
          rows={4}
          maxLength={MAX}
          value={text}
          onValue={(value) => {
            sendId.current = null
            setText(value)
          }}
          error={form.errors.fields.text}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {m('submit')}
        </button>
      </form>
    </section>
  )
}
