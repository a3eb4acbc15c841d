import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  parsePabulib,
  parsePabulibStream,
  PabulibError,
  writePabulib,
  type PbElection,
} from '../../worker/budget/tally/index'

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/pabulib')
const FILES = readdirSync(SHARED)
  .filter((f) => f.endsWith('.pb'))
  .sort()

const GOOD = [
  'META',
  'key;value',
  'description;test',
  'num_projects;3',
  'num_votes;3',
  'budget;1000.50',
  'vote_type;approval',
  'rule;greedy',
  'PROJECTS',
  'project_id;cost;votes;name',
  'p1;500;2;"Park; ""Zielony"""',
  'p2;400.25;2;Szkoła',
  'L1/04/X;100;0;"Odnowa" ulicy',
  'VOTES',
  'voter_id;vote',
  'v1;p1,p2',
  'v2;p2,p1',
  'v3;',
].join('\n')

/** Replaces line `n` (1-based) of GOOD, or removes it with `null`. */
function withLine(n: number, text: string | null): string {
  const lines = GOOD.split('\n')
  if (text === null) lines.splice(n - 1, 1)
  else lines[n - 1] = text
  return lines.join('\n')
}

function expectError(text: string, code: string, line: number): PabulibError {
  let err: unknown
  try {
    parsePabulib(text)
  } catch (e) {
    err = e
  }
  expect(err, `expected ${code}`).toBeInstanceOf(PabulibError)
  const pe = err as PabulibError
  expect(pe.code).toBe(code)
  expect(pe.line).toBe(line)
  expect(pe.message).toMatch(line > 0 ? new RegExp(`^Linia ${line}: `) : /./)
  expect(pe.messageEn.length).toBeGreaterThan(5)
  return pe
}

describe('reader: a well-formed file', () => {
  it('reads META, projects with quoted fields, decimal money, grouped ballots', () => {
    const e = parsePabulib(GOOD)
    expect(e.meta.budget).toBe('1000.50')
    expect(e.budget).toBe(100050n)
    expect(e.voteType).toBe('approval')
    expect(e.projects.map((p) => p.id)).toEqual(['p1', 'p2', 'L1/04/X'])
    expect(e.projects[0].fields.name).toBe('Park; "Zielony"')
    // Quotes that do not enclose the whole field are kept literally.
    expect(e.projects[2].fields.name).toBe('"Odnowa" ulicy')
    expect(e.projects[1].cost).toBe(40025n)
    // v1 and v2 approve the same set in a different order: one group of 2; the empty ballot is its own group.
    expect(e.profile.numVoters).toBe(3)
    expect(e.profile.numGroups).toBe(2)
    expect(Array.from(e.profile.multiplicity)).toEqual([2, 1])
    expect(Array.from(e.profile.items)).toEqual([0, 1])
    expect(Array.from(e.profile.offsets)).toEqual([0, 2, 2])
  })

  it('accepts CRLF, a BOM, blank lines and a final line without newline', () => {
    const crlf = '\ufeff' + GOOD.split('\n').join('\r\n')
    const a = parsePabulib(GOOD)
    const b = parsePabulib(crlf)
    expect(b).toEqual(a)
    expect(parsePabulib(GOOD + '\n\n')).toEqual(a)
  })

  it('reads cumulative points and ordinal rankings', () => {
    const cum = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote;points\n1;b,a;2,1\n2;a,b;1,2\n3;a;3\n',
    )
    expect(cum.profile.numGroups).toBe(2)
    expect(Array.from(cum.profile.points!)).toEqual([1, 2, 3])
    const ord = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote\n1;b,a\n2;a,b\n',
    )
    // Order matters for ordinal ballots: two groups.
    expect(ord.profile.numGroups).toBe(2)
    expect(Array.from(ord.profile.items)).toEqual([1, 0, 0, 1])
  })

  it('streams chunks of any size (strings or UTF-8 bytes) to the same result', async () => {
    const text = readFileSync(path.join(SHARED, 'Poland_Wieliczka_2023_Green_Budget.pb'), 'utf8')
    const whole = parsePabulib(text)
    const bytes = new TextEncoder().encode(text)
    async function* byteChunks(size: number) {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
    }
    function* textChunks(size: number) {
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
    }
    expect(await parsePabulibStream(byteChunks(997))).toEqual(whole)
    expect(await parsePabulibStream(byteChunks(1))).toEqual(whole)
    expect(await parsePabulibStream(textChunks(4096))).toEqual(whole)
    const compact = await parsePabulibStream(byteChunks(65536), { keepVoters: false })
    expect(compact.voters).toBeNull()
    expect(compact.profile).toEqual(whole.profile)
  })

  it('keeps a quoted field spanning lines', () => {
    const e = parsePabulib(withLine(12, 'p2;400.25;2;"Szkoła\nnr 5"'))
    expect(e.projects[1].fields.name).toBe('Szkoła\nnr 5')
    expect(parsePabulib(writePabulib(e))).toEqual(e)
  })
})

