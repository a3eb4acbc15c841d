import type { Lang, Translate } from '../../core/i18n'
import { formatDate } from '../../core/lib/time'

/* The election's facts in words, the same on the public page and in the panel. */

/** "od 1 do 7 grudnia 2026 włącznie": the voting days, both counting. */
export function votingDays(e: { votingFrom: string; votingTo: string }, t: Translate, lang: Lang) {
  return t('councils.elections.days', {
    from: formatDate(e.votingFrom, lang),
    to: t('time.inclusive', { date: formatDate(e.votingTo, lang) }),
  })
}

/** Who may vote, in sentences: the age on the day of the vote, the electors' list or the voter's own declaration. */
export function whoVotes(
  e: { electorate: string; voterMinAge: number | null; voterMaxAge: number | null },
  t: Translate,
): string[] {
  const items: string[] = []
  if (e.voterMinAge !== null && e.voterMaxAge !== null)
    items.push(t('councils.elections.who.ageBetween', { min: e.voterMinAge, max: e.voterMaxAge }))
  else if (e.voterMinAge !== null) items.push(t('councils.elections.who.ageMin', { min: e.voterMinAge }))
  else if (e.voterMaxAge !== null) items.push(t('councils.elections.who.ageMax', { max: e.voterMaxAge }))
  items.push(t(e.electorate === 'spis' ? 'councils.elections.who.spis' : 'councils.elections.who.deklaracja'))
  return items
}

/** The name a constituency is read by: '' is the whole JST electing together. */
export function constituencyName(list: { key: string; name: string }[], key: string, t: Translate): string {
  return list.find((o) => o.key === key)?.name ?? t('councils.elections.wholeJst')
}
