/**
 * CSV for spreadsheets (the open-data exports: projects, results). UTF-8 with a byte-order mark, `;` between cells
 * and CRLF between rows, as Polish Excel and LibreOffice expect.
 *
 * Texts in these files come from residents (project titles, addresses) and a spreadsheet runs a cell that starts
 * with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula: `=HYPERLINK(…)` in a title would
 * be a live link, or worse, in the official's spreadsheet. Every text cell that starts so gets a leading apostrophe,
 * which spreadsheets show as plain text (OWASP "CSV injection"). Numbers are written as they are. `.pb` files are not
 * spreadsheets and are never written with this: a recount must read the titles verbatim (worker/budget/tally/csv.ts).
 */

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/
const NEEDS_QUOTES = /[;"\r\n]/

/** One cell: a text neutralised (see above) and quoted when it holds `;`, `"` or a line break; a number as it is. */
export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return ''
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text
}

/** One row of cells, `;`-separated. */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(';')
}

/** A whole file: the header and the rows, with the byte-order mark and CRLF line ends. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `\uFEFF${[csvRow(header), ...rows.map(csvRow)].join('\r\n')}\r\n`
}

/** Headers of a CSV download named `filename`. */
export function csvHeaders(filename: string): Record<string, string> {
  return { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` }
}