describe('reader: malformed files give a PabulibError naming the line', () => {
  it('empty file', () => expectError('', 'empty-file', 0))
  it('missing META', () => expectError(GOOD.replace(/^META\n/, ''), 'missing-section', 1))
  it('missing VOTES section', () => expectError(GOOD.split('\nVOTES')[0], 'missing-section', 14))
  it('sections out of order', () => expectError(withLine(14, 'PROJECTS'), 'section-order', 14))
  it('wrong META header', () => expectError(withLine(2, 'key;val'), 'wrong-header', 2))
  it('missing column in PROJECTS header', () =>
    expectError(withLine(10, 'project_id;votes;name;extra'), 'missing-column', 10))
  it('wrong column count', () => expectError(withLine(12, 'p2;400;2'), 'column-count', 12))
  it('bad number: cost', () => {
    const e = expectError(withLine(12, 'p2;4O0;2;Szkoła'), 'bad-number', 12)
    expect(e.message).toContain('4O0')
  })
  it('bad number: decimal comma in budget', () => expectError(withLine(6, 'budget;1000,50'), 'bad-number', 6))
  it('bad number: points', () =>
    expectError(
      'META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote;points\n1;a;x\n',
      'bad-number',
      10,
    ))
  it('missing budget', () => expectError(withLine(6, null), 'missing-meta', 8))
  it('unknown vote type', () => expectError(withLine(7, 'vote_type;approvals'), 'unknown-vote-type', 7))
  it('duplicate META key', () => expectError(withLine(3, 'budget;5'), 'duplicate-meta-key', 6))
  it('duplicate project id', () => expectError(withLine(12, 'p1;400;2;Szkoła'), 'duplicate-project', 12))
  it('duplicate voter id', () => expectError(withLine(17, 'v1;p1'), 'duplicate-voter', 17))
  it('empty voter id', () => expectError(withLine(17, ';p1'), 'empty-id', 17))
  it('unknown project id in a vote', () => {
    const e = expectError(withLine(17, 'v2;p2,p9'), 'unknown-project', 17)
    expect(e.message).toContain('p9')
    expect(e.messageEn).toContain('p9')
  })
  it('project twice in one vote', () => expectError(withLine(17, 'v2;p2,p2'), 'duplicate-in-vote', 17))
  it('num_votes does not match', () => expectError(withLine(5, 'num_votes;4'), 'count-mismatch', 5))
  it('num_projects does not match', () => expectError(withLine(4, 'num_projects;2'), 'count-mismatch', 4))
  it('points do not match the vote', () =>
    expectError(
      'META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote;points\n1;a,b;1\n',
      'points-mismatch',
      11,
    ))
  it('cumulative without points column', () =>
    expectError(
      'META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n',
      'missing-column',
      9,
    ))
  it('choose-1 with two projects', () =>
    expectError(
      'META\nkey;value\nbudget;10\nvote_type;choose-1\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote\n1;a,b\n',
      'choose-1-length',
      11,
    ))
  it('unterminated quote at the end of the file', () => expectError(withLine(18, 'v3;"p1'), 'unterminated-quote', 18))
  it('unterminated quote swallowing the next lines', () =>
    expectError(withLine(12, 'p2;400;2;"Szkoła'), 'unterminated-quote', 12))
})

describe('round trip: parse(write(parse(x))) equals parse(x)', () => {
  for (const file of FILES) {
    it(file, () => {
      const first = parsePabulib(readFileSync(path.join(SHARED, file), 'utf8'))
      const again = parsePabulib(writePabulib(first))
      expect(again).toEqual(first)
      expect(parsePabulib(writePabulib(first, { newline: '\r\n' }))).toEqual(first)
    })
  }

  it('writes elections built in code (no raw voter rows)', () => {
    const e = parsePabulib(GOOD, { keepVoters: false })
    const text = writePabulib(e)
    const back = parsePabulib(text, { keepVoters: false })
    expect(back.profile).toEqual(e.profile)
    expect(back.projects).toEqual(e.projects)
    const built: PbElection = { ...e, projectColumns: [], projects: e.projects.map((p) => ({ ...p, fields: {} })) }
    const b2 = parsePabulib(writePabulib(built), { keepVoters: false })
    expect(b2.projects.map((p) => [p.id, p.cost])).toEqual(e.projects.map((p) => [p.id, p.cost]))
  })
})
