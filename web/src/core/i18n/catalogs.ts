import pl from './pl'

/** The languages of the interface. Polish is the default; English is offered through the language switch. */
export type Lang = 'pl' | 'en'
export const LANGS: readonly Lang[] = ['pl', 'en']

export type Messages = Readonly<Record<string, string>>

/**
 * Message files beside the core catalogue and in every module's `i18n/` folder (for example
 * `budget/i18n/nav.pl.ts` / `nav.en.ts`; the core's own `time.*` and `map.*` match the same pattern) are picked up
 * automatically: each default-exports an object of keys prefixed with its name, so a new module's catalogues need no
 * edit here. Polish is in the entry bundle, except a module's page catalogues (`*.pages.pl.ts`): those are registered
 * by the module's `i18n/pages.ts` (`addMessages`), which its lazily loaded pages import, so they travel in the pages'
 * chunks (listed in the page's HTML with the rest of its code) instead of the entry every visitor downloads. The
 * audit log's labels (`*-audit.pl.ts`) likewise travel with the one page that shows them (`./audit.ts`). English
 * (every `*.en.ts`, pages included) is downloaded only when someone switches to it.
 */
const modulesPl = import.meta.glob<Messages>(
  ['../../*/i18n/*.pl.ts', '!../../*/i18n/*.pages.pl.ts', '!../../*/i18n/*-audit.pl.ts'],
  { eager: true, import: 'default' },
)
const modulesEn = import.meta.glob<Messages>(['./en.ts', '../../*/i18n/*.en.ts'], { import: 'default' })

function merge(core: Messages, modules: Record<string, Messages>): Messages {
  const out: Record<string, string> = { ...core }
  for (const file of Object.keys(modules).sort()) Object.assign(out, modules[file])
  return out
}

/** The loaded catalogues; English stays empty (falling back to Polish) until `loadCatalog('en')` resolves. */
export const catalogs: Record<Lang, Messages> = {
  pl: merge(pl, modulesPl),
  en: {},
}

/**
 * Adds messages to a language's catalogue when the code that reads them arrives: a module's `i18n/pages.ts` registers
 * its page catalogues in Polish when one of its lazy pages is imported (English comes whole from `loadCatalog('en')`).
 */
export function addMessages(lang: Lang, messages: Messages): void {
  catalogs[lang] = { ...catalogs[lang], ...messages }
}

let english: Promise<void> | null = null

/** Makes `lang` available; resolves at once for Polish. A failed download may be retried by calling again. */
export function loadCatalog(lang: Lang): Promise<void> {
  if (lang === 'pl') return Promise.resolve()
  english ??= Promise.all(Object.entries(modulesEn).map(async ([file, load]) => [file, await load()] as const))
    .then((files) => {
      const loaded = Object.fromEntries(files)
      const { ['./en.ts']: core, ...modules } = loaded
      catalogs.en = merge(core ?? {}, modules)
    })
    .catch((error) => {
      english = null
      throw error
    })
  return english
}
