const POLISH: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' }

/**
 * Lower case with Polish letters as plain ASCII, so a search for "lawki" finds "Ławki" (people type without Polish
 * letters on phones and foreign keyboards) and labels can become storage keys.
 */
export function foldPolish(text: string): string {
  return text.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => POLISH[c]!)
}
