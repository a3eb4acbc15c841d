/**
 * One run of the Method of Equal Shares (MES) with cost utilities, for a fixed per-voter budget — exact, and fast.
 *
 * MES with cost utilities (approval view: a voter "supports" every project listed on the ballot): every voter gets
 * the same budget b. In each round, for every remaining project c, find the smallest payment ρ such that its
 * supporters, each paying min(ρ, what they have left), cover cost(c) exactly. Choose the project with the smallest
 * ρ / cost(c) (equivalently the largest "effective vote count" cost/ρ); its supporters pay; repeat until no project
 * can be paid by its supporters. Projects whose supporters together have less than the cost are dropped.
 *
 * ## Why it is fast
 * - **Groups**: identical ballots are one group with a multiplicity (Łódź: 70,747 voters, 34,147 groups).
 * - **Budget classes**: voters who paid for the same projects have the same money left, so remaining budgets are
 *   stored per *class* (a value shared by many groups); computing ρ needs a histogram of the supporters' classes
 *   and a sort of the few distinct values, not of all supporters.
 * - **Lazy re-evaluation**: a project's ρ/cost can only grow as budgets shrink, so a stale value is a lower bound;
 *   each round evaluates projects in order of their lower bound and stops as soon as the bound exceeds the best
 *   value found (the pabulib checker and pabutools use the same idea).
 *
 * ## Why it is exact
 * Every quantity is computed in floating point **together with a rigorous bound on its rounding error**. A decision
 * is taken from floats only when the two sides differ by more than the sum of their error bounds; otherwise it is
 * taken with exact BigInt rationals (`rational.ts`). Exact values are computed lazily: a class's exact budget is
 * b − Σ (exact ρ of the rounds it paid in), and a round's exact ρ is (cost − Σ money of supporters who paid all they
 * had) / (number of the others). Exact ties (frequent: two projects with equal cost and equal support) are always
 * detected exactly and handed to the tie policy. With `exactOnly` every error bound is infinite, so every decision is
 * exact — used in tests to cross-check the fast path.
 *
 * Money unit inside: minor units (grosze). Costs must be below 2^53 minor units (checked).
 */
import * as Q from './rational'
import type { Rat } from './rational'
import type { Money } from './money'
import type { Profile } from './types'

const EPS = 2 ** -53
/** Factor applied to every fresh rounding-error term (covers second-order terms of the first-order bounds). */
const SAFETY = 16
const ZERO_CLASS = 0
const ROOT_CLASS = 1

/** Election data prepared once and shared by all runs (e.g. all add1 steps). */
export class MesPrepared {
  readonly m: number
  readonly numVoters: number
  readonly numGroups: number
  /** Weight (number of voters) of each approval-view group. */
  readonly weight: Float64Array
  /** Supporter groups of project j: supGroups[supStart[j] .. supStart[j+1]). */
  readonly supStart: Uint32Array
  readonly supGroups: Uint32Array
  /** Weight of each entry of `supGroups` (saves an indirection in the hottest loop). */
  readonly supWeight: Float64Array
  /** Items of group g (approval view): items[offsets[g] .. offsets[g+1]). */
  readonly offsets: Uint32Array
  readonly items: Uint32Array
  readonly votes: Float64Array
  readonly costN: Float64Array
  readonly costQ: Rat[]
  readonly cost: readonly Money[]

