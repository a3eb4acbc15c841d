import { foldText, hash32 } from './text'

/**
 * Identical and near-identical comments, grouped so staff answer a campaign once. A consultation can receive thousands
 * of copies of one letter (the FCC's net-neutrality docket: ≈6 % of 22 million comments unique; see
 * `../shared/domain/consultations-councils.md` §4 item 5), each signed with another name; the report still counts every
 * copy, but one answer serves them all. Pure and roughly linear in the number of comments, so it runs on every new
 * comment's arrival or on demand in the staff panel.
 *
 * How: each text is compared without its signature (closing formula, name, address, date lines at its start and end)
 * and folded (case, Polish letters, punctuation, spacing); equal folded texts are one wording. Different wordings are
 * near-identical when their sets of word pairs overlap by `NEAR_DUPLICATE` (Jaccard) or more; candidates come from
 * MinHash locality-sensitive hashing, and each is checked against a few representatives of its bucket only, so a
 * campaign of thousands of variants costs thousands of comparisons, not millions. Groups join transitively.
 */

/** A comment to group: its id and its text as submitted. */
export interface CommentText {
  id: string
  text: string
}

/** Comments that say the same thing, for one answer. */
export interface CommentGroup {
  /** The comment shown for the group: the first comment of its most frequent wording (the group's stable id). */
  representative: string
  /** Every member, in the order given. */
  ids: string[]
  count: number
  /** Members with exactly the representative's wording (after folding and without signatures). */
  identical: number
  /** Distinct wordings in the group. */
  variants: number
}

/** The word-pair overlap (Jaccard) from which two wordings are one group. */
export const NEAR_DUPLICATE = 0.6

const BANDS = 16
const ROWS = 3
const HASHES = BANDS * ROWS
/** Representatives kept per LSH bucket: a new wording is compared with these only. */
const LEADERS = 4

/** A closing formula: the signature follows it. */
const CLOSING =
  /^(z powazaniem|z wyrazami szacunku|pozdrawiam|serdecznie pozdrawiam|z pozdrowieniami|lacze (wyrazy szacunku|pozdrowienia)|podpis|podpisano)\b/
/** Contact details and dates: lines that sign rather than say. */
const CONTACT = /@|\b(ul|al|os|pl|tel)\.|\b\d{2}-\d{3}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\+?\d[\d\s-]{7,}\d/i

/**
 * Whether a line at the edge of a letter is its signature or heading: a name or an organisation (up to eight words,
 * each capitalised), a short line with contact details or a place and date, or a greeting such as "Szanowni Państwo,".
 */
function signsOff(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length === 0) return true
  if (words.length <= 10 && CONTACT.test(line)) return true
  return words.length <= 8 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w))
}

/**
 * A comment's text without what differs between copies of one letter: everything from a closing formula on, and
 * signature-like lines at its start and end (at least one line is kept). A line such as "Jestem przeciw." stays: only
 * capitalised names, contact details and dates go.
 */
export function withoutSignature(text: string): string {
  let lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  // A closing formula stands among the last lines (the name, address, e-mail and phone follow it).
  const from = Math.max(1, lines.length - 6)
  const closing = lines.findIndex((l, i) => i >= from && l.length < 60 && CLOSING.test(foldText(l)))
  if (closing > 0) lines = lines.slice(0, closing)
  while (lines.length > 1 && signsOff(lines[lines.length - 1]!)) lines.pop()
  while (lines.length > 1 && signsOff(lines[0]!)) lines.shift()
  return lines.join('\n')
}

/** The form in which copies of one letter are equal: signature off, then folded; the whole text if nothing is left. */
export function commentKey(text: string): string {
  return foldText(withoutSignature(text)) || foldText(text)
}

/** murmur3's finaliser: spreads a 32-bit value so the MinHash functions behave independently. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The MinHash functions: `a·x + b` over 32 bits (odd `a`) of already mixed shingle hashes. */
const MULTIPLIERS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab) | 1)
const OFFSETS = Array.from({ length: HASHES }, (_, i) => mix(0x7f4a7c15 + i * 0x2545f491))

