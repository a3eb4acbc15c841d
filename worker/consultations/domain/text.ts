/**
 * Small text tools the consultation rules share: folding a text to compare it as a person would ("Łąka" = "laka",
 * commas and line breaks do not matter), a fast string hash, a similarity of two texts and a word-level diff. Written
 * here rather than taken from npm: each is a few lines, the `diff` package is not a dependency, and the draft
 * comparison and the comment grouping must run the same code on the server and, later, in the browser (no
 * `node:crypto`, so not `worker/core/identity`'s `normalizeText`, which folds the same way).
 */

const polish: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  Ą: 'a',
  Ć: 'c',
  Ę: 'e',
  Ł: 'l',
  Ń: 'n',
  Ó: 'o',
  Ś: 's',
  Ź: 'z',
  Ż: 'z',
}
const folds: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', ø: 'o' }

/**
 * Lower case, Polish letters folded to ASCII, everything but letters and digits turned into single spaces: the form
 * in which two texts that differ only in case, diacritics, punctuation or spacing are equal. Polish text takes a fast
 * path (a table of its nine letters); any other non-ASCII text is decomposed (NFKD) and keeps its letters, so a
 * comment in Ukrainian is folded too, not erased.
 */
export function foldText(s: string): string {
  const t = s.replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (ch) => polish[ch]!)
  if (!/[^\x00-\x7f]/.test(t))
    return t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  return t
    .replace(/[łŁßæø]/g, (ch) => folds[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a folded text (empty for an empty text). */
export function foldedWords(s: string): string[] {
  const folded = foldText(s)
  return folded ? folded.split(' ') : []
}

/**
 * FNV-1a (32 bits) of a string's UTF-16 code units: deterministic on every runtime and fast enough to hash every word
 * of thousands of comments. Not for secrets.
 */
export function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A short base-36 name of a text (two independent 32-bit hashes, about 13 characters), for ids derived from content. */
export function textKey(s: string): string {
  const a = hash32(s)
  const b = hash32(`\u0001${s}`)
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0').slice(0, 6)
}

/**
 * Dice similarity of two texts' folded words as multisets (2·common / (|a| + |b|), from 0 to 1): a few words changed
 * in a long paragraph keep it high, a different paragraph about the same subject scores low. Two empty texts are equal.
 */
export function wordSimilarity(a: string, b: string): number {
  const wa = foldedWords(a)
  const wb = foldedWords(b)
  if (wa.length + wb.length === 0) return 1
  const counts = new Map<string, number>()
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of wb) {
    const n = counts.get(w)
    if (n) {
      common++
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (wa.length + wb.length)
}

/** One run of a word-level diff: text both versions have, or text only the old (`removed`) or new (`added`) has. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added'
  text: string
}

/** Words, runs of spaces and single punctuation marks: the units a reader sees change. */
const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu

/** Above this many token pairs a diff would cost too much; the changed middle is then shown as one replacement. */
const MAX_CELLS = 250_000

/**
 * A word-level diff of two texts (longest common subsequence over words, spaces and punctuation), as runs in reading
 * order: joining the `same` and `removed` runs gives the old text, the `same` and `added` runs the new one. Spaces left
 * alone between two changes join the change, so "ma kota" → "ma psa" reads as one replacement, not a patchwork.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.match(TOKEN) ?? []
  const b = after.match(TOKEN) ?? []
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--)
  const parts: DiffPart[] = []
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += text
    else parts.push({ op, text })
  }
  a.slice(0, start).forEach((t) => push('same', t))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''))
    push('added', midB.join(''))
  } else {
    // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..], filled from the end.
    const n = midA.length
    const m = midB.length
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    let i = 0
    let j = 0
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) (push('same', midA[i++]!), j++)
      else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) push('added', midB[j++]!)
      else push('removed', midA[i++]!)
    }
  }
  a.slice(endA).forEach((t) => push('same', t))
  return tidy(parts)
}

/**
 * Joins each changed stretch into one removal followed by one addition, taking in a run of spaces that lies between
 * two changes (it belongs to both sides), so a replaced phrase reads as one replacement.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let k = 0
  while (k < parts.length) {
    const p = parts[k]!
    if (p.op === 'same') {
      out.push(p)
      k++
      continue
    }
    let removed = ''
    let added = ''
    for (; k < parts.length; k++) {
      const q = parts[k]!
      const next = parts[k + 1]
      if (q.op === 'removed') removed += q.text
      else if (q.op === 'added') added += q.text
      else if (/^\s+$/.test(q.text) && next && next.op !== 'same') {
        removed += q.text
        added += q.text
      } else break
    }
    if (removed) out.push({ op: 'removed', text: removed })
    if (added) out.push({ op: 'added', text: added })
  }
  return out
}
