import { useEffect, useState } from 'preact/hooks'
import { useLang } from '../../core/i18n'

type Translator = (text: string) => string

let english: Translator | null = null
let loading: Promise<Translator> | null = null

/** Loads the server's translator with the module's English catalogue, once, only when someone reads in English. */
function loadEnglish(): Promise<Translator> {
  loading ??= Promise.all([
    import('../../../../worker/core/i18n'),
    import('../../../../worker/consultations/i18n/en'),
  ]).then(([i18n, catalogue]) => {
    i18n.addMessages('en', catalogue.default)
    english = (text) => i18n.translate(text, 'en')
    return english
  })
  return loading
}

/**
 * The words of the pure rules (`checkLaunch` run in the browser) in the reader's language. The rules write Polish,
 * and the server translates its refusals through its catalogue (`worker/consultations/i18n/en.ts`); the same
 * catalogue and the same translator are loaded here in English, so the form's preview says what the server will
 * answer, word for word, in either language. Polish needs nothing loaded.
 */
export function useServerText(): Translator {
  const lang = useLang()
  const [, setReady] = useState(0)
  useEffect(() => {
    if (lang !== 'en' || english) return
    let alive = true
    void loadEnglish().then(() => alive && setReady((n) => n + 1))
    return () => {
      alive = false
    }
  }, [lang])
  return lang === 'en' && english ? english : (text) => text
}
