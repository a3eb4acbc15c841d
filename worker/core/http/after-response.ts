import type { Context } from 'hono'
import type { AppEnv } from './context'

/**
 * Runs `work` without keeping the person waiting: e-mails to many addresses after a change that is already saved.
 * On Workers the isolate is kept alive for it (`waitUntil`); on Node the promise simply runs on. A failure is logged
 * with the request id — the answer already went out, and the change it reports stands.
 */
export function afterResponse(c: Context<AppEnv>, label: string, work: () => Promise<void>): void {
  const task = work().catch((error) => console.error(`[${c.get('requestId')}] ${label}:`, error))
  let ctx: { waitUntil(p: Promise<unknown>): void } | undefined
  try {
    ctx = c.executionCtx
  } catch {
    // Node has no execution context.
  }
  ctx?.waitUntil(task)
}
