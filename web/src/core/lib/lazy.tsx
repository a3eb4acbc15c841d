import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { ErrorState, Loading, PageHeading } from '../ui'
import { useT } from '../i18n'
import { ApiError } from './api'

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
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  return function LazyPage(props: P) {
    const t = useT()
    const [attempt, setAttempt] = useState(0)
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading')
    useEffect(() => {
      if (loaded) return
      let live = true
      ;(pending ??= load())
        .then((component) => {
          loaded = component
          if (live) setState('ready')
        })
        .catch(() => {
          pending = null
          if (live) setState('failed')
        })
      return () => {
        live = false
      }
    }, [attempt])
    if (loaded && state === 'ready') {
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
}
