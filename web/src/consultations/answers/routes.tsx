import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/* The answers' panel page, its own chunk downloaded on the first visit; module.tsx lists it with its checks (`ks`). */
const AnswersPage = lazyPage(() => import('./AnswersPage').then((m) => m.AnswersPage))

/** `[pattern, render]` of the answers' pages, each render wrapped by the module's check of slug and numbers. */
export function answerRoutes(ks: (render: Render) => Render): [string, Render][] {
  return [['/panel/:slug/konsultacje/:number/odpowiedzi', ks((p) => <AnswersPage slug={p.slug} number={p.number} />)]]
}
