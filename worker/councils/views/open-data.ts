import { bodyLaws, levelOfTenantKind, type BodyKind } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import type { Statute } from '../domain/statute'
import type { Tally, VoteOption } from '../domain/votes'
import { publicInquiry } from './inquiries'
import type { ConstituencyResult, councilInquiries, LotDraw } from '../tables'

/*
 * The councils' open data (JSON and CSV with the same columns, CSV through `csvDocument`, which neutralises
 * spreadsheet formulas): the bodies, their members (names, functions, seats, whom they represent, the mandate's days
 * and why it ended — never an e-mail, a birth date or an address), meetings with each member's attendance, resolutions
 * with their vote events (counts and each member's named vote; JSON as `{counts, votes: [{member, option}]}`, CSV one
 * row per member's vote), opinion requests with their dates and outcome, inquiries with their answers, and the
 * published results of elections (votes per candidate per constituency, the elected, the lots' notes). Pure: the
 * route reads the rows (queries/open-data.ts) and these functions shape them.
 */

export const datasetKeys = ['organy', 'czlonkowie', 'posiedzenia', 'uchwaly', 'opinie', 'zapytania', 'wybory'] as const
export type DatasetKey = (typeof datasetKeys)[number]

/** Each dataset's title and what it holds (Polish: the catalogue's own words; the web translates its page). */
export const datasetInfo: Record<DatasetKey, { title: string; description: string }> = {
  organy: { title: 'Rady', description: 'Rady JST: rodzaj, stan, statut (wersja, uchwała, skład) i bieżąca kadencja.' },
  czlonkowie: {
    title: 'Członkowie',
    description:
      'Członkowie rad: imię i nazwisko, funkcja, miejsce, kogo reprezentuje, pierwszy i ostatni dzień mandatu, powód wygaśnięcia.',
  },
  posiedzenia: {
    title: 'Posiedzenia',
    description: 'Posiedzenia rad z porządkiem obrad i obecnością każdego członka (w CSV wiersz na członka).',
  },
  uchwaly: {
    title: 'Uchwały i głosowania',
    description: 'Uchwały po głosowaniu z wynikiem i imiennym głosem każdego członka (w CSV wiersz na głos).',
  },
  opinie: {
    title: 'Wnioski o opinię',
    description: 'Projekty przesłane radom do zaopiniowania: doręczenie, ostatni dzień, wynik i uchwała z opinią.',
  },
  zapytania: {
    title: 'Zapytania i wnioski',
    description: 'Zapytania i wnioski rad do organu wykonawczego z terminem odpowiedzi i odpowiedzią.',
  },
  wybory: {
    title: 'Wybory',
    description:
      'Ogłoszone wyniki wyborów członków rad: okręgi, liczba kart, głosy każdego kandydata, wybrani i losowania (w CSV wiersz na kandydata).',
  },
}

type Cell = string | number | null
type Rows = Record<string, unknown>

export interface OpenDataRows {
  tenant: { slug: string; kind: string }
  appUrl: string
  now: Date
  bodies: { id: string; slug: string; name: string; kind: BodyKind; description: string; status: string }[]
  terms: { bodyId: string; number: number; startsOn: string; endsOn: string }[]
  statutes: { bodyId: string; version: number; statute: Statute; applies: string }[]
  members: {
    id: string
    bodyId: string
    name: string
    role: string
    seatCategory: string
    represents: string
    startsOn: string
    endsOn: string | null
    endReason: string | null
  }[]
  meetings: {
    id: string
    bodyId: string
    number: number
    startsAt: Date
    place: string
    agenda: string
    minutes: string | null
    cancelledAt: Date | null
  }[]
  attendance: { meetingId: string; memberId: string; attendance: string }[]
  resolutions: {
    id: string
    bodyId: string
    kind: string
    title: string
    text: string
    status: string
    number: string | null
    closedAt: Date | null
    tally: Tally | null
    adoptedOn: string | null
  }[]
  votes: { resolutionId: string; memberId: string; option: VoteOption }[]
  opinions: {
    bodyId: string
    number: number
    subject: string
    title: string
    description: string
    deliveredAt: Date
    dueOn: string | null
    status: string
    closedAt: Date | null
    resolutionId: string | null
  }[]
  inquiries: (typeof councilInquiries.$inferSelect)[]
  elections: {
    bodyId: string
    call: number
    seatCategory: string
    votingFrom: string
    votingTo: string
    votesPerBallot: number
    electorate: string
    results: ConstituencyResult[] | null
    lots: LotDraw[]
    publishedAt: Date | null
  }[]
}

