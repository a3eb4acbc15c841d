/**
 * The kinds of advisory body a JST runs and what the law fixes for each, as data: the rules a statute, an
 * application, a vote or an opinion request is checked against all read from here, so a change of the law is a
 * change of one table. Sources: `../shared/domain/legal-pl.md` §3 (usg art. 5b and 5c, upp art. 41e–41i); where the
 * law sets nothing (the term and ages of a youth council, the term of a rada seniorów) the value is `null` and the
 * JST's statute decides. Citations of the powiat and województwo provisions follow the 2021 and 2023 amendments
 * and are to be checked against ISAP before go-live (docs/councils.md, "Open legal questions").
 */

/** The kinds: rada seniorów (usg art. 5c), młodzieżowa rada (usg art. 5b), the RDPP (upp art. 41e–41i), any other. */
export const bodyKinds = ['rada_seniorow', 'mlodziezowa_rada', 'rdpp', 'inna'] as const
export type BodyKind = (typeof bodyKinds)[number]

/** Whether `value` is one of the body kinds (e.g. a value read from a request). */
export function isBodyKind(value: unknown): value is BodyKind {
  return (bodyKinds as readonly unknown[]).includes(value)
}

/** The level of the JST a body belongs to. */
export const levels = ['gmina', 'powiat', 'wojewodztwo'] as const
export type Level = (typeof levels)[number]

/**
 * A JST's level from the tenant's kind (`worker/core/tenants/schemas.ts`). A miasto na prawach powiatu is a gmina
 * for these bodies: its council is a rada gminy (rada miasta) acting under usg.
 */
export function levelOfTenantKind(kind: string): Level {
  if (kind === 'powiat') return 'powiat'
  if (kind === 'wojewodztwo') return 'wojewodztwo'
  return 'gmina'
}

/** Whom a seat category represents; the law names some (art. 5c ust. 4 usg, art. 41f upp), statutes the rest. */
export const representations = [
  'seniorzy',
  'organizacje',
  'utw',
  'podmioty',
  'mlodziez',
  'organ_stanowiacy',
  'organ_wykonawczy',
  'inni',
] as const
export type Representation = (typeof representations)[number]

export const representationLabels: Record<Representation, string> = {
  seniorzy: 'przedstawiciele osób starszych',
  organizacje: 'przedstawiciele organizacji pozarządowych i podmiotów z art. 3 ust. 3 upp',
  utw: 'przedstawiciele uniwersytetów trzeciego wieku',
  podmioty: 'przedstawiciele innych podmiotów działających na rzecz osób starszych',
  mlodziez: 'przedstawiciele młodzieży',
  organ_stanowiacy: 'przedstawiciele organu stanowiącego (rady)',
  organ_wykonawczy: 'przedstawiciele organu wykonawczego (wójta, burmistrza, prezydenta, starosty)',
  inni: 'inni członkowie określeni w statucie',
}

/** Who may apply for a body to be created; the re-application lock binds some of them (see `applications.ts`). */
export const applicantKinds = [
  'wojt',
  'organizacje',
  'samorzad_uczniowski',
  'samorzad_studencki',
  'mieszkancy',
  'inni',
] as const
export type ApplicantKind = (typeof applicantKinds)[number]

/** The law's numbers for one kind of body; `null` wherever the law leaves the matter to the statute. */
export interface BodyLaw {
  kind: BodyKind
  /** The name at each level where the body exists; a level missing here has no such body in the law. */
  names: Partial<Record<Level, string>>
  /** The provision at each level, as refusals cite it. */
  basis: Partial<Record<Level, string>>
  /** Who creates it: the council by resolution (uchwała) or the executive by order (zarządzenie). */
  createdBy: 'organ_stanowiacy' | 'organ_wykonawczy' | null
  /** The seat categories the law allows; `null` = any the statute names. */
  allowedRepresentations: readonly Representation[] | null
  /** The categories the law requires at least one seat of. */
  requiredRepresentations: readonly Representation[]
  /** The smallest share of seats held by NGOs (upp art. 41f pkt 3: at least half). */
  minNgoShare: number | null
  /** The term in years when the law fixes it. */
  termYears: number | null
  /** Whether the law lets a statute set an age for members (no for a rada seniorów: NSA, legal-pl §3.2). */
  memberAgeAllowed: boolean
  /** The months within which an application to create the body must be decided. */
  decisionMonths: number | null
  /** The months a refused applicant waits before applying again, and which applicants that binds. */
  reapplyLock: { months: number; binds: readonly ApplicantKind[] } | null
  /** The smallest number of NGOs whose joint application obliges the executive to create the body. */
  minApplyingOrganisations: number | null
  /** Whether a petition of residents aged 60+ obliges the council to create the body (thresholds in applications.ts). */
  petitionOfSeniors: boolean
  /** Days the body has for opinions on the drafts the law names, and whether silence waives the right. */
  statutoryOpinion: { days: number; on: readonly OpinionSubject[]; silenceWaives: boolean } | null
  /** Days within which the executive answers the body's questions and requests (rada seniorów: 30). */
  inquiryAnswerDays: number | null
  /** Consecutive unexcused absences after which the executive removes a member. */
  removalAfterUnexcusedAbsences: number | null
}

/** What an opinion request concerns; the RDPP's 14 days bind for the first two (upp art. 41i). */
export const opinionSubjects = ['program_wspolpracy', 'strategia_rozwoju', 'projekt_uchwaly', 'inny'] as const
export type OpinionSubject = (typeof opinionSubjects)[number]

