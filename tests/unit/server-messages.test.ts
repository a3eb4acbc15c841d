import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import budgetEn from '../../worker/budget/i18n/en'
import { problemTitles } from '../../worker/core/http/problem'
import { addMessages, requestLang, t, translate } from '../../worker/core/i18n'
import coreEn from '../../worker/core/i18n/en'
import { modules } from '../../worker/modules'

/**
 * Every Polish text the server shows people in a problem document, an e-mail or a text message has an English entry
 * in a catalogue (`worker/core/i18n/en.ts`, each module's `messages`), and no entry outlives its text. The texts are
 * found by reading the whole of `worker/` with the TypeScript parser, never by file name, as code moves between files:
 * - the places a message is given: `new ApiError(status, message)`, a field error's `detail: …` (and a refusal's
 *   `message: …`, which a caller throws), the message argument of a valibot schema or action (`v.minLength(1, '…')`,
 *   `v.check(fn, '…')`, `v.string('…')`), the texts the global valibot message returns, and the id of a text composed
 *   from the catalogue (`t(lang, 'Polish sentence with {name}.', values)`, the sentences of e-mails and SMS);
 * - followed to where the text is written: a constant (in the file or imported), a parameter (to the arguments of
 *   every call of its function, so `notFound('…')`, `requirePhase(e, phase, '…')` and `count(120, 'minimalny wiek')`
 *   count), a function's return, both sides of `? :`, `??` and `||`, and a loop over a literal table;
 * - a template literal becomes its text with `{}` for each `${…}`, and what the `${…}` can be (a constant, a map of
 *   labels, a conditional piece) is a message of its own, which the catalogue translates inside the sentence.
 * Demo content and the tally library's outputs (`demo/`, `tally/`) are not problem texts.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))

interface Source {
  path: string
  text: string
}
type Parsed = Source & { sf: ts.SourceFile }

/** A text's shape for comparison: placeholders (`{max}`, `${…}`) as `{}`, adjacent ones as one. */
const shape = (message: string) => message.replace(/\{\w*\}/g, '{}').replace(/(\{\})+/g, '{}')
/** Worth translating: a word of three letters or more ("zł", "nr" and bare numbers are the same in English). */
const WORDY = /\p{L}{3}/u

/** valibot functions whose arguments are never a message: defaults, metadata, composition. */
const NOT_MESSAGE = new Set([
  'optional',
  'nullable',
  'nullish',
  'exactOptional',
  'undefinedable',
  'fallback',
  'description',
  'title',
  'metadata',
  'brand',
  'transform',
  'pipe',
  'parse',
  'safeParse',
  'forward',
  'partial',
  'required',
  'examples',
  'getDefault',
])
/** valibot functions whose first argument is a value, so one argument alone is no message. */
const VALUE_FIRST = new Set(['literal', 'startsWith', 'endsWith', 'includes', 'excludes', 'value', 'notValue'])

type Fn = ts.SignatureDeclaration & { body?: ts.ConciseBody }

function fnName(fn: Fn): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name))
    return fn.name.text
  const parent = fn.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name))
    return parent.name.text
  return undefined
}

