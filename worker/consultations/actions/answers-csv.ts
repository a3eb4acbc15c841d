import Papa from 'papaparse'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { csvDocument } from '../../core/http/csv'
import { ApiError, type FieldError } from '../../core/http/problem'
import {
  answerKindLabels,
  answerKinds,
  answerStatusLabels,
  applyAnswerAction,
  isAnswerKind,
  type Answer,
  type AnswerKind,
} from '../domain/answers'
import { foldText } from '../domain/text'
import type { Consultation } from '../queries'
import { answerOfRow, answersOf, confirmedComments, groupsOf, type AnswerRow } from '../queries/answers'
import {
  answerChanged,
  answerSettingsOf,
  answersWorkList,
  answerWrite,
  isUniqueViolation,
  type ResolvedTarget,
} from './answers'
import { requireOpenForAnswers } from './groups'

/*
 * The answers as a spreadsheet: staff often write the answers to hundreds of comments in Excel or LibreOffice, with
 * colleagues, and bring them back. The file is written with the core's CSV writer (`;`, BOM, formulas neutralised) and
 * read with papaparse — a maintained parser that knows quoted cells with `;` and line breaks, doubled quotes and the
 * delimiter a spreadsheet chose, rather than a parser of our own. One row per thing answered: a group (`grupa`) or a
 * comment answered alone (`numer uwagi`).
 */

export const CSV_COLUMNS = {
  comment: 'numer uwagi',
  group: 'grupa',
  size: 'liczba uwag',
  text: 'treść uwagi',
  kind: 'rozstrzygnięcie',
  justification: 'uzasadnienie',
  status: 'status',
} as const

/** The largest file the import reads (a consultation of 10,000 comments with long answers fits). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const IMPORT_TOO_LARGE = 'Plik jest za duży: limit 5 MB.'

/** The whole work list as CSV: groups first (by number), then the comments answered alone (by number). */
export async function answersCsv(deps: Deps, consultation: Consultation): Promise<string> {
  const list = await answersWorkList(deps, consultation)
  const row = (
    comment: number | null,
    group: number | null,
    size: number,
    text: string,
    answer: (typeof list.singles)[number]['answer'],
  ) => [
    comment,
    group,
    size,
    text,
    answer?.kind ? answerKindLabels[answer.kind] : '',
    answer?.justification ?? '',
    answer ? answerStatusLabels[answer.status] : '',
  ]
  return csvDocument(
    [
      CSV_COLUMNS.comment,
      CSV_COLUMNS.group,
      CSV_COLUMNS.size,
      CSV_COLUMNS.text,
      CSV_COLUMNS.kind,
      CSV_COLUMNS.justification,
      CSV_COLUMNS.status,
    ],
    [
      ...list.groups.map((g) => row(null, g.number, g.size, g.representative.text, g.answer)),
      ...list.singles.map((s) => row(s.comment.number, null, 1, s.comment.text, s.answer)),
    ],
  )
}

/** The file name of the export. */
export const answersCsvName = (consultation: Consultation) => `odpowiedzi-konsultacje-${consultation.number}.csv`

/** A cell as written before the CSV writer neutralised it: its leading apostrophe before `=`, `+`, `-`, `@` goes. */
function cellValue(raw: string | undefined): string {
  const value = raw ?? ''
  return /^'(\s*[=+\-@]|[\t\r])/.test(value) ? value.slice(1) : value
}

const headerKey = (h: string) => foldText(h.replace(/^\uFEFF/, ''))

/** A kind from a cell: its key, or its Polish label in any case and spacing. */
export function kindOfCell(value: string): AnswerKind | null | undefined {
  const v = value.trim()
  if (!v) return null
  if (isAnswerKind(v)) return v
  const folded = foldText(v)
  return answerKinds.find((k) => foldText(answerKindLabels[k]) === folded)
}

/** What an import did: rows that changed an answer, approvals among them, rows that changed nothing. */
export interface ImportResult {
  saved: number
  approved: number
  unchanged: number
  rows: number
}

const KIND_NAMES = answerKinds.map((k) => answerKindLabels[k]).join(', ')

/**
 * Imports answers from `text` (CSV: `numer uwagi` or `grupa`, `rozstrzygnięcie` as a Polish label or a key,
 * `uzasadnienie`; other columns are ignored). A row with content different from the stored answer saves it as a
 * draft, and with `approve` (single review only) approves it too; a row equal to the answer, or empty, changes
 * nothing, so importing an unchanged export is harmless. All or nothing: any row's error (an unknown number, a comment
 * that is answered through its group, an unknown kind, an answer already proposed or approved, a duplicate row)
 * refuses the whole file with every row's error, and the writes go in one batch guarded by each answer's version.
 */
