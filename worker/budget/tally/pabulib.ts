/**
 * Reader and writer of the Pabulib `.pb` format (https://pabulib.org/format): sections META, PROJECTS and VOTES,
 * `;`-separated CSV rows, comma lists in `vote`/`points`, LF or CRLF, optional BOM.
 *
 * Why it is written this way:
 * - **Errors, never crashes**: every problem becomes a `PabulibError` with the line number (see `errors.ts`).
 * - **Streaming and bounded memory**: the same incremental reader (`PabulibReader`) serves a whole string, or an
 *   async iterable of chunks (a file stream in Node, `File.stream()` in a browser Web Worker). Ballots go straight
 *   into a compact `Profile` (identical ballots grouped, typed arrays); the raw voter rows are kept only when asked
 *   (`keepVoters`, default true — needed to write the file back).
 * - **Round trip**: `parsePabulib(writePabulib(e))` deep-equals `e`: every column of every section is kept as text.
 */
import { PabulibError } from './errors'
import { joinRecord, RecordSplitter } from './csv'
import { formatMoney, parseMoney } from './money'
import type { PbElection, PbProject, Profile, VoteType, VoterTable } from './types'
import { VOTE_TYPES } from './types'

export interface ParseOptions {
  /** Keep the raw VOTES rows so the file can be written back (default true). */
  keepVoters?: boolean
  /** Called with the number of characters (or bytes, for byte streams) consumed so far. */
  onProgress?: (consumed: number) => void
}

type Section = 'start' | 'META' | 'PROJECTS' | 'VOTES'

const POINTS_TYPES: ReadonlySet<VoteType> = new Set(['cumulative', 'scoring'])

/**
 * Incremental `.pb` reader: `push(text)` any number of times, then `finish()`.
 */
export class PabulibReader {
  private section: Section = 'start'
  private header: string[] | null = null
  private readonly splitter: RecordSplitter
  private readonly keepVoters: boolean

  private readonly meta: Record<string, string> = {}
  private readonly metaLine: Record<string, number> = {}
  private voteType: VoteType = 'approval'
  private budget = 0n

  private projectColumns: string[] = []
  private readonly projects: PbProject[] = []
  private readonly projectIndex = new Map<string, number>()
  private projectsLine = 0

  private voteColumns: string[] = []
  private voterCol = -1
  private voteCol = -1
  private pointsCol = -1
  private usesPoints = false
  private voterIds = new Set<string>()
  private voterValues: string[][] = []
  private numVoters = 0
  private votesLine = 0

  // Profile under construction.
  private readonly groupOf = new Map<string, number>()
  /** Raw `vote` (+ `points`) text → group: identical texts need no re-parsing (most ballots repeat). */
  private readonly rawGroup = new Map<string, number>()
  private offsets: number[] = [0]
  private items: number[] = []
  private points: number[] = []
  private mult: number[] = []
  private stamp: Int32Array = new Int32Array(0)

  constructor(options: ParseOptions = {}) {
    this.keepVoters = options.keepVoters ?? true
    this.splitter = new RecordSplitter(
      (line, fields) => this.record(line, fields),
      (line) => {
        throw unterminated(line)
      },
    )
  }

  push(text: string): void {
    this.splitter.push(text)
  }

  finish(): PbElection {
    const lastLine = this.splitter.end()
    const open = this.splitter.unterminatedAt
    if (open) throw unterminated(open)
    if (this.section === 'start') {
      if (lastLine === 0) throw new PabulibError('empty-file', 0, 'plik jest pusty', 'the file is empty')
      throw missingSection('META', 1)
    }
    if (this.section === 'META') {
      if (this.header === null) throw headerMissing('META', lastLine + 1)
      throw missingSection('PROJECTS', lastLine + 1)
    }
    if (this.section === 'PROJECTS') {
      if (this.header === null) throw headerMissing('PROJECTS', lastLine + 1)
      this.endProjects()
      throw missingSection('VOTES', lastLine + 1)
    }
    if (this.header === null) throw headerMissing('VOTES', lastLine + 1)
    this.checkCount('num_votes', this.numVoters, 'głosów (wierszy w sekcji VOTES)', 'votes (rows in VOTES)')

    const voters: VoterTable | null = this.keepVoters ? { columns: this.voteColumns, values: this.voterValues } : null
    const profile: Profile = {
      numVoters: this.numVoters,
      numGroups: this.mult.length,
      offsets: Uint32Array.from(this.offsets),
      items: Uint32Array.from(this.items),
      points: this.usesPoints ? Float64Array.from(this.points) : null,
      multiplicity: Uint32Array.from(this.mult),
    }
    return {
      meta: this.meta,
      voteType: this.voteType,
      budget: this.budget,
      projectColumns: this.projectColumns,
      projects: this.projects,
      voteColumns: this.voteColumns,
      voters,
      profile,
    }
  }

