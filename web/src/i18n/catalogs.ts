import en from './en'
import pl from './pl'

/** The languages of the interface. Polish is the default; English is offered through the language switch. */
export type Lang = 'pl' | 'en'
export const LANGS: readonly Lang[] = ['pl', 'en']

export type Messages = Readonly<Record<string, string>>

/**
 * Module message files (for example `recount.pl.ts` / `recount.en.ts`, written alongside a module's pages) are
 * picked up automatically: each default-exports an object of keys prefixed with the module name.
 */
const modulesPl = import.meta.glob<Messages>('./*.pl.ts', { eager: true, import: 'default' })
const modulesEn = import.meta.glob<Messages>('./*.en.ts', { eager: true, import: 'default' })

function merge(core: Messages, modules: Record<string, Messages>): Messages {
  const out: Record<string, string> = { ...core }
  for (const file of Object.keys(modules).sort()) Object.assign(out, modules[file])
  return out
}

export const catalogs: Readonly<Record<Lang, Messages>> = {
  pl: merge(pl, modulesPl),
  en: merge(en, modulesEn),
}