/** The Polish messages of `sources` (in `{}` shape), and every text literal there (for entries that went stale). */
function serverMessages(sources: Source[]): { messages: Set<string>; literals: Set<string> } {
  const files: Parsed[] = sources.map((s) => ({
    ...s,
    sf: ts.createSourceFile(s.path, s.text, ts.ScriptTarget.Latest, true),
  }))
  const messages = new Set<string>()
  const literals = new Set<string>()
  const topLevel = new Map<string, { node: ts.Node; file: Parsed }>()
  const calls = new Map<string, { call: ts.CallExpression; file: Parsed }[]>()

  for (const file of files) {
    for (const st of file.sf.statements) {
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer) topLevel.set(d.name.text, { node: d.initializer, file })
      if (ts.isFunctionDeclaration(st) && st.name) topLevel.set(st.name.text, { node: st, file })
    }
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n)) {
        const callee = n.expression
        const name = ts.isIdentifier(callee) ? callee.text : undefined
        if (name) calls.set(name, [...(calls.get(name) ?? []), { call: n, file }])
      }
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) literals.add(shape(n.text))
      if (ts.isTemplateExpression(n))
        literals.add(shape(n.head.text + n.templateSpans.map((s) => `{}${s.literal.text}`).join('')))
      ts.forEachChild(n, visit)
    }
    visit(file.sf)
  }

  /**
   * Whether `file` imports `name` from `from` (a relative import of the same file name, or of its folder for an
   * `index.ts`: true wherever both move).
   */
  const imports = (file: Parsed, name: string, from: Parsed) => {
    const base = from.path
      .replace(/\/index\.tsx?$/, '')
      .replace(/^.*\//, '')
      .replace(/\.tsx?$/, '')
    return new RegExp(`import[^;]*\\b${name}\\b[^;]*from '\\.[^']*/${base}(/index)?'`).test(file.text)
  }

  type Binding =
    | { kind: 'param'; fn: Fn; index: number }
    | { kind: 'node'; node: ts.Node; file: Parsed }
    | { kind: 'cells'; cells: ts.Node[]; file: Parsed }
  function lookup(id: ts.Identifier, file: Parsed): Binding | null {
    const name = id.text
    for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n)) {
        const index = n.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name)
        if (index >= 0) return { kind: 'param', fn: n as Fn, index }
      }
      if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer)) {
        const pattern = n.initializer.declarations[0]?.name
        if (pattern && ts.isArrayBindingPattern(pattern)) {
          const index = pattern.elements.findIndex(
            (el) => ts.isBindingElement(el) && ts.isIdentifier(el.name) && el.name.text === name,
          )
          if (index >= 0) {
            let rows: ts.Expression = n.expression
            while (ts.isAsExpression(rows) || ts.isParenthesizedExpression(rows)) rows = rows.expression
            if (!ts.isArrayLiteralExpression(rows)) return null
            const cells = rows.elements.flatMap((row) =>
              ts.isArrayLiteralExpression(row) && row.elements[index] ? [row.elements[index]] : [],
            )
            return { kind: 'cells', cells, file }
          }
        }
      }
      const statements = ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseClause(n) ? n.statements : []
      for (const st of statements) {
        if (ts.isVariableStatement(st))
          for (const d of st.declarationList.declarations)
            if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer)
              return { kind: 'node', node: d.initializer, file }
        if (ts.isFunctionDeclaration(st) && st.name?.text === name) return { kind: 'node', node: st, file }
      }
    }
    const declared = topLevel.get(name)
    return declared && imports(file, name, declared.file) ? { kind: 'node', ...declared } : null
  }

  const seen = new Set<unknown>()
  /** Whatever text `e` can be, in `{}` shape; the pieces a template's `${…}` can be are added as messages. */
  function variants(e: ts.Node, file: Parsed): string[] {
    if (seen.has(e)) return []
    seen.add(e)
    try {
      return variantsOf(e, file)
    } finally {
      seen.delete(e)
    }
  }
  function variantsOf(e: ts.Node, file: Parsed): string[] {
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isSatisfiesExpression(e)
    )
      return variants(e.expression, file)
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text]
    if (ts.isTemplateExpression(e)) {
      for (const span of e.templateSpans) addAll(variants(span.expression, file))
      return [e.head.text + e.templateSpans.map((s) => `{}${s.literal.text}`).join('')]
    }
    if (ts.isConditionalExpression(e)) return [...variants(e.whenTrue, file), ...variants(e.whenFalse, file)]
    if (
      ts.isBinaryExpression(e) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)
    )
      return [...variants(e.left, file), ...variants(e.right, file)]
    if (ts.isIdentifier(e)) {
      const b = lookup(e, file)
      if (!b) return []
      if (b.kind === 'cells') return b.cells.flatMap((c) => variants(c, b.file))
      if (b.kind === 'node') return ts.isFunctionLike(b.node) ? [] : variants(b.node, b.file)
      return fromCallers(b.fn, b.index, file)
    }
    // A map of labels (`phaseLabels[p.phase]`): any of its texts.
    if (ts.isElementAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const b = lookup(e.expression, file)
      if (b?.kind === 'node' && ts.isObjectLiteralExpression(b.node))
        return b.node.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? variants(p.initializer, b.file) : []))
    }
    if (ts.isCallExpression(e)) {
      const callee = e.expression
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'trim') return variants(callee.expression, file)
      if (ts.isIdentifier(callee)) {
        const b = lookup(callee, file)
        const fn = b?.kind === 'node' ? b.node : undefined
        if (b?.kind === 'node' && fn && ts.isFunctionLike(fn)) return returns(fn as Fn, b.file)
      }
    }
    return []
  }

  /** The texts a function returns (an arrow's expression body, its `return`s outside nested functions). */
  function returns(fn: Fn, file: Parsed): string[] {
    if (!fn.body) return []
    if (!ts.isBlock(fn.body)) return variants(fn.body, file)
    const found: string[] = []
    const visit = (n: ts.Node) => {
      if (ts.isReturnStatement(n) && n.expression) found.push(...variants(n.expression, file))
      if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit)
    }
    ts.forEachChild(fn.body, visit)
    return found
  }

  /** A parameter is whatever the calls of its function pass (in its file or where it is imported), or its default. */
  function fromCallers(fn: Fn, index: number, file: Parsed): string[] {
    const param = fn.parameters[index]!
    const found = param.initializer ? variants(param.initializer, file) : []
    const name = fnName(fn)
    if (!name) return found
    for (const { call, file: caller } of calls.get(name) ?? []) {
      if (caller !== file && !imports(caller, name, file)) continue
      const arg = call.arguments[index]
      if (arg) found.push(...variants(arg, caller))
    }
    return found
  }

  function addAll(texts: string[]) {
    for (const text of texts) if (WORDY.test(text)) messages.add(shape(text))
  }
  const add = (e: ts.Node | undefined, file: Parsed) => e && addAll(variants(e, file))

  for (const file of files) {
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'ApiError')
        add(n.arguments?.[1], file)
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && ['detail', 'message'].includes(n.name.text))
        add(n.initializer, file)
      if (ts.isShorthandPropertyAssignment(n) && n.name.text === 'detail') add(n.name, file)
      // `t(lang, id, values)`: the id, whether written at the call or brought in from a constant or a condition.
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 't' && n.arguments[1])
        add(n.arguments[1], file)
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        ts.isIdentifier(n.expression.expression) &&
        n.expression.expression.text === 'v'
      ) {
        const name = n.expression.name.text
        const last = n.arguments.length - 1
        if (name === 'setGlobalMessage')
          n.arguments.forEach((fn) => ts.isFunctionLike(fn) && addAll(returns(fn as Fn, file)))
        else if (!NOT_MESSAGE.has(name) && last >= 0 && (last > 0 || !VALUE_FIRST.has(name)))
          add(n.arguments[last], file)
      }
      ts.forEachChild(n, visit)
    }
    visit(file.sf)
  }
  return { messages, literals }
}

