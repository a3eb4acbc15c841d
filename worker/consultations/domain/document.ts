import { foldText, textKey, wordDiff, wordSimilarity, type DiffPart } from './text'

/**
 * A consulted draft as sections and paragraphs with stable ids, its next versions and their comparison. Comments are
 * made on a paragraph of a version, so a paragraph must keep its id while the draft is edited around it: a new version
 * keeps the ids of unchanged paragraphs wherever they moved, keeps the id of an edited paragraph (marked `changed`)
 * and gives new ids only to new text. Comments then stay on the version and paragraph they were made on and can be
 * shown on a later version, with a note when the paragraph changed (`commentPlacement`). Pure, so the server stores
 * what the browser shows.
 *
 * The parser reads Markdown and pasted text, and knows the structure of a Polish act: "DZIAŁ I", "Rozdział 2" (with its
 * title on the same or the next line), "§ 3." units, "1." ustępy, "1)" punkty, "a)" litery and tirets, each its own
 * paragraph with its reference ("§ 3 ust. 1 pkt 2") for the report's "which passage" column. Converting a `.docx` to
 * such text happens before (not here).
 */

/** A unit of the draft people comment on: its marker as written ("§ 3.", "1)", "–") apart from its text. */
export interface Paragraph {
  id: string
  marker?: string
  text: string
  /** Where it sits in a Polish act ("§ 3 ust. 1 pkt 2 lit. a"), when it sits inside a "§". */
  ref?: string
  /** In a version made by `nextVersion`: the text differs from the previous version's. */
  changed?: boolean
  /** In a version made by `nextVersion`: the paragraph moved relative to the others. */
  moved?: boolean
}

export interface Section {
  id: string
  /** The heading as written ("Rozdział 2. Cele programu"); empty for text before the first heading. */
  heading: string
  /** 1–6 for Markdown headings; DZIAŁ 1, Rozdział 2, Oddział 3; 0 for text before the first heading. */
  level: number
  paragraphs: Paragraph[]
}

/** One version of a draft. `retired` lists every paragraph id an earlier version removed, never to be given again. */
export interface DraftDocument {
  version: number
  sections: Section[]
  retired: string[]
}

const LEGAL_HEADING = /^(DZIAŁ|Dział|ROZDZIAŁ|Rozdział|ODDZIAŁ|Oddział)\s+([IVXLC]+|\d+[a-z]?)\b\.?\s*(.*)$/
const legalLevel: Record<string, number> = { dział: 1, rozdział: 2, oddział: 3 }
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/
const UNIT = /^§\s*(\d+[a-z]*)\.?\s*(.*)$/
const USTEP = /^(\d+[a-z]?)\.\s+(.*)$/
const PUNKT = /^(\d+[a-z]?)\)\s+(.*)$/
const LITERA = /^([a-z])\)\s+(.*)$/
const TIRET = /^[-*•–—]\s+(.*)$/

type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; text: string; untitled: boolean }
  | { kind: 'unit'; number: string; text: string }
  | { kind: 'ustep' | 'punkt' | 'litera'; number: string; text: string }
  | { kind: 'tiret'; text: string }
  | { kind: 'text'; text: string }

/** Markdown emphasis wrapped round a whole line ("**Rozdział 1**") hides the structure; it is taken off to read it. */
const unwrap = (s: string) => s.replace(/^(\*\*|__)(.+)\1$/, '$2').trim()

function classify(raw: string): Line {
  const line = unwrap(raw.trim().replace(/\s+/g, ' '))
  if (!line) return { kind: 'blank' }
  const md = MD_HEADING.exec(line)
  if (md) {
    const text = unwrap(md[2]!)
    // "## Rozdział 1" may have its title on the next line, as a plain "Rozdział 1" does.
    return {
      kind: 'heading',
      level: md[1]!.length,
      text,
      untitled: /^\S+\s+\S+$/.test(text) && LEGAL_HEADING.test(text),
    }
  }
  let m = LEGAL_HEADING.exec(line)
  if (m) {
    const title = m[3]!.replace(/^[.–—-]\s*/, '')
    return {
      kind: 'heading',
      level: legalLevel[m[1]!.toLowerCase()]!,
      text: title ? `${m[1]} ${m[2]}. ${title}` : `${m[1]} ${m[2]}`,
      untitled: !title,
    }
  }
  if ((m = UNIT.exec(line))) return { kind: 'unit', number: m[1]!, text: m[2]! }
  if ((m = USTEP.exec(line))) return { kind: 'ustep', number: m[1]!, text: m[2]! }
  if ((m = PUNKT.exec(line))) return { kind: 'punkt', number: m[1]!, text: m[2]! }
  if ((m = LITERA.exec(line))) return { kind: 'litera', number: m[1]!, text: m[2]! }
  if ((m = TIRET.exec(line))) return { kind: 'tiret', text: m[1]! }
  return { kind: 'text', text: line }
}

