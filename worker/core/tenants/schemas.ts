import * as v from 'valibot'

export const tenantKinds = [
  'gmina-miejska',
  'gmina-wiejska',
  'gmina-miejsko-wiejska',
  'miasto-na-prawach-powiatu',
  'powiat',
  'wojewodztwo',
] as const

const optionalText = (max: number) => v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(max))))
const optionalUrl = v.optional(
  v.nullable(
    v.union([
      v.literal(''),
      v.pipe(
        v.string(),
        v.trim(),
        v.url('Podaj pełny adres, np. https://bip.gmina.pl.'),
        v.startsWith('https://', 'Adres musi zaczynać się od https://.'),
      ),
    ]),
  ),
)
const optionalEmail = v.optional(
  v.nullable(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email('Podaj poprawny adres e-mail.'))])),
)

/**
 * TERYT codes: 7 digits for a gmina (the last one its kind), 4 for a powiat, 2 for a województwo, as in the
 * GUS register TERC.
 */
const teryt = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^(\d{2}|\d{4}|\d{7})$/, 'Kod TERYT ma 2 (województwo), 4 (powiat) lub 7 cyfr (gmina).'),
)

/** Public details of a JST that its admin may change. */
export const tenantProfileSchema = v.object({
  name: v.pipe(
    v.string('Podaj nazwę.'),
    v.trim(),
    v.minLength(3, 'Nazwa musi mieć co najmniej 3 znaki.'),
    v.maxLength(160),
  ),
  population: v.pipe(
    v.number('Podaj liczbę mieszkańców.'),
    v.integer('Podaj liczbę całkowitą.'),
    v.minValue(1, 'Liczba mieszkańców musi być dodatnia.'),
    v.maxValue(10_000_000),
  ),
  bipUrl: optionalUrl,
  contactEmail: v.pipe(v.string('Podaj adres e-mail do kontaktu.'), v.trim(), v.email('Podaj poprawny adres e-mail.')),
  contactPhone: optionalText(40),
  address: optionalText(300),
  iodName: optionalText(160),
  iodEmail: optionalEmail,
  logoUrl: optionalUrl,
  a11yPublishedOn: v.optional(v.pipe(v.string(), v.isoDate('Podaj datę w formacie RRRR-MM-DD.'))),
  a11yUpdatedOn: v.optional(v.pipe(v.string(), v.isoDate('Podaj datę w formacie RRRR-MM-DD.'))),
})

export const createTenantSchema = v.object({
  ...tenantProfileSchema.entries,
  slug: v.pipe(
    v.string('Podaj adres (slug).'),
    v.trim(),
    v.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'Adres może zawierać tylko małe litery bez polskich znaków, cyfry i myślniki.',
    ),
    v.minLength(3, 'Adres musi mieć co najmniej 3 znaki.'),
    v.maxLength(60),
    v.check((s) => !reservedSlugs.has(s), 'Ten adres jest zarezerwowany.'),
  ),
  teryt,
  kind: v.picklist(tenantKinds, 'Wybierz rodzaj jednostki.'),
})

export const updateTenantSchema = v.partial(
  v.object({ ...tenantProfileSchema.entries, teryt, kind: createTenantSchema.entries.kind }),
)
export const updateProfileSchema = v.partial(tenantProfileSchema)

/** First path segments the SPA and API use themselves, so no JST can take them. */
export const reservedSlugs = new Set([
  'api',
  'panel',
  'dev',
  'assets',
  'przeliczenie',
  'rodo',
  'deklaracja-dostepnosci',
  'organizacje',
  'admin',
  'static',
  'favicon.svg',
  'robots.txt',
])

const processSchema = v.object({
  module: v.picklist(['budget', 'consultations', 'councils']),
  id: v.string(),
  title: v.string(),
  status: v.string(),
  url: v.string(),
})

export const tenantPublicSchema = v.object({
  slug: v.string(),
  name: v.string(),
  kind: v.picklist(tenantKinds),
  teryt: v.string(),
  population: v.number(),
  bipUrl: v.nullable(v.string()),
  contactEmail: v.string(),
  contactPhone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  iodName: v.nullable(v.string()),
  iodEmail: v.nullable(v.string()),
  logoUrl: v.nullable(v.string()),
  a11yPublishedOn: v.string(),
  a11yUpdatedOn: v.string(),
})

export const tenantHomeSchema = v.object({ ...tenantPublicSchema.entries, processes: v.array(processSchema) })
export const tenantListSchema = v.object({
  items: v.array(v.object({ slug: v.string(), name: v.string(), kind: v.string() })),
})