/** The sorted, distinct hashes of a folded text's word pairs (its one word, for a one-word text). */
function shingles(folded: string, wordHash: (w: string) => number): Uint32Array {
  const words = folded.split(' ').map(wordHash)
  const set = new Set<number>()
  if (words.length === 1) set.add(words[0]!)
  for (let i = 1; i < words.length; i++) set.add(mix((Math.imul(words[i - 1]!, 0x01000193) ^ words[i]!) >>> 0))
  return Uint32Array.from(set).sort()
}

/** Jaccard similarity of two sorted sets of hashes. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let common = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (common++, i++, j++)
    else if (a[i]! < b[j]!) i++
    else j++
  }
  return common / (a.length + b.length - common)
}

function minHash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const x of set)
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(x, MULTIPLIERS[k]!) + OFFSETS[k]!) >>> 0
      if (h < sig[k]!) sig[k] = h
    }
  return sig
}

/**
 * Groups `comments` (identical and near-identical together), the largest group first, then by first appearance; a
 * comment unlike any other is a group of one. `threshold` overrides `NEAR_DUPLICATE`.
 */
export function groupComments(comments: readonly CommentText[], threshold = NEAR_DUPLICATE): CommentGroup[] {
  // 1. Wordings: identical after folding and without signatures.
  const wordingOf = new Map<string, number>()
  const wordings: { key: string; ids: string[]; first: number }[] = []
  comments.forEach((c, index) => {
    const key = commentKey(c.text)
    let w = wordingOf.get(key)
    if (w === undefined) {
      wordingOf.set(key, (w = wordings.length))
      wordings.push({ key, ids: [], first: index })
    }
    wordings[w]!.ids.push(c.id)
  })

  // 2. Near-identical wordings: MinHash bands propose, a bucket's leaders are checked, union-find joins.
  const parent = wordings.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const vocabulary = new Map<string, number>()
  const wordHash = (w: string) => {
    let h = vocabulary.get(w)
    if (h === undefined) vocabulary.set(w, (h = hash32(w)))
    return h
  }
  const sets = wordings.map((w) => shingles(w.key, wordHash))
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>())
  wordings.forEach((_, i) => {
    if (!sets[i]!.length) return
    const sig = minHash(sets[i]!)
    for (let band = 0; band < BANDS; band++) {
      let key = band
      for (let r = 0; r < ROWS; r++) key = mix((Math.imul(key, 0x01000193) ^ sig[band * ROWS + r]!) >>> 0)
      const leaders = buckets[band]!.get(key)
      if (!leaders) {
        buckets[band]!.set(key, [i])
        continue
      }
      let joined = false
      for (const leader of leaders) {
        if (find(leader) === find(i) || jaccard(sets[leader]!, sets[i]!) >= threshold) {
          parent[find(i)] = find(leader)
          joined = true
          break
        }
      }
      if (!joined && leaders.length < LEADERS) leaders.push(i)
    }
  })

  // 3. Groups with their representative wording (the most frequent; the earliest on a tie).
  const byRoot = new Map<number, number[]>()
  wordings.forEach((_, i) => {
    const root = find(i)
    byRoot.set(root, [...(byRoot.get(root) ?? []), i])
  })
  const order = new Map(comments.map((c, i) => [c.id, i]))
  const groups = [...byRoot.values()].map((members) => {
    const main = members.reduce((a, b) =>
      wordings[b]!.ids.length > wordings[a]!.ids.length ||
      (wordings[b]!.ids.length === wordings[a]!.ids.length && wordings[b]!.first < wordings[a]!.first)
        ? b
        : a,
    )
    const ids =
      members.length === 1
        ? wordings[main]!.ids
        : members.flatMap((m) => wordings[m]!.ids).sort((a, b) => order.get(a)! - order.get(b)!)
    return {
      group: {
        representative: wordings[main]!.ids[0]!,
        ids,
        count: ids.length,
        identical: wordings[main]!.ids.length,
        variants: members.length,
      },
      first: Math.min(...members.map((m) => wordings[m]!.first)),
    }
  })
  return groups.sort((a, b) => b.group.count - a.group.count || a.first - b.first).map((g) => g.group)
}
