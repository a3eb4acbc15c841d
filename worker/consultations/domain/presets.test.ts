import { describe, expect, it } from 'vitest'
import {
  addDays,
  checkLaunch,
  consultationForms,
  daysBetween,
  defaultLaunch,
  isDay,
  isDayOff,
  lastDayOf,
  presetKeys,
  presets,
  programmeTimeline,
  reportDueOn,
  type LaunchInput,
} from './presets'

/** 1 September 2026, 10:00 in Warsaw: the day a consultation is announced in these tests. */
const now = new Date('2026-09-01T08:00:00Z')

const launch = (over: Partial<LaunchInput> = {}): LaunchInput => ({
  subject: 'Projekt rocznego programu współpracy z organizacjami pozarządowymi na rok 2027',
  purpose: 'Poznanie opinii organizacji o projekcie programu.',
  startDate: '2026-09-14',
  endDate: '2026-09-20',
  participants: 'Organizacje pozarządowe i podmioty z art. 3 ust. 3 ustawy działające na terenie gminy.',
  area: 'Gmina Przykładowo',
  forms: ['written', 'mail'],
  responsibleUnit: 'Referat Spraw Społecznych',
  resultsForm: 'Raport w Biuletynie Informacji Publicznej i na platformie.',
  legalBasis: presets.program_wspolpracy.legalBasis,
  audience: 'ngos',
  publicTaskAreas: ['kultura', 'ochrona zwierząt'],
  ...over,
})

const fields = (errors: { field: string }[]) => errors.map((e) => e.field)

describe('presets as data', () => {
  it('define every kind with its statutory numbers and valid defaults', () => {
    expect(presetKeys.map((k) => [k, presets[k].minDays, presets[k].defaultDays, presets[k].noticeDays])).toEqual([
      ['program_wspolpracy', null, 7, null],
      ['rewitalizacja', 30, 30, 7],
      ['strategia', 35, 35, null],
      ['inne', null, 14, null],
    ])
    for (const key of presetKeys) {
      const preset = presets[key]
      expect(preset.key).toBe(key)
      expect(preset.reportDays).toBe(30)
      const defaults = defaultLaunch(preset, now)
      const check = checkLaunch(
        launch({ ...defaults, legalBasis: preset.legalBasis, reportDueDate: defaults.reportDueDate }),
        preset,
        now,
      )
      expect(check.errors, key).toEqual([])
      expect(check.days).toBe(preset.defaultDays)
    }
  })

  it('list the forms, the written ones apart from the active ones', () => {
    expect(consultationForms.filter((f) => !f.active).map((f) => f.key)).toEqual(['written', 'mail'])
    expect(consultationForms.filter((f) => f.active)).toHaveLength(8)
  })

  it('start the rewitalizacja form after its notice and the others the next day', () => {
    expect(defaultLaunch(presets.rewitalizacja, now)).toMatchObject({
      startDate: '2026-09-08',
      endDate: '2026-10-07',
      reportDueDate: '2026-11-06',
      forms: ['written', 'meeting', 'study_walk'],
      audience: 'both',
    })
    expect(defaultLaunch(presets.program_wspolpracy, now)).toMatchObject({
      startDate: '2026-09-02',
      endDate: '2026-09-08',
      audience: 'ngos',
    })
  })
})

describe('calendar days and deadlines', () => {
  it('count calendar days and know the days off', () => {
    expect(daysBetween('2026-10-26', '2026-11-24')).toBe(29)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDayOff('2026-11-11')).toBe(true)
    expect(isDayOff('2026-11-12')).toBe(false)
    expect(isDayOff('2026-11-28')).toBe(true)
  })

  it('put the report 30 days after the last day, past 1 and 11 November and weekends', () => {
    expect(lastDayOf(reportDueOn('2026-09-20', 30))).toBe('2026-10-20')
    // 1 November 2025 is a Saturday and a holiday, the 2nd a Sunday: Monday the 3rd.
    expect(lastDayOf(reportDueOn('2025-10-02', 30))).toBe('2025-11-03')
    // 11 November 2026 is a Wednesday and a holiday: Thursday the 12th.
    expect(lastDayOf(reportDueOn('2026-10-12', 30))).toBe('2026-11-12')
    // The deadline is stored as the first instant after it: midnight in Warsaw (CET in November).
    expect(reportDueOn('2026-10-12', 30).toISOString()).toBe('2026-11-12T23:00:00.000Z')
  })
})

