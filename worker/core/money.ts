/**
 * Amounts of money as a person reads them, in one place for every module's messages and e-mails: grosze in, Polish
 * złoty out, grosze shown only when there are any ("1 300 000 zł", "921 012,06 zł") — the rule of the web's `zl`
 * (web/src/budget/voting/format.ts), so a ballot's error and its running total read alike. Pure, so the browser's ballot
 * check says the same as the server. (Open data writes złoty for machines: `formatMoney` in
 * worker/budget/tally/money.ts.)
 */
export function formatZl(grosze: number): string {
  const whole = grosze % 100 === 0
  return `${(grosze / 100).toLocaleString('pl-PL', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })} zł`
}
