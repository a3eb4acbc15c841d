import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import * as v from 'valibot'
import { auditLog } from '../../core/audit/schema'
import type { Db } from '../../core/db/client'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import { warsawDate } from '../../core/time/polish-calendar'
import { editionRulesSchema } from '../domain/rules'
import { editions, projects, supports } from '../tables'
import { ballotIdentities, ballots, voteContacts, voteSessions } from '../tables/voting'
import { deleteVoteCodes } from '../../core/voting/codes'

/** What one run found to erase in an edition (written to its audit entry). */
interface Found {
  ballots: number
  paperCards: number
  sessions: number
  codes: number
  contacts: number
  supports: number
}

/**
 * A paper card whose identity still holds more than the residence declaration (a fact of the card, not of a person,
 * that the card list shows): whitelisted rather than listing the fields to drop, so a field added later goes too.
 */
const IDENTIFIED =
  "EXISTS (SELECT 1 FROM json_each(bo_paper_cards.data, '$.identity') WHERE key <> 'residenceDeclared')"

/** Another server's run has just claimed the edition: this one leaves it alone. */
class Claimed extends Error {}

/** The edition's personal data still waiting for erasure, counted in one statement. */
async function remaining(db: Db, editionId: string): Promise<Found> {
  const { rows } = await db.$client.execute({
    sql: `SELECT
      (SELECT count(*) FROM bo_ballot_identities WHERE erased_at IS NULL AND ballot_id IN (SELECT id FROM bo_ballots WHERE edition_id = ?1)) AS ballots,
      (SELECT count(*) FROM bo_paper_cards WHERE edition_id = ?1 AND status <> 'pending' AND ${IDENTIFIED}) AS paperCards,
      (SELECT count(*) FROM bo_vote_sessions WHERE edition_id = ?1) AS sessions,
      (SELECT count(*) FROM vote_codes WHERE module = 'bo' AND process_id = ?1) AS codes,
      (SELECT count(*) FROM bo_vote_contacts WHERE edition_id = ?1) AS contacts,
      (SELECT count(*) FROM bo_supports WHERE person_key <> id AND project_id IN (SELECT id FROM bo_projects WHERE edition_id = ?1)) AS supports`,
    args: [editionId],
  })
  const row = rows[0]!
  return {
    ballots: Number(row.ballots),
    paperCards: Number(row.paperCards),
    sessions: Number(row.sessions),
    codes: Number(row.codes),
    contacts: Number(row.contacts),
    supports: Number(row.supports),
  }
}

/**
 * Erases the personal data of every edition whose erase date (`rules.voting.identityEraseOn`) has come (RODO: data
 * kept no longer than needed), so that afterwards nothing leads from a person — their e-mail or phone, name, address
 * or PESEL — to a ballot's choices, while every count stays as it was:
 *
 * - voters' identities (`bo_ballot_identities`: names, address, PESEL, guardian, the contact key) are emptied; the
 *   ballot keeps its person key, so the one-person-one-ballot check still holds;
 * - paper cards keep their choices and lose the identity typed in from them (all but the residence declaration)
 *   — once decided: a card still waiting for its second person keeps it until then, as its confirmation needs it,
 *   and loses it on the next run;
 * - voting sessions (the bridge from a code, and so from an e-mail or phone, to a ballot, and drafts never cast),
 *   voting codes and the per-contact ballot counts are deleted (throttles keyed by a contact expire within a day and
 *   are purged by `purgeExpired`, worker/core/db/maintenance.ts);
 * - supporters' names and addresses are emptied and their person key replaced by the row's id: the rows still count.
 *
 * Runs with the scheduler, at most once a day per edition (it also catches cards decided after the date), as one
 * batch with its audit entry; a run that finds nothing writes no entry, and two servers running it at once cannot
 * both erase (the run claims the edition's `personalDataErasedAt`). Returns the number of ballots whose identity was
 * erased.
 */
export async function eraseIdentities(db: Db, now = new Date()): Promise<number> {
  const today = warsawDate(now).date
  let erased = 0
  for (const e of await db
    .select({
      id: editions.id,
      tenantId: editions.tenantId,
      rules: editions.rules,
      last: editions.personalDataErasedAt,
    })
    .from(editions)) {
    const due = v.parse(editionRulesSchema, e.rules).voting.identityEraseOn
    if (!due || due > today) continue
    if (e.last && warsawDate(e.last).date >= today) continue
    const found = await remaining(db, e.id)
    const work = Object.values(found).some((n) => n > 0)
    const claim = db
      .update(editions)
      .set({ personalDataErasedAt: now })
      .where(
        and(
          eq(editions.id, e.id),
          e.last ? eq(editions.personalDataErasedAt, e.last) : isNull(editions.personalDataErasedAt),
        ),
      )
    const ofEdition = db.select({ id: ballots.id }).from(ballots).where(eq(ballots.editionId, e.id))
    const statements = work
      ? [
          db
            .update(ballotIdentities)
            .set({
              firstName: null,
              lastName: null,
              address: null,
              pesel: null,
              guardianName: null,
              contactKey: null,
              erasedAt: now,
            })
            .where(and(isNull(ballotIdentities.erasedAt), inArray(ballotIdentities.ballotId, ofEdition))),
          db.run(
            sql`UPDATE bo_paper_cards SET data = json_set(data, '$.identity', json_object('residenceDeclared', json(CASE json_type(data, '$.identity.residenceDeclared') WHEN 'true' THEN 'true' ELSE 'false' END))) WHERE edition_id = ${e.id} AND status <> 'pending' AND ${sql.raw(IDENTIFIED)}`,
          ),
          db.delete(voteSessions).where(eq(voteSessions.editionId, e.id)),
          deleteVoteCodes(db, { module: 'bo', processId: e.id }),
          db.delete(voteContacts).where(eq(voteContacts.editionId, e.id)),
          db
            .update(supports)
            .set({ name: '', address: '', personKey: sql`${supports.id}` })
            .where(
              and(
                ne(supports.personKey, supports.id),
                inArray(
                  supports.projectId,
                  db.select({ id: projects.id }).from(projects).where(eq(projects.editionId, e.id)),
                ),
              ),
            ),
          db.insert(auditLog).values({
            tenantId: e.tenantId,
            actorId: null,
            action: 'bo.identities.erase',
            entity: 'bo_edition',
            entityId: e.id,
            after: { due, ...found },
            at: now,
          }),
        ]
      : []
    try {
      await guardedBatch(db, [claim, requireChanged(db), ...statements], () => new Claimed())
    } catch (error) {
      if (error instanceof Claimed) continue
      throw error
    }
    erased += found.ballots
  }
  return erased
}
