import * as v from 'valibot'

/*
 * The request bodies of outreach: a subscription to a JST's consultations (an address, then the links' tokens) and the
 * advisory bodies asked for an opinion. Shapes only; what may happen when is the actions' (actions/subscriptions.ts,
 * actions/opinions.ts).
 */

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj dzień w postaci RRRR-MM-DD.'))
const email = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
  v.email('Podaj poprawny adres e-mail.'),
)
/** A secret from an e-mailed link (base64url, 256 bits): anything else is refused before the database is asked. */
const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{20,100}$/, 'Link jest niepełny — otwórz go z wiadomości.'))

/** `POST …/konsultacje/subscriptions`: the address to tell of every new consultation. */
export const subscribeSchema = v.object({ email })

/** `POST …/subscriptions/confirm` and `…/unsubscribe`: the token from the e-mailed link. */
export const subscriptionTokenSchema = v.object({ token })

const bodyName = v.pipe(text(300), v.minLength(3, 'Podaj nazwę organu (co najmniej 3 znaki).'))

/** `POST …/opinions`: an advisory body asked for its opinion (the RDPP, a rada seniorów…). */
export const opinionCreateSchema = v.object({
  bodyName,
  email,
  required: v.boolean(),
  /** The last day for the opinion; left out: the preset's statutory period from the invitation (RDPP: 14 days). */
  dueOn: v.optional(v.nullable(day)),
})

/** `PATCH …/opinions/{id}`: the fields sent change; `opinion` with `receivedOn` records the opinion received. */
export const opinionUpdateSchema = v.object({
  bodyName: v.optional(bodyName),
  email: v.optional(email),
  required: v.optional(v.boolean()),
  dueOn: v.optional(v.nullable(day)),
  opinion: v.optional(v.nullable(text(20_000))),
  /** The day the opinion reached the office (Warsaw day); null takes the record of receipt back. */
  receivedOn: v.optional(v.nullable(day)),
})

export type OpinionCreate = v.InferOutput<typeof opinionCreateSchema>
export type OpinionUpdate = v.InferOutput<typeof opinionUpdateSchema>