  private record(line: number, fields: string[]): void {
    if (fields.length === 1) {
      const t = fields[0].trim()
      if (t === '') return // blank line
      if (t === 'META' || t === 'PROJECTS' || t === 'VOTES') {
        this.enter(t, line)
        return
      }
    }
    if (this.section === 'start') {
      throw new PabulibError(
        'missing-section',
        line,
        'plik musi zaczynać się od sekcji META (wiersz „META”)',
        'the file must start with the META section (a line "META")',
      )
    }
    if (this.header === null) {
      this.header = fields.map((f) => f.trim())
      this.onHeader(line)
      return
    }
    if (fields.length !== this.header.length) {
      throw new PabulibError(
        'column-count',
        line,
        `zła liczba kolumn w sekcji ${this.section}: jest ${fields.length}, nagłówek ma ${this.header.length}`,
        `wrong number of columns in ${this.section}: ${fields.length}, the header has ${this.header.length}`,
      )
    }
    if (this.section === 'META') this.metaRow(line, fields)
    else if (this.section === 'PROJECTS') this.projectRow(line, fields)
    else this.voteRow(line, fields)
  }

  private enter(next: 'META' | 'PROJECTS' | 'VOTES', line: number): void {
    const expected: Record<Section, Section> = { start: 'META', META: 'PROJECTS', PROJECTS: 'VOTES', VOTES: 'VOTES' }
    if (expected[this.section] !== next || (this.section === 'VOTES' && next === 'VOTES')) {
      if (this.section === 'start') throw missingSection('META', line)
      throw new PabulibError(
        'section-order',
        line,
        `nieoczekiwana sekcja ${next}; sekcje muszą wystąpić raz, w kolejności META, PROJECTS, VOTES`,
        `unexpected section ${next}; sections must appear once, in the order META, PROJECTS, VOTES`,
      )
    }
    if (this.section !== 'start' && this.header === null) throw headerMissing(this.section, line)
    if (this.section === 'META') this.endMeta(line)
    if (this.section === 'PROJECTS') this.endProjects()
    this.section = next
    this.header = null
    if (next === 'PROJECTS') this.projectsLine = line
    if (next === 'VOTES') this.votesLine = line
  }

  private onHeader(line: number): void {
    const h = this.header!
    const dup = h.find((c, i) => h.indexOf(c) !== i)
    if (dup !== undefined) {
      throw new PabulibError(
        'wrong-header',
        line,
        `kolumna „${dup}” występuje w nagłówku dwa razy`,
        `column "${dup}" appears twice in the header`,
      )
    }
    if (this.section === 'META') {
      if (h.length !== 2 || h[0] !== 'key' || h[1] !== 'value') {
        throw new PabulibError(
          'wrong-header',
          line,
          'nagłówek sekcji META musi mieć postać „key;value”',
          'the META header must be "key;value"',
        )
      }
    } else if (this.section === 'PROJECTS') {
      for (const col of ['project_id', 'cost']) if (!h.includes(col)) throw missingColumn('PROJECTS', col, line)
      this.projectColumns = h
    } else {
      for (const col of ['voter_id', 'vote']) if (!h.includes(col)) throw missingColumn('VOTES', col, line)
      this.usesPoints = POINTS_TYPES.has(this.voteType)
      if (this.usesPoints && !h.includes('points')) throw missingColumn('VOTES', 'points', line)
      this.voteColumns = h
      this.voterCol = h.indexOf('voter_id')
      this.voteCol = h.indexOf('vote')
      this.pointsCol = h.indexOf('points')
      this.stamp = new Int32Array(this.projects.length).fill(-1)
      if (this.keepVoters) this.voterValues = h.map(() => [])
    }
  }