export const opinionSubjectLabels: Record<OpinionSubject, string> = {
  program_wspolpracy: 'projekt programu współpracy z organizacjami pozarządowymi',
  strategia_rozwoju: 'projekt strategii rozwoju',
  projekt_uchwaly: 'projekt uchwały lub aktu prawa miejscowego',
  inny: 'inna sprawa',
}

/** The citations refusals name, one per rule, so the English catalogue translates each once. */
export const rules = {
  rdppComposition: 'art. 41f upp',
  rdppTerm: 'art. 41e upp',
  rdppApplication: 'art. 41e upp',
  rdppRemoval: 'art. 41g upp',
  rdppOpinion: 'art. 41i upp',
  seniorsComposition: 'art. 5c ust. 4 usg',
  seniorsPetition: 'art. 5c ust. 2a usg',
  seniorsDecision: 'art. 5c ust. 2b i 2c usg',
  seniorsInquiry: 'art. 5c ust. 3a usg',
  youthCreation: 'art. 5b ust. 2–4 usg',
  youthStatute: 'art. 5b ust. 10 usg',
  civilCapacity: 'art. 10 i 15 kc',
} as const

export const bodyLaws: Record<BodyKind, BodyLaw> = {
  rada_seniorow: {
    kind: 'rada_seniorow',
    names: {
      gmina: 'gminna rada seniorów',
      powiat: 'powiatowa rada seniorów',
      wojewodztwo: 'wojewódzka rada seniorów',
    },
    basis: {
      gmina: 'art. 5c ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
      powiat: 'art. 3f ustawy z dnia 5 czerwca 1998 r. o samorządzie powiatowym',
      wojewodztwo: 'art. 10c ustawy z dnia 5 czerwca 1998 r. o samorządzie województwa',
    },
    createdBy: 'organ_stanowiacy',
    allowedRepresentations: ['seniorzy', 'organizacje', 'utw', 'podmioty'],
    requiredRepresentations: ['seniorzy'],
    minNgoShare: null,
    termYears: null,
    memberAgeAllowed: false,
    decisionMonths: 3,
    reapplyLock: { months: 6, binds: ['organizacje', 'mieszkancy', 'inni'] },
    minApplyingOrganisations: null,
    petitionOfSeniors: true,
    statutoryOpinion: null,
    inquiryAnswerDays: 30,
    removalAfterUnexcusedAbsences: null,
  },
  mlodziezowa_rada: {
    kind: 'mlodziezowa_rada',
    names: {
      gmina: 'młodzieżowa rada gminy',
      powiat: 'młodzieżowa rada powiatu',
      wojewodztwo: 'młodzieżowy sejmik województwa',
    },
    basis: {
      gmina: 'art. 5b ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
      powiat: 'art. 3e ustawy z dnia 5 czerwca 1998 r. o samorządzie powiatowym',
      wojewodztwo: 'art. 10b ustawy z dnia 5 czerwca 1998 r. o samorządzie województwa',
    },
    createdBy: 'organ_stanowiacy',
    allowedRepresentations: null,
    requiredRepresentations: [],
    minNgoShare: null,
    termYears: null,
    memberAgeAllowed: true,
    decisionMonths: 3,
    reapplyLock: {
      months: 6,
      binds: ['organizacje', 'samorzad_uczniowski', 'samorzad_studencki', 'mieszkancy', 'inni'],
    },
    minApplyingOrganisations: null,
    petitionOfSeniors: false,
    statutoryOpinion: null,
    inquiryAnswerDays: null,
    removalAfterUnexcusedAbsences: null,
  },
  rdpp: {
    kind: 'rdpp',
    names: {
      gmina: 'gminna rada działalności pożytku publicznego',
      powiat: 'powiatowa rada działalności pożytku publicznego',
    },
    basis: {
      gmina: 'art. 41e–41i ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie',
      powiat: 'art. 41e–41i ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie',
    },
    createdBy: 'organ_wykonawczy',
    allowedRepresentations: ['organ_stanowiacy', 'organ_wykonawczy', 'organizacje'],
    requiredRepresentations: ['organ_stanowiacy', 'organ_wykonawczy', 'organizacje'],
    minNgoShare: 0.5,
    termYears: 3,
    memberAgeAllowed: true,
    decisionMonths: 2,
    reapplyLock: null,
    minApplyingOrganisations: 5,
    petitionOfSeniors: false,
    statutoryOpinion: { days: 14, on: ['program_wspolpracy', 'strategia_rozwoju'], silenceWaives: true },
    inquiryAnswerDays: null,
    removalAfterUnexcusedAbsences: 3,
  },
  inna: {
    kind: 'inna',
    names: { gmina: 'inny zespół doradczy', powiat: 'inny zespół doradczy', wojewodztwo: 'inny zespół doradczy' },
    basis: {},
    createdBy: null,
    allowedRepresentations: null,
    requiredRepresentations: [],
    minNgoShare: null,
    termYears: null,
    memberAgeAllowed: true,
    decisionMonths: null,
    reapplyLock: null,
    minApplyingOrganisations: null,
    petitionOfSeniors: false,
    statutoryOpinion: null,
    inquiryAnswerDays: null,
    removalAfterUnexcusedAbsences: null,
  },
}

/** Whether the law provides this kind of body at this level (an RDPP exists at gmina and powiat level only). */
export function existsAt(kind: BodyKind, level: Level): boolean {
  return bodyLaws[kind].names[level] !== undefined
}

/**
 * Words that cannot be a body's slug: the fixed segments of the module's addresses at `/{jst}/rady/{word}`
 * (applications, calls, the guardian's consent, a candidacy, open data, the new-body form).
 */
export const reservedBodySlugs: readonly string[] = [
  'wnioski',
  'nabory',
  'zgoda',
  'kandydatura',
  'dane',
  'nowa',
  'zapytania',
]
