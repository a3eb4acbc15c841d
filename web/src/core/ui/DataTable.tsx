import type { ComponentChildren } from 'preact'
import type { Resource } from '../lib/resource'
import { DataRegion, Empty, ErrorState, Loading } from './states'

/**
 * A table that scrolls on its own on narrow screens (a focusable region named by the caption), with a caption
 * for screen readers and column headers; the rows are the children.
 */
export function DataTable({
  captionId,
  caption,
  columns,
  children,
}: {
  captionId: string
  caption: ComponentChildren
  columns: ComponentChildren[]
  children: ComponentChildren
}) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption class="visually-hidden" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/**
 * A panel section listing what a resource loaded: its heading, then loading, error, empty or the list itself.
 * `items` is null while there is no data yet.
 */
export function ListSection<T, I>({
  headingId,
  heading,
  resource,
  items,
  emptyTitle,
  children,
}: {
  headingId: string
  heading: string
  resource: Resource<T>
  items: I[] | null
  emptyTitle: string
  children: (items: I[]) => ComponentChildren
}) {
  return (
    <section class="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <DataRegion busy={resource.status === 'loading'}>
        {resource.status === 'loading' && !resource.data ? <Loading /> : null}
        {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={resource.reload} /> : null}
        {items && items.length === 0 ? <Empty title={emptyTitle} /> : null}
        {items && items.length > 0 ? children(items) : null}
      </DataRegion>
    </section>
  )
}
