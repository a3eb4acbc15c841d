import type { ComponentType } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { ErrorState, Loading, PageHeading } from '../ui'
import { useT } from '../i18n'
import { ApiError } from './api'

/** The lazy pages on screen that still show their loading state (their code has not arrived). */
const waiting = new Set<object>()
const readyListeners = new Set<() => void>()

/**
 * Resolves once no page on screen is waiting for its code. main.tsx shows the first view only then (or at its
 * deadline): a page whose code the server named in the HTML (`modulepreload`) arrives with the entry, so the first
 * paint is the page itself instead of a loading line that the page then pushes down.
 */
export function pagesReady(): Promise<void> {
  if (!waiting.size) return Promise.resolve()
  return new Promise((done) => {
    const listener = () => {
      if (waiting.size) return
      readyListeners.delete(listener)
      done()
    }
    readyListeners.add(listener)
  })
}

/** Every lazy page's loader: the server renders with all of them loaded (`loadAllPages`). */
const loaders: (() => Promise<unknown>)[] = []

/**
 * Loads the code of every lazy page. The server (web/src/entry-server.tsx) does this once before its first render, so
 * that a page rendered there is the page itself, never its loading state.
 */
export function loadAllPages(): Promise<void> {
  return Promise.all(loaders.map((load) => load())).then(() => undefined)
}

/** A lazy page's component, with `preload` to fetch its code before a render that must show it (main.tsx). */
export type LazyPage<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> }

/**
 * A page whose code is downloaded on its first visit. The first screen a resident opens (the JST home, an edition)
 * then does not carry the staff panels, the submission wizard or the charts, which matters on old phones and slow
 * connections. While loading it shows the loading state; a failed download (the connection dropped, a new version
 * was deployed meanwhile) gets a heading and a retry instead of a blank page. With `part`, it is a section of a page
 * rather than a page (a module's work list on the panel's start page): the same, without the page heading.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { part = false }: { part?: boolean } = {},
): LazyPage<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const start = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null
        throw error
      },
    ))
  loaders.push(start)
  function LazyPage(props: P) {
    const t = useT()
    const [attempt, setAttempt] = useState(0)
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading')
    // The download starts with the first render rather than after the first paint: on the first view its file is
    // usually on its way already (modulepreload), and every frame counts on a slow phone.
    if (!loaded && state === 'loading') start().catch(() => {})
    const self = useRef({}).current
    const showsLoading = !loaded && state !== 'failed'
    useLayoutEffect(() => {
      if (showsLoading) waiting.add(self)
      else if (waiting.delete(self)) readyListeners.forEach((listener) => listener())
    }, [showsLoading])
    useEffect(
      () => () => {
        if (waiting.delete(self)) readyListeners.forEach((listener) => listener())
      },
      [],
    )
    // Also when the code arrived between the first render and this effect (it was in the browser's cache): the render
    // that showed the loading state must be followed by one that shows the page.
    useEffect(() => {
      if (loaded && state === 'ready') return
      let live = true
      start()
        .then(() => live && setState('ready'))
        .catch(() => live && setState('failed'))
      return () => {
        live = false
      }
    }, [attempt])
    if (loaded) {
      const Page = loaded
      return <Page {...props} />
    }
    if (state === 'failed') {
      const retry = () => (setState('loading'), setAttempt((n) => n + 1))
      // A part of a page (a module's section of another page) says so without a second main heading.
      if (part) return <ErrorState error={new ApiError(0, {})} title={t('app.pageLoadFailed')} onRetry={retry} />
      return (
        <>
          <PageHeading title={t('app.pageLoadFailed')}>{t('app.pageLoadFailed')}</PageHeading>
          <ErrorState error={new ApiError(0, {})} onRetry={retry} />
        </>
      )
    }
    return <Loading />
  }
  LazyPage.preload = start
  return LazyPage
}
