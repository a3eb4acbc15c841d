/**
 * The legal forms of organisations the directory takes, as data: the NGOs of art. 3 ust. 2 upp and the entities of
 * art. 3 ust. 3 that councils and consultations most often meet. `register` says where such an organisation is
 * usually entered (KRS for foundations, associations, social cooperatives and non-profit companies; the starosta's
 * register for ordinary associations and UKS; the KGW register of ARiMR; the minister's for church legal persons),
 * which the registration form uses only as a first suggestion: the organisation's own entry decides. Pure, shared
 * with the web, which names each form by `organizations.form.<key>`.
 */
export const LEGAL_FORMS = [
  { key: 'fundacja', pl: 'fundacja', register: 'krs' },
  { key: 'stowarzyszenie', pl: 'stowarzyszenie', register: 'krs' },
  { key: 'stowarzyszenie-zwykle', pl: 'stowarzyszenie zwykłe', register: 'other' },
  { key: 'spoldzielnia-socjalna', pl: 'spółdzielnia socjalna', register: 'krs' },
  { key: 'koscielna-osoba-prawna', pl: 'kościelna osoba prawna', register: 'other' },
  { key: 'spolka-non-profit', pl: 'spółka non-profit', register: 'krs' },
  { key: 'uczniowski-klub-sportowy', pl: 'uczniowski klub sportowy', register: 'other' },
  { key: 'kolo-gospodyn-wiejskich', pl: 'koło gospodyń wiejskich', register: 'other' },
  { key: 'inna', pl: 'inna forma prawna', register: 'other' },
] as const

export type LegalForm = (typeof LEGAL_FORMS)[number]['key']

/** The stable keys, in the order the form offers them. */
export const LEGAL_FORM_KEYS: readonly LegalForm[] = LEGAL_FORMS.map((f) => f.key)