  constructor(profile: Profile, costs: readonly Money[]) {
    this.m = costs.length
    this.numVoters = profile.numVoters
    this.cost = costs
    this.costN = new Float64Array(this.m)
    this.costQ = costs.map((c) => Q.rat(c))
    for (let j = 0; j < this.m; j++) {
      if (costs[j] > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('project cost too large for MES')
      this.costN[j] = Number(costs[j])
    }
    // Approval view: merge groups that list the same projects (cumulative ballots differing only in points);
    // empty ballots hold money nobody can spend and are left out.
    const offs: number[] = [0]
    const its: number[] = []
    const wts: number[] = []
    if (profile.points === null) {
      // Approval-like profiles are already grouped by project set (ordinal: by ranking — sets may repeat, which
      // is harmless: equal groups simply stay separate).
      for (let g = 0; g < profile.numGroups; g++) {
        const a = profile.offsets[g]
        const b = profile.offsets[g + 1]
        if (a === b) continue
        for (let k = a; k < b; k++) its.push(profile.items[k])
        offs.push(its.length)
        wts.push(profile.multiplicity[g])
      }
    } else {
      const key = new Map<string, number>()
      for (let g = 0; g < profile.numGroups; g++) {
        const a = profile.offsets[g]
        const b = profile.offsets[g + 1]
        if (a === b) continue
        const list = Array.from(profile.items.subarray(a, b)).sort((x, y) => x - y)
        const k = list.join(',')
        const existing = key.get(k)
        if (existing !== undefined) {
          wts[existing] += profile.multiplicity[g]
          continue
        }
        key.set(k, wts.length)
        for (const p of list) its.push(p)
        offs.push(its.length)
        wts.push(profile.multiplicity[g])
      }
    }
    this.numGroups = wts.length
    this.weight = Float64Array.from(wts)
    this.offsets = Uint32Array.from(offs)
    this.items = Uint32Array.from(its)
    const count = new Uint32Array(this.m + 1)
    this.votes = new Float64Array(this.m)
    for (let g = 0; g < this.numGroups; g++) {
      for (let k = this.offsets[g]; k < this.offsets[g + 1]; k++) {
        count[this.items[k] + 1]++
        this.votes[this.items[k]] += this.weight[g]
      }
    }
    for (let j = 0; j < this.m; j++) count[j + 1] += count[j]
    this.supStart = count.slice()
    this.supGroups = new Uint32Array(this.items.length)
    this.supWeight = new Float64Array(this.items.length)
    const fill = count.slice(0, this.m)
    for (let g = 0; g < this.numGroups; g++) {
      for (let k = this.offsets[g]; k < this.offsets[g + 1]; k++) {
        const at = fill[this.items[k]]++
        this.supGroups[at] = g
        this.supWeight[at] = this.weight[g]
      }
    }
  }
}

/** What happened in one round of a run. */
export interface MesRound {
  project: number
  /** ρ as a float (minor units) and its error bound. */
  rhoF: number
  rhoErr: number
  /** Exact ρ once computed. */
  rhoExact: Rat | null
  /** The winner's supporters at selection time: class ids and voter counts. */
  snapIds: Int32Array
  snapCnt: Float64Array
  /** Per snapshot entry: 1 if those voters paid all they had (poor), 0 if they paid ρ. */
  snapPoor: Uint8Array
  /** Whether the poor/rich split used to compute rhoF is certain (then exact ρ needs only the poor classes). */
  certain: boolean
  /** Voters who paid everything they had (less than ρ). */
  paidAll: number
  /** Exact ties resolved in this round (project indices, file order), if any. */
  tied: number[] | null
}

export interface MesRunOptions {
  exactOnly?: boolean
  /** Stop as soon as the funded cost exceeds this (add1: such a run is rejected anyway). */
  abortAbove?: Money
  /** Projects allowed to take part (default: cost > 0 and at least one supporter). */
  eligible?: (j: number) => boolean
  /** For each project, projects it conflicts with (exclusive groups). */
  conflicts?: number[][]
  /** Chooses among exactly tied projects (indices in file order). */
  pickTied: (tied: number[], round: number) => number
}

export interface MesRunResult {
  winners: number[]
  spent: Money
  /** True when the run stopped early because `abortAbove` was exceeded. */
  aborted: boolean
  rounds: MesRound[]
  /** Per project: index of the funded project that excluded it (exclusive groups), or -1. */
  excludedBy: Int32Array
  /** Float money (minor units) each project's supporters hold at the end. */
  supportersMoney(j: number): number
  /** Exact ρ of round r (minor units). */
  rhoExact(r: number): Rat
}

/** Runs MES once with per-voter budget `b` (minor units, exact). */
export function runMes(P: MesPrepared, b: Rat, opts: MesRunOptions): MesRunResult {
  return new MesRun(P, b, opts).execute()
}

interface Evaluation {
  j: number
  affordable: boolean
  ids: Int32Array
  cnt: Float64Array
  /** Indices into ids/cnt sorted by budget, ascending. */
  ord: Int32Array
  /** The first `nPoor` entries of `ord` are the poor classes of the float split. */
  nPoor: number
  rhoF: number
  rhoErr: number
  certain: boolean
  rhoExact: Rat | null
  affLo: number
  affHi: number
}

class MesRun {
  private readonly P: MesPrepared
  private readonly b: Rat
  private readonly opts: MesRunOptions
  private readonly exactOnly: boolean
  // Budget classes.
  private F = new Float64Array(1024)
  private E = new Float64Array(1024)
  private parent = new Int32Array(1024)
  private round = new Int32Array(1024)
  private exact: (Rat | undefined)[] = []
  private nClasses = 0
  private stamp = new Int32Array(1024)
  private stampNow = 0
  private map = new Int32Array(1024)
  private readonly groupClass: Int32Array
  private readonly rounds: MesRound[] = []
  private readonly affLo: Float64Array
  private readonly excludedBy: Int32Array
  // Scratch for histograms.
  private hIds = new Int32Array(256)
  private hCnt = new Float64Array(256)

