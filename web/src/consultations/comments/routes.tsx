import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The comments' pages, each its own chunk downloaded on the first visit: the confirmation the e-mailed link opens, the
 * author's own page (by receipt) and the staff's comments page. module.tsx lists them with its own checks (`ks`).
 */
const ConfirmComment = lazyPage(() => import('./ConfirmComment').then((m) => m.ConfirmComment))
const MyComment = lazyPage(() => import('./MyComment').then((m) => m.MyComment))
const StaffComments = lazyPage(() => import('./StaffComments').then((m) => m.StaffComments))

/** `[pattern, render]` of the comments' pages, each render wrapped by the module's check of slug and numbers. */
export function commentRoutes(ks: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/konsultacje/:number/uwagi/potwierdz', ks((p) => <ConfirmComment slug={p.slug} number={p.number} />)],
    ['/:slug/konsultacje/:number/uwagi/moja', ks((p) => <MyComment slug={p.slug} number={p.number} />)],
    ['/panel/:slug/konsultacje/:number/uwagi', ks((p) => <StaffComments slug={p.slug} number={p.number} />)],
  ]
}
