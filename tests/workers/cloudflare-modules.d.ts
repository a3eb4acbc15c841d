/**
 * Just enough of the workerd-only modules for `tsc` to check tests/workers. The full declarations
 * (@cloudflare/workers-types, @cloudflare/vitest-pool-workers/types) would replace DOM's globals for the whole project,
 * which type-checks the web app against the DOM; at runtime vitest-pool-workers provides the real modules.
 */
declare module 'cloudflare:workers' {
  /** The bindings of the Worker under test (wrangler.toml plus the `miniflare.bindings` of vitest.workers.config.ts). */
  export const env: Record<string, unknown>
  /** Loopback bindings to the `main` Worker's exports; `exports.default.fetch` goes through its fetch handler. */
  export const exports: { default: { fetch(input: Request | string, init?: RequestInit): Promise<Response> } }
}

declare module 'cloudflare:test' {
  /** A `ScheduledController` as the runtime passes to `scheduled()` handlers. */
  export function createScheduledController(options?: { scheduledTime?: Date | number; cron?: string }): {
    readonly scheduledTime: number
    readonly cron: string
    noRetry(): void
  }
}
