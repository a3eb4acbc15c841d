/**
 * The `;`-separated, CSV-quoted rows of a Pabulib file.
 *
 * Quoting follows the usual CSV rules (a field that starts with `"` runs to the matching `"`, a doubled `""` inside
 * stands for one `"`, and such a field may contain `;` and line breaks). Real files also contain fields such as
 * `"Odkupmy" i my - ...` where the quotes are part of the text; a quoted part that is *not* followed by `;` or the
 * end of the row is therefore read literally, as written, instead of silently dropping the quotes.
 */

/** A quoted field that spans lines and does not end where the field ends: certainly a stray quote. */
export class StrayQuoteError extends Error {}

/**
 * Splits one (possibly multi-line) record into fields. Returns `null` when a quoted field continues on the next
 * line; throws `StrayQuoteError` when a quote opened on one line closes on a later line in the middle of a field.
 */
export function splitRecord(text: string): string[] | null {
  if (text.indexOf('"') < 0) return text.split(';')
  const out: string[] = []
  const n = text.length
  let i = 0
  for (;;) {
    // At the start of a field.
    if (i < n && text.charCodeAt(i) === 34 /* " */) {
      const start = i
      let j = i + 1
      let value = ''
      let closed = false
      while (j < n) {
        const c = text.charCodeAt(j)
        if (c === 34) {
          if (j + 1 < n && text.charCodeAt(j + 1) === 34) {
            value += '"'
            j += 2
            continue
          }
          closed = true
          break
        }
        const next = text.indexOf('"', j)
        const stop = next < 0 ? n : next
        value += text.slice(j, stop)
        j = stop
      }
      if (!closed) return null // quoted field continues on the next line
      j++ // past the closing quote
      if (j >= n || text.charCodeAt(j) === 59 /* ; */) {
        out.push(value)
        if (j >= n) return out
        i = j + 1
        continue
      }
      // Quotes that do not enclose the whole field: keep the field literally up to the next `;` — unless the
      // "quoted" part ran over a line break, which means the opening quote was never meant to be closed.
      if (value.includes('\n')) throw new StrayQuoteError()
      const semi = text.indexOf(';', j)
      if (semi < 0) {
        out.push(text.slice(start))
        return out
      }
      out.push(text.slice(start, semi))
      i = semi + 1
      continue
    }
    const semi = text.indexOf(';', i)
    if (semi < 0) {
      out.push(text.slice(i))
      return out
    }
    out.push(text.slice(i, semi))
    i = semi + 1
  }
}

/** Quotes a field when it must be (contains `;`, `"` or a line break, or starts/ends with spaces). */
export function quoteField(value: string): string {
  if (/[;"\r\n]/.test(value) || (value.length > 0 && value.trim() !== value)) {
    return `"${value.replace(/"/g, '""')}"`
  }
  return value
}

/** Joins fields into one row. */
export function joinRecord(fields: readonly string[]): string {
  let s = ''
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) s += ';'
    s += quoteField(fields[i])
  }
  return s
}

/**
 * Splits text arriving in chunks into logical records (a quoted field may span lines), keeping the 1-based line
 * number where each record starts. Handles LF, CRLF and a leading UTF-8 BOM.
 */
export class RecordSplitter {
  private rest = ''
  private line = 0
  private first = true
  private pending: string | null = null
  private pendingLine = 0

  constructor(
    private readonly emit: (line: number, fields: string[], raw: string) => void,
    private readonly onStrayQuote: (line: number) => never,
  ) {}

  push(chunk: string): void {
    let text = this.rest + chunk
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      this.first = false
    }
    let pos = 0
    for (;;) {
      const nl = text.indexOf('\n', pos)
      if (nl < 0) break
      let end = nl
      if (end > pos && text.charCodeAt(end - 1) === 13) end--
      this.line++
      this.take(text.slice(pos, end))
      pos = nl + 1
    }
    this.rest = text.slice(pos)
  }

  /** Flushes the last line. Returns the number of the last line seen. */
  end(): number {
    if (this.rest.length > 0) {
      let last = this.rest
      if (last.charCodeAt(last.length - 1) === 13) last = last.slice(0, -1)
      this.line++
      this.rest = ''
      this.take(last)
    }
    return this.line
  }

  /** The line where an unterminated quoted field started, or 0. */
  get unterminatedAt(): number {
    return this.pending !== null ? this.pendingLine : 0
  }

  private take(lineText: string): void {
    if (this.pending !== null) {
      const joined = this.pending + '\n' + lineText
      let fields: string[] | null
      try {
        fields = splitRecord(joined)
      } catch (e) {
        if (e instanceof StrayQuoteError) this.onStrayQuote(this.pendingLine)
        throw e
      }
      if (fields === null) {
        this.pending = joined
        return
      }
      this.pending = null
      this.emit(this.pendingLine, fields, joined)
      return
    }
    const fields = splitRecord(lineText)
    if (fields === null) {
      this.pending = lineText
      this.pendingLine = this.line
      return
    }
    this.emit(this.line, fields, lineText)
  }
}