  private metaRow(line: number, fields: string[]): void {
    const key = fields[0].trim()
    if (key in this.meta) {
      throw new PabulibError(
        'duplicate-meta-key',
        line,
        `klucz „${key}” występuje w META drugi raz (pierwszy raz w linii ${this.metaLine[key]})`,
        `META key "${key}" repeated (first on line ${this.metaLine[key]})`,
      )
    }
    this.meta[key] = fields[1]
    this.metaLine[key] = line
  }

  private endMeta(line: number): void {
    for (const key of ['budget', 'vote_type']) {
      if (!(key in this.meta)) {
        throw new PabulibError(
          'missing-meta',
          line,
          `w sekcji META brakuje obowiązkowego klucza „${key}”`,
          `META lacks the required key "${key}"`,
        )
      }
    }
    const budget = parseMoney(this.meta.budget)
    if (budget === null) throw badNumber(this.metaLine.budget, 'budget', this.meta.budget)
    this.budget = budget
    const vt = this.meta.vote_type.trim()
    if (!(VOTE_TYPES as readonly string[]).includes(vt)) {
      throw new PabulibError(
        'unknown-vote-type',
        this.metaLine.vote_type,
        `nieznany vote_type „${vt}” (dozwolone: ${VOTE_TYPES.join(', ')})`,
        `unknown vote_type "${vt}" (allowed: ${VOTE_TYPES.join(', ')})`,
      )
    }
    this.voteType = vt as VoteType
    for (const key of ['num_projects', 'num_votes', 'min_project_score_threshold']) {
      if (key in this.meta && !/^\s*\d+(\.\d+)?\s*$/.test(this.meta[key])) {
        throw badNumber(this.metaLine[key], key, this.meta[key])
      }
    }
  }

  private projectRow(line: number, fields: string[]): void {
    const h = this.header!
    const row: Record<string, string> = {}
    for (let i = 0; i < h.length; i++) row[h[i]] = fields[i]
    const id = row.project_id.trim()
    if (id === '') throw new PabulibError('empty-id', line, 'pusty project_id', 'empty project_id')
    if (this.projectIndex.has(id)) {
      throw new PabulibError(
        'duplicate-project',
        line,
        `projekt „${id}” występuje w PROJECTS drugi raz`,
        `project "${id}" appears twice in PROJECTS`,
      )
    }
    const cost = parseMoney(row.cost)
    if (cost === null) throw badNumber(line, 'cost', row.cost)
    this.projectIndex.set(id, this.projects.length)
    this.projects.push({ id, cost, fields: row })
  }

  private endProjects(): void {
    this.checkCount(
      'num_projects',
      this.projects.length,
      'projektów (wierszy w sekcji PROJECTS)',
      'projects (rows in PROJECTS)',
    )
  }

  private checkCount(key: string, actual: number, whatPl: string, whatEn: string): void {
    if (!(key in this.meta)) return
    const declared = Number(this.meta[key])
    if (declared !== actual) {
      throw new PabulibError(
        'count-mismatch',
        this.metaLine[key],
        `META ${key} = ${this.meta[key].trim()}, a w pliku jest ${actual} ${whatPl}`,
        `META ${key} = ${this.meta[key].trim()}, but the file has ${actual} ${whatEn}`,
      )
    }
  }

