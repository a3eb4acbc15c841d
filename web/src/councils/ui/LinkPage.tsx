import type { ComponentChildren } from 'preact'
import { useT } from '../../core/i18n'
import type { ApiError } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useTenant } from '../../core/lib/tenants'
import { ErrorState, Loading, PageHeading } from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdPaths } from '../paths'

/**
 * The frame of a page opened from an e-mailed link with its secret in the `#fragment` (the guardian's consent, the
 * candidate's own page): the trail and the heading, then what the visitor meets — a word on the missing secret when
 * the address came without it, a loading `status` while the server reads the link, a refusal as an `alert` (an
 * expired or mistyped link, a failed confirmation), and the page's content once it is read.
 */
export function LinkPage({
  slug,
  title,
  secret,
  missing,
  error,
  ready,
  children,
}: {
  slug: string
  title: string
  /** The secret taken from the link (null when the address came without one). */
  secret: string | null
  /** What to tell a visitor whose address has no secret. */
  missing: string
  error: ApiError | null
  /** Whether the server's answer is here (the content renders then). */
  ready: boolean
  children: () => ComponentChildren
}) {
  const t = useT()
  const tenant = useTenant(slug)
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: tenant.tenant?.name ?? slug },
          { href: rdPaths.list(slug), label: t('module.councils') },
          { label: title },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      {!secret ? <p>{missing}</p> : null}
      {error ? <ErrorState error={error} /> : null}
      {secret && !ready && !error ? <Loading /> : null}
      {ready ? children() : null}
    </>
  )
}
