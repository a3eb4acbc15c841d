import * as v from 'valibot'

/**
 * A trimmed text of at most `max` characters, with the Polish refusal naming the limit: every councils form field
 * that takes free text starts from this, so the limit reads the same everywhere.
 */
export const textUpTo = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
