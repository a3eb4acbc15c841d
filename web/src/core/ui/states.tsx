import type { ComponentChildren } from 'preact'
import { useId, useLayoutEffect, useRef } from 'preact/hooks'
import { useT } from '../i18n'
import type { ApiError } from '../lib/api'
import { problemText } from './errors'

/** The loading state of a page or region, announced politely (`status`) rather than left blank. */
export function Loading({ label }: { label?: string }) {
  const t = useT()
  return (
    <p class="state state-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  )
}

/**
 * A failed load: a heading that says what kind of failure (signed out, no access, not found, other), the reason, the
 * request id for support, and a retry where retrying can help. An `alert`, so it is heard where it appears.
 */
export function ErrorState({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const t = useT()
  const heading =
    title ??
    (error.status === 401
      ? t('error.unauthorised.title')
      : error.status === 403
        ? t('error.forbidden.title')
        : error.status === 404
          ? t('error.notFound.title')
          : t('error.title'))
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{heading}</p>
      <p>{problemText(error, t)}</p>
      {error.problem.requestId ? (
        <p class="muted small">{t('error.requestId', { id: error.problem.requestId })}</p>
      ) : null}
      {onRetry && error.status !== 403 && error.status !== 404 ? (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  )
}

/** A list with nothing in it yet, said in words (a `status`), never an empty box. */
export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty" role="status">
      <p class="state-title">{title}</p>
      {children}
    </div>
  )
}

/**
 * The part of a page loaded from the API: `aria-busy` while loading. Its states announce themselves (loading and
 * empty as `status`, errors as `alert`), rather than the whole region being live, which would read out long pages.
 */
export function DataRegion({ busy, children }: { busy: boolean; children: ComponentChildren }) {
  return (
    <div class="data-region" aria-busy={busy ? 'true' : 'false'}>
      {children}
    </div>
  )
}

/** A short, polite announcement of a completed action ("Zapisano zmiany"). */
export function Notice({ message }: { message: string | null }) {
  return (
    <div class={message ? 'notice' : 'visually-hidden'} role="status">
      {message}
    </div>
  )
}

/**
 * The outcome that replaces a form once it is sent ("Sprawdź skrzynkę"): it takes the focus when it appears, so a
 * screen reader's user hears what happened where the form was, and keeps it named by its heading.
 */
export function Announced({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null)
  const id = `announced-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  useLayoutEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} tabIndex={-1} class="notice" role="status" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </div>
  )
}
