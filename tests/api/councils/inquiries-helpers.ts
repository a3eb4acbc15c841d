import { newId } from '../../../worker/core/ids'
import { outbox } from '../../../worker/core/mail/schema'
import { inquiryInsert } from '../../../worker/councils/actions/inquiries'
import { tallyResolution, type VoteOption } from '../../../worker/councils/domain/votes'
import { councilResolutions, councilVotes } from '../../../worker/councils/tables'
import type { ResolutionKind } from '../../../worker/councils/tables'
import type { TestApp } from '../../support/api'
import type { SeededBody, SeededMember } from '../../support/councils'

/*
 * Set-up for the inquiries' and open data's tests: a resolution whose vote closed, written straight to the database
 * (the votes' own API is the opinions' part), and the adoption of a `wniosek` with its inquiry in one batch, as the
 * opinions' part does it with `inquiryInsert`.
 */

export async function seedResolution(
  t: TestApp,
  body: SeededBody,
  members: SeededMember[],
  options: {
    kind?: ResolutionKind
    title: string
    text?: string
    number: string
    adoptedOn: string
    votes: VoteOption[]
  },
  inquiry = false,
): Promise<string> {
  const id = newId()
  const votes = options.votes.map((option, i) => ({ memberId: members[i]!.id, option }))
  const tally = tallyResolution(
    body.statute,
    members.map((m, i) => ({ id: m.id, name: m.name, inOffice: true, chair: i === 0 })),
    votes,
  )
  const now = new Date()
  await t.db.batch([
    t.db.insert(councilResolutions).values({
      id,
      tenantId: body.tenantId,
      bodyId: body.id,
      kind: options.kind ?? 'inna',
      title: options.title,
      text:
        options.text ??
        'Rada postanawia:\n\n§ 1. Przyjąć stanowisko.\n\n§ 2. Uchwała wchodzi w życie z dniem podjęcia.',
      status: tally.outcome,
      number: tally.adopted ? options.number : null,
      openedAt: now,
      closedAt: now,
      tally,
      adoptedOn: tally.adopted ? options.adoptedOn : null,
      createdAt: now,
    }),
    ...votes.map((v) =>
      t.db.insert(councilVotes).values({ resolutionId: id, memberId: v.memberId, option: v.option, castAt: now }),
    ),
    ...(inquiry
      ? [
          inquiryInsert(t.db, {
            id: newId(),
            tenantId: body.tenantId,
            bodyId: body.id,
            bodyKind: body.statute.seats.some((s) => s.represents === 'seniorzy') ? 'rada_seniorow' : 'rdpp',
            resolutionId: id,
            title: options.title,
            text: options.text ?? 'Rada prosi o informację.',
            deliveredAt: now,
            createdAt: now,
          }),
        ]
      : []),
  ] as never)
  return id
}

/** Every message in the outbox (newest first) with its recipient, subject and text. */
export async function outboxMessages(t: TestApp) {
  return (await t.db.select().from(outbox)).map((m) => ({
    to: m.to ?? '',
    subject: m.subject ?? '',
    text: m.text ?? '',
  }))
}