  private voteRow(line: number, fields: string[]): void {
    const voterId = fields[this.voterCol].trim()
    if (voterId === '') throw new PabulibError('empty-id', line, 'pusty voter_id', 'empty voter_id')
    if (this.voterIds.has(voterId)) {
      throw new PabulibError(
        'duplicate-voter',
        line,
        `głosujący „${voterId}” występuje w VOTES drugi raz`,
        `voter "${voterId}" appears twice in VOTES`,
      )
    }
    this.voterIds.add(voterId)
    const voterNo = this.numVoters
    this.numVoters++

    const voteText = fields[this.voteCol]
    const raw = this.usesPoints ? `${voteText}|${fields[this.pointsCol]}` : voteText
    const cached = this.rawGroup.get(raw)
    if (cached !== undefined) {
      this.mult[cached]++
      if (this.keepVoters) for (let c = 0; c < fields.length; c++) this.voterValues[c].push(fields[c])
      return
    }
    const idx: number[] = []
    if (voteText.trim() !== '') {
      const parts = voteText.split(',')
      for (let k = 0; k < parts.length; k++) {
        const pid = parts[k].trim()
        const p = this.projectIndex.get(pid)
        if (p === undefined) {
          if (pid === '') {
            throw new PabulibError(
              'unknown-project',
              line,
              'pusty identyfikator projektu w głosie',
              'empty project id in the vote',
            )
          }
          throw new PabulibError(
            'unknown-project',
            line,
            `głos zawiera projekt „${pid}”, którego nie ma w sekcji PROJECTS`,
            `the vote names project "${pid}", which is not in PROJECTS`,
          )
        }
        if (this.stamp[p] === voterNo) {
          throw new PabulibError(
            'duplicate-in-vote',
            line,
            `projekt „${pid}” występuje w jednym głosie dwa razy`,
            `project "${pid}" appears twice in one vote`,
          )
        }
        this.stamp[p] = voterNo
        idx.push(p)
      }
    }
    if (this.voteType === 'choose-1' && idx.length !== 1) {
      throw new PabulibError(
        'choose-1-length',
        line,
        `przy vote_type choose-1 głos musi wskazywać dokładnie jeden projekt, a wskazuje ${idx.length}`,
        `a choose-1 vote must name exactly one project, this one names ${idx.length}`,
      )
    }

    let key: string
    let pts: number[] | null = null
    if (this.usesPoints) {
      const ptsText = fields[this.pointsCol]
      const parts = ptsText.trim() === '' ? [] : ptsText.split(',')
      if (parts.length !== idx.length) {
        throw new PabulibError(
          'points-mismatch',
          line,
          `liczba punktów (${parts.length}) nie zgadza się z liczbą projektów w głosie (${idx.length})`,
          `${parts.length} points for ${idx.length} projects in the vote`,
        )
      }
      pts = new Array<number>(parts.length)
      for (let k = 0; k < parts.length; k++) {
        const t = parts[k].trim()
        if (!/^-?\d+(\.\d+)?$/.test(t)) throw badNumber(line, 'points', t)
        pts[k] = Number(t)
      }
      const order = idx.map((_, k) => k).sort((a, b) => idx[a] - idx[b])
      const sIdx = order.map((k) => idx[k])
      const sPts = order.map((k) => pts![k])
      key = sIdx.map((p, k) => `${p}:${sPts[k]}`).join(',')
      idx.splice(0, idx.length, ...sIdx)
      pts = sPts
    } else if (this.voteType === 'ordinal') {
      key = idx.join(',')
    } else {
      if (idx.length > 1) idx.sort((a, b) => a - b)
      key = idx.join(',')
    }

    let g = this.groupOf.get(key)
    if (g === undefined) {
      g = this.mult.length
      this.groupOf.set(key, g)
      this.mult.push(1)
      for (let k = 0; k < idx.length; k++) this.items.push(idx[k])
      if (pts) for (let k = 0; k < pts.length; k++) this.points.push(pts[k])
      this.offsets.push(this.items.length)
    } else {
      this.mult[g]++
    }
    this.rawGroup.set(raw, g)

    if (this.keepVoters) {
      for (let c = 0; c < fields.length; c++) this.voterValues[c].push(fields[c])
    }
  }
}

function unterminated(line: number): PabulibError {
  return new PabulibError(
    'unterminated-quote',
    line,
    'cudzysłów otwarty w tym wierszu nie jest poprawnie zamknięty (pole w cudzysłowie musi kończyć się „"” przed „;” lub końcem wiersza)',
    'a quote opened on this line is not properly closed (a quoted field must end with `"` before `;` or the end of the line)',
  )
}

