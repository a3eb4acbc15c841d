import type { FieldError } from '../../core/http/problem'
import {
  deadlineAfter,
  endOfWarsawDay,
  formatWarsaw,
  polishHolidays,
  warsawDate,
} from '../../core/time/polish-calendar'

/**
 * The rules a consultation is launched under, as data, and the one check that applies them. A gmina opens a
 * consultation by an act of its executive (zarządzenie) that names six things — purpose and subject; start and end;
 * who may take part and the area; the forms; the responsible unit; when and how the results are reported — and some
 * consultations follow a statute with hard minimums (rewitalizacja, strategia rozwoju) or a hard end (the programme of
 * cooperation with NGOs, adopted by 30 November). Pure, so the staff form shows the same errors, dates and timeline
 * the server refuses with; every refusal names the rule it breaks and spells out the numbers.
 *
 * Dates are Warsaw calendar days (`YYYY-MM-DD`): a consultation runs from the start of its first day to the end of
 * its last (`endOfWarsawDay`), and its length counts both. Statute citations follow `../shared/domain/legal-pl.md` §2,
 * which marks the rewitalizacja and strategia texts as to be checked against ISAP before go-live.
 */

/** The forms a consultation can use (art. 6 ustawy o rewitalizacji lists them; local resolutions use the same). */
export const consultationFormKeys = [
  'written',
  'mail',
  'meeting',
  'debate',
  'workshop',
  'study_walk',
  'survey',
  'interview',
  'representative_group',
  'oral',
] as const

export type ConsultationForm = (typeof consultationFormKeys)[number]

/** The Polish name of each form, as the opening act and the report print it. */
export const formLabels: Record<ConsultationForm, string> = {
  written: 'uwagi pisemne na formularzu (na platformie lub na papierze)',
  mail: 'uwagi przesłane e-mailem lub pocztą',
  meeting: 'spotkania',
  debate: 'debaty',
  workshop: 'warsztaty',
  study_walk: 'spacery studyjne',
  survey: 'badania ankietowe',
  interview: 'wywiady',
  representative_group: 'grupy przedstawicielskie',
  oral: 'zbieranie uwag ustnych',
}

/**
 * Whether a form is "active": the statute on rewitalizacja asks for written or electronic comments *plus* at least
 * two forms where people meet, talk or answer — everything here but the two written channels.
 */
export function isActiveForm(key: ConsultationForm): boolean {
  return key !== 'written' && key !== 'mail'
}

/** Every form with its name and whether it is active, for the staff form's checkboxes. */
export const consultationForms: readonly { key: ConsultationForm; label: string; active: boolean }[] =
  consultationFormKeys.map((key) => ({ key, label: formLabels[key], active: isActiveForm(key) }))

/** Whether `key` is one of the forms above (e.g. a value read from a request). */
export function isConsultationForm(key: string): key is ConsultationForm {
  return (consultationFormKeys as readonly string[]).includes(key)
}

/** Who a consultation addresses: residents, NGOs (organisations of art. 3 upp), or both. */
export const audiences = ['residents', 'ngos', 'both'] as const
export type Audience = (typeof audiences)[number]

export const audienceLabels: Record<Audience, string> = {
  residents: 'mieszkańcy',
  ngos: 'organizacje pozarządowe',
  both: 'mieszkańcy i organizacje pozarządowe',
}

/** The kinds of consultation with their own rules; `inne` is free, bound only by the gmina's own resolution. */
export const presetKeys = ['program_wspolpracy', 'rewitalizacja', 'strategia', 'inne'] as const
export type PresetKey = (typeof presetKeys)[number]

export const presetNames: Record<PresetKey, string> = {
  program_wspolpracy: 'program współpracy z organizacjami pozarządowymi',
  rewitalizacja: 'gminny program rewitalizacji',
  strategia: 'strategia rozwoju gminy',
  inne: 'inne konsultacje społeczne',
}

/** The short citation each refusal names (translated inside the sentence through the catalogue). */
export const presetRules: Record<PresetKey, string> = {
  program_wspolpracy: 'art. 5 ust. 5 i art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie',
  rewitalizacja: 'art. 6 ustawy o rewitalizacji',
  strategia: 'art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju',
  inne: 'uchwała rady gminy w sprawie zasad i trybu konsultacji',
}

