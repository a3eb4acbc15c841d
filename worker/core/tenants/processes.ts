import type { Db } from '../db/client'

/** A participation process shown on a JST's home page. */
export interface ActiveProcess {
  /** The module's name (`WspolnotaModule.name`). */
  module: string
  id: string
  title: string
  status: string
  url: string
}

/**
 * Each module tells the JST home page which of its processes are active; `createApp` passes the modules' sources in,
 * so the tenants module does not depend on any of them.
 */
export type ProcessSource = (db: Db, tenant: { id: string; slug: string }, now: Date) => Promise<ActiveProcess[]>