  constructor(P: MesPrepared, b: Rat, opts: MesRunOptions) {
    this.P = P
    this.b = b
    this.opts = opts
    this.exactOnly = opts.exactOnly === true
    this.groupClass = new Int32Array(P.numGroups).fill(ROOT_CLASS)
    this.affLo = new Float64Array(P.m)
    this.excludedBy = new Int32Array(P.m).fill(-1)
    // Class 0: no money left (exactly 0). Class 1: the initial budget b.
    this.newClass(0, 0, -1, -1)
    this.exact[ZERO_CLASS] = Q.ZERO
    const bF = Q.toNumber(b)
    this.newClass(bF, this.exactOnly ? Infinity : 2 * EPS * bF, -1, -1)
    this.exact[ROOT_CLASS] = b
  }

  private newClass(f: number, err: number, parent: number, round: number): number {
    if (this.nClasses === this.F.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const na = new (a.constructor as { new (n: number): T })(a.length * 2)
        na.set(a)
        return na
      }
      this.F = grow(this.F)
      this.E = grow(this.E)
      this.parent = grow(this.parent)
      this.round = grow(this.round)
      this.stamp = grow(this.stamp)
      this.map = grow(this.map)
    }
    const id = this.nClasses++
    this.F[id] = f
    this.E[id] = err
    this.parent[id] = parent
    this.round[id] = round
    this.stamp[id] = 0
    return id
  }

  /** Exact remaining budget of a class (memoised). */
  private exactOf(cls: number): Rat {
    const known = this.exact[cls]
    if (known !== undefined) return known
    const v = Q.sub(this.exactOf(this.parent[cls]), this.rhoExact(this.round[cls]))
    this.exact[cls] = v
    return v
  }

  /** Exact ρ of a past round (memoised). */
  rhoExact(r: number): Rat {
    const rec = this.rounds[r]
    if (rec.rhoExact) return rec.rhoExact
    const c = this.P.costQ[rec.project]
    let rho: Rat
    if (rec.certain) {
      let paid = Q.ZERO
      let k = 0
      for (let i = 0; i < rec.snapIds.length; i++) {
        if (rec.snapPoor[i]) {
          const id = rec.snapIds[i]
          if (id !== ZERO_CLASS) paid = Q.add(paid, Q.mulInt(this.exactOf(id), rec.snapCnt[i]))
        } else k += rec.snapCnt[i]
      }
      rho = Q.divInt(Q.sub(c, paid), k)
    } else {
      rho = this.solveExact(rec.snapIds, rec.snapCnt, rec.snapIds.length, c)!
    }
    rec.rhoExact = rho
    return rho
  }