/** A kind of consultation: its statutory minimums and the defaults the staff form starts from. */
export interface Preset {
  key: PresetKey
  name: string
  /** The default text of the act's legal basis; staff complete it with the gmina's own resolution. */
  legalBasis: string
  /** The citation named by refusals. */
  rule: string
  /** The shortest consultation the statute allows, in calendar days counting the first and last; null = none. */
  minDays: number | null
  /** The length the form suggests. */
  defaultDays: number
  /** Days between the announcement (the launch) and the first day, at least; null = no statutory notice. */
  noticeDays: number | null
  forms: {
    /** The forms this kind may use. */
    allowed: readonly ConsultationForm[]
    /** The forms the form starts with (a valid choice). */
    defaults: readonly ConsultationForm[]
    /** Whether written or electronic comments (`written` or `mail`) are compulsory. */
    writtenRequired: boolean
    /** How many active forms (see `consultationForms`) are compulsory. */
    minActive: number
  }
  /** Days after the last day within which the results are published, by default (kpa-style count, `reportDueOn`). */
  reportDays: number
  /** Who the form addresses by default. */
  audience: Audience
  /** The RDPP's opinion period on this kind of draft (upp art. 41i), when the statute sets one. */
  rdppOpinionDays: number | null
}

/**
 * The presets. Program współpracy: no statutory length (the resolution of art. 5 ust. 5 upp sets it; 7 days is the
 * common local default, legal-pl §2.3), addressed to NGOs, and adopted by 30 November of the year before the
 * programme after the RDPP's 14-day opinion (checked by `programmeTimeline`). Rewitalizacja: at least 30 days, 7 days'
 * notice, written comments plus two active forms. Strategia rozwoju: opinions for at least 35 days, addressed to
 * residents and partners alike. Inne: whatever the gmina's resolution says (`LocalRules`). Results: 30 days after the
 * end, the usual local rule (no statute sets a general one).
 */
export const presets: Record<PresetKey, Preset> = {
  program_wspolpracy: {
    key: 'program_wspolpracy',
    name: presetNames.program_wspolpracy,
    legalBasis:
      'art. 5 ust. 5 i art. 5a ust. 1 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie',
    rule: presetRules.program_wspolpracy,
    minDays: null,
    defaultDays: 7,
    noticeDays: null,
    forms: { allowed: consultationFormKeys, defaults: ['written', 'mail'], writtenRequired: false, minActive: 0 },
    reportDays: 30,
    audience: 'ngos',
    rdppOpinionDays: 14,
  },
  rewitalizacja: {
    key: 'rewitalizacja',
    name: presetNames.rewitalizacja,
    legalBasis: 'art. 6 ustawy z dnia 9 października 2015 r. o rewitalizacji',
    rule: presetRules.rewitalizacja,
    minDays: 30,
    defaultDays: 30,
    noticeDays: 7,
    forms: {
      allowed: consultationFormKeys,
      defaults: ['written', 'meeting', 'study_walk'],
      writtenRequired: true,
      minActive: 2,
    },
    reportDays: 30,
    audience: 'both',
    rdppOpinionDays: null,
  },
  strategia: {
    key: 'strategia',
    name: presetNames.strategia,
    legalBasis: 'art. 6 ust. 3 ustawy z dnia 6 grudnia 2006 r. o zasadach prowadzenia polityki rozwoju',
    rule: presetRules.strategia,
    minDays: 35,
    defaultDays: 35,
    noticeDays: null,
    forms: {
      allowed: consultationFormKeys,
      defaults: ['written', 'mail', 'meeting'],
      writtenRequired: false,
      minActive: 0,
    },
    reportDays: 30,
    audience: 'both',
    rdppOpinionDays: 14,
  },
  inne: {
    key: 'inne',
    name: presetNames.inne,
    legalBasis: 'art. 5a ust. 1 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
    rule: presetRules.inne,
    minDays: null,
    defaultDays: 14,
    noticeDays: null,
    forms: { allowed: consultationFormKeys, defaults: ['written', 'mail'], writtenRequired: false, minActive: 0 },
    reportDays: 30,
    audience: 'residents',
    rdppOpinionDays: null,
  },
}

/** Whether `key` names a preset (e.g. a value read from a request). */
export function isPresetKey(key: string): key is PresetKey {
  return (presetKeys as readonly string[]).includes(key)
}