/** Ids for a fresh document: the content's key, then `-2`, `-3` … for the same text again. */
function idMaker(prefix: string, taken: Set<string>) {
  return (content: string) => {
    const base = `${prefix}-${textKey(foldText(content)).slice(0, 10)}`
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
}

/**
 * Reads a draft from Markdown or pasted text. A heading (Markdown `#`, or DZIAŁ / Rozdział / Oddział) starts a
 * section; a "§", a numbered or lettered point or a list item starts a paragraph; other lines continue the paragraph
 * above, and a blank line ends it — unless the text has no blank line at all (pasted from a word processor, one
 * paragraph a line), when every line is a paragraph. A lone "§ 5." joins the line after it ("§ 5. 1."), as acts write it.
 *
 * Ids are derived from the content (a hash of the folded text, and a counter for the same text again), not from the
 * position, so the same text always reads the same and an insertion does not shift the ids after it. `nextVersion`
 * carries them on; ids stay unique within a document and its history.
 */
export function parseDocument(source: string): DraftDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(classify)
  const linePerParagraph = !lines.some((l, i) => l.kind === 'blank' && i > 0 && i < lines.length - 1)
  const sections: Section[] = []
  /** Whether a text line continues the last paragraph (no blank line or heading since). */
  let continuing = false
  /** A "§ 5." alone on its line, waiting for the line it introduces. */
  let pendingMarker = ''
  /** Where the parser stands in the act, for references. */
  const at = { unit: '', ustep: '', punkt: '', litera: '' }

  const current = () => {
    if (!sections.length) sections.push({ id: '', heading: '', level: 0, paragraphs: [] })
    return sections[sections.length - 1]!
  }
  const start = (marker: string | undefined, text: string, ref?: string) => {
    const full = pendingMarker ? `${pendingMarker}${marker ? ` ${marker}` : ''}` : marker
    pendingMarker = ''
    current().paragraphs.push({ id: '', text, ...(full ? { marker: full } : {}), ...(ref ? { ref } : {}) })
    continuing = true
  }
  /** "§ 3 ust. 2 pkt 4 lit. a" down to `depth` (1 = §, 4 = litera), outside a § none. */
  const ref = (depth: number) =>
    at.unit
      ? [
          `§ ${at.unit}`,
          depth > 1 && at.ustep && `ust. ${at.ustep}`,
          depth > 2 && at.punkt && `pkt ${at.punkt}`,
          depth > 3 && at.litera && `lit. ${at.litera}`,
        ]
          .filter(Boolean)
          .join(' ')
      : undefined

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (line.kind === 'unit') {
      Object.assign(at, { unit: line.number, ustep: '', punkt: '', litera: '' })
      const ustep = USTEP.exec(line.text)
      if (!line.text || ustep) pendingMarker = `§ ${line.number}.`
      if (!line.text) {
        continuing = false
        continue
      }
      if (ustep) line = { kind: 'ustep', number: ustep[1]!, text: ustep[2]! }
      else {
        start(`§ ${line.number}.`, line.text, ref(1))
        continue
      }
    }
    switch (line.kind) {
      case 'blank':
        if (!pendingMarker) continuing = false
        break
      case 'heading': {
        let heading = line.text
        // "Rozdział 2" with its title on the next line ("Cele programu").
        if (line.untitled) {
          let j = i + 1
          while (lines[j]?.kind === 'blank') j++
          const next = lines[j]
          if (next?.kind === 'text' && next.text.length <= 120) {
            heading = `${heading}. ${next.text.replace(/[.:]$/, '')}`
            i = j
          }
        }
        sections.push({ id: '', heading, level: line.level, paragraphs: [] })
        continuing = false
        pendingMarker = ''
        Object.assign(at, { unit: '', ustep: '', punkt: '', litera: '' })
        break
      }
      case 'ustep':
        Object.assign(at, { ustep: line.number, punkt: '', litera: '' })
        start(`${line.number}.`, line.text, ref(2))
        break
      case 'punkt':
        Object.assign(at, { punkt: line.number, litera: '' })
        start(`${line.number})`, line.text, ref(3))
        break
      case 'litera':
        at.litera = line.number
        start(`${line.number})`, line.text, ref(4))
        break
      case 'tiret':
        start('–', line.text, ref(4))
        break
      case 'text': {
        const last = current().paragraphs.at(-1)
        if (continuing && last && !linePerParagraph) last.text = `${last.text} ${line.text}`.trim()
        else start(undefined, line.text)
        break
      }
    }
  }

  const document: DraftDocument = { version: 1, sections: sections.filter(keep), retired: [] }
  const sectionId = idMaker('s', new Set())
  const paragraphId = idMaker('p', new Set())
  for (const s of document.sections) {
    s.id = sectionId(s.heading)
    for (const p of s.paragraphs) p.id = paragraphId(p.text || p.marker || '')
  }
  return document
}

