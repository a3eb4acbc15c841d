const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
]

/**
 * A Warsaw calendar date as a Polish sentence names it ("2027-01-08" → "8 stycznia 2027"), written out by hand so the
 * tests do not check the app's formatter with itself.
 */
export function polishDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1]} ${y}`
}