/** What the gmina's own resolution on consultations adds: a longer minimum than the statute's, if it sets one. */
export interface LocalRules {
  minDays?: number | null
  /** The resolution's name as refusals cite it ("uchwała nr XII/123/2026 Rady Gminy Przykładowo"). */
  resolution?: string | null
}

/** A consultation as staff launch it: the six fields of the opening act, its legal basis, audience and areas. */
export interface LaunchInput {
  /** (1) the subject (przedmiot) and purpose (cel). */
  subject: string
  purpose: string
  /** (2) the first and last day, `YYYY-MM-DD` (Warsaw). */
  startDate: string
  endDate: string
  /** (3) who may take part, and the territorial scope. */
  participants: string
  area: string
  /** (4) the forms (keys of `consultationFormKeys`). */
  forms: readonly string[]
  /** (5) the responsible office unit. */
  responsibleUnit: string
  /** (6) how the results are reported, and by when (`YYYY-MM-DD`; by default `reportDays` after the end). */
  resultsForm: string
  reportDueDate?: string | null
  legalBasis: string
  audience: string
  /** The areas of public tasks (sfery zadań publicznych, art. 4 upp) the draft touches, to notify matching NGOs. */
  publicTaskAreas: readonly string[]
  /** Program współpracy only: the year the programme is for (by default the year after the start). */
  programmeYear?: number | null
}

/** The dates of the yearly programme's chain, for the staff form to show step by step. */
export interface ProgrammeTimeline {
  programmeYear: number
  /** 30 November of the year before (upp art. 5a ust. 1). */
  adoptBy: string
  /**
   * The last working day on or before `adoptBy`: the latest day a council session is planned on (a session on a
   * weekend or holiday is lawful but not how councils work, so a Sunday 30 November means Friday 28 November).
   */
  councilBy: string
  start: string
  end: string
  /** The last day for the consultation report, delivered to the RDPP with the draft on that day at the latest. */
  reportDue: string
  /** The last day of the RDPP's 14-day opinion (upp art. 41i), a deadline on a day off moving to the next working day. */
  opinionDue: string
  /** Whether the opinion period ends before `councilBy`, so the draft reaches the council with the opinion attached. */
  fits: boolean
  /** The latest first day that fits with the same length and report period (it may lie in the past). */
  latestStart: string
}

/** The outcome of `checkLaunch`: refusals, advice that does not refuse, and the dates the form shows. */
export interface LaunchCheck {
  errors: FieldError[]
  warnings: FieldError[]
  /** Length in calendar days counting the first and last (null when the dates are not valid). */
  days: number | null
  /** The first instant (start of the first day) and the first instant after the last day, as stored. */
  startsAt: Date | null
  endsAt: Date | null
  /** The last day for publishing the results (given or defaulted). */
  reportDue: string | null
  /** Program współpracy only. */
  programme: ProgrammeTimeline | null
}

const DAY = 86_400_000
const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Whether `s` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && iso(utc(s)) === s
}

/** The day `n` calendar days after `date` (before, for a negative `n`). */
export function addDays(date: string, n: number): string {
  return iso(utc(date) + n * DAY)
}

/** Calendar days from `a` to `b` (0 for the same day, negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY)
}

/** Whether offices are closed on `date`: a Saturday, a Sunday or a public holiday. */
export function isDayOff(date: string): boolean {
  const weekday = new Date(utc(date)).getUTCDay()
  return weekday === 0 || weekday === 6 || polishHolidays(Number(date.slice(0, 4))).has(date)
}

/** The last Warsaw day before a deadline instant (deadlines are stored as the first instant after them). */
export function lastDayOf(deadline: Date): string {
  return warsawDate(new Date(deadline.getTime() - 1)).date
}

/** The last millisecond of a Warsaw day, from which a period "after" that day is counted. */
const lastMomentOf = (date: string) => new Date(endOfWarsawDay(date).getTime() - 1)

/** The first instant of a Warsaw day. */
export function startOfWarsawDay(date: string): Date {
  return endOfWarsawDay(addDays(date, -1))
}

/**
 * When the results of a consultation ending on `end` are due: `days` calendar days counted from the day after the last
 * day (kpa art. 57), moved to the next working day when that falls on a Saturday, Sunday or holiday. Returns the first
 * instant after the deadline, as every deadline is stored (`lastDayOf` gives the day to print).
 */
