import pl from './pl'

/** The languages of the interface. Polish is the default; English is offered through the language switch. */
export type Lang = 'pl' | 'en'
export const LANGS: readonly Lang[] = ['pl', 'en']

export type Messages = Readonly<Record<string, string>>

/**
 * Module message files (for example `recount.pl.ts` / `recount.en.ts`, written alongside a module's pages) are
 * picked up automatically: each default-exports an object of keys prefixed with the module name. Polish is in the
 * entry bundle; English is downloaded only when someone switches to it (half the size of the first download).
 */
const modulesPl = import.meta.glob<Messages>('./*.pl.ts', { eager: true, import: 'default' })
const modulesEn = import.meta.glob<Messages>(['./en.ts', './*.en.ts'], { import: 'default' })

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
