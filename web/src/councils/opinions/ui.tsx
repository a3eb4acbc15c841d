import { useEffect, useState } from 'preact/hooks'
import type { ResolutionView } from '../../../../worker/councils/views/opinions'
import type { Translate } from '../../core/i18n'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import type { ChoiceLook } from '../../core/ui'
import { forgetMemberKey, memberKey } from '../member-key'
import { rdPaths } from '../paths'
import './opinions.css'

/** How the opinions' radios look (`RadioGroup` of core/ui): opinions.css. */
export const opinionChoice: ChoiceLook = {
  box: 'field rdo-option',
  on: 'rdo-option-on',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field rdo-choices',
  legend: 'rdo-legend',
  boxedOptions: true,
}

export type MemberData<T> =
  | { state: 'loading' }
  | { state: 'nokey'; refused: ApiError | null }
  | { state: 'ready'; key: string; data: T }
  | { state: 'failed'; key: string; error: ApiError }

/**
 * A member's answer at `path` read with the key of the members' space (`memberKey`): no key, or a key the server
 * refuses (401: forgotten; 403: a member of another body), asks for the invitation's link instead.
 */
export function useMemberData<T>(slug: string, body: string, path: string) {
  const [state, setState] = useState<MemberData<T>>({ state: 'loading' })
  const load = (quiet = false) => {
    const key = memberKey(slug, body)
    if (!key) return setState({ state: 'nokey', refused: null })
    if (!quiet) setState({ state: 'loading' })
    api<T>(path, { token: key }).then(
      (data) => setState({ state: 'ready', key, data }),
      (error: unknown) => {
        const e = error instanceof ApiError ? error : new ApiError(0, {})
        if (e.status === 401) forgetMemberKey(slug, body)
        if (e.status === 401 || e.status === 403) setState({ state: 'nokey', refused: e })
        else setState({ state: 'failed', key, error: e })
      },
    )
  }
  useEffect(() => load(), [slug, body, path])
  return { state, reload: load, set: (data: T) => state.state === 'ready' && setState({ ...state, data }) }
}

/** Without a usable key: why, and the way to the members' space (where a new link can be asked for). */
export function NoKey({ slug, body, refused }: { slug: string; body: string; refused: ApiError | null }) {
  const t = useT()
  return (
    <div class="state state-error" role="alert">
      <p>{refused?.problem.detail || t('councils.opinions.noKey')}</p>
      <p>
        <a href={rdPaths.member(slug, body)}>{t('councils.opinions.toSpace')}</a>
      </p>
    </div>
  )
}

/** A resolution's outcome and its reason in words, from the stored count (both languages, not the server's text). */
export function outcomeText(t: Translate, r: Pick<ResolutionView, 'status' | 'tally'>): string {
  const tally = r.tally
  if (!tally) return t(`councils.opinions.resolutionStatus.${r.status}`)
  const numbers = {
    za: tally.counts.za,
    przeciw: tally.counts.przeciw,
    wstrzymuje: tally.counts.wstrzymuje_sie,
    present: tally.present,
    quorum: tally.quorum,
    needed: tally.needed,
  }
  if (tally.outcome === 'brak_kworum') return t('councils.opinions.outcome.noQuorum', numbers)
  if (tally.chairDecided)
    return t(tally.adopted ? 'councils.opinions.outcome.chairFor' : 'councils.opinions.outcome.chairAgainst', numbers)
  return t(tally.adopted ? 'councils.opinions.outcome.adopted' : 'councils.opinions.outcome.rejected', numbers)
}

/** Downloads a file the server gives only with the member's key (a link cannot carry the `Authorization` header). */
export async function downloadWithKey(path: string, key: string, name: string): Promise<void> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${key}` }, credentials: 'same-origin' })
  if (!res.ok) throw new ApiError(res.status, {})
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