/** A section worth keeping: one with a heading, or text before the first heading. */
const keep = (s: Section) => s.heading !== '' || s.paragraphs.length > 0

/** Every paragraph in reading order with its section and position. */
function flatten(doc: DraftDocument): { p: Paragraph; section: Section; index: number }[] {
  const out: { p: Paragraph; section: Section; index: number }[] = []
  for (const section of doc.sections) for (const p of section.paragraphs) out.push({ p, section, index: out.length })
  return out
}

/** A paragraph's text as compared between versions: spaces normalised, its marker (a renumbering) left out. */
const body = (p: Paragraph) => p.text.replace(/\s+/g, ' ').trim()

/** A heading without its number, so "Rozdział 3. Zadania" and "Rozdział 4. Zadania" are the same section renumbered. */
const headingKey = (heading: string) =>
  foldText(heading)
    .replace(/^(dzial|rozdzial|oddzial)\s+([ivxlc]+|\d+[a-z]?)\b\s*/, '')
    .replace(/^\d+\s*/, '')

/**
 * The edited-paragraph threshold: at least half of the words in common (Dice over folded words) makes a new
 * paragraph the edited form of an old one; below it, the old one is removed and the new one added.
 */
export const EDIT_SIMILARITY = 0.5

/** Above this many comparisons the edited-paragraph search looks only at texts of similar length. */
const MAX_PAIRS = 250_000

/**
 * The positions (into `seq`) of a longest strictly increasing subsequence: the paragraphs that stayed in order; the
 * others moved. O(n log n).
 */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = []
  const prev = new Array<number>(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  }
  const kept = new Set<number>()
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) kept.add(i)
  return kept
}

/** What `nextVersion` did, by paragraph id, for the staff's summary of the new version. */
export interface VersionMapping {
  document: DraftDocument
  /** Same text (it may have moved). */
  kept: string[]
  /** Edited: the id of the old paragraph, now with the new text. */
  edited: string[]
  /** Kept or edited paragraphs that moved relative to the others. */
  moved: string[]
  added: string[]
  removed: string[]
}

/**
 * The next version of `previous` from a freshly parsed text (`parseDocument` of the new draft). Paragraphs are
 * matched first by identical text (the nearest unused one for repeated texts), then the rest by word similarity
 * (best pairs first, `EDIT_SIMILARITY` at least, the nearer position on a tie): matched paragraphs keep their id,
 * edited ones are marked `changed`, those out of their former order `moved`; the rest get new ids never used in this
 * draft's history. A section keeps its id when its heading (without the number) is the same, or else when most of
 * its paragraphs came from one old section.
 */