const iso = (d: Date | null) => d?.toISOString() ?? null

/** A resolution's number in addresses: "3/2026" → "3-2026". */
export const numberInPath = (n: string) => n.replace('/', '-')

const base = (r: OpenDataRows) => `${r.appUrl.replace(/\/+$/, '')}`
const bodyUrl = (r: OpenDataRows, slug: string) => `${base(r)}/${r.tenant.slug}/rady/${slug}`
const pdfUrl = (r: OpenDataRows, slug: string, number: string) =>
  `${base(r)}/api/v1/jst/${r.tenant.slug}/rady/${slug}/uchwaly/${numberInPath(number)}/pdf`

/** The dataset `key` as JSON items and as CSV rows (the same columns; more rows where a JSON item nests a list). */
export function openDataset(
  key: DatasetKey,
  r: OpenDataRows,
): { columns: readonly string[]; items: Rows[]; csv: Cell[][] } {
  const bodies = new Map(r.bodies.map((b) => [b.id, b]))
  const slugOf = (bodyId: string) => bodies.get(bodyId)?.slug ?? ''
  const memberNames = new Map(r.members.map((m) => [m.id, m.name]))
  const latestStatute = new Map<string, Statute>()
  for (const s of r.statutes) latestStatute.set(s.bodyId, s.statute)
  const level = levelOfTenantKind(r.tenant.kind)
  switch (key) {
    case 'organy': {
      const today = dayOf(r.now)
      const items = r.bodies.map((b) => {
        const statute = latestStatute.get(b.id) ?? null
        const versions = r.statutes.filter((s) => s.bodyId === b.id)
        const terms = r.terms.filter((t) => t.bodyId === b.id)
        const term = terms.find((t) => t.startsOn <= today && today <= t.endsOn) ?? terms.at(-1) ?? null
        return {
          slug: b.slug,
          name: b.name,
          kind: b.kind,
          kindName: bodyLaws[b.kind].names[level] ?? '',
          status: b.status,
          description: b.description,
          legalBasis: bodyLaws[b.kind].basis[level] ?? '',
          statute: statute
            ? {
                version: versions.at(-1)?.version ?? 1,
                act: statute.act,
                termYears: statute.termYears,
                seats: statute.seats.map((s) => ({
                  key: s.key,
                  name: s.name,
                  seats: s.seats,
                  represents: s.represents,
                })),
              }
            : null,
          term: term ? { number: term.number, startsOn: term.startsOn, endsOn: term.endsOn } : null,
          url: bodyUrl(r, b.slug),
        }
      })
      return {
        columns: organyColumns,
        items,
        csv: items.map((b) => [
          b.slug,
          b.name,
          b.kind,
          b.kindName,
          b.status,
          b.description,
          b.legalBasis,
          b.statute ? `${b.statute.act.number} z ${b.statute.act.date}` : null,
          b.statute ? b.statute.seats.reduce((n, s) => n + s.seats, 0) : null,
          b.term?.number ?? null,
          b.term?.startsOn ?? null,
          b.term?.endsOn ?? null,
          b.url,
        ]),
      }
    }
    case 'czlonkowie': {
      const items = r.members.map((m) => {
        const seat = latestStatute.get(m.bodyId)?.seats.find((s) => s.key === m.seatCategory)
        return {
          id: m.id,
          body: slugOf(m.bodyId),
          name: m.name,
          role: m.role,
          seatCategory: m.seatCategory,
          seatName: seat?.name ?? m.seatCategory,
          represents: m.represents,
          startsOn: m.startsOn,
          endsOn: m.endsOn,
          endReason: m.endReason,
        }
      })
      return {
        columns: czlonkowieColumns,
        items,
        csv: items.map((m) => [
          m.id,
          m.body,
          m.name,
          m.role,
          m.seatName,
          m.represents,
          m.startsOn,
          m.endsOn,
          m.endReason,
        ]),
      }
    }
    case 'posiedzenia': {
      const byMeeting = new Map<string, { memberId: string; member: string; attendance: string }[]>()
      for (const a of r.attendance) {
        const list = byMeeting.get(a.meetingId) ?? []
        list.push({ memberId: a.memberId, member: memberNames.get(a.memberId) ?? '', attendance: a.attendance })
        byMeeting.set(a.meetingId, list)
      }
      const items = r.meetings.map((m) => {
        const attendance = (byMeeting.get(m.id) ?? []).sort((a, b) => a.member.localeCompare(b.member, 'pl'))
        return {
          body: slugOf(m.bodyId),
          number: m.number,
          startsAt: m.startsAt.toISOString(),
          place: m.place,
          agenda: m.agenda,
          minutes: m.minutes,
          cancelled: m.cancelledAt !== null,
          counts: {
            present: attendance.filter((a) => a.attendance === 'obecny').length,
            excused: attendance.filter((a) => a.attendance === 'usprawiedliwiony').length,
            absent: attendance.filter((a) => a.attendance === 'nieobecny').length,
          },
          attendance,
        }
      })
      const csv: Cell[][] = []
      for (const m of items) {
        const head: Cell[] = [m.body, m.number, m.startsAt, m.place, m.agenda, m.cancelled ? 'tak' : 'nie']
        if (m.attendance.length === 0) csv.push([...head, null, null, null])
        for (const a of m.attendance) csv.push([...head, a.memberId, a.member, a.attendance])
      }
      return { columns: posiedzeniaColumns, items, csv }
    }
    case 'uchwaly': {
      const byResolution = new Map<string, { memberId: string; member: string; option: VoteOption }[]>()
      for (const v of r.votes) {
        const list = byResolution.get(v.resolutionId) ?? []
        list.push({ memberId: v.memberId, member: memberNames.get(v.memberId) ?? '', option: v.option })
        byResolution.set(v.resolutionId, list)
      }
      const items = r.resolutions.map((x) => {
        const votes = (byResolution.get(x.id) ?? []).sort((a, b) => a.member.localeCompare(b.member, 'pl'))
        const counts = x.tally?.counts ?? { za: 0, przeciw: 0, wstrzymuje_sie: 0, nie_glosowal: 0 }
        const slug = slugOf(x.bodyId)
        return {
          id: x.id,
          body: slug,
          number: x.number,
          kind: x.kind,
          title: x.title,
          text: x.text,
          status: x.status,
          adoptedOn: x.adoptedOn,
          closedAt: iso(x.closedAt),
          voteEvent: {
            outcome: x.tally?.outcome ?? x.status,
            present: x.tally?.present ?? votes.length,
            quorum: x.tally?.quorum ?? null,
            needed: x.tally?.needed ?? null,
            counts,
            votes,
          },
          pdf: x.status === 'przyjeta' && x.number ? pdfUrl(r, slug, x.number) : null,
        }
      })
      const csv: Cell[][] = []
      for (const x of items) {
        const c = x.voteEvent.counts
        const head: Cell[] = [
          x.id,
          x.body,
          x.number,
          x.kind,
          x.title,
          x.status,
          x.adoptedOn,
          x.closedAt,
          c.za,
          c.przeciw,
          c.wstrzymuje_sie,
          c.nie_glosowal,
        ]
        if (x.voteEvent.votes.length === 0) csv.push([...head, null, null, null])
        for (const v of x.voteEvent.votes) csv.push([...head, v.memberId, v.member, v.option])
      }
      return { columns: uchwalyColumns, items, csv }
    }
    case 'opinie': {
      const numbers = new Map(r.resolutions.map((x) => [x.id, x.number]))
      const items = r.opinions.map((o) => ({
        body: slugOf(o.bodyId),
        number: o.number,
        subject: o.subject,
        title: o.title,
        description: o.description,
        deliveredAt: o.deliveredAt.toISOString(),
        dueOn: o.dueOn,
        status: o.status,
        closedAt: iso(o.closedAt),
        resolution: o.resolutionId ? (numbers.get(o.resolutionId) ?? null) : null,
      }))
      return {
        columns: opinieColumns,
        items,
        csv: items.map((o) => [
          o.body,
          o.number,
          o.subject,
          o.title,
          o.deliveredAt,
          o.dueOn,
          o.status,
          o.closedAt,
          o.resolution,
        ]),
      }
    }
    case 'zapytania': {
      const items = r.inquiries.map((i) => {
        const body = bodies.get(i.bodyId)
        const view = publicInquiry(i, body?.kind ?? 'inna', r.now)
        return {
          body: body?.slug ?? '',
          ...view,
          answerFile: view.answerFile
            ? `${base(r)}/api/v1/jst/${r.tenant.slug}/rady/${body?.slug ?? ''}/zapytania/${i.number}/odpowiedz.pdf`
            : null,
        }
      })
      return {
        columns: zapytaniaColumns,
        items,
        csv: items.map((i) => [
          i.body,
          i.number,
          i.title,
          i.text,
          i.deliveredAt,
          i.dueOn,
          i.state,
          i.overdue ? 'tak' : 'nie',
          i.answeredAt,
          i.answer,
          i.answerFile,
        ]),
      }
    }
    case 'wybory': {
      const items = r.elections.map((e) => {
        const seat = latestStatute.get(e.bodyId)?.seats.find((s) => s.key === e.seatCategory)
        const constituencies = latestStatute.get(e.bodyId)?.constituencies ?? []
        return {
          body: slugOf(e.bodyId),
          call: e.call,
          seatCategory: e.seatCategory,
          seatName: seat?.name ?? e.seatCategory,
          votingFrom: e.votingFrom,
          votingTo: e.votingTo,
          votesPerBallot: e.votesPerBallot,
          electorate: e.electorate,
          publishedAt: iso(e.publishedAt),
          constituencies: (e.results ?? []).map((c) => ({
            constituency: c.constituency,
            name: constituencies.find((o) => o.key === c.constituency)?.name ?? seat?.name ?? '',
            seats: c.seats,
            ballots: c.ballots,
            candidates: c.candidates.map((x) => ({ name: x.name, votes: x.votes, elected: c.elected.includes(x.id) })),
          })),
          lots: e.lots.map((l) => ({ constituency: l.constituency, drawnAt: l.drawnAt, note: l.note })),
        }
      })
      const csv: Cell[][] = []
      for (const e of items)
        for (const c of e.constituencies)
          for (const x of c.candidates)
            csv.push([
              e.body,
              e.call,
              e.seatName,
              e.votingFrom,
              e.votingTo,
              c.name,
              c.seats,
              c.ballots,
              x.name,
              x.votes,
              x.elected ? 'tak' : 'nie',
              e.lots.some((l) => l.constituency === c.constituency) ? 'tak' : 'nie',
            ])
      return { columns: wyboryColumns, items, csv }
    }
  }
}

