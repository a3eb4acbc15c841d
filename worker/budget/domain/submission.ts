import type { FieldError } from '../../core/http/problem'
import { formatZl } from '../../core/money'
import { extraFilled } from './form-fields'
import type { EditionFull, Project } from '../queries'

/** Refusal of an author's key once the edition is over (the request for a new one is refused with it too). */
export const AUTHOR_KEYS_ENDED =
  'Ta edycja budżetu obywatelskiego się zakończyła, więc linki autorów już nie działają. Projekt, jego ocena i wyniki są na stronie edycji.'

/**
 * When authors' keys stop working: the end of the results phase (the last phase of the contest; implementation is
 * the JST's), or of voting in a calendar without one. Nothing is left for an author to do by then, and a secret link
 * that never expires is a standing risk (forwarded e-mails, shared computers).
 */
export function authorKeysEnd(windows: readonly { phase: string; endsAt: Date }[]): Date | null {
  return (windows.find((w) => w.phase === 'results') ?? windows.find((w) => w.phase === 'voting'))?.endsAt ?? null
}

/**
 * What a draft's completeness depends on beyond its own row, read by the caller (`submissionFacts` in
 * queries/projects.ts): kept apart so the rules below stay pure and testable without a database.
 */
export interface SubmissionFacts {
  /** Online supports recorded for the project. */
  onlineSupporters: number
  /** The kinds of its attachments (`document`, `photo`, `support-list`). */
  attachmentKinds: readonly string[]
  /** Whether each co-author has confirmed by the e-mailed link. */
  coauthorsConfirmed: readonly boolean[]
}

/**
 * Everything missing before a draft can be submitted, as field errors the form can show: the same list the author
 * sees while writing and the one that refuses the submission, so the two never disagree.
 */
export function submissionProblems(
  e: Pick<EditionFull, 'rules' | 'pools'>,
  p: Project,
  facts: SubmissionFacts,
): FieldError[] {
  const errors: FieldError[] = []
  const need = (field: string, ok: boolean, detail: string) => ok || errors.push({ field, detail })
  need('title', p.title.length >= 5, 'Podaj tytuł projektu (co najmniej 5 znaków).')
  need('summary', p.summary.length >= 20, 'Napisz krótki opis (co najmniej 20 znaków).')
  need('description', p.description.length >= 50, 'Opisz projekt (co najmniej 50 znaków).')
  need('address', p.address.length >= 3, 'Podaj lokalizację projektu.')
  need('beneficiaries', p.beneficiaries.length >= 3, 'Napisz, komu projekt posłuży.')
  const items = p.costItems as { name: string; amount: number }[]
  need('costItems', items.length > 0, 'Dodaj co najmniej jedną pozycję kosztorysu.')
  if (e.rules.submission.categories.length) need('category', !!p.category, 'Wybierz kategorię.')
  const pool = e.pools.find((x) => x.id === p.poolId)
  need('poolId', !!pool, 'Wybierz pulę, do której zgłaszasz projekt.')
  if (pool) {
    need(
      'costItems',
      p.cost >= pool.minProjectCost && p.cost <= pool.maxProjectCost,
      `Koszt projektu (${formatZl(p.cost)}) musi mieścić się w limitach puli „${pool.name}”: od ${formatZl(pool.minProjectCost)} do ${formatZl(pool.maxProjectCost)}.`,
    )
    // Staff cannot check a draft's scanned list, so the declared signatures let it be submitted; a positive formal
    // assessment then needs them verified (`requireVerifiedSupport`).
    const online = facts.onlineSupporters
    need(
      'supporters',
      online + p.paperSupporters >= pool.requiredSupporters,
      `Projekt potrzebuje ${pool.requiredSupporters} podpisów poparcia; ma ${online + p.paperSupporters}${p.paperSupporters ? ` (w tym ${p.paperSupporters} z papierowej listy, którą sprawdzimy po zgłoszeniu)` : ''}.`,
    )
  }
  const extra = p.extra as Record<string, string | boolean>
  for (const f of e.rules.submission.formFields)
    if (f.required) need(`extra.${f.key}`, extraFilled(f, extra[f.key]), `Wypełnij pole: ${f.label}.`)
  const minFiles = e.rules.submission.attachments.minFiles
  if (minFiles > 0)
    need(
      'file',
      facts.attachmentKinds.filter((kind) => kind !== 'support-list').length >= minFiles,
      `Dołącz wymagane załączniki: co najmniej ${minFiles} (wymaga tego regulamin edycji).`,
    )
  need(
    'coauthors',
    facts.coauthorsConfirmed.every((confirmed) => confirmed),
    'Każdy współautor musi potwierdzić udział linkiem z e-maila.',
  )
  if (p.paperSupporters > 0)
    need('attachments', facts.attachmentKinds.includes('support-list'), 'Dołącz skan papierowej listy poparcia.')
  return errors
}

/**
 * Paper signatures that count towards the pool's threshold and in every public figure: those staff verified on the
 * scanned list, never the number the author declared (which anyone could inflate).
 */
export function paperSupportersCounted(p: Pick<Project, 'paperSupportersVerified'>): number {
  return p.paperSupportersVerified ?? 0
}
