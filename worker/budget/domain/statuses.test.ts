import { describe, expect, it } from 'vitest'
import {
  appealOutcome,
  assessmentMove,
  canMoveProject,
  isProjectStatus,
  projectStatuses,
  projectTransitions,
  type ProjectStatus,
} from './statuses'

/** Every status reachable from `from` by allowed moves (`from` included). */
function reachable(from: ProjectStatus): Set<ProjectStatus> {
  const seen = new Set<ProjectStatus>([from])
  const queue = [from]
  while (queue.length)
    for (const next of projectTransitions[queue.shift()!]) if (!seen.has(next)) seen.add(next) && queue.push(next)
  return seen
}

describe('the project status machine', () => {
  it('names a move for every status, and only to known statuses', () => {
    expect(Object.keys(projectTransitions).sort()).toEqual([...projectStatuses].sort())
    for (const targets of Object.values(projectTransitions))
      for (const to of targets) expect(isProjectStatus(to)).toBe(true)
  })

  it('reaches every status from a draft', () => {
    expect([...reachable('draft')].sort()).toEqual([...projectStatuses].sort())
  })

  it('ends in the admitted and the withdrawn project, and nowhere else', () => {
    const terminal = projectStatuses.filter((s) => projectTransitions[s].length === 0)
    expect(terminal.sort()).toEqual(['accepted', 'withdrawn'])
    // Every other status can still end in one of them: no project is stuck half-way.
    for (const s of projectStatuses) expect([...reachable(s)].some((r) => terminal.includes(r))).toBe(true)
  })

  it('follows the contest: submission, formal and merit assessment, appeal', () => {
    const path: ProjectStatus[] = ['draft', 'submitted', 'merit', 'merit_rejected', 'appealed', 'accepted']
    for (let i = 1; i < path.length; i++) expect(canMoveProject(path[i - 1]!, path[i]!)).toBe(true)
    expect(canMoveProject('submitted', 'formal_rejected')).toBe(true)
    expect(canMoveProject('formal_rejected', 'appealed')).toBe(true)
    expect(canMoveProject('appealed', 'formal_rejected')).toBe(true)
    expect(canMoveProject('submitted', 'withdrawn')).toBe(true)
  })

  it('refuses the moves the statute has no place for', () => {
    const refused: [string, string][] = [
      ['draft', 'accepted'], // never assessed
      ['submitted', 'accepted'], // a merit assessment needs a positive formal one first
      ['submitted', 'merit_rejected'],
      ['merit', 'formal_rejected'], // the formal assessment is over
      ['merit', 'withdrawn'], // withdrawal ends with the call, before the assessment
      ['formal_rejected', 'accepted'], // only through an appeal
      ['accepted', 'withdrawn'],
      ['withdrawn', 'submitted'],
      ['accepted', 'appealed'],
      ['submitted', 'submitted'], // a move is a change
      ['submitted', 'selected'], // an implementation stage is not a project status
      ['unknown', 'draft'],
    ]
    for (const [from, to] of refused) expect(canMoveProject(from, to), `${from} → ${to}`).toBe(false)
  })

  it('maps assessments and appeal decisions onto allowed moves', () => {
    expect(assessmentMove('formal', true)).toEqual({ from: 'submitted', to: 'merit' })
    expect(assessmentMove('formal', false)).toEqual({ from: 'submitted', to: 'formal_rejected' })
    expect(assessmentMove('merit', true)).toEqual({ from: 'merit', to: 'accepted' })
    expect(assessmentMove('merit', false)).toEqual({ from: 'merit', to: 'merit_rejected' })
    for (const stage of ['formal', 'merit'] as const)
      for (const positive of [true, false]) {
        const { from, to } = assessmentMove(stage, positive)
        expect(canMoveProject(from, to)).toBe(true)
      }
    expect(appealOutcome(true, 'formal')).toBe('accepted')
    expect(appealOutcome(false, 'formal')).toBe('formal_rejected')
    expect(appealOutcome(false, 'merit')).toBe('merit_rejected')
    for (const accepted of [true, false])
      for (const stage of ['formal', 'merit'] as const)
        expect(canMoveProject('appealed', appealOutcome(accepted, stage))).toBe(true)
  })
})