  /**
   * Exact ρ for supporters given as (class, count) pairs: the unique ρ with Σ count·min(budget, ρ) = cost.
   * Returns null when they cannot afford the project.
   */
  private solveExact(ids: Int32Array, cnt: Float64Array, n: number, c: Rat): Rat | null {
    const vals: Rat[] = new Array(n)
    let total = Q.ZERO
    let k = 0
    const rich: number[] = []
    for (let i = 0; i < n; i++) {
      vals[i] = ids[i] === ZERO_CLASS ? Q.ZERO : this.exactOf(ids[i])
      if (vals[i].n > 0n) {
        total = Q.add(total, Q.mulInt(vals[i], cnt[i]))
        rich.push(i)
        k += cnt[i]
      }
    }
    if (Q.cmp(total, c) < 0 || k === 0) return null
    let paid = Q.ZERO
    let current = rich
    for (;;) {
      const rho = Q.divInt(Q.sub(c, paid), k)
      const next: number[] = []
      let moved = false
      for (const i of current) {
        if (Q.cmp(vals[i], rho) < 0) {
          paid = Q.add(paid, Q.mulInt(vals[i], cnt[i]))
          k -= cnt[i]
          moved = true
        } else next.push(i)
      }
      if (!moved) return rho
      current = next
    }
  }

  /** Histogram of project j's supporters by budget class (ZERO class excluded). Returns the number of classes. */
  private histogram(j: number): number {
    const P = this.P
    this.stampNow++
    const now = this.stampNow
    let n = 0
    const a = P.supStart[j]
    const bEnd = P.supStart[j + 1]
    const supGroups = P.supGroups
    const supWeight = P.supWeight
    const groupClass = this.groupClass
    const stamp = this.stamp
    for (let k = a; k < bEnd; k++) {
      const cls = groupClass[supGroups[k]]
      if (cls === ZERO_CLASS) continue
      if (stamp[cls] !== now) {
        stamp[cls] = now
        if (n === this.hIds.length) {
          const ni = new Int32Array(n * 2)
          ni.set(this.hIds)
          this.hIds = ni
          const nc = new Float64Array(n * 2)
          nc.set(this.hCnt)
          this.hCnt = nc
        }
        this.map[cls] = n
        this.hIds[n] = cls
        this.hCnt[n] = 0
        n++
      }
      this.hCnt[this.map[cls]] += supWeight[k]
    }
    return n
  }

  /** Evaluates project j against the current budgets. */
  private evaluate(j: number): Evaluation {
    const P = this.P
    const n = this.histogram(j)
    const ids = this.hIds.slice(0, n)
    const cnt = this.hCnt.slice(0, n)
    const F = this.F
    const E = this.E
    const c = P.costN[j]
    // Total money of supporters.
    let total = 0
    let totalErr = 0
    let round = 0
    for (let i = 0; i < n; i++) {
      const term = cnt[i] * F[ids[i]]
      total += term
      totalErr += cnt[i] * E[ids[i]]
      round += term + total
    }
    totalErr += SAFETY * EPS * round
    const ev: Evaluation = {
      j,
      affordable: true,
      ids,
      cnt,
      ord: new Int32Array(0),
      nPoor: 0,
      rhoF: NaN,
      rhoErr: Infinity,
      certain: false,
      rhoExact: null,
      affLo: 0,
      affHi: Infinity,
    }
    if (total + totalErr < c) {
      ev.affordable = false
      return ev
    }
    if (!(total - totalErr >= c)) {
      // Too close to call (or exact mode): decide exactly.
      const rho = this.solveExact(ids, cnt, n, P.costQ[j])
      if (rho === null) {
        ev.affordable = false
        return ev
      }
      ev.rhoExact = rho
    }
    // Sort classes by budget and walk up: the poorest pay everything while the equal share exceeds their money.
    const ord = new Int32Array(n)
    for (let i = 0; i < n; i++) ord[i] = i
    if (n > 1) ord.sort((x, y) => F[ids[x]] - F[ids[y]])
    ev.ord = ord
    let paid = 0
    let paidErr = 0
    let paidRound = 0
    let k = 0
    for (let i = 0; i < n; i++) k += cnt[i]
    let t = 0
    for (; t < n; t++) {
      const i = ord[t]
      const f = F[ids[i]]
      if ((c - paid) / k <= f) break
      const term = cnt[i] * f
      paid += term
      paidErr += cnt[i] * E[ids[i]]
      paidRound += term + paid
      k -= cnt[i]
      if (k === 0) break
    }
    ev.nPoor = t
    if (k > 0) {
      const num = c - paid
      const rho = num / k
      ev.rhoF = rho
      ev.rhoErr = this.exactOnly
        ? Infinity
        : (paidErr + SAFETY * EPS * (paidRound + Math.abs(num))) / k + SAFETY * EPS * rho
      // Is the poor/rich split certainly consistent with the true ρ?
      const lo = rho - ev.rhoErr
      const hi = rho + ev.rhoErr
      let certain = ev.rhoErr < Infinity
      for (let s = 0; s < n && certain; s++) {
        const id = ids[ord[s]]
        if (s < t) certain = F[id] + E[id] <= lo
        else certain = F[id] - E[id] > hi
      }
      ev.certain = certain
    }
    if (!ev.certain && ev.rhoExact === null) {
      const rho = this.solveExact(ids, cnt, n, P.costQ[j])
      if (rho === null) {
        ev.affordable = false
        return ev
      }
      ev.rhoExact = rho
    }
    if (ev.rhoExact !== null && !ev.certain) {
      const r = Q.toNumber(ev.rhoExact)
      ev.rhoF = r
      ev.rhoErr = this.exactOnly ? Infinity : 4 * EPS * r
    }
    ev.affLo = ((ev.rhoF - ev.rhoErr) / c) * (1 - 4 * EPS)
    ev.affHi = ((ev.rhoF + ev.rhoErr) / c) * (1 + 4 * EPS)
    return ev
  }

