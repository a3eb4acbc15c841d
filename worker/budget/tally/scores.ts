/**
 * Project scores computed from the ballots, and the consistency check against the figures the file publishes.
 *
 * Why compute instead of reading the `votes`/`score` columns: the columns are what the city *published*; the
 * ballots are the evidence. The pabulib checker ranks by the column (`score` if present, else `votes`), so we
 * compute from ballots, compare, and report any difference as a warning — on all shared files they agree, which is
 * what makes the recount reproduce the official outcomes. When a file has no ballots at all, the published column
 * is the only information and is used.
 */
import type { TallyInput } from './types'

export interface Scores {
  /** Voters who listed each project (weighted by multiplicity). */
  votes: Float64Array
  /** Ranking score: votes (approval, choose-1, ordinal) or total points (cumulative, scoring); Borda for ordinal
   *  files whose META says `scoring_fn` = `Borda`. */
  score: Float64Array
  publishedVotes: (number | undefined)[]
  publishedScore: (number | undefined)[]
  /** Human-readable differences between computed and published figures. */
  warnings: string[]
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const t = v.trim()
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return undefined
  return Number(t)
}

export function computeScores(input: TallyInput): Scores {
  const m = input.projects.length
  const pr = input.profile
  const votes = new Float64Array(m)
  const score = new Float64Array(m)
  const borda = input.voteType === 'ordinal' && (input.meta?.scoring_fn ?? '').trim().toLowerCase() === 'borda'
  const maxLen = Number(input.meta?.max_length ?? NaN)
  for (let g = 0; g < pr.numGroups; g++) {
    const w = pr.multiplicity[g]
    const a = pr.offsets[g]
    const b = pr.offsets[g + 1]
    for (let k = a; k < b; k++) {
      const p = pr.items[k]
      votes[p] += w
      if (pr.points) score[p] += w * pr.points[k]
      else if (borda) score[p] += w * ((Number.isFinite(maxLen) ? maxLen : b - a) - (k - a))
      else score[p] += w
    }
  }
  const publishedVotes = input.projects.map((p) => num(p.fields?.votes))
  const publishedScore = input.projects.map((p) => num(p.fields?.score))
  const warnings: string[] = []
  if (pr.numVoters === 0) {
    // No ballots: the published figures are all there is.
    for (let j = 0; j < m; j++) {
      votes[j] = publishedVotes[j] ?? 0
      score[j] = publishedScore[j] ?? publishedVotes[j] ?? 0
    }
    if (m > 0) warnings.push('no-ballots: scores taken from the PROJECTS columns')
    return { votes, score, publishedVotes, publishedScore, warnings }
  }
  for (let j = 0; j < m; j++) {
    const pv = publishedVotes[j]
    if (pv !== undefined && pv !== votes[j]) {
      warnings.push(`votes-mismatch: project ${input.projects[j].id} published votes ${pv}, ballots give ${votes[j]}`)
    }
    const ps = publishedScore[j]
    if (ps !== undefined && ps !== score[j]) {
      warnings.push(`score-mismatch: project ${input.projects[j].id} published score ${ps}, ballots give ${score[j]}`)
    }
  }
  return { votes, score, publishedVotes, publishedScore, warnings }
}
