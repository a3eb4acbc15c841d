import { localeOf, type Lang } from '../../core/i18n'

/** Grosze as złoty, e.g. 1 234 567 → "12 345,67 zł" (no decimals when whole). */
export function zl(grosze: number, lang: Lang): string {
  return zlUnits(grosze / 100, lang)
}

/** An amount already in złoty (the count's outcome uses currency units). */
export function zlUnits(value: number, lang: Lang): string {
  const whole = Math.round(value * 100) % 100 === 0
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'PLN',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value)
}

export function num(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value)
}

export function percent(value: number, lang: Lang): string {
  const digits = value > 0 && value < 0.01 ? 2 : 1
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** Receipt codes are typed by people: spaces and dashes dropped, letters upper-cased, O→0, I/L→1 (Crockford). */
export function normaliseReceipt(value: string): string {
  return value
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** "ABCDE FGHJK": two groups of five are easier to read out and copy by hand. */
export function groupReceipt(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)} ${code.slice(5)}` : code
}