describe('launch check', () => {
  it('accepts a complete programme consultation and returns its dates and timeline', () => {
    const check = checkLaunch(
      launch({ startDate: '2026-09-14', endDate: '2026-09-21' }),
      presets.program_wspolpracy,
      now,
    )
    expect(check.errors).toEqual([])
    expect(check.warnings).toEqual([])
    expect(check.days).toBe(8)
    expect(check.startsAt!.toISOString()).toBe('2026-09-13T22:00:00.000Z')
    expect(check.endsAt!.toISOString()).toBe('2026-09-21T22:00:00.000Z')
    expect(check.reportDue).toBe('2026-10-21')
    expect(check.programme).toEqual({
      programmeYear: 2027,
      adoptBy: '2026-11-30',
      councilBy: '2026-11-30',
      start: '2026-09-14',
      end: '2026-09-21',
      reportDue: '2026-10-21',
      opinionDue: '2026-11-04',
      fits: true,
      latestStart: '2026-10-07',
    })
  })

  it('refuses each of the six fields of the opening act and the legal basis when empty', () => {
    const check = checkLaunch(
      launch({
        subject: ' ',
        purpose: '',
        participants: '',
        area: '',
        responsibleUnit: '',
        resultsForm: '',
        legalBasis: '',
      }),
      presets.inne,
      now,
    )
    expect(fields(check.errors)).toEqual([
      'subject',
      'purpose',
      'participants',
      'area',
      'responsibleUnit',
      'resultsForm',
      'legalBasis',
    ])
  })

  it('refuses impossible dates, an end before the start and a start in the past', () => {
    expect(
      fields(checkLaunch(launch({ startDate: '2026-02-30', endDate: 'jutro' }), presets.inne, now).errors),
    ).toEqual(['startDate', 'endDate'])
    const backwards = checkLaunch(launch({ startDate: '2026-09-20', endDate: '2026-09-14' }), presets.inne, now)
    expect(backwards.errors).toEqual([
      {
        field: 'endDate',
        detail:
          'Konsultacje nie mogą skończyć się (14 września 2026) przed dniem, w którym się zaczynają (20 września 2026).',
      },
    ])
    const past = checkLaunch(launch({ startDate: '2026-08-31', endDate: '2026-09-14' }), presets.inne, now)
    expect(past.errors).toEqual([
      {
        field: 'startDate',
        detail: 'Konsultacje nie mogą zacząć się w przeszłości: wybrano 31 sierpnia 2026, a dziś jest 1 września 2026.',
      },
    ])
    // Today itself is fine: 1 September in Warsaw, even late in the evening.
    const tonight = new Date('2026-09-01T21:30:00Z')
    expect(
      checkLaunch(launch({ startDate: '2026-09-01', endDate: '2026-09-14' }), presets.inne, tonight).errors,
    ).toEqual([])
  })

  it('holds rewitalizacja to 7 days of notice, 30 days and written comments plus two active forms', () => {
    const input = launch({
      audience: 'both',
      startDate: '2026-09-07',
      endDate: '2026-10-05',
      forms: ['meeting'],
      legalBasis: presets.rewitalizacja.legalBasis,
    })
    expect(checkLaunch(input, presets.rewitalizacja, now).errors).toEqual([
      {
        field: 'startDate',
        detail:
          'O konsultacjach trzeba powiadomić co najmniej 7 dni przed ich rozpoczęciem (art. 6 ustawy o rewitalizacji): przy ogłoszeniu dziś, 1 września 2026, najwcześniejszy początek to 8 września 2026.',
      },
      {
        field: 'endDate',
        detail:
          'Konsultacje od 7 września 2026 do 5 października 2026 trwają 29 dni, a wymagane jest co najmniej 30 dni (art. 6 ustawy o rewitalizacji). Najwcześniejszy możliwy koniec to 6 października 2026.',
      },
      {
        field: 'forms',
        detail:
          'Uwagi muszą być zbierane na piśmie lub elektronicznie (art. 6 ustawy o rewitalizacji): wybierz „uwagi pisemne na formularzu (na platformie lub na papierze)” lub „uwagi przesłane e-mailem lub pocztą”.',
      },
      {
        field: 'forms',
        detail:
          'Poza uwagami pisemnymi wymagane są co najmniej 2 formy aktywne, np. spotkania, debaty, warsztaty, spacery studyjne, ankiety, wywiady, grupy przedstawicielskie lub uwagi ustne (art. 6 ustawy o rewitalizacji); wybrano: 1.',
      },
    ])
    const fixed = { ...input, startDate: '2026-09-08', endDate: '2026-10-07', forms: ['mail', 'meeting', 'survey'] }
    expect(checkLaunch(fixed, presets.rewitalizacja, now).errors).toEqual([])
  })

  it('counts calendar days across 1 and 11 November: holidays do not shorten a consultation', () => {
    const input = launch({ audience: 'both', forms: ['written', 'meeting', 'study_walk'] })
    const across = checkLaunch({ ...input, startDate: '2026-10-26', endDate: '2026-11-24' }, presets.rewitalizacja, now)
    expect(across.errors).toEqual([])
    expect(across.days).toBe(30)
    // The report: 30 days after 24 November is 24 December (Wigilia, a holiday from 2025), then Christmas: the 28th.
    expect(across.reportDue).toBe('2026-12-28')
  })

  it('holds strategia rozwoju to 35 days', () => {
    const input = launch({ audience: 'both', startDate: '2026-09-02', endDate: '2026-10-06' })
    expect(checkLaunch(input, presets.strategia, now).errors).toEqual([])
    const short = checkLaunch({ ...input, endDate: '2026-10-05' }, presets.strategia, now)
    expect(short.errors).toEqual([
      {
        field: 'endDate',
        detail:
          'Konsultacje od 2 września 2026 do 5 października 2026 trwają 34 dni, a wymagane jest co najmniej 35 dni (art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju). Najwcześniejszy możliwy koniec to 6 października 2026.',
      },
    ])
  })

  it("applies the gmina's own longer minimum, naming its resolution, and never a shorter one", () => {
    const input = launch({ audience: 'residents', startDate: '2026-09-02', endDate: '2026-09-15' })
    expect(checkLaunch(input, presets.inne, now, { minDays: 21 }).errors.map((e) => e.detail)).toEqual([
      'Konsultacje od 2 września 2026 do 15 września 2026 trwają 14 dni, a wymagane jest co najmniej 21 dni (uchwała rady gminy w sprawie zasad i trybu konsultacji). Najwcześniejszy możliwy koniec to 22 września 2026.',
    ])
    expect(
      checkLaunch(input, presets.inne, now, { minDays: 21, resolution: 'uchwała nr XII/123/2026' }).errors[0]!.detail,
    ).toContain('co najmniej 21 dni (uchwała nr XII/123/2026)')
    const strategy = launch({ audience: 'both', startDate: '2026-09-02', endDate: '2026-10-05' })
    expect(checkLaunch(strategy, presets.strategia, now, { minDays: 14 }).errors[0]!.detail).toContain('35 dni')
    expect(checkLaunch({ ...input, endDate: '2026-09-02' }, presets.inne, now).days).toBe(1)
    expect(
      checkLaunch({ ...input, endDate: '2026-09-02' }, presets.inne, now, { minDays: 2 }).errors[0]!.detail,
    ).toContain('trwają 1 dzień, a wymagane jest co najmniej 2 dni')
  })

  it('refuses unknown, repeated and missing forms', () => {
    expect(checkLaunch(launch({ forms: [] }), presets.inne, now).errors).toEqual([
      { field: 'forms', detail: 'Wybierz co najmniej jedną formę konsultacji.' },
    ])
    expect(
      fields(checkLaunch(launch({ forms: ['written', 'telepatia', 'written'] }), presets.inne, now).errors),
    ).toEqual(['forms.1', 'forms.2'])
  })

  it('addresses the programme to NGOs and asks for the areas of public tasks whenever NGOs are addressed', () => {
    const residents = checkLaunch(launch({ audience: 'residents' }), presets.program_wspolpracy, now)
    expect(fields(residents.errors)).toEqual(['audience'])
    expect(residents.errors[0]!.detail).toContain('art. 5 ust. 5 i art. 5a ust. 1')
    const noAreas = checkLaunch(launch({ audience: 'both', publicTaskAreas: [' '] }), presets.inne, now)
    expect(fields(noAreas.errors)).toEqual(['publicTaskAreas'])
    expect(checkLaunch(launch({ audience: 'residents', publicTaskAreas: [] }), presets.inne, now).errors).toEqual([])
    expect(fields(checkLaunch(launch({ audience: 'everyone' }), presets.inne, now).errors)).toEqual(['audience'])
  })

  it('takes a report date from staff, never before the end', () => {
    const given = checkLaunch(launch({ reportDueDate: '2026-09-30' }), presets.program_wspolpracy, now)
    expect(given.errors).toEqual([])
    expect(given.reportDue).toBe('2026-09-30')
    expect(given.programme?.reportDue).toBe('2026-09-30')
    const early = checkLaunch(launch({ reportDueDate: '2026-09-19' }), presets.program_wspolpracy, now)
    expect(fields(early.errors)).toEqual(['reportDueDate'])
    expect(early.reportDue).toBeNull()
    expect(fields(checkLaunch(launch({ reportDueDate: '30.09.2026' }), presets.inne, now).errors)).toEqual([
      'reportDueDate',
    ])
  })

  it('warns when paper comments are accepted and the last day is a day off', () => {
    const sunday = checkLaunch(launch({ startDate: '2026-09-14', endDate: '2026-09-20' }), presets.inne, now)
    expect(sunday.errors).toEqual([])
    expect(sunday.warnings).toEqual([
      {
        field: 'endDate',
        detail:
          'Ostatni dzień konsultacji (20 września 2026) jest dniem wolnym od pracy: uwag na papierze nie da się tego dnia złożyć w urzędzie. Rozważ zakończenie w dniu roboczym.',
      },
    ])
    const online = checkLaunch(launch({ endDate: '2026-09-20', forms: ['survey'] }), presets.inne, now)
    expect(online.warnings).toEqual([])
  })

  it('stores a consultation across the autumn clock change from midnight to midnight in Warsaw', () => {
    const check = checkLaunch(launch({ startDate: '2026-10-19', endDate: '2026-10-25' }), presets.inne, now)
    expect(check.startsAt!.toISOString()).toBe('2026-10-18T22:00:00.000Z')
    expect(check.endsAt!.toISOString()).toBe('2026-10-25T23:00:00.000Z')
  })
})