  private exactRhoOf(ev: Evaluation): Rat {
    if (ev.rhoExact) return ev.rhoExact
    const c = this.P.costQ[ev.j]
    let rho: Rat
    if (ev.certain) {
      let paid = Q.ZERO
      let k = 0
      for (let s = 0; s < ev.ids.length; s++) {
        const i = ev.ord[s]
        if (s < ev.nPoor) paid = Q.add(paid, Q.mulInt(this.exactOf(ev.ids[i]), ev.cnt[i]))
        else k += ev.cnt[i]
      }
      rho = Q.divInt(Q.sub(c, paid), k)
    } else {
      rho = this.solveExact(ev.ids, ev.cnt, ev.ids.length, c)!
    }
    ev.rhoExact = rho
    return rho
  }

  execute(): MesRunResult {
    const P = this.P
    const eligible = this.opts.eligible ?? ((j: number) => P.costN[j] > 0 && P.votes[j] > 0)
    let remaining: number[] = []
    for (let j = 0; j < P.m; j++) {
      if (!eligible(j)) continue
      remaining.push(j)
      // ρ ≥ cost / (all supporters), so 1/votes is a valid lower bound of ρ/cost at any time.
      this.affLo[j] = (1 / P.votes[j]) * (1 - 4 * EPS)
    }
    const winners: number[] = []
    let spent = 0n
    let aborted = false
    const inRemaining = new Uint8Array(P.m)
    for (const j of remaining) inRemaining[j] = 1

    while (remaining.length > 0) {
      remaining.sort((x, y) => this.affLo[x] - this.affLo[y] || x - y)
      let bestHi = Infinity
      const evals: Evaluation[] = []
      const dropped: number[] = []
      for (const j of remaining) {
        if (this.affLo[j] > bestHi) break
        const ev = this.evaluate(j)
        if (!ev.affordable) {
          dropped.push(j)
          continue
        }
        if (ev.affLo > this.affLo[j]) this.affLo[j] = ev.affLo
        evals.push(ev)
        if (ev.affHi < bestHi) bestHi = ev.affHi
      }
      for (const j of dropped) inRemaining[j] = 0
      // With no best value the loop above evaluated every remaining project: none is affordable any more.
      if (evals.length === 0) break
      let cands = evals.filter((ev) => ev.affLo <= bestHi)
      let tied: number[] | null = null
      let win: Evaluation
      if (cands.length === 1) {
        win = cands[0]
      } else {
        // Too close to call in floats: compare ρ/cost exactly.
        let best: Rat | null = null
        let bestList: Evaluation[] = []
        for (const ev of cands) {
          const a = Q.divInt(this.exactRhoOf(ev), P.cost[ev.j])
          const s = best === null ? -1 : Q.cmp(a, best)
          if (s < 0) {
            best = a
            bestList = [ev]
          } else if (s === 0) bestList.push(ev)
        }
        cands = bestList
        if (cands.length === 1) win = cands[0]
        else {
          tied = cands.map((ev) => ev.j).sort((x, y) => x - y)
          const pick = this.opts.pickTied(tied, this.rounds.length + 1)
          win = cands.find((ev) => ev.j === pick)!
        }
      }
      this.select(win, tied)
      winners.push(win.j)
      spent += P.cost[win.j]
      inRemaining[win.j] = 0
      if (this.opts.conflicts) {
        for (const k of this.opts.conflicts[win.j]) {
          if (inRemaining[k]) {
            inRemaining[k] = 0
            this.excludedBy[k] = win.j
          } else if (this.excludedBy[k] < 0 && !winners.includes(k)) this.excludedBy[k] = win.j
        }
      }
      remaining = remaining.filter((j) => inRemaining[j])
      if (this.opts.abortAbove !== undefined && spent > this.opts.abortAbove) {
        aborted = true
        break
      }
    }
    const self = this
    return {
      winners,
      spent,
      aborted,
      rounds: this.rounds,
      excludedBy: this.excludedBy,
      supportersMoney(j: number): number {
        let s = 0
        for (let k = P.supStart[j]; k < P.supStart[j + 1]; k++) {
          const g = P.supGroups[k]
          s += P.weight[g] * self.F[self.groupClass[g]]
        }
        return s
      },
      rhoExact: (r: number) => this.rhoExact(r),
    }
  }

