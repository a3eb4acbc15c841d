import * as v from 'valibot'

const address = v.pipe(
  v.string('Podaj adres e-mail albo numer telefonu.'),
  v.trim(),
  v.minLength(5, 'Podaj adres e-mail albo numer telefonu.'),
  v.maxLength(254),
)

export const codeRequestSchema = v.object({
  channel: v.optional(v.picklist(['email', 'sms'], 'Kanał: email lub sms.'), 'email'),
  address,
})
export const sessionSchema = v.object({
  channel: v.optional(v.picklist(['email', 'sms']), 'email'),
  address,
  code: v.pipe(v.string('Wpisz kod z wiadomości.'), v.trim(), v.regex(/^\d{6}$/, 'Kod ma 6 cyfr.')),
})

const choices = v.record(
  v.pipe(v.string(), v.maxLength(64)),
  v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
)

export const identitySchema = v.object({
  firstName: v.pipe(v.string('Podaj imię.'), v.trim(), v.minLength(1, 'Podaj imię.'), v.maxLength(80)),
  lastName: v.pipe(v.string('Podaj nazwisko.'), v.trim(), v.minLength(1, 'Podaj nazwisko.'), v.maxLength(120)),
  address: v.pipe(
    v.string('Podaj adres zamieszkania.'),
    v.trim(),
    v.minLength(3, 'Podaj adres zamieszkania.'),
    v.maxLength(300),
  ),
  residenceDeclared: v.literal(true, 'Potwierdź, że mieszkasz na terenie tej jednostki samorządu.'),
  pesel: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(11))),
  adult: v.optional(v.boolean()),
  guardianName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  guardianDeclared: v.optional(v.boolean()),
  ageBand: v.optional(v.picklist(['<18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'])),
  sex: v.optional(v.picklist(['k', 'm'])),
})

const draftText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)))
/** A draft is saved as the person types: only sizes are limited, completeness is checked when the ballot is cast. */
export const draftSchema = v.object({
  choices: v.optional(choices, {}),
  identity: v.optional(
    v.object({
      firstName: draftText(80),
      lastName: draftText(120),
      address: draftText(300),
      residenceDeclared: v.optional(v.boolean()),
      pesel: draftText(11),
      adult: v.optional(v.boolean()),
      guardianName: draftText(200),
      guardianDeclared: v.optional(v.boolean()),
      ageBand: identitySchema.entries.ageBand,
      sex: identitySchema.entries.sex,
    }),
  ),
})
export const castSchema = v.object({ choices, identity: identitySchema })
