import { describe, expect, it } from 'vitest'
import { parsePabulib, tally } from '../../worker/budget/tally'

const file = (meta: string) => `META
key;value
num_projects;3
num_votes;2
budget;100
vote_type;approval
rule;greedy
${meta}PROJECTS
project_id;cost
1;60
2;60
3;40
VOTES
voter_id;vote
a;1,2,3
b;1,2
`

describe('counting options from META', () => {
  it('breaks a tie as the published file says (file order by default)', () => {
    expect(tally(parsePabulib(file(''))).selected).toEqual(['1', '3'])
    const seeded = parsePabulib(file('tie_policy;seeded-draw\ntie_seed;abc\n'))
    const a = tally(seeded)
    expect(a.ties).toBe('seeded-draw')
    expect(a.seed).toBe('abc')
    expect(tally(seeded).selected).toEqual(a.selected)
    expect(tally(seeded, { ties: 'file-order' }).selected).toEqual(['1', '3'])
  })

  it('applies exclusive groups written in META', () => {
    expect(tally(parsePabulib(file('exclusive_groups;1,3\n'))).selected).toEqual(['1'])
  })
})
