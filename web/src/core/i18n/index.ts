import { useCallback, useEffect, useState } from 'preact/hooks'
import { catalogs, LANGS, loadCatalog, type Lang } from './catalogs'

export type { Lang } from './catalogs'
export { LANGS } from './catalogs'
export { addMessages } from './catalogs'

export type Params = Readonly<Record<string, string | number>>
export type Translate = (key: string, params?: Params) => string

const STORAGE_KEY = 'wspolnota.lang'
const listeners = new Set<() => void>()
let current: Lang = readStored()

function readStored(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (stored && (LANGS as readonly string[]).includes(stored)) return stored as Lang
  } catch {
    // Storage may be unavailable (privacy mode); Polish stays the default.
  }
  return 'pl'
}

/** Looks a key up in one language, filling `{name}` placeholders. A missing key shows the key itself. */
export function translate(lang: Lang, key: string, params?: Params): string {
  const message = catalogs[lang][key] ?? catalogs.pl[key]
  if (message === undefined) {
    if (import.meta.env.DEV) console.warn(`[i18n] missing key: ${key}`)
    return key
  }
  if (!params) return message
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

/** Whether a key exists (used for optional labels such as audit action names). */
export function hasMessage(key: string): boolean {
  return key in catalogs[current] || key in catalogs.pl
}

/** Loads the catalogue of the language remembered from an earlier visit; `main.tsx` awaits it before rendering. */
export function loadCurrentCatalog(): Promise<void> {
  return loadCatalog(current).catch(() => {
    current = 'pl'
  })
}

export function getLang(): Lang {
  return current
}

/** Marks the document with the current language; called at start-up and on every switch. */
export function applyLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current
}

/**
 * Switches the interface language. The English catalogue is downloaded first, so the page never shows a mix; if the
 * download fails the interface stays in the current language.
 */
export async function setLang(lang: Lang): Promise<void> {
  if (lang === current) return
  await loadCatalog(lang)
  current = lang
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // Not remembered, but still switched for this visit.
  }
  applyLang()
  for (const listener of listeners) listener()
}

export function useLang(): Lang {
  const [lang, setState] = useState(current)
  useEffect(() => {
    const listener = () => setState(current)
    listeners.add(listener)
    listener()
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return lang
}

export function useT(): Translate {
  const lang = useLang()
  return useCallback((key: string, params?: Params) => translate(lang, key, params), [lang])
}

/** BCP 47 locale for dates and numbers in the current language. */
export function localeOf(lang: Lang): string {
  return lang === 'pl' ? 'pl-PL' : 'en-GB'
}
