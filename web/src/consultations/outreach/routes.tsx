import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * Outreach's pages, each its own chunk: the subscription (ask, confirm from the e-mailed link, end), the announcement
 * ready for the BIP, and the organisers' panel page of invitations and advisory opinions. The subscription pages sit
 * one level below `/konsultacje/subskrypcja/`, since `/konsultacje/{n}` takes every single segment before them.
 */
const Subscribe = lazyPage(() => import('./Subscription').then((m) => m.Subscribe))
const ConfirmSubscription = lazyPage(() => import('./Subscription').then((m) => m.ConfirmSubscription))
const Unsubscribe = lazyPage(() => import('./Subscription').then((m) => m.Unsubscribe))
const Announcement = lazyPage(() => import('./Announcement').then((m) => m.Announcement))
const OutreachPanel = lazyPage(() => import('./OutreachPanel').then((m) => m.OutreachPanel))

/** `[pattern, render]` of outreach's pages, each render wrapped by the module's check of slug and numbers. */
export function outreachRoutes(ks: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/konsultacje/subskrypcja/zapis', ks((p) => <Subscribe slug={p.slug} />)],
    ['/:slug/konsultacje/subskrypcja/potwierdz', ks((p) => <ConfirmSubscription slug={p.slug} />)],
    ['/:slug/konsultacje/subskrypcja/wypisz', ks((p) => <Unsubscribe slug={p.slug} />)],
    ['/:slug/konsultacje/:number/ogloszenie', ks((p) => <Announcement slug={p.slug} number={p.number} />)],
    ['/panel/:slug/konsultacje/:number/zasieg', ks((p) => <OutreachPanel slug={p.slug} number={p.number} />)],
  ]
}