function missingSection(name: string, line: number): PabulibError {
  return new PabulibError('missing-section', line, `brak sekcji ${name}`, `section ${name} is missing`)
}

function headerMissing(section: string, line: number): PabulibError {
  return new PabulibError(
    'wrong-header',
    line,
    `sekcja ${section} nie ma wiersza nagłówka`,
    `section ${section} has no header row`,
  )
}

function missingColumn(section: string, column: string, line: number): PabulibError {
  return new PabulibError(
    'missing-column',
    line,
    `w nagłówku sekcji ${section} brakuje kolumny „${column}”`,
    `the ${section} header lacks the column "${column}"`,
  )
}

function badNumber(line: number, what: string, value: string): PabulibError {
  return new PabulibError(
    'bad-number',
    line,
    `niepoprawna liczba w polu ${what}: „${value}”`,
    `bad number in ${what}: "${value}"`,
  )
}

/** Parses a whole `.pb` text. Throws `PabulibError`. */
export function parsePabulib(text: string, options: ParseOptions = {}): PbElection {
  const reader = new PabulibReader(options)
  reader.push(text)
  options.onProgress?.(text.length)
  return reader.finish()
}

/**
 * Parses a `.pb` file arriving in chunks (strings, or UTF-8 bytes decoded on the fly). Memory is bounded by the
 * compact profile (plus the raw voter rows if `keepVoters`), never by the whole text.
 */
export async function parsePabulibStream(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: ParseOptions = {},
): Promise<PbElection> {
  const reader = new PabulibReader(options)
  let decoder: TextDecoder | null = null
  let consumed = 0
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      reader.push(chunk)
      consumed += chunk.length
    } else {
      decoder ??= new TextDecoder('utf-8')
      reader.push(decoder.decode(chunk, { stream: true }))
      consumed += chunk.byteLength
    }
    options.onProgress?.(consumed)
  }
  if (decoder) reader.push(decoder.decode())
  return reader.finish()
}

export interface WriteOptions {
  /** Line ending (default `\n`). */
  newline?: '\n' | '\r\n'
}

/**
 * Writes an election back to `.pb` text. Every kept column is written as read; projects or voters built in code
 * (without raw rows) get the minimal columns. `parsePabulib(writePabulib(e))` deep-equals `e`.
 */
export function writePabulib(e: PbElection, options: WriteOptions = {}): string {
  const nl = options.newline ?? '\n'
  const out: string[] = ['META', 'key;value']
  for (const [k, v] of Object.entries(e.meta)) out.push(joinRecord([k, v]))

  out.push('PROJECTS')
  const pcols = e.projectColumns.length ? e.projectColumns : ['project_id', 'cost']
  out.push(joinRecord(pcols))
  for (const p of e.projects) {
    out.push(
      joinRecord(
        pcols.map((c) => {
          const v = p.fields[c]
          if (v !== undefined) return v
          if (c === 'project_id') return p.id
          if (c === 'cost') return formatMoney(p.cost)
          return ''
        }),
      ),
    )
  }

  out.push('VOTES')
  if (e.voters) {
    out.push(joinRecord(e.voters.columns))
    const cols = e.voters.values
    const n = cols.length ? cols[0].length : 0
    const row = new Array<string>(cols.length)
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < cols.length; c++) row[c] = cols[c][i]
      out.push(joinRecord(row))
    }
  } else {
    const pr = e.profile
    const withPoints = pr.points !== null
    out.push(withPoints ? 'voter_id;vote;points' : 'voter_id;vote')
    let voter = 1
    for (let g = 0; g < pr.numGroups; g++) {
      const a = pr.offsets[g]
      const b = pr.offsets[g + 1]
      const ids: string[] = []
      const pts: string[] = []
      for (let k = a; k < b; k++) {
        ids.push(e.projects[pr.items[k]].id)
        if (withPoints) pts.push(String(pr.points![k]))
      }
      for (let r = 0; r < pr.multiplicity[g]; r++) {
        const fields = [String(voter++), ids.join(',')]
        if (withPoints) fields.push(pts.join(','))
        out.push(joinRecord(fields))
      }
    }
  }
  return out.join(nl) + nl
}
