import coreEn from './en'

/**
 * The languages the server answers in. Polish is the platform's language and the default: its texts are written in the
 * code. English is for residents and staff who read the web in English (the web's catalogues), so the API's refusals
 * match the page around them.
 */
export type Lang = 'pl' | 'en'

/** A catalogue: the Polish text as it is written in the code (the message id) → its translation. */
export type Messages = Readonly<Record<string, string>>

/**
 * The best of Polish and English for an `Accept-Language` header (RFC 9110 §12.5.4): each range's `q` (1 when not
 * given, 0 = not acceptable), matched on the primary subtag, so `en-GB` and `en-US;q=0.8` ask for English and `*`
 * for either. Equal weights go to the range listed first, as browsers list them in the order of preference. Anything
 * else, a missing header or a malformed one gives Polish: a wrong guess must never hide the text the law requires.
 */
export function requestLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'pl'
  const best: Record<Lang, { q: number; at: number }> = { pl: { q: -1, at: 0 }, en: { q: -1, at: 0 } }
  let wildcard: { q: number; at: number } | null = null
  acceptLanguage.split(',').forEach((part, at) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim())
    let q = 1
    for (const p of params) {
      const m = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i.exec(p)
      if (m) q = Number(m[1])
      else if (/^q\s*=/i.test(p)) q = -1
    }
    if (q < 0) return
    const primary = range.toLowerCase().split('-')[0]
    if (primary === '*') wildcard ??= { q, at }
    else if (primary === 'pl' || primary === 'en') {
      if (q > best[primary].q) best[primary] = { q, at }
    }
  })
  for (const lang of ['pl', 'en'] as const) if (best[lang].q < 0 && wildcard) best[lang] = wildcard
  const { pl, en } = best
  const englishFirst = en.q > pl.q || (en.q === pl.q && en.at < pl.at)
  return en.q > 0 && englishFirst ? 'en' : 'pl'
}

interface Template {
  pattern: RegExp
  names: string[]
  target: string
  /** Characters of fixed text: with several templates matching, the most specific one wins. */
  weight: number
}

const catalogues: Record<Exclude<Lang, 'pl'>, Map<string, string>> = { en: new Map() }
let templates: Template[] | null = null

const PLACEHOLDER = /\{(\w+)\}/g
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Adds translations of Polish messages. The core adds its own; each module adds its manifest's `messages` when the
 * app is built (`createApp`), so a module's texts travel with the module. Adding the same entry again is harmless
 * (every app built in a test registers the same catalogues).
 */
export function addMessages(lang: Exclude<Lang, 'pl'>, entries: Messages): void {
  for (const [pl, text] of Object.entries(entries)) {
    if (!text.trim()) continue
    catalogues[lang].set(pl, text)
  }
  templates = null
}

/**
 * Messages interpolated in the code (`Wpisz najwyżej ${n} znaków.`) have their Polish id with placeholders
 * (`Wpisz najwyżej {max} znaków.`): compiled once into anchored patterns whose groups capture the values, so the throw
 * sites stay as they are.
 */
function compiled(): Template[] {
  if (templates) return templates
  templates = []
  for (const [pl, target] of catalogues.en) {
    const names = [...pl.matchAll(PLACEHOLDER)].map((m) => m[1]!)
    if (!names.length) continue
    const fixed = pl.split(PLACEHOLDER).filter((_, i) => i % 2 === 0)
    if (!fixed.join('').trim()) continue
    const pattern = new RegExp(`^${fixed.map(escape).join('(.*?)')}$`, 's')
    templates.push({ pattern, names, target, weight: fixed.join('').length })
  }
  templates.sort((a, b) => b.weight - a.weight)
  return templates
}

const polishMonths = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
]
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const POLISH_DATE = new RegExp(`^(\\d{1,2}) (${polishMonths.join('|')}) (\\d{4})$`)
const COUNT = /^(\d[\d\s.,]*) (\p{L}+)$/u

/** The English of one text, or null when the catalogue has none; `depth` bounds the placeholders' own translation. */
function english(text: string, depth: number): string | null {
  const exact = catalogues.en.get(text)
  if (exact !== undefined) return exact
  // A fragment capitalised at the start of a sentence (`${what[0].toUpperCase()}…`) is the same entry.
  const first = text.charAt(0)
  if (first !== first.toLowerCase()) {
    const lower = catalogues.en.get(first.toLowerCase() + text.slice(1))
    if (lower !== undefined) return lower.charAt(0).toUpperCase() + lower.slice(1)
  }
  // Dates as `formatWarsaw` writes them ("8 stycznia 2027") and counts of things ("3 projekty").
  const date = POLISH_DATE.exec(text)
  if (date) return `${date[1]} ${englishMonths[polishMonths.indexOf(date[2]!)]} ${date[3]}`
  const count = COUNT.exec(text)
  if (count) {
    const noun = catalogues.en.get(count[2]!)
    if (noun !== undefined) return `${count[1]} ${noun}`
  }
  if (depth > 3) return null
  for (const { pattern, names, target } of compiled()) {
    const m = pattern.exec(text)
    if (!m) continue
    const values = new Map(names.map((name, i) => [name, m[i + 1]!]))
    return target.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values.get(name)
      return value === undefined ? whole : value && (english(value, depth + 1) ?? value)
    })
  }
  return null
}

/**
 * A message shown to people (a problem's title and detail, a field's complaint) in `lang`. The Polish text is the id:
 * exact entries first, then the entries with placeholders, whose captured values (a phase's name, a date, a nested
 * message) are translated in turn where the catalogue knows them. An untranslated message stays Polish, never empty:
 * a Polish explanation beats none, and the completeness test lists what is missing.
 */
export function translate(text: string, lang: Lang): string {
  if (lang === 'pl' || !text) return text
  return english(text, 0) ?? text
}

/**
 * A text composed from a catalogue entry (an e-mail's line): the Polish id's translation in `lang` (the id itself in
 * Polish, or when the entry is missing) with `{name}` filled from `params`. Values are put in as given: the caller
 * formats them for `lang` (dates, amounts); a placeholder without a value stays visible rather than vanish.
 */
export function t(lang: Lang, id: string, params: Readonly<Record<string, string | number>> = {}): string {
  const text = lang === 'pl' ? id : (catalogues[lang].get(id) ?? id)
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Every English entry registered so far (core and modules), for the completeness test. */
export function registeredMessages(lang: Exclude<Lang, 'pl'>): ReadonlyMap<string, string> {
  return catalogues[lang]
}

addMessages('en', coreEn)
