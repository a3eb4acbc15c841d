/**
 * The ballot rules of an edition applied to one voter's choices. Pure (no Hono, no database), so the voting form
 * shows the same errors the server refuses with.
 */

import { formatZl } from '../../core/money'

export interface BallotPool {
  id: string
  name: string
  kind: 'jst' | 'area' | 'category'
  amount: number
  projects: { id: string; cost: number }[]
}

export interface BallotRules {
  format: 'approval' | 'points' | 'knapsack'
  points: number[]
  minProjects: number
  maxProjects: number | null
  areaPools: 'own-area' | 'any-one-area' | 'all-areas'
}

/** Per pool, the chosen projects with their points (1 for approval and knapsack). */
export type Choices = Record<string, Record<string, number>>

export interface BallotIssue {
  field: string
  detail: string
}

/** "1 projekt", "2 projekty", "5 projektów": Polish plural forms. */
export function projekty(n: number): string {
  const form =
    n === 1 ? 'projekt' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'projekty' : 'projektów'
  return `${n} ${form}`
}

/** Every problem of a ballot, in Polish, addressed to the pool (`choices.<poolId>`) it concerns. */
export function checkBallot(pools: BallotPool[], rules: BallotRules, choices: Choices): BallotIssue[] {
  const issues: BallotIssue[] = []
  const used = Object.entries(choices).filter(([, c]) => Object.keys(c).length > 0)
  if (used.length === 0) return [{ field: 'choices', detail: 'Wybierz co najmniej jeden projekt.' }]
  const areas = used.filter(([id]) => pools.find((p) => p.id === id)?.kind === 'area')
  if (rules.areaPools !== 'all-areas' && areas.length > 1)
    issues.push({ field: 'choices', detail: 'Możesz głosować na projekty tylko jednego obszaru.' })
  for (const [poolId, chosen] of used) {
    const pool = pools.find((p) => p.id === poolId)
    const field = `choices.${poolId}`
    if (!pool) {
      issues.push({ field, detail: 'Ta pula nie należy do tej edycji.' })
      continue
    }
    const entries = Object.entries(chosen)
    const unknown = entries.filter(([id]) => !pool.projects.some((p) => p.id === id))
    if (unknown.length)
      issues.push({ field, detail: `W puli „${pool.name}” można wybierać tylko projekty z listy do głosowania.` })
    const n = entries.length
    if (n < rules.minProjects)
      issues.push({ field, detail: `W puli „${pool.name}” wybierz co najmniej ${projekty(rules.minProjects)}.` })
    if (rules.maxProjects != null && n > rules.maxProjects)
      issues.push({ field, detail: `W puli „${pool.name}” możesz wybrać najwyżej ${projekty(rules.maxProjects)}.` })
    if (rules.format === 'points') {
      const given = entries.map(([, pts]) => pts)
      const allowed = [...rules.points]
      const ok = given.every((pts) => {
        const i = allowed.indexOf(pts)
        if (i < 0) return false
        allowed.splice(i, 1)
        return true
      })
      if (!ok)
        issues.push({
          field,
          detail: `W puli „${pool.name}” przydziel punkty ${rules.points.join(', ')} — każdą wartość najwyżej raz.`,
        })
    } else if (entries.some(([, pts]) => pts !== 1)) {
      issues.push({ field, detail: 'Na tej karcie zaznacza się projekty bez punktów.' })
    }
    if (rules.format === 'knapsack') {
      const total = entries.reduce((s, [id]) => s + (pool.projects.find((p) => p.id === id)?.cost ?? 0), 0)
      if (total > pool.amount)
        issues.push({
          field,
          detail: `Wybrane projekty w puli „${pool.name}” kosztują ${formatZl(total)}, a pula wynosi ${formatZl(pool.amount)}.`,
        })
    }
  }
  return issues
}