/** Every English entry without its Polish message, and every entry whose Polish id is no longer in the code. */
function check(sources: Source[], catalogue: Readonly<Record<string, string>>) {
  const { messages, literals } = serverMessages(sources)
  const ids = new Set(Object.keys(catalogue).map(shape))
  return {
    untranslated: [...messages].filter((m) => !ids.has(m)).sort(),
    stale: Object.keys(catalogue)
      .filter((id) => !literals.has(shape(id)))
      .sort(),
  }
}

function workerSources(): Source[] {
  return readdirSync(join(root, 'worker'), { recursive: true, encoding: 'utf8' })
    .map((f) => `worker/${f.replaceAll('\\', '/')}`)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/\/(demo|tally)\//.test(f))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
}

/**
 * The catalogues of module folders not yet in the module list (a module being built: its texts are scanned like any
 * other, so its English is read from its folder until its manifest registers it).
 */
const unlisted = Object.entries(
  import.meta.glob<Record<string, string>>('../../worker/*/i18n/en.ts', { eager: true, import: 'default' }),
).filter(([path]) => !modules.some((m) => path.includes(`/worker/${m.name}/`)) && !path.includes('/worker/core/'))

const english = () => {
  const all: Record<string, string> = { ...coreEn }
  for (const m of modules) Object.assign(all, m.messages?.en)
  for (const [, entries] of unlisted) Object.assign(all, entries)
  return all
}

