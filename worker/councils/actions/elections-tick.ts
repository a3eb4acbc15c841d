import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { isGuardRefusal, requireChanged } from '../../core/db/guard'
import type { TickContext } from '../../core/module'
import { deleteVoteCodes } from '../../core/voting/codes'
import { councilElectionBallots, councilElections, councilElectionSessions, councilElectors } from '../tables'

/**
 * The elections' scheduled work: once the results have stood for their time (`eraseAfter`: three months after
 * publication, like the candidacies' data, or six months after the last voting day of an election never published),
 * the vote's personal data goes — the electors' list (keyed hashes of names
 * and birth dates), the voting sessions and codes (keyed hashes of e-mails), and the ballots' keyed hashes of the
 * person and the e-mail — while every ballot's constituency and choices stay, so the published count can still be
 * checked. One guarded batch per election claims it (`erasedAt`) with its audit row `rd.election.erase`,
 * so two ticks at once erase and record once. Answers how many elections were erased.
 */
export async function electionsTick({ services, now }: TickContext): Promise<number> {
  const { db } = services
  const deps = { db, user: null, requestId: 'rady-tick', ip: '', now: () => now }
  const due = await db
    .select({ id: councilElections.id, tenantId: councilElections.tenantId })
    .from(councilElections)
    .where(
      and(
        isNotNull(councilElections.eraseAfter),
        lte(councilElections.eraseAfter, now),
        isNull(councilElections.erasedAt),
      ),
    )
  let erased = 0
  for (const e of due) {
    try {
      await db.batch([
        db
          .update(councilElections)
          .set({ erasedAt: now })
          .where(and(eq(councilElections.id, e.id), isNull(councilElections.erasedAt))),
        requireChanged(db),
        db.delete(councilElectors).where(eq(councilElectors.electionId, e.id)),
        db.delete(councilElectionSessions).where(eq(councilElectionSessions.electionId, e.id)),
        deleteVoteCodes(db, { module: 'rd', processId: e.id }),
        db
          .update(councilElectionBallots)
          .set({ personKey: null, contactKey: null })
          .where(eq(councilElectionBallots.electionId, e.id)),
        auditInsert(deps, {
          tenantId: e.tenantId,
          action: 'rd.election.erase',
          entity: 'rd_election',
          entityId: e.id,
          after: { erased: ['electors', 'sessions', 'codes', 'ballot-keys'] },
        }),
      ])
      erased++
    } catch (error) {
      if (!isGuardRefusal(error)) throw error
    }
  }
  return erased
}