export function reportDueOn(end: string, days: number): Date {
  return deadlineAfter(lastMomentOf(end), days, 'calendar')
}

/** A day in words for a refusal ("30 listopada 2026"); noon UTC is inside the same Warsaw day all year. */
const dayText = (date: string) => formatWarsaw(new Date(`${date}T12:00:00Z`), 'date')

/** A number of days in Polish: "1 dzień", otherwise "n dni". */
const daysText = (n: number) => (n === 1 ? `${n} dzień` : `${n} dni`)

/** The last working day on or before `date`. */
function workingDayOnOrBefore(date: string): string {
  let d = date
  while (isDayOff(d)) d = addDays(d, -1)
  return d
}

/**
 * The programme's chain for a consultation from `start` to `end` with its results due on `reportDue`: the RDPP gets
 * the draft with the report on the report's last day at the latest and has 14 days (upp art. 41i; silence is a
 * waiver), and the council adopts the programme by 30 November of the year before it applies (upp art. 5a ust. 1) at
 * a session on a working day. `latestStart` keeps the consultation's length and its report period (`reportDays`, by
 * default the days from the end to `reportDue`) and finds the last first day whose chain still fits (the deadlines
 * move past days off, so it is searched, not subtracted).
 */
export function programmeTimeline(
  dates: { start: string; end: string; reportDue: string; reportDays?: number },
  programmeYear: number,
  opinionDays = 14,
): ProgrammeTimeline {
  const adoptBy = `${programmeYear - 1}-11-30`
  const councilBy = workingDayOnOrBefore(adoptBy)
  const length = daysBetween(dates.start, dates.end)
  const reportDays = dates.reportDays ?? Math.max(0, daysBetween(dates.end, dates.reportDue))
  const opinionDueAfter = (reportDue: string) =>
    lastDayOf(deadlineAfter(lastMomentOf(reportDue), opinionDays, 'calendar'))
  const fitsFrom = (start: string) => {
    const report = lastDayOf(reportDueOn(addDays(start, length), reportDays))
    return opinionDueAfter(report) < councilBy
  }
  let latest = addDays(councilBy, -1 - opinionDays - reportDays - length)
  for (let i = 0; i < 60 && !fitsFrom(latest); i++) latest = addDays(latest, -1)
  for (let i = 0; i < 60 && fitsFrom(addDays(latest, 1)); i++) latest = addDays(latest, 1)
  const opinionDue = opinionDueAfter(dates.reportDue)
  return {
    programmeYear,
    adoptBy,
    councilBy,
    start: dates.start,
    end: dates.end,
    reportDue: dates.reportDue,
    opinionDue,
    fits: opinionDue < councilBy,
    latestStart: latest,
  }
}

/** The dates and forms a new consultation of `preset` starts with on the staff form, launched at `now`. */
export function defaultLaunch(
  preset: Preset,
  now: Date,
): { startDate: string; endDate: string; reportDueDate: string; forms: ConsultationForm[]; audience: Audience } {
  const today = warsawDate(now).date
  const startDate = addDays(today, Math.max(1, preset.noticeDays ?? 0))
  const endDate = addDays(startDate, preset.defaultDays - 1)
  return {
    startDate,
    endDate,
    reportDueDate: lastDayOf(reportDueOn(endDate, preset.reportDays)),
    forms: [...preset.forms.defaults],
    audience: preset.audience,
  }
}

/** The six fields of the opening act (and the legal basis) that may not be left empty, with their complaint. */
const requiredTexts: [keyof LaunchInput, string][] = [
  ['subject', 'Podaj przedmiot konsultacji.'],
  ['purpose', 'Podaj cel konsultacji.'],
  ['participants', 'Określ, kto może wziąć udział w konsultacjach.'],
  ['area', 'Określ zasięg terytorialny konsultacji.'],
  ['responsibleUnit', 'Podaj komórkę urzędu odpowiedzialną za konsultacje.'],
  ['resultsForm', 'Określ, w jaki sposób zostaną podane wyniki konsultacji.'],
  ['legalBasis', 'Podaj podstawę prawną konsultacji.'],
]