export async function importAnswersCsv(
  deps: Deps,
  consultation: Consultation,
  text: string,
  approve: boolean,
): Promise<ImportResult> {
  requireOpenForAnswers(consultation)
  const settings = answerSettingsOf(consultation)
  if (approve && settings.review === 'two_person')
    throw new ApiError(
      400,
      'Te konsultacje wymagają zatwierdzenia odpowiedzi przez drugą osobę: import zapisuje tylko wersje robocze.',
    )
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  })
  const records = parsed.data
  const header = (records[0] ?? []).map(headerKey)
  const column = (name: string) => header.indexOf(foldText(name))
  const at = {
    comment: column(CSV_COLUMNS.comment),
    group: column(CSV_COLUMNS.group),
    kind: column(CSV_COLUMNS.kind),
    justification: column(CSV_COLUMNS.justification),
  }
  if ((at.comment < 0 && at.group < 0) || at.kind < 0 || at.justification < 0)
    throw new ApiError(
      400,
      'W pierwszym wierszu pliku brakuje kolumn: potrzebne są „numer uwagi” lub „grupa”, „rozstrzygnięcie” i „uzasadnienie”.',
    )

  const { db } = deps
  const [comments, groups, rows] = await Promise.all([
    confirmedComments(db, consultation.id),
    groupsOf(db, consultation.id),
    answersOf(db, consultation.id),
  ])
  const commentByNumber = new Map(comments.map((c) => [c.number, c]))
  const groupByNumber = new Map(groups.map((g) => [g.number, g]))
  const groupNumberById = new Map(groups.map((g) => [g.id, g.number]))
  const answerOf = new Map<string, AnswerRow>(rows.map((r) => [(r.commentId ?? r.groupId)!, r]))

  const errors: FieldError[] = []
  const seen = new Map<string, number>()
  const writes: { target: ResolvedTarget; current: AnswerRow | undefined; next: Answer; approved: boolean }[] = []
  let unchanged = 0
  let dataRows = 0
  const quoteErrors = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1))
  const by = deps.user!.id
  const now = deps.now()

  records.slice(1).forEach((cells, index) => {
    const line = index + 2
    const fail = (detail: string) => errors.push({ field: `row.${line}`, detail: `Wiersz ${line}: ${detail}` })
    if (cells.every((c) => !c.trim())) return
    dataRows++
    if (quoteErrors.has(line - 1)) return fail('niezamknięty cudzysłów w komórce.')
    const commentCell = at.comment >= 0 ? cellValue(cells[at.comment]).trim() : ''
    const groupCell = at.group >= 0 ? cellValue(cells[at.group]).trim() : ''
    if (!commentCell && !groupCell) return fail('podaj numer uwagi albo numer grupy.')
    if (commentCell && groupCell) return fail('podaj numer uwagi albo numer grupy, nie oba naraz.')
    const numberText = commentCell || groupCell
    if (!/^\d{1,9}$/.test(numberText)) return fail(`„${numberText}” nie jest numerem.`)
    const number = Number(numberText)
    let target: ResolvedTarget
    if (commentCell) {
      const comment = commentByNumber.get(number)
      if (!comment) return fail(`nie ma uwagi nr ${number}.`)
      if (comment.groupId)
        return fail(
          `uwaga nr ${number} należy do grupy nr ${groupNumberById.get(comment.groupId) ?? '?'}: podaj w tym wierszu numer grupy.`,
        )
      target = { type: 'comment', id: comment.id, number }
    } else {
      const group = groupByNumber.get(number)
      if (!group) return fail(`nie ma grupy nr ${number}.`)
      target = { type: 'group', id: group.id, number }
    }
    const first = seen.get(target.id)
    if (first) return fail(`ta uwaga lub grupa jest już w wierszu ${first}.`)
    seen.set(target.id, line)

    const kindCell = cellValue(cells[at.kind]).trim()
    const kind = kindOfCell(kindCell)
    if (kind === undefined) return fail(`nieznane rozstrzygnięcie „${kindCell}”; użyj jednego z: ${KIND_NAMES}.`)
    const justification = cellValue(cells[at.justification]).trim()
    const current = answerOf.get(target.id)
    const same = current
      ? current.kind === kind && current.justification === justification
      : kind === null && !justification
    if (same && (!approve || !current || current.status === 'approved')) {
      unchanged++
      return
    }
    let next: Answer | null = current ? answerOfRow(current) : null
    if (!same) {
      if (current && current.status !== 'draft')
        return fail(
          `odpowiedź ma status „${answerStatusLabels[current.status]}”: zmień ją w panelu (najpierw zwróć ją do poprawy lub przywróć do wersji roboczej).`,
        )
      const saved = applyAnswerAction(next, 'save', { by, at: now, kind, justification }, settings)
      if ('refusal' in saved) return fail(saved.refusal.message)
      next = saved.answer
    }
    if (approve) {
      const approved = applyAnswerAction(next, 'approve', { by, at: now }, settings)
      if ('refusal' in approved) {
        const { message, errors: missing } = approved.refusal
        return missing.length ? missing.forEach((e) => fail(e.detail)) : fail(message)
      }
      next = approved.answer
    }
    writes.push({ target, current, next: next!, approved: approve })
  })

  if (errors.length)
    throw new ApiError(
      400,
      `Plik ma błędy (${errors.length}); niczego nie zapisano. Popraw wskazane wiersze i wyślij plik jeszcze raz.`,
      { errors: errors.slice(0, 200) },
    )
  const result: ImportResult = {
    saved: writes.length,
    approved: writes.filter((w) => w.approved).length,
    unchanged,
    rows: dataRows,
  }
  if (!writes.length) return result
  const statements: BatchItem<'sqlite'>[] = writes.flatMap((w) =>
    answerWrite(deps, consultation, w.target, w.current, w.next, 'import').slice(0, -1),
  )
  statements.push(
    auditInsert(deps, {
      tenantId: consultation.tenantId,
      action: 'ks.answer.import',
      entity: 'ks_consultation',
      entityId: consultation.id,
      after: {
        ...result,
        targets: writes.map((w) => ({ [w.target.type]: w.target.number, status: w.next.status })),
      },
    }),
  )
  try {
    await guardedBatch(db, statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]], answerChanged)
  } catch (e) {
    if (isUniqueViolation(e)) throw answerChanged()
    throw e
  }
  return result
}
