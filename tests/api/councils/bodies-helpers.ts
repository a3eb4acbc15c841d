import { newId } from '../../../worker/core/ids'
import {
  councilAttendance,
  councilInquiries,
  councilMeetings,
  councilOpinionRequests,
  councilResolutions,
  councilVotes,
} from '../../../worker/councils/tables'
import type { SeededBody, SeededMember } from '../../support/councils'
import type { TestApp } from '../../support/api'

/** The staff and public API of the demo JST's councils. */
export const STAFF_RD = '/api/v1/jst/gmina-przykladowa/staff/rady'
export const PUB_RD = '/api/v1/jst/gmina-przykladowa/rady'

/**
 * What the other parts of the module write about a body, straight into their tables, so the public page's
 * aggregation is tested without their APIs: a held meeting with attendance and a cancelled one, a resolution adopted
 * by named votes and one still in vote, an opinion request answered by the adopted resolution and one waived, an
 * inquiry answered and one overdue.
 */
export async function seedActivity(t: TestApp, body: SeededBody, members: SeededMember[]) {
  const now = new Date()
  const base = { tenantId: body.tenantId, bodyId: body.id, createdAt: now }
  const meeting = newId()
  const adopted = newId()
  const voting = newId()
  await t.db.batch([
    t.db.insert(councilMeetings).values({
      ...base,
      id: meeting,
      number: 1,
      startsAt: new Date('2026-03-10T16:00:00Z'),
      place: 'Urząd Gminy, sala 3',
      agenda: 'Opinia o programie współpracy',
      minutes: 'Rada przyjęła opinię.',
    }),
    t.db.insert(councilMeetings).values({
      ...base,
      id: newId(),
      number: 2,
      startsAt: new Date('2026-04-10T16:00:00Z'),
      place: 'Urząd Gminy',
      agenda: 'Odwołane',
      cancelledAt: now,
    }),
    ...members.map((m, i) =>
      t.db.insert(councilAttendance).values({
        meetingId: meeting,
        memberId: m.id,
        attendance: i === 0 ? 'usprawiedliwiony' : i === 1 ? 'nieobecny' : 'obecny',
        recordedAt: now,
      }),
    ),
    t.db.insert(councilResolutions).values({
      ...base,
      id: adopted,
      kind: 'opinia',
      title: 'Opinia o projekcie programu współpracy',
      text: 'Rada opiniuje projekt pozytywnie.',
      status: 'przyjeta',
      number: '1/2026',
      openedAt: now,
      closedAt: now,
      adoptedOn: '2026-03-10',
      tally: {
        outcome: 'przyjeta',
        adopted: true,
        counts: { za: 2, przeciw: 1, wstrzymuje_sie: 0, nie_glosowal: 0 },
        present: 3,
        quorum: 3,
        needed: 2,
        chairDecided: false,
        detail: 'Przyjęta.',
      },
    }),
    t.db.insert(councilResolutions).values({
      ...base,
      id: voting,
      kind: 'inna',
      title: 'Uchwała w głosowaniu',
      text: 'Jeszcze nieprzyjęta.',
      status: 'glosowanie',
      openedAt: now,
    }),
    ...members
      .slice(0, 3)
      .map((m, i) =>
        t.db
          .insert(councilVotes)
          .values({ resolutionId: adopted, memberId: m.id, option: i === 2 ? 'przeciw' : 'za', castAt: now }),
      ),
    t.db.insert(councilVotes).values({ resolutionId: voting, memberId: members[0]!.id, option: 'za', castAt: now }),
    t.db.insert(councilOpinionRequests).values({
      ...base,
      id: newId(),
      number: 1,
      subject: 'program_wspolpracy',
      title: 'Projekt programu współpracy na 2027 rok',
      deliveredAt: new Date('2026-03-01T09:00:00Z'),
      dueOn: '2026-03-16',
      status: 'wydana',
      resolutionId: adopted,
    }),
    t.db.insert(councilOpinionRequests).values({
      ...base,
      id: newId(),
      number: 2,
      subject: 'strategia_rozwoju',
      title: 'Projekt strategii rozwoju',
      deliveredAt: new Date('2026-05-01T09:00:00Z'),
      dueOn: '2026-05-15',
      status: 'rezygnacja',
    }),
    t.db.insert(councilInquiries).values({
      ...base,
      id: newId(),
      number: 1,
      title: 'Wniosek o ławki przy przychodni',
      text: 'Prosimy o ławki.',
      deliveredAt: new Date('2026-04-01T09:00:00Z'),
      dueOn: '2026-05-01',
      answer: 'Ławki staną w czerwcu.',
      answeredAt: new Date('2026-04-20T09:00:00Z'),
    }),
    t.db.insert(councilInquiries).values({
      ...base,
      id: newId(),
      number: 2,
      title: 'Zapytanie o transport',
      text: 'Kiedy autobus?',
      deliveredAt: new Date('2026-06-01T09:00:00Z'),
      dueOn: '2026-07-01',
    }),
  ])
  return { meeting, adopted, voting }
}

/** A minimal PDF: what the upload check reads is its signature. */
export const pdfBytes = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
