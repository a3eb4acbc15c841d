import type { Db } from './db/client'
import type { AppConfig, Services } from './http/context'
import type { Api } from './http/endpoint'
import type { ProcessSource } from './tenants/processes'

/**
 * What a module of the platform (budżet obywatelski, konsultacje, rady) plugs into the core with. The core knows
 * modules only through this shape, and `worker/modules.ts` is the one list of them: the app registers each module's
 * routes, the JST home page asks each for its running processes, the Worker's cron and the Node server's timer run
 * each `tick`, a fresh demo database gets each module's demo content, and the audit-label test reads each module's
 * actions. Adding a module is a new folder and a line in that list, never an edit of a core file.
 */
export interface WspolnotaModule {
  /** The module's folder and its `module` in shared tables (the file store): `budget`, `consultations`, `councils`. */
  name: string
  /** Endpoint registrations only (the `endpoint()` spec: access, validation and the OpenAPI entry in one). */
  routes(api: Api): void
  /** The module's processes that a JST's home page lists. */
  processes?: ProcessSource
  /** Scheduled work, every minute on Node and from the Worker's cron: phase changes, erasure of personal data. */
  tick?(context: TickContext): Promise<void>
  /**
   * Demo content for the demo JST of a fresh database (`npm start`, `npm run seed:demo`). Returns how to describe it at
   * the server's address for the first-run message, or null when there is nothing to add.
   */
  seedDemo?(db: Db, config: AppConfig): Promise<((origin: string) => string) | null>
  /** Every action the module writes to the audit log; each needs a label in the web's catalogues. */
  auditActions: readonly string[]
  /**
   * The module's settings from the environment, read once at start (a bad value stops the start with a Polish
   * message, as core settings do) and kept in `config.modules[name]`, so core config names no module's setting.
   */
  settings?(env: Record<string, string | undefined>): unknown
  /**
   * English of the module's Polish server texts (problem details, field errors), keyed by the Polish text as written
   * in its code (`{name}` where the code puts in a value). Registered when the app is built, so an English request
   * gets the module's refusals in English; a text missing here stays Polish, and the completeness test names it.
   */
  messages?: { en: Readonly<Record<string, string>> }
}

/**
 * What scheduled work is given: the services a request has (the database, the mailer and the outbox, the file store)
 * and the configuration (the public address every e-mailed link is built from), so a notice sent by the clock — a
 * consultation closed, a report's deadline near — goes through the same driver and outbox as one sent by a person,
 * and the time the step counts as now.
 */
export interface TickContext {
  services: Services
  config: AppConfig
  now: Date
}

/** Runs every module's scheduled work; one module's failure is reported and does not stop the others. */
export async function tickModules(
  modules: readonly WspolnotaModule[],
  context: Omit<TickContext, 'now'> & { now?: Date },
): Promise<void> {
  const now = context.now ?? new Date()
  for (const m of modules) {
    try {
      await m.tick?.({ ...context, now })
    } catch (error) {
      console.error(`${m.name}: zaplanowane zadania`, error)
    }
  }
}

/**
 * Every module's demo content, in the order of the list. A failure must not keep the platform from starting nor lose
 * the logins printed once: it is reported in the module's place and the next module goes on.
 */
export async function seedModules(
  modules: readonly WspolnotaModule[],
  db: Db,
  config: AppConfig,
): Promise<(origin: string) => string> {
  const parts: ((origin: string) => string)[] = []
  for (const m of modules) {
    if (!m.seedDemo) continue
    try {
      const describe = await m.seedDemo(db, config)
      if (describe) parts.push(describe)
    } catch (error) {
      console.error(`Demo: ${m.name}`, error)
      parts.push(() => `${m.name}: nie udało się utworzyć danych demonstracyjnych — szczegóły wyżej.`)
    }
  }
  return (origin) => parts.map((describe) => describe(origin)).join('\n')
}
