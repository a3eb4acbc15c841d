import type { Db } from '../db/client'

/** A participation process shown on a JST's home page. */
export interface ActiveProcess {
  module: 'budget' | 'consultations' | 'councils'
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