/**
 * Every reason to refuse launching `input` under `preset` at `now`, as field errors naming the rule and the numbers,
 * and the advice that does not refuse (warnings): the programme's chain missing 30 November once even its latest
 * start has passed (while a start that fits is ahead, missing it is refused), or a last day on which
 * the office is closed while paper comments are accepted. `local` is the gmina's own resolution, which may only
 * lengthen the statutory minimum. A launch is the announcement, so the notice period runs from `now`.
 */
export function checkLaunch(input: LaunchInput, preset: Preset, now: Date, local: LocalRules = {}): LaunchCheck {
  const errors: FieldError[] = []
  const warnings: FieldError[] = []
  const today = warsawDate(now).date
  const rule = presetRules[preset.key]

  for (const [field, detail] of requiredTexts) {
    const value = input[field]
    if (typeof value !== 'string' || !value.trim()) errors.push({ field, detail })
  }

  const datesValid = isDay(input.startDate) && isDay(input.endDate)
  if (!isDay(input.startDate)) errors.push({ field: 'startDate', detail: 'Podaj dzień rozpoczęcia (RRRR-MM-DD).' })
  if (!isDay(input.endDate)) errors.push({ field: 'endDate', detail: 'Podaj dzień zakończenia (RRRR-MM-DD).' })
  let days: number | null = null
  let reportDue: string | null = null
  if (datesValid) {
    const start = input.startDate
    const end = input.endDate
    days = daysBetween(start, end) + 1
    if (days < 1) {
      errors.push({
        field: 'endDate',
        detail: `Konsultacje nie mogą skończyć się (${dayText(end)}) przed dniem, w którym się zaczynają (${dayText(start)}).`,
      })
    }
    if (start < today) {
      errors.push({
        field: 'startDate',
        detail: `Konsultacje nie mogą zacząć się w przeszłości: wybrano ${dayText(start)}, a dziś jest ${dayText(today)}.`,
      })
    } else if (preset.noticeDays != null && daysBetween(today, start) < preset.noticeDays) {
      const earliest = addDays(today, preset.noticeDays)
      errors.push({
        field: 'startDate',
        detail: `O konsultacjach trzeba powiadomić co najmniej ${daysText(preset.noticeDays)} przed ich rozpoczęciem (${rule}): przy ogłoszeniu dziś, ${dayText(today)}, najwcześniejszy początek to ${dayText(earliest)}.`,
      })
    }
    const statutory = preset.minDays ?? 0
    const minimum = Math.max(statutory, local.minDays ?? 0)
    if (days >= 1 && days < minimum) {
      const source = statutory >= minimum ? presetRules[preset.key] : (local.resolution ?? presetRules.inne)
      errors.push({
        field: 'endDate',
        detail: `Konsultacje od ${dayText(start)} do ${dayText(end)} trwają ${daysText(days)}, a wymagane jest co najmniej ${daysText(minimum)} (${source}). Najwcześniejszy możliwy koniec to ${dayText(addDays(start, minimum - 1))}.`,
      })
    }
    if (input.reportDueDate != null && input.reportDueDate !== '') {
      if (!isDay(input.reportDueDate))
        errors.push({ field: 'reportDueDate', detail: 'Podaj termin podania wyników (RRRR-MM-DD).' })
      else if (input.reportDueDate < end)
        errors.push({
          field: 'reportDueDate',
          detail: `Wyniki nie mogą być podane (${dayText(input.reportDueDate)}) przed końcem konsultacji (${dayText(end)}).`,
        })
      else reportDue = input.reportDueDate
    } else reportDue = lastDayOf(reportDueOn(end, preset.reportDays))
  }

  const forms = input.forms
  if (forms.length === 0) errors.push({ field: 'forms', detail: 'Wybierz co najmniej jedną formę konsultacji.' })
  forms.forEach((form, i) => {
    if (!isConsultationForm(form)) errors.push({ field: `forms.${i}`, detail: 'Nieznana forma konsultacji.' })
    else if (!preset.forms.allowed.includes(form))
      errors.push({
        field: `forms.${i}`,
        detail: `Forma „${formLabels[form]}” nie jest przewidziana dla tego rodzaju konsultacji (${rule}).`,
      })
    else if (forms.indexOf(form) !== i) errors.push({ field: `forms.${i}`, detail: 'Każdą formę wybierz tylko raz.' })
  })
  const known = [...new Set(forms.filter(isConsultationForm))]
  if (preset.forms.writtenRequired && !known.some((f) => !isActiveForm(f)))
    errors.push({
      field: 'forms',
      detail: `Uwagi muszą być zbierane na piśmie lub elektronicznie (${rule}): wybierz „${formLabels.written}” lub „${formLabels.mail}”.`,
    })
  const active = known.filter(isActiveForm).length
  if (active < preset.forms.minActive)
    errors.push({
      field: 'forms',
      detail: `Poza uwagami pisemnymi wymagane są co najmniej ${preset.forms.minActive} formy aktywne, np. spotkania, debaty, warsztaty, spacery studyjne, ankiety, wywiady, grupy przedstawicielskie lub uwagi ustne (${rule}); wybrano: ${active}.`,
    })

  if (!(audiences as readonly string[]).includes(input.audience))
    errors.push({ field: 'audience', detail: 'Adresaci konsultacji: mieszkańcy, organizacje lub jedni i drudzy.' })
  else {
    if (preset.key === 'program_wspolpracy' && input.audience === 'residents')
      errors.push({
        field: 'audience',
        detail: `Program współpracy konsultuje się z organizacjami pozarządowymi (${rule}): adresatami muszą być organizacje, same lub razem z mieszkańcami.`,
      })
    if (input.audience !== 'residents' && !input.publicTaskAreas.some((a) => a.trim()))
      errors.push({
        field: 'publicTaskAreas',
        detail:
          'Wskaż co najmniej jedną sferę zadań publicznych (art. 4 ustawy o działalności pożytku publicznego i o wolontariacie), aby powiadomić organizacje, które się nią zajmują.',
      })
  }

  let programme: ProgrammeTimeline | null = null
  if (datesValid && days != null && days >= 1 && reportDue) {
    const end = input.endDate
    if (known.some((f) => !isActiveForm(f)) && isDayOff(end))
      warnings.push({
        field: 'endDate',
        detail: `Ostatni dzień konsultacji (${dayText(end)}) jest dniem wolnym od pracy: uwag na papierze nie da się tego dnia złożyć w urzędzie. Rozważ zakończenie w dniu roboczym.`,
      })
    if (preset.key === 'program_wspolpracy') {
      const year = input.programmeYear ?? Number(input.startDate.slice(0, 4)) + 1
      const reportDays = input.reportDueDate ? undefined : preset.reportDays
      programme = programmeTimeline(
        { start: input.startDate, end, reportDue, reportDays },
        year,
        preset.rdppOpinionDays ?? 14,
      )
      if (!programme.fits) {
        const { opinionDue, councilBy, adoptBy, latestStart } = programme
        // While a start that fits is still ahead, dates that miss 30 November are refused: the office shortens the
        // consultation or the report's period, or starts earlier. Once even the latest start has passed, the
        // programme is late whatever the office does, and consulting it late is better than not at all: advice only.
        ;(latestStart >= today ? errors : warnings).push({
          field: 'startDate',
          detail:
            latestStart >= today
              ? `Konsultacje do ${dayText(end)}, raport do ${dayText(reportDue)} i 14 dni na opinię rady działalności pożytku publicznego (art. 41i upp) do ${dayText(opinionDue)} nie mieszczą się przed sesją rady ${dayText(councilBy)}, a program na rok ${year} trzeba uchwalić do ${dayText(adoptBy)} (art. 5a ust. 1 upp). Przy tej długości konsultacji i terminie raportu zacznij najpóźniej ${dayText(latestStart)}.`
              : `Konsultacje do ${dayText(end)}, raport do ${dayText(reportDue)} i 14 dni na opinię rady działalności pożytku publicznego (art. 41i upp) do ${dayText(opinionDue)} nie mieszczą się przed sesją rady ${dayText(councilBy)}, a program na rok ${year} trzeba uchwalić do ${dayText(adoptBy)} (art. 5a ust. 1 upp). Przy tej długości konsultacji i terminie raportu trzeba było zacząć najpóźniej ${dayText(latestStart)}: skróć konsultacje lub termin raportu.`,
        })
      }
    }
  }

  return {
    errors,
    warnings,
    days,
    startsAt: datesValid ? startOfWarsawDay(input.startDate) : null,
    endsAt: datesValid ? endOfWarsawDay(input.endDate) : null,
    reportDue,
    programme,
  }
}
