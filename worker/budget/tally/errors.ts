/**
 * The one error type of the reader.
 *
 * Why a typed error: a municipality uploads a file it got from someone else; "Cannot read properties of undefined"
 * helps nobody. Every problem the reader detects becomes a `PabulibError` with the 1-based line number, a stable
 * `code` that tests and the UI can switch on, a Polish message (`message`) and its English translation
 * (`messageEn`).
 */
export type PabulibErrorCode =
  | 'missing-section'
  | 'section-order'
  | 'wrong-header'
  | 'missing-column'
  | 'column-count'
  | 'bad-number'
  | 'missing-meta'
  | 'duplicate-meta-key'
  | 'unknown-vote-type'
  | 'duplicate-project'
  | 'duplicate-voter'
  | 'empty-id'
  | 'unknown-project'
  | 'duplicate-in-vote'
  | 'points-mismatch'
  | 'choose-1-length'
  | 'count-mismatch'
  | 'unterminated-quote'
  | 'empty-file'

export class PabulibError extends Error {
  readonly code: PabulibErrorCode
  /** 1-based line of the file where the problem is (0 when it concerns the file as a whole). */
  readonly line: number
  /** The same message in English. */
  readonly messageEn: string

  constructor(code: PabulibErrorCode, line: number, pl: string, en: string) {
    super(line > 0 ? `Linia ${line}: ${pl}` : pl)
    this.name = 'PabulibError'
    this.code = code
    this.line = line
    this.messageEn = line > 0 ? `Line ${line}: ${en}` : en
  }
}

export function isPabulibError(e: unknown): e is PabulibError {
  return e instanceof PabulibError
}
