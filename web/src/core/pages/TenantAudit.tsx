import { useEffect, useRef, useState } from 'preact/hooks'
import { TenantPanelFrame, type TenantPanelContext } from '../layout/TenantPanelFrame'
import { DataRegion, DateTime, Email, Empty, ErrorState, Loading, PageHeading } from '../ui'
import { hasMessage, useT, type Translate } from '../i18n'
import '../i18n/audit'
import { api, ApiError, enc } from '../lib/api'
import type { AuditEntry } from '../lib/types'

const PAGE = 50

interface Change {
  field: string
  before: unknown
  after: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The fields that differ between `before` and `after` (a creation has no before, a removal no after). */
export function diff(before: unknown, after: unknown): Change[] {
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before, after }]
  }
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: b[field], after: a[field] }))
}

function formatValue(value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return t('audit.empty')
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no')
  if (typeof value === 'string') {
    if (hasMessage(`role.${value}`)) return t(`role.${value}`)
    return value
  }
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value))
    return value.length ? value.map((item) => formatValue(item, t)).join(', ') : t('audit.empty')
  return JSON.stringify(value)
}

function fieldLabel(field: string, t: Translate): string {
  if (!field) return t('audit.value')
  return hasMessage(`field.${field}`) ? t(`field.${field}`) : field
}

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useT()
  const changes = diff(entry.before, entry.after)
  if (changes.length === 0) return <span class="muted">{t('audit.noChanges')}</span>
  const created = entry.before === null || entry.before === undefined
  const removed = entry.after === null || entry.after === undefined
  return (
    <ul class="diff">
      {changes.map((change) => (
        <li key={change.field}>
          <span class="diff-field">{fieldLabel(change.field, t)}:</span>{' '}
          {created ? (
            <ins>{formatValue(change.after, t)}</ins>
          ) : removed ? (
            <del>{formatValue(change.before, t)}</del>
          ) : (
            <>
              <del>
                <span class="visually-hidden">{t('audit.before')} </span>
                {formatValue(change.before, t)}
              </del>
              <span aria-hidden="true"> → </span>
              <ins>
                <span class="visually-hidden">{t('audit.after')} </span>
                {formatValue(change.after, t)}
              </ins>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

function actionLabel(action: string, t: Translate): string {
  return hasMessage(`audit.action.${action}`) ? t(`audit.action.${action}`) : action
}

function entityLabel(entity: string, t: Translate): string {
  return hasMessage(`audit.entity.${entity}`) ? t(`audit.entity.${entity}`) : entity
}

function Audit({ slug, tenantName }: TenantPanelContext) {
  const t = useT()
  const [items, setItems] = useState<AuditEntry[]>([])
  const [next, setNext] = useState<number | string | null>(null)
  const [status, setStatus] = useState<'loading' | 'ok' | 'error'>('loading')
  const [error, setError] = useState<ApiError | null>(null)
  const [more, setMore] = useState(false)
  const firstNew = useRef<HTMLTableRowElement>(null)
  const [focusIndex, setFocusIndex] = useState<number | null>(null)

  const load = async (before: number | string | null) => {
    const query = new URLSearchParams({ limit: String(PAGE) })
    if (before !== null) query.set('before', String(before))
    return api<{ items: AuditEntry[]; next: number | string | null }>(`/jst/${enc(slug)}/staff/audit?${query}`)
  }

  const loadFirst = () => {
    setStatus('loading')
    setError(null)
    load(null)
      .then((page) => {
        setItems(page.items)
        setNext(page.next)
        setStatus('ok')
      })
      .catch((err: unknown) => {
        setError(err instanceof ApiError ? err : new ApiError(0, {}))
        setStatus('error')
      })
  }

  useEffect(loadFirst, [slug])

  const loadMore = async () => {
    if (next === null) return
    setMore(true)
    setError(null)
    try {
      const page = await load(next)
      setFocusIndex(items.length)
      setItems((prev) => [...prev, ...page.items])
      setNext(page.next)
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, {}))
    } finally {
      setMore(false)
    }
  }

  useEffect(() => {
    if (focusIndex !== null) firstNew.current?.focus()
  }, [focusIndex])

  return (
    <>
      <PageHeading title={t('audit.titleFor', { name: tenantName })}>{t('audit.title')}</PageHeading>
      <p>{t('audit.intro')}</p>
      <DataRegion busy={status === 'loading' || more}>
        {status === 'loading' ? <Loading /> : null}
        {error ? <ErrorState error={error} onRetry={status === 'error' ? loadFirst : loadMore} /> : null}
        {status === 'ok' && items.length === 0 ? (
          <Empty title={t('audit.emptyTitle')}>
            <p>{t('audit.emptyBody')}</p>
          </Empty>
        ) : null}
        {items.length > 0 ? (
          <>
            <p class="muted" role="status">
              {t('audit.count', { count: items.length })}
            </p>
            <div class="table-wrap" role="region" aria-label={t('audit.tableLabel')} tabIndex={0}>
              <table class="audit-table">
                <caption class="visually-hidden">{t('audit.caption', { name: tenantName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.col.at')}</th>
                    <th scope="col">{t('audit.col.actor')}</th>
                    <th scope="col">{t('audit.col.action')}</th>
                    <th scope="col">{t('audit.col.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((entry, index) => (
                    <tr
                      key={entry.id}
                      data-entry-id={entry.id}
                      ref={index === focusIndex ? firstNew : undefined}
                      tabIndex={index === focusIndex ? -1 : undefined}
                    >
                      <td>
                        <DateTime value={entry.at} withTime />
                      </td>
                      <td class="break">
                        {entry.actor ? (
                          <>
                            {entry.actor.name}
                            <br />
                            <span class="muted small">
                              <Email value={entry.actor.email} />
                            </span>
                          </>
                        ) : (
                          t('audit.system')
                        )}
                      </td>
                      <td>
                        {actionLabel(entry.action, t)}
                        <br />
                        <span class="muted small">{entityLabel(entry.entity, t)}</span>
                      </td>
                      <td>
                        <Changes entry={entry} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {next !== null ? (
              <div class="actions">
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={loadMore}
                  disabled={more}
                  aria-busy={more ? 'true' : 'false'}
                >
                  {more ? t('state.loading') : t('audit.loadMore')}
                </button>
              </div>
            ) : (
              <p class="muted">{t('audit.end')}</p>
            )}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

export function TenantAudit({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="audit">
      {(ctx) => <Audit {...ctx} />}
    </TenantPanelFrame>
  )
}