  /** The supporters of the chosen project pay: rich ones ρ, poor ones everything they have. */
  private select(ev: Evaluation, tied: number[] | null): void {
    const P = this.P
    const r = this.rounds.length
    const n = ev.ids.length
    let rhoF = ev.rhoF
    let rhoErr = ev.rhoErr
    if (ev.rhoExact) {
      rhoF = Q.toNumber(ev.rhoExact)
      rhoErr = this.exactOnly ? Infinity : 4 * EPS * rhoF
    }
    const lo = rhoF - rhoErr
    const hi = rhoF + rhoErr
    const poor = new Uint8Array(n)
    const newId = new Int32Array(n)
    let paidAll = 0
    let allCertain = ev.certain
    for (let i = 0; i < n; i++) {
      const id = ev.ids[i]
      const f = this.F[id]
      const e = this.E[id]
      let isPoor: boolean
      if (f - e > hi) isPoor = false
      else if (f + e < lo) isPoor = true
      else {
        // Too close to call: compare exactly (pays all when budget ≤ ρ).
        const rho = this.exactRhoOf(ev)
        isPoor = Q.cmp(this.exactOf(id), rho) <= 0
        allCertain = false
      }
      poor[i] = isPoor ? 1 : 0
      if (isPoor) paidAll += ev.cnt[i]
    }
    const rec: MesRound = {
      project: ev.j,
      rhoF,
      rhoErr,
      rhoExact: ev.rhoExact,
      snapIds: ev.ids,
      snapCnt: ev.cnt,
      snapPoor: poor,
      certain: allCertain,
      paidAll,
      tied,
    }
    if (!allCertain && !rec.rhoExact) rec.rhoExact = this.exactRhoOf(ev)
    this.rounds.push(rec)
    // New classes: rich class v → child(v) with budget v − ρ; poor → ZERO.
    for (let i = 0; i < n; i++) {
      const id = ev.ids[i]
      if (poor[i]) newId[i] = ZERO_CLASS
      else {
        const f = this.F[id] - rhoF
        const err = this.exactOnly ? Infinity : this.E[id] + rhoErr + SAFETY * EPS * (Math.abs(f) + this.F[id])
        newId[i] = this.newClass(f, err, id, r)
      }
    }
    // Reuse `map` (indexed by old class id) to move the supporters' groups.
    for (let i = 0; i < n; i++) this.map[ev.ids[i]] = newId[i]
    for (let k = P.supStart[ev.j]; k < P.supStart[ev.j + 1]; k++) {
      const g = P.supGroups[k]
      const cls = this.groupClass[g]
      if (cls !== ZERO_CLASS) this.groupClass[g] = this.map[cls]
    }
  }
}
