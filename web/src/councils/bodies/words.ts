import type { Translate } from '../../core/i18n'
import type { Majority, Quorum } from './types'

/*
 * A statute's rules in words, the same on the public page and in the panel: "połowa składu", "zwykła większość
 * głosów". The fractions the law and statutes use most have names; any other is written as a fraction.
 */

function fraction(t: Translate, numerator: number, denominator: number): string {
  if (numerator * 2 === denominator) return t('councils.bodies.words.half')
  if (numerator * 3 === denominator * 2) return t('councils.bodies.words.twoThirds')
  if (numerator * 5 === denominator * 3) return t('councils.bodies.words.threeFifths')
  return `${numerator}/${denominator}`
}

/** The quorum in words: "co najmniej połowa składu rady (ustawowego)". */
export function quorumText(t: Translate, q: Quorum): string {
  return t(`councils.bodies.words.quorum.${q.base}`, { fraction: fraction(t, q.numerator, q.denominator) })
}

/** The majority in words: "zwykła większość głosów", "bezwzględna większość obecnych", "2/3 głosów oddanych". */
export function majorityText(t: Translate, m: Majority): string {
  if (m.kind === 'zwykla') return t('councils.bodies.words.majority.zwykla')
  if (m.kind === 'bezwzgledna') return t(`councils.bodies.words.majority.bezwzgledna.${m.base}`)
  return t(`councils.bodies.words.majority.kwalifikowana.${m.base}`, {
    fraction: fraction(t, m.numerator, m.denominator),
  })
}

/** The kinds a JST may create a body of, in the order the create form offers them. */
export const KINDS = ['rada_seniorow', 'mlodziezowa_rada', 'rdpp', 'inna'] as const
export const REPRESENTATIONS = [
  'seniorzy',
  'organizacje',
  'utw',
  'podmioty',
  'mlodziez',
  'organ_stanowiacy',
  'organ_wykonawczy',
  'inni',
] as const
export const FILLS = ['wybory', 'zgloszenie', 'powolanie'] as const
export const STATUSES = ['tworzona', 'dziala', 'zniesiona'] as const