export function nextVersion(previous: DraftDocument, parsed: DraftDocument): VersionMapping {
  const olds = flatten(previous)
  const news = flatten(parsed)
  const match = new Array<number>(news.length).fill(-1)
  const taken = new Array<boolean>(olds.length).fill(false)

  const byText = new Map<string, number[]>()
  for (const o of olds) byText.set(body(o.p), [...(byText.get(body(o.p)) ?? []), o.index])
  news.forEach((n, i) => {
    const candidates = byText.get(body(n.p))?.filter((k) => !taken[k])
    if (!candidates?.length) return
    const relative = (k: number) => Math.abs(k / Math.max(1, olds.length) - i / Math.max(1, news.length))
    const best = candidates.reduce((a, b) => (relative(b) < relative(a) ? b : a))
    match[i] = best
    taken[best] = true
  })

  const freeNew = news.filter((_, i) => match[i] === -1)
  const freeOld = olds.filter((o) => !taken[o.index])
  const words = (p: Paragraph) => foldText(p.text).split(' ').length
  const crowded = freeNew.length * freeOld.length > MAX_PAIRS
  const pairs: { n: number; o: number; score: number; distance: number }[] = []
  for (const n of freeNew) {
    const nw = words(n.p)
    for (const o of freeOld) {
      const ow = words(o.p)
      // Dice cannot exceed 2·min/(a+b): skip pairs whose lengths alone rule them out.
      if ((2 * Math.min(nw, ow)) / (nw + ow) < EDIT_SIMILARITY) continue
      if (crowded && Math.abs(nw - ow) > Math.max(nw, ow) / 4) continue
      const score = wordSimilarity(n.p.text, o.p.text)
      if (score >= EDIT_SIMILARITY)
        pairs.push({
          n: n.index,
          o: o.index,
          score,
          distance: Math.abs(o.index / olds.length - n.index / news.length),
        })
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance)
  for (const { n, o } of pairs) {
    if (match[n] !== -1 || taken[o]) continue
    match[n] = o
    taken[o] = true
  }

  const matchedNew = news.filter((_, i) => match[i] !== -1).map((n) => n.index)
  const inOrder = longestIncreasing(matchedNew.map((i) => match[i]!))
  const movedNew = new Set(matchedNew.filter((_, k) => !inOrder.has(k)))

  const version = previous.version + 1
  const used = new Set([...olds.map((o) => o.p.id), ...previous.retired])
  const freshId = idMaker('p', used)
  const result: VersionMapping = {
    document: { version, sections: [], retired: [] },
    kept: [],
    edited: [],
    moved: [],
    added: [],
    removed: [],
  }
  const newParagraph = new Map<number, Paragraph>()
  news.forEach((n, i) => {
    const old = match[i]! >= 0 ? olds[match[i]!]!.p : null
    const { changed: _c, moved: _m, id: _id, ...rest } = n.p
    let id: string
    const p: Paragraph = { id: '', ...rest }
    if (old) {
      id = old.id
      if (body(old) !== body(n.p)) {
        p.changed = true
        result.edited.push(id)
      } else result.kept.push(id)
      if (movedNew.has(i)) {
        p.moved = true
        result.moved.push(id)
      }
    } else {
      id = freshId(n.p.text || n.p.marker || '')
      result.added.push(id)
    }
    p.id = id
    newParagraph.set(i, p)
  })
  result.removed = olds.filter((o) => !taken[o.index]).map((o) => o.p.id)

  // Sections: the same heading (renumbering allowed), else the old section most of the paragraphs came from.
  const oldSectionOf = new Map(olds.map((o) => [o.index, o.section]))
  const usedSections = new Set<string>()
  const sectionIds = new Set(previous.sections.map((s) => s.id))
  const freshSection = idMaker('s', new Set(sectionIds))
  let offset = 0
  for (const s of parsed.sections) {
    const paragraphs = s.paragraphs.map((_, k) => newParagraph.get(offset + k)!)
    const origins = new Map<string, number>()
    s.paragraphs.forEach((_, k) => {
      const from = match[offset + k]!
      const old = from >= 0 ? oldSectionOf.get(from) : undefined
      if (old) origins.set(old.id, (origins.get(old.id) ?? 0) + 1)
    })
    offset += s.paragraphs.length
    const sameHeading = previous.sections.find(
      (o) => !usedSections.has(o.id) && o.level === s.level && headingKey(o.heading) === headingKey(s.heading),
    )
    const [mostly, count] = [...origins].filter(([id]) => !usedSections.has(id)).sort((a, b) => b[1] - a[1])[0] ?? []
    const id = sameHeading?.id ?? (mostly && count! * 2 > s.paragraphs.length ? mostly : freshSection(s.heading))
    usedSections.add(id)
    result.document.sections.push({ id, heading: s.heading, level: s.level, paragraphs })
  }
  result.document.retired = [...previous.retired, ...result.removed]
  return result
}

/** How one paragraph differs between two versions of the same draft. */
export type ParagraphChange =
  | { kind: 'added'; id: string; sectionId: string; after: Paragraph }
  | { kind: 'removed'; id: string; sectionId: string; before: Paragraph }
  | { kind: 'moved'; id: string; sectionId: string; before: Paragraph; after: Paragraph }
  | {
      kind: 'edited'
      id: string
      sectionId: string
      before: Paragraph
      after: Paragraph
      moved: boolean
      /** Word-level runs: `same` + `removed` read as the old text, `same` + `added` as the new. */
      diff: DiffPart[]
    }

/**
 * Every paragraph that differs between two versions `a` and `b` of one draft (any two: the ids are stable across the
 * whole history), in the reading order of `b` with removed paragraphs where they stood: added, removed, moved (same
 * text out of its former order) and edited (with a word-level diff, and whether it also moved). Renumbering alone
 * (only the marker differs) is no change.
 */
export function compareVersions(a: DraftDocument, b: DraftDocument): ParagraphChange[] {
  const before = flatten(a)
  const after = flatten(b)
  const inA = new Map(before.map((x) => [x.p.id, x]))
  const inB = new Map(after.map((x) => [x.p.id, x]))
  const common = after.filter((x) => inA.has(x.p.id))
  const inOrder = longestIncreasing(common.map((x) => inA.get(x.p.id)!.index))
  const moved = new Set(common.filter((_, k) => !inOrder.has(k)).map((x) => x.p.id))

  const changes: { at: number; change: ParagraphChange }[] = []
  for (const x of after) {
    const old = inA.get(x.p.id)
    const base = { id: x.p.id, sectionId: x.section.id }
    if (!old) changes.push({ at: x.index, change: { kind: 'added', ...base, after: x.p } })
    else if (body(old.p) !== body(x.p))
      changes.push({
        at: x.index,
        change: {
          kind: 'edited',
          ...base,
          before: old.p,
          after: x.p,
          moved: moved.has(x.p.id),
          diff: wordDiff(old.p.text, x.p.text),
        },
      })
    else if (moved.has(x.p.id))
      changes.push({ at: x.index, change: { kind: 'moved', ...base, before: old.p, after: x.p } })
  }
  // A removed paragraph stands after the nearest paragraph before it that `b` still has.
  let anchor = -1
  for (const x of before) {
    const kept = inB.get(x.p.id)
    if (kept) anchor = kept.index
    else
      changes.push({
        at: anchor + 0.5 + x.index / (before.length + 1) / 2,
        change: { kind: 'removed', id: x.p.id, sectionId: x.section.id, before: x.p },
      })
  }
  return changes.sort((p, q) => p.at - q.at).map((c) => c.change)
}

/** How a section's heading differs between two versions (by section id). */
export type SectionChange =
  | { kind: 'added'; id: string; after: string }
  | { kind: 'removed'; id: string; before: string }
  | { kind: 'renamed'; id: string; before: string; after: string }

/** Sections added, removed or with a new heading between versions `a` and `b`, in the order of `b`, then `a`. */
export function compareSections(a: DraftDocument, b: DraftDocument): SectionChange[] {
  const old = new Map(a.sections.map((s) => [s.id, s]))
  const now = new Set(b.sections.map((s) => s.id))
  const changes: SectionChange[] = []
  for (const s of b.sections) {
    const o = old.get(s.id)
    if (!o) changes.push({ kind: 'added', id: s.id, after: s.heading })
    else if (o.heading !== s.heading) changes.push({ kind: 'renamed', id: s.id, before: o.heading, after: s.heading })
  }
  for (const s of a.sections) if (!now.has(s.id)) changes.push({ kind: 'removed', id: s.id, before: s.heading })
  return changes
}

/** Where a comment made on paragraph `id` of version `made` shows on version `shown`. */
export type CommentPlacement =
  | { status: 'same'; paragraph: Paragraph; sectionId: string }
  | { status: 'changed'; paragraph: Paragraph; sectionId: string; diff: DiffPart[] }
  | { status: 'removed' }

/**
 * Where a comment on paragraph `id` of version `made` belongs in version `shown`: on the same paragraph, with a note
 * and the diff when its text has changed since, or among the comments on removed text. A paragraph id unknown to
 * `made` reads as removed.
 */
export function commentPlacement(made: DraftDocument, shown: DraftDocument, id: string): CommentPlacement {
  const then = flatten(made).find((x) => x.p.id === id)
  const now = flatten(shown).find((x) => x.p.id === id)
  if (!then || !now) return { status: 'removed' }
  if (body(then.p) === body(now.p)) return { status: 'same', paragraph: now.p, sectionId: now.section.id }
  return { status: 'changed', paragraph: now.p, sectionId: now.section.id, diff: wordDiff(then.p.text, now.p.text) }
}
