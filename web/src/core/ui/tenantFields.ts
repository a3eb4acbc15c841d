/** The editable details of a JST, in form order, with their input types and whether they may be left empty. */
export interface TenantFieldSpec {
  name: string
  type: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'kind'
  optional: boolean
  autocomplete?: string
  hint?: boolean
}

export const IDENTITY_FIELDS: TenantFieldSpec[] = [
  { name: 'name', type: 'text', optional: false, hint: true },
  { name: 'slug', type: 'text', optional: false, hint: true },
  { name: 'kind', type: 'kind', optional: false },
  { name: 'teryt', type: 'text', optional: false, hint: true },
  { name: 'population', type: 'number', optional: false },
]

/** What a JST's own admin may change about its identity (slug, TERYT and kind stay with the operator). */
export const PROFILE_IDENTITY_FIELDS: TenantFieldSpec[] = [
  { name: 'name', type: 'text', optional: false, hint: true },
  { name: 'population', type: 'number', optional: false },
]

export const CONTACT_FIELDS: TenantFieldSpec[] = [
  { name: 'contactEmail', type: 'email', optional: false },
  { name: 'contactPhone', type: 'tel', optional: true },
  { name: 'address', type: 'text', optional: true, hint: true },
  { name: 'bipUrl', type: 'url', optional: true, hint: true },
  { name: 'iodName', type: 'text', optional: true },
  { name: 'iodEmail', type: 'email', optional: true },
  { name: 'logoUrl', type: 'url', optional: true, hint: true },
]

export const A11Y_FIELDS: TenantFieldSpec[] = [
  { name: 'a11yPublishedOn', type: 'date', optional: false, hint: true },
  { name: 'a11yUpdatedOn', type: 'date', optional: false, hint: true },
]

/** Form strings → API body: empty optional fields become null, the population a number. */
export function toBody(specs: TenantFieldSpec[], values: Record<string, string>, only?: Set<string>) {
  const body: Record<string, string | number | null> = {}
  for (const spec of specs) {
    if (only && !only.has(spec.name)) continue
    const raw = (values[spec.name] ?? '').trim()
    if (spec.type === 'number') body[spec.name] = raw === '' ? null : Number(raw.replace(/\s/g, ''))
    else body[spec.name] = raw === '' && spec.optional ? null : raw
  }
  return body
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
