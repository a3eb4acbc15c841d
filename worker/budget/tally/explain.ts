/**
 * Turning an `Outcome` into JSON (money as numbers of currency units, since JSON has no BigInt) and into short
 * human explanations in Polish or English — the same words the CLI prints and the recount page can show.
 */
import { formatMoney, formatMoneyPl, moneyToNumber } from './money'
import type { DrawEntry, Outcome, ProjectOutcome, Reason } from './types'

export interface ProjectJSON extends Omit<ProjectOutcome, 'cost' | 'moneyLeftBefore'> {
  cost: number
  moneyLeftBefore?: number
  explanation: string
}

export interface OutcomeJSON {
  rule: string
  ties: string
  seed?: string
  budget: number
  spent: number
  left: number
  currency: string
  /** Exact decimal texts of the same amounts. */
  budgetText: string
  spentText: string
  leftText: string
  selected: string[]
  projects: ProjectJSON[]
  threshold?: number
  perVoterBudget?: number
  perVoterBudgetExact?: string
  add1Steps?: number
  comparison?: Outcome['comparison']
  draws: DrawEntry[]
  tiesResolved: DrawEntry[]
  warnings: string[]
}

export function outcomeToJSON(o: Outcome, lang: 'pl' | 'en' = 'pl'): OutcomeJSON {
  const out: OutcomeJSON = {
    rule: o.rule,
    ties: o.ties,
    budget: moneyToNumber(o.budget),
    spent: moneyToNumber(o.spent),
    left: moneyToNumber(o.left),
    currency: o.currency,
    budgetText: formatMoney(o.budget),
    spentText: formatMoney(o.spent),
    leftText: formatMoney(o.left),
    selected: o.selected,
    projects: o.projects.map((p) => {
      const { cost, moneyLeftBefore, ...rest } = p
      const pj: ProjectJSON = { ...rest, cost: moneyToNumber(cost), explanation: explainProject(p, o, lang) }
      if (moneyLeftBefore !== undefined) pj.moneyLeftBefore = moneyToNumber(moneyLeftBefore)
      return pj
    }),
    draws: o.draws,
    tiesResolved: o.tiesResolved,
    warnings: o.warnings,
  }
  if (o.seed !== undefined) out.seed = o.seed
  if (o.threshold !== undefined) out.threshold = o.threshold
  if (o.perVoterBudget !== undefined) out.perVoterBudget = o.perVoterBudget
  if (o.perVoterBudgetExact !== undefined) out.perVoterBudgetExact = o.perVoterBudgetExact
  if (o.add1Steps !== undefined) out.add1Steps = o.add1Steps
  if (o.comparison !== undefined) out.comparison = o.comparison
  return out
}

/** Short labels of the reasons. */
export const REASON_LABELS: Record<'pl' | 'en', Record<Reason, string>> = {
  pl: {
    funded: 'wybrany',
    'below-threshold': 'poniżej progu',
    'does-not-fit': 'nie mieści się w budżecie',
    'stopped-no-skip': 'wybór zatrzymany (bez pomijania)',
    'excluded-by-group': 'wykluczony przez projekt z tej samej grupy',
    'not-affordable-by-supporters': 'zwolennicy nie mają dość środków',
    'no-support': 'brak głosów',
    withdrawn: 'wycofany',
  },
  en: {
    funded: 'funded',
    'below-threshold': 'below threshold',
    'does-not-fit': 'does not fit in the budget',
    'stopped-no-skip': 'selection stopped (no skipping)',
    'excluded-by-group': 'excluded by a project of the same group',
    'not-affordable-by-supporters': 'supporters cannot afford it',
    'no-support': 'no votes',
    withdrawn: 'withdrawn',
  },
}

function fmtNum(x: number, lang: 'pl' | 'en'): string {
  return x.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 2 })
}

/** One sentence: why this project was or was not funded. */
export function explainProject(p: ProjectOutcome, o: Outcome, lang: 'pl' | 'en' = 'pl'): string {
  const unit = currencyLabel(o.currency ?? 'PLN', lang)
  const money = (v: bigint) => (lang === 'pl' ? `${formatMoneyPl(v)} ${unit}` : `${formatMoney(v)} ${unit}`)
  const amount = (x: number) => `${fmtNum(x, lang)} ${unit}`
  const pl = lang === 'pl'
  switch (p.reason) {
    case 'funded':
      if (p.payment !== undefined) {
        const all = p.supportersPaidAll ?? 0
        if (p.cost === 0n)
          return pl
            ? `Wybrany jako ${p.order}.; nic nie kosztuje.`
            : `Funded ${p.order}${ordinal(p.order ?? 0)}; it costs nothing.`
        return pl
          ? `Wybrany jako ${p.order}.; każdy zwolennik zapłacił po ${amount(p.payment)}` +
              (all > 0 ? `, a ${fmtNum(all, lang)} — mniej: wszystko, co im zostało.` : '.')
          : `Funded ${p.order}${ordinal(p.order ?? 0)}; each supporter paid ${amount(p.payment)}` +
              (all > 0 ? `, and ${fmtNum(all, lang)} paid less: all they had left.` : '.')
      }
      return pl
        ? `Wybrany jako ${p.order}.; zostało ${money(p.moneyLeftBefore ?? 0n)}, koszt ${money(p.cost)}.`
        : `Funded ${p.order}${ordinal(p.order ?? 0)}; ${money(p.moneyLeftBefore ?? 0n)} was left, cost ${money(p.cost)}.`
    case 'below-threshold':
      return pl
        ? `Wynik ${fmtNum(p.score, lang)} poniżej progu ${fmtNum(o.threshold ?? 0, lang)}.`
        : `Score ${fmtNum(p.score, lang)} is below the threshold ${fmtNum(o.threshold ?? 0, lang)}.`
    case 'does-not-fit':
      return pl
        ? `Koszt ${money(p.cost)}, a zostało tylko ${money(p.moneyLeftBefore ?? 0n)}.`
        : `Costs ${money(p.cost)} but only ${money(p.moneyLeftBefore ?? 0n)} was left.`
    case 'stopped-no-skip':
      return pl
        ? 'Reguła bez pomijania zatrzymała się wcześniej na projekcie, który się nie zmieścił.'
        : 'The no-skip rule had already stopped at a project that did not fit.'
    case 'excluded-by-group':
      return pl
        ? `Wykluczony: wybrano projekt ${p.excludedBy} z tej samej grupy.`
        : `Excluded: project ${p.excludedBy} of the same group was funded.`
    case 'not-affordable-by-supporters':
      return pl
        ? `Jego zwolennikom zostało razem ${amount(p.supportersMoney ?? 0)}, mniej niż koszt ${money(p.cost)}.`
        : `Its supporters had ${amount(p.supportersMoney ?? 0)} left in total, less than the cost ${money(p.cost)}.`
    case 'no-support':
      return pl ? 'Nikt na niego nie głosował.' : 'Nobody voted for it.'
    case 'withdrawn':
      return pl ? 'Projekt wycofany (koszt-znacznik 999999999).' : 'Withdrawn (sentinel cost 999999999).'
  }
}

/** `PLN` → `zł` in Polish; other currencies by their code. */
export function currencyLabel(currency: string, lang: 'pl' | 'en'): string {
  return currency === 'PLN' && lang === 'pl' ? 'zł' : currency
}

function ordinal(n: number): string {
  const s = n % 100
  if (s >= 11 && s <= 13) return 'th'
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
}