export const organyColumns = [
  'rada',
  'nazwa',
  'rodzaj',
  'rodzaj (nazwa ustawowa)',
  'stan',
  'opis',
  'podstawa prawna',
  'statut (uchwała)',
  'liczba miejsc',
  'kadencja',
  'kadencja od',
  'kadencja do',
  'adres',
] as const
export const czlonkowieColumns = [
  'id członka',
  'rada',
  'imię i nazwisko',
  'funkcja',
  'miejsce',
  'reprezentuje',
  'mandat od',
  'mandat do',
  'powód wygaśnięcia',
] as const
export const posiedzeniaColumns = [
  'rada',
  'numer',
  'początek',
  'miejsce',
  'porządek obrad',
  'odwołane',
  'id członka',
  'członek',
  'obecność',
] as const
export const uchwalyColumns = [
  'id uchwały',
  'rada',
  'numer',
  'rodzaj',
  'tytuł',
  'wynik',
  'dzień podjęcia',
  'zamknięcie głosowania',
  'za',
  'przeciw',
  'wstrzymało się',
  'nie głosowało',
  'id członka',
  'członek',
  'głos',
] as const
export const opinieColumns = [
  'rada',
  'numer',
  'przedmiot',
  'tytuł',
  'doręczono',
  'ostatni dzień',
  'stan',
  'zamknięto',
  'uchwała',
] as const
export const zapytaniaColumns = [
  'rada',
  'numer',
  'temat',
  'treść',
  'doręczono',
  'ostatni dzień',
  'stan',
  'po terminie',
  'odpowiedziano',
  'odpowiedź',
  'plik odpowiedzi',
] as const

export const wyboryColumns = [
  'rada',
  'nabór',
  'miejsca',
  'głosowanie od',
  'głosowanie do',
  'okręg',
  'mandaty w okręgu',
  'karty',
  'kandydat',
  'głosy',
  'wybrany',
  'losowanie w okręgu',
] as const

/** Each dataset's columns, for the catalogue and the web's page. */
export const datasetColumns: Record<DatasetKey, readonly string[]> = {
  organy: organyColumns,
  czlonkowie: czlonkowieColumns,
  posiedzenia: posiedzeniaColumns,
  uchwaly: uchwalyColumns,
  opinie: opinieColumns,
  zapytania: zapytaniaColumns,
  wybory: wyboryColumns,
}