describe('server messages', () => {
  it('have an English entry for every Polish problem text, and no entry without its text', () => {
    const sources = workerSources()
    const { messages } = serverMessages(sources)
    expect(messages.size, 'the scan finds the texts at all').toBeGreaterThan(300)
    const found = check(sources, english())
    expect(found.untranslated, 'Polish messages without an English entry').toEqual([])
    expect(found.stale, 'English entries whose Polish text is no longer in the code').toEqual([])
  })

  it('come with every module, registered through its manifest', () => {
    expect(modules.filter((m) => !m.messages?.en).map((m) => m.name)).toEqual([])
  })

  it('translate every problem title and keep the placeholders of each entry', () => {
    const all = english()
    expect(Object.values(problemTitles).filter((title) => !(title in all))).toEqual([])
    const names = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join()
    expect(Object.entries(all).filter(([pl, en]) => names(pl) !== names(en) || !en.trim())).toEqual([])
  })

  it('catches a planted untranslated message and a stale entry', () => {
    const sources: Source[] = [
      {
        path: 'worker/core/http/problem.ts',
        text: "export const notFound = (what = 'Nie znaleziono zasobu.') => new ApiError(404, what)\n",
      },
      {
        path: 'worker/cats/actions/cats.ts',
        text: [
          "import { notFound } from '../../core/http/problem'",
          "const GONE = 'Ten kot już poszedł.'",
          'export function findCat(id: string, n: number) {',
          "  if (!id) throw notFound('Nie ma takiego kota.')",
          '  if (n > 9) throw new ApiError(409, GONE, { errors: [{ field: "n", detail: `Kot ma najwyżej ${9} żyć.` }] })',
          "  return v.pipe(v.string(), v.maxLength(20, 'Imię kota: najwyżej 20 znaków.'), v.literal('Mruczek'))",
          '}',
          'export function catMail(lang: Lang, name: string, fed: boolean) {',
          "  const meal = fed ? 'Kot zjadł obiad.' : 'Kot czeka na obiad.'",
          "  return `${t(lang, 'Dzień dobry, {name}!', { name })} ${t(lang, meal)}`",
          '}',
        ].join('\n'),
      },
    ]
    const catalogue = {
      'Nie znaleziono zasobu.': 'Resource not found.',
      'Ten pies już poszedł.': 'The dog has gone.',
      'Kot zjadł obiad.': 'The cat has had its dinner.',
    }
    expect(check(sources, catalogue)).toEqual({
      untranslated: [
        'Dzień dobry, {}!',
        'Imię kota: najwyżej 20 znaków.',
        'Kot czeka na obiad.',
        'Kot ma najwyżej {} żyć.',
        'Nie ma takiego kota.',
        'Ten kot już poszedł.',
      ],
      stale: ['Ten pies już poszedł.'],
    })
    // An entry with a placeholder covers the interpolated message, whatever the placeholder is called.
    const withTemplate = { ...catalogue, 'Kot ma najwyżej {lives} żyć.': 'A cat has at most {lives} lives.' }
    expect(check(sources, withTemplate).untranslated).not.toContain('Kot ma najwyżej {} żyć.')
  })
})

