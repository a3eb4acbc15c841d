/*
 * How names and addresses are folded before they are compared or keyed: pure, so the web's forms (a voter's name
 * checked in the browser) and the server's keys (worker/core/identity/person.ts) read a person the same way.
 */

const folds: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', ø: 'o' }

/** Lower case, Polish letters folded to ASCII, punctuation and repeated spaces dropped: "Łukasz  Nowak" = "lukasz nowak". */
export function normalizeText(s: string): string {
  return s
    .replace(/[łŁßæø]/g, (ch) => folds[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Street prefixes people write or leave out: "ul. Długa 5" and "Dluga 5" are the same address. */
export function normalizeAddress(s: string): string {
  return normalizeText(s)
    .split(' ')
    .filter((w) => !['ul', 'ulica', 'al', 'aleja', 'aleje', 'os', 'osiedle', 'pl', 'plac', 'm', 'lok'].includes(w))
    .join(' ')
}
