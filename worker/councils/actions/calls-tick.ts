import { and, eq, inArray, isNull, lte } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { TickContext } from '../../core/module'
import { dayOf } from '../domain/dates'
import { callsPastDeadline, candidatesToErase } from '../queries/candidates'
import { councilCalls, councilCandidates, councilSupport } from '../tables'
import { eraseDay } from './candidates'

/**
 * The calls' scheduled work. Closes each open call the day after its last day (`zamkniety`, audited
 * `rd.call.close`); candidacies that never counted by then (waiting for a guardian, withdrawn) get their erasure set
 * three months after the closing. Erases the personal data of unsuccessful candidacies whose `eraseAfter` came (set
 * three months after the appointment, the closing or the withdrawal): e-mail, birth date, the guardian's address,
 * the statement and the support list's names; the name becomes "dane usunięte", the status stays for the record. An
 * appointed candidate (now a member, public by name) loses the same three months after the appointment the e-mail,
 * birth date, guardian's address and the supporters' names; the name, seat and statement stay.
 * Each change is conditional, so two ticks at once change nothing twice.
 */
export async function callsTick({ services, now }: TickContext): Promise<{ closed: number; erased: number }> {
  const { db } = services
  const deps = { db, user: null, requestId: 'rady-tick', ip: '', now: () => now }
  let closed = 0
  for (const call of await callsPastDeadline(db, dayOf(now))) {
    const refused = new Error('closed already')
    try {
      await guardedBatch(
        db,
        [
          db
            .update(councilCalls)
            .set({ status: 'zamkniety' })
            .where(and(eq(councilCalls.id, call.id), eq(councilCalls.status, 'otwarty'))),
          requireChanged(db),
          db
            .update(councilCandidates)
            .set({ eraseAfter: eraseDay(now) })
            .where(
              and(
                eq(councilCandidates.callId, call.id),
                inArray(councilCandidates.status, ['oczekuje_zgody', 'wycofany']),
                isNull(councilCandidates.eraseAfter),
              ),
            ),
          auditInsert(deps, {
            tenantId: call.tenantId,
            action: 'rd.call.close',
            entity: 'rd_call',
            entityId: call.id,
            after: { number: call.number, deadline: call.deadline },
          }),
        ],
        () => refused,
      )
    } catch (error) {
      if (error === refused) continue
      throw error
    }
    closed++
  }
  let erased = 0
  for (const c of await candidatesToErase(db, now)) {
    // an appointed candidate is now a member, public by name: the candidacy keeps the name, seat and statement
    const erasure =
      c.status === 'wybrany'
        ? { email: null, birthDate: null, guardianEmail: null, eraseAfter: null }
        : {
            name: 'dane usunięte',
            email: null,
            birthDate: null,
            guardianEmail: null,
            statement: '',
            school: null,
            eraseAfter: null,
          }
    await db.batch([
      db
        .update(councilCandidates)
        .set(erasure)
        .where(and(eq(councilCandidates.id, c.id), lte(councilCandidates.eraseAfter, now))),
      db.update(councilSupport).set({ name: null, birthDate: null }).where(eq(councilSupport.candidateId, c.id)),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'rd.candidate.erase',
        entity: 'rd_candidate',
        entityId: c.id,
      }),
    ])
    erased++
  }
  return { closed, erased }
}
