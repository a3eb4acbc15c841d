import { eq } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { councilElections } from '../tables'

export type CouncilElection = typeof councilElections.$inferSelect

/** The election of a call, or undefined before staff announce one. */
export async function electionOfCall(db: Db, callId: string): Promise<CouncilElection | undefined> {
  const [row] = await db.select().from(councilElections).where(eq(councilElections.callId, callId)).limit(1)
  return row
}
