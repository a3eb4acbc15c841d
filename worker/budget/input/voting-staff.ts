import * as v from 'valibot'
import { implementationStatuses, reasonMissing } from '../domain/implementation'
import { identitySchema } from './voting'

const flag = v.optional(v.boolean(), false)

export const paperCardSchema = v.object({
  cardNumber: v.pipe(v.string('Podaj numer karty.'), v.trim(), v.minLength(1, 'Podaj numer karty.'), v.maxLength(40)),
  choices: v.record(
    v.pipe(v.string(), v.maxLength(64)),
    v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  ),
  identity: v.object({
    ...identitySchema.entries,
    residenceDeclared: v.boolean('Zaznacz, czy na karcie jest oświadczenie o zamieszkaniu.'),
  }),
  flags: v.object({ unsigned: flag, limitsExceeded: flag, unreadable: flag, late: flag }),
})
export const rejectCardSchema = v.object({
  reason: v.pipe(
    v.string('Podaj powód.'),
    v.trim(),
    v.minLength(5, 'Podaj powód (co najmniej 5 znaków).'),
    v.maxLength(2000),
  ),
})

const page = (max: number, fallback: string) =>
  v.optional(v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'Podaj liczbę.'), v.transform(Number), v.maxValue(max)), fallback)
export const ballotsQuery = v.object({
  status: v.optional(v.picklist(['valid', 'duplicate', 'void', 'invalid'], 'Nieznany status karty.')),
  limit: page(500, '100'),
  offset: page(10_000_000, '0'),
})

/** A new implementation status of a winner; abandoning it needs a reason residents can read. */
export const statusSchema = v.pipe(
  v.object({
    status: v.picklist(implementationStatuses, 'Wybierz status realizacji.'),
    reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000))),
  }),
  v.forward(
    v.check(
      (b) => !reasonMissing(b.status, b.reason),
      'Odstąpienie od realizacji wymaga uzasadnienia (co najmniej 10 znaków).',
    ),
    ['reason'],
  ),
)

/** The text of a progress note of a winner's implementation. */
export const noteSchema = v.object({
  text: v.pipe(
    v.string('Wpisz treść informacji.'),
    v.trim(),
    v.minLength(5, 'Wpisz treść informacji (co najmniej 5 znaków).'),
    v.maxLength(10_000),
  ),
})
