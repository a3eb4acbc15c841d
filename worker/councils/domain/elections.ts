import type { Constituency, SeatCategory, Statute } from './statute'

/*
 * Elections by a constituency's electors (statute `fill: 'wybory'`), as pure rules shared by the server and the web:
 * the constituencies a call's seat category elects in, and the phase of an election on a Warsaw day.
 */

/** A constituency of an election; `key` '' when the whole category elects together (no constituencies in the statute). */
export type ElectionConstituency = Pick<Constituency, 'key' | 'name' | 'seats'> & {
  kind: Constituency['kind'] | 'cala'
}

/**
 * The constituencies electing the seats of `category`: the statute's, in its order, or one for the whole JST with the
 * category's seats when the category names none.
 */
export function constituenciesOf(
  statute: Pick<Statute, 'constituencies'>,
  category: SeatCategory,
): ElectionConstituency[] {
  if (!category.constituencies.length) return [{ key: '', name: category.name, seats: category.seats, kind: 'cala' }]
  return statute.constituencies
    .filter((o) => category.constituencies.includes(o.key))
    .map((o) => ({ key: o.key, name: o.name, seats: o.seats, kind: o.kind }))
}

/**
 * `zapowiedziane` before the first voting day, `trwa` on the voting days (both count), `po_glosowaniu` after the last
 * until counted, `policzone` once counted, `ogloszone` once the results are published.
 */
export type ElectionPhase = 'zapowiedziane' | 'trwa' | 'po_glosowaniu' | 'policzone' | 'ogloszone'

export function electionPhase(
  e: { votingFrom: string; votingTo: string; countedAt: Date | string | null; publishedAt: Date | string | null },
  today: string,
): ElectionPhase {
  if (e.publishedAt) return 'ogloszone'
  if (e.countedAt) return 'policzone'
  if (today < e.votingFrom) return 'zapowiedziane'
  if (today <= e.votingTo) return 'trwa'
  return 'po_glosowaniu'
}
