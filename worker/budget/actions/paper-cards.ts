import { and, eq } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError, forbidden, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import type { EditionFull } from '../queries'
import { ballotOfReceipt, findPaperCard, paperCardsOf, staffNames } from '../queries/voting'
import { checkBallot } from '../domain/ballot'
import { castBallot } from './cast'
import { paperCards } from '../tables/voting'
import type { paperCardSchema, rejectCardSchema } from '../input/voting-staff'
import { ballotPoolsFor, voterKey } from './voting'

/*
 * Paper ballots: a clerk keys in a card, a second person confirms it against the paper original (it then becomes a
 * ballot, with the same duplicate checks as online ones) or rejects a wrongly keyed card to be keyed in again.
 */

type Edition = EditionFull & { tenant: TenantRef }

const DECIDED = 'Ta karta została już rozpatrzona (albo właśnie potwierdza ją inna osoba).'

const flagReasons: Record<string, string> = {
  unsigned: 'karta niepodpisana',
  limitsExceeded: 'przekroczone limity wyboru',
  unreadable: 'karta nieczytelna',
  late: 'karta złożona po terminie',
}

type CardData = {
  choices: Record<string, Record<string, number>>
  identity: {
    firstName: string
    lastName: string
    address: string
    pesel?: string
    residenceDeclared: boolean
    ageBand?: string
    sex?: string
  }
}

/** Roles that may see voters' identities in full (PESEL included), as on `GET …/ballots`. */
const seesIdentities = (role: string | null) => role === 'admin' || role === 'koordynator'

/** A card as a weryfikator sees it: everything needed to compare it with the paper original, except the PESEL. */
function withoutPesel(data: CardData): CardData {
  const { pesel: _pesel, ...identity } = data.identity
  return { ...data, identity }
}

/** Keys in a paper card; it waits for a second person's confirmation before it counts. */
export async function enterPaperCard(
  deps: Deps,
  e: Edition,
  body: v.InferOutput<typeof paperCardSchema>,
): Promise<{ id: string; status: 'pending' }> {
  const { db } = deps
  const id = newId()
  await db.batch([
    db.insert(paperCards).values({
      id,
      tenantId: e.tenant.id,
      editionId: e.edition.id,
      cardNumber: body.cardNumber,
      data: { choices: body.choices, identity: body.identity },
      flags: body.flags,
      status: 'pending',
      enteredBy: deps.user!.id,
      enteredAt: deps.now(),
    }),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.paper-card.enter',
      entity: 'bo_paper_card',
      entityId: id,
      after: { cardNumber: body.cardNumber, flags: body.flags },
    }),
  ])
  return { id, status: 'pending' }
}

/**
 * The edition's paper cards with who keyed in and decided each, and the status of the ballot each became; the PESEL
 * only for the roles that see voters' identities.
 */
export async function paperCardList(deps: Pick<Deps, 'db' | 'role'>, e: Edition) {
  const rows = await paperCardsOf(deps.db, e.edition.id)
  const people = await staffNames(deps.db, e.tenant.id)
  const seesPesel = seesIdentities(deps.role)
  return {
    items: rows.map(({ card: r, ballotStatus, ballotReason }) => ({
      id: r.id,
      cardNumber: r.cardNumber,
      data: seesPesel ? r.data : withoutPesel(r.data as CardData),
      flags: r.flags,
      status: r.status,
      enteredBy: r.enteredBy,
      enteredByName: people.get(r.enteredBy) ?? null,
      enteredAt: r.enteredAt.toISOString(),
      decidedBy: r.decidedBy,
      decidedByName: r.decidedBy ? (people.get(r.decidedBy) ?? null) : null,
      reason: r.reason,
      ballotStatus: ballotStatus ?? null,
      reasons: ballotReason ? ballotReason.split('; ') : [],
    })),
  }
}

/**
 * Confirmation by a second person: the card becomes a ballot — invalid, with its reasons, when a flag is set, the
 * choices break the ballot rules or the residence declaration is missing. The card is claimed before its ballot is
 * cast, so of two confirmations sent at once only one casts; a failed cast gives the card back.
 */
export async function confirmPaperCard(
  deps: Deps,
  e: Edition,
  cardId: string,
): Promise<{ status: 'confirmed'; ballotStatus: string; reasons: string[] }> {
  const { db } = deps
  const me = deps.user!.id
  const card = await findPaperCard(db, e.edition.id, cardId)
  if (!card) throw notFound('Nie ma takiej karty.')
  if (card.status !== 'pending') throw new ApiError(409, DECIDED)
  if (card.enteredBy === me) throw forbidden('Kartę potwierdza inna osoba niż ta, która ją wprowadziła.')
  const data = card.data as CardData
  const flags = card.flags as Record<string, boolean>
  const issues = checkBallot(await ballotPoolsFor(deps, e), e.rules.ballot, data.choices)
  const reasons = [
    ...Object.entries(flags)
      .filter(([, on]) => on)
      .map(([k]) => flagReasons[k]!),
    ...issues.map((i) => i.detail),
    ...(data.identity.residenceDeclared ? [] : ['brak oświadczenia o zamieszkaniu']),
  ]
  const personKey = await voterKey(deps, e, data.identity)
  const claimed = await db
    .update(paperCards)
    .set({ status: 'confirming', decidedBy: me, decidedAt: deps.now() })
    .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'pending')))
    .returning({ id: paperCards.id })
  if (claimed.length === 0) throw new ApiError(409, DECIDED)
  let receipt: string
  try {
    receipt = await castBallot(deps, e, {
      channel: 'paper',
      personKey,
      choices: data.choices,
      identity: data.identity,
      status: reasons.length ? 'invalid' : 'valid',
      statusReason: reasons.join('; ') || null,
      register: reasons.length === 0,
    })
  } catch (error) {
    await db
      .update(paperCards)
      .set({ status: 'pending', decidedBy: null, decidedAt: null })
      .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'confirming')))
    throw error
  }
  const ballot = (await ballotOfReceipt(db, receipt))!
  await db.batch([
    db
      .update(paperCards)
      .set({ status: 'confirmed', decidedAt: deps.now(), ballotId: ballot.id })
      .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'confirming'))),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.paper-card.confirm',
      entity: 'bo_paper_card',
      entityId: card.id,
      after: { ballotStatus: ballot.status, reasons },
    }),
  ])
  return { status: 'confirmed', ballotStatus: ballot.status, reasons }
}

/** Rejects a wrongly keyed card (to be keyed in again), with the reason; only a card still waiting can be rejected. */
export async function rejectPaperCard(
  deps: Deps,
  e: Edition,
  cardId: string,
  body: v.InferOutput<typeof rejectCardSchema>,
): Promise<{ status: 'rejected' }> {
  const { db } = deps
  const card = await findPaperCard(db, e.edition.id, cardId)
  if (!card) throw notFound('Nie ma takiej karty.')
  if (card.status !== 'pending') throw new ApiError(409, DECIDED)
  await guardedBatch(
    db,
    [
      db
        .update(paperCards)
        .set({ status: 'rejected', decidedBy: deps.user!.id, decidedAt: deps.now(), reason: body.reason })
        .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'pending'))),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: 'bo.paper-card.reject',
        entity: 'bo_paper_card',
        entityId: card.id,
        after: body,
      }),
    ],
    () => new ApiError(409, DECIDED),
  )
  return { status: 'rejected' }
}