describe('the request language', () => {
  it('is the better of Polish and English by the q-values of Accept-Language, Polish by default', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'pl'],
      ['', 'pl'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['EN-us;q=0.8', 'en'],
      ['de, en;q=0.5', 'en'],
      ['pl, en;q=0.9', 'pl'],
      ['en;q=0.9, pl', 'pl'],
      ['en, pl', 'en'],
      ['pl-PL, en', 'pl'],
      ['fr', 'pl'],
      ['fr, de;q=0.9', 'pl'],
      ['en;q=0', 'pl'],
      ['pl;q=0, en;q=0.1', 'en'],
      ['*', 'pl'],
      ['fr, *;q=0.5', 'pl'],
      ['en;q=nonsense', 'pl'],
      ['en;q=2', 'pl'],
      [' en-GB ; q=0.7 , de', 'en'],
    ]
    for (const [header, lang] of cases) expect(requestLang(header), String(header)).toBe(lang)
  })
})

describe('translation', () => {
  addMessages('en', budgetEn)

  it('finds exact texts and leaves Polish alone', () => {
    expect(translate('Zaloguj się, aby kontynuować.', 'en')).toBe('Sign in to continue.')
    expect(translate('Zaloguj się, aby kontynuować.', 'pl')).toBe('Zaloguj się, aby kontynuować.')
  })

  it('keeps a text it does not know in Polish, never empty', () => {
    expect(translate('Tego zdania nie ma w katalogu.', 'en')).toBe('Tego zdania nie ma w katalogu.')
    expect(translate('', 'en')).toBe('')
  })

  it('puts the values of an interpolated message into its English, translating those it knows', () => {
    expect(translate('Wpisz najwyżej 200 znaków.', 'en')).toBe('Enter at most 200 characters.')
    expect(translate('Popraw formularz: Wpisz najwyżej 200 znaków.', 'en')).toBe(
      'Correct the form: Enter at most 200 characters.',
    )
    expect(translate('Faza „głosowanie” zaczyna się przed końcem fazy „odwołania”.', 'en')).toBe(
      'The phase “voting” starts before the end of the phase “appeals”.',
    )
    // A fragment capitalised at the start of a sentence, and a count of projects.
    expect(translate('Minimalny wiek: liczba całkowita.', 'en')).toBe('The minimum age must be a whole number.')
    expect(translate('Podaj minimalny wiek.', 'en')).toBe('Enter the minimum age.')
    expect(translate('W puli „Osiedle Północ” wybierz co najmniej 3 projekty.', 'en')).toBe(
      'In the pool “Osiedle Północ” choose at least 3 projects.',
    )
    // Optional pieces: present, and absent (an empty value).
    expect(translate('Termin na odwołanie minął (można było się odwołać do 8 stycznia 2027 włącznie).', 'en')).toBe(
      'The time to appeal has passed (appeals could be filed until 8 January 2027 inclusive).',
    )
    expect(translate('Termin na odwołanie minął.', 'en')).toBe('The time to appeal has passed.')
    expect(
      translate(
        'Faza „realizacja” trwa od 1 marca 2027, 12:00 (czasu polskiego) — jej początku nie można zmienić, można przesunąć tylko koniec.',
        'en',
      ),
    ).toBe(
      'The phase “implementation” has been running since 1 March 2027, 12:00 (Polish time) — its start cannot be changed, only its end can be moved.',
    )
  })

  it('composes texts from entries with t(), in Polish from the id itself', () => {
    expect(t('pl', 'Nie ma edycji budżetu obywatelskiego na rok {year}.', { year: 2027 })).toBe(
      'Nie ma edycji budżetu obywatelskiego na rok 2027.',
    )
    expect(t('en', 'Nie ma edycji budżetu obywatelskiego na rok {year}.', { year: 2027 })).toBe(
      'There is no participatory budget edition for 2027.',
    )
    expect(t('en', 'Brak takiego wpisu: {x}.', { x: 1 })).toBe('Brak takiego wpisu: 1.')
    expect(t('en', 'Zbyt wiele próśb o kod. Spróbuj ponownie za {minutes} min.')).toBe(
      'Too many requests for a code. Please try again in {minutes} min.',
    )
  })
})