describe('the programme of cooperation timeline', () => {
  it('finds the latest start before a Monday 30 November (2026)', () => {
    // Start 8 October: end the 14th, report 13 November, opinion 27 November — fits. Start the 9th: the report
    // falls on Saturday the 14th and moves to the 16th, the opinion to the 30th, the session day itself.
    const ok = programmeTimeline({ start: '2026-10-08', end: '2026-10-14', reportDue: '2026-11-13' }, 2027)
    expect(ok).toMatchObject({
      councilBy: '2026-11-30',
      opinionDue: '2026-11-27',
      fits: true,
      latestStart: '2026-10-08',
    })
    const late = programmeTimeline(
      { start: '2026-10-09', end: '2026-10-15', reportDue: '2026-11-16', reportDays: 30 },
      2027,
    )
    expect(late).toMatchObject({ opinionDue: '2026-11-30', fits: false, latestStart: '2026-10-08' })
    // A report date staff chose 32 days after the end keeps those 32 days for an earlier start.
    const chosen = programmeTimeline({ start: '2026-10-09', end: '2026-10-15', reportDue: '2026-11-16' }, 2027)
    expect(chosen.latestStart).toBe('2026-10-06')
  })

  it('plans the council for Friday when 30 November is a Sunday (2025) or a Saturday (2024)', () => {
    const sunday = programmeTimeline({ start: '2025-10-01', end: '2025-10-07', reportDue: '2025-11-06' }, 2026)
    expect(sunday).toMatchObject({
      adoptBy: '2025-11-30',
      councilBy: '2025-11-28',
      opinionDue: '2025-11-20',
      fits: true,
    })
    expect(sunday.latestStart).toBe('2025-10-08')
    const saturday = programmeTimeline({ start: '2024-10-01', end: '2024-10-07', reportDue: '2024-11-06' }, 2025)
    expect(saturday).toMatchObject({ adoptBy: '2024-11-30', councilBy: '2024-11-29' })
    // Opinion period ending on 11 November (a holiday) moves to the 12th.
    const holiday = programmeTimeline({ start: '2024-10-01', end: '2024-10-07', reportDue: '2024-10-28' }, 2025)
    expect(holiday.opinionDue).toBe('2024-11-12')
  })

  it('refuses dates that miss 30 November while a start that fits is still ahead, naming the chain and that start', () => {
    const check = checkLaunch(
      launch({ startDate: '2026-10-14', endDate: '2026-10-20' }),
      presets.program_wspolpracy,
      now,
    )
    expect(check.warnings).toEqual([])
    expect(check.programme).toMatchObject({ reportDue: '2026-11-19', opinionDue: '2026-12-03', fits: false })
    expect(check.errors).toEqual([
      {
        field: 'startDate',
        detail:
          'Konsultacje do 20 października 2026, raport do 19 listopada 2026 i 14 dni na opinię rady działalności pożytku publicznego (art. 41i upp) do 3 grudnia 2026 nie mieszczą się przed sesją rady 30 listopada 2026, a program na rok 2027 trzeba uchwalić do 30 listopada 2026 (art. 5a ust. 1 upp). Przy tej długości konsultacji i terminie raportu zacznij najpóźniej 8 października 2026.',
      },
    ])
  })

  it('says when even the latest start has passed, and fits a shorter report period', () => {
    const november = new Date('2026-11-02T09:00:00Z')
    const input = launch({ startDate: '2026-11-03', endDate: '2026-11-09' })
    const check = checkLaunch(input, presets.program_wspolpracy, november)
    // too late whatever the office does: consulting late is allowed, with the advice
    expect(check.errors).toEqual([])
    expect(check.warnings[0]!.detail).toContain('trzeba było zacząć najpóźniej 8 października 2026')
    const quick = checkLaunch({ ...input, reportDueDate: '2026-11-12' }, presets.program_wspolpracy, november)
    expect(quick.programme).toMatchObject({ opinionDue: '2026-11-26', fits: true, latestStart: '2026-11-04' })
    expect(quick.warnings).toEqual([])
  })

  it('takes the programme year from staff', () => {
    const check = checkLaunch(
      launch({ startDate: '2026-10-14', endDate: '2026-10-20', programmeYear: 2028 }),
      presets.program_wspolpracy,
      now,
    )
    expect(check.programme).toMatchObject({ programmeYear: 2028, adoptBy: '2027-11-30', fits: true })
    expect(check.warnings).toEqual([])
  })
})
