/**
 * What the demo councils of "Gmina Przykładowa" are made of: plain data, fed by ./seed.ts through the module's own
 * actions (bodies as the staff forms and the members' space would send them). The people are fictional, their
 * addresses end in `.example` like every demo address; the organisations an NGO seat represents are named exactly as
 * the demo directory lists them (the consultations' demo adds them), or as the organisations that commented on the
 * programme of cooperation name themselves. Days are counted from the day the seed runs, so the demo reads as recent.
 */

/** One member as the staff form sends it, with the function and the seat category of the body's statute. */
export interface DemoMember {
  name: string
  email: string
  role: 'przewodniczacy' | 'wiceprzewodniczacy' | 'sekretarz' | 'czlonek'
  seatCategory: string
  represents: string
}

/** The names of the three organisations of the demo directory (worker/consultations/demo), as listed there. */
export const DIRECTORY = {
  friends: 'Stowarzyszenie Przyjaciół Ziemi Przykładowskiej',
  seniors: 'Fundacja „Razem dla Seniora”',
  sport: 'Uczniowski Ludowy Klub Sportowy „Orlik Przykładowo”',
} as const

/**
 * The gmina's rada seniorów (art. 5c usg): its statute from the law's template (seniors elected with support lists,
 * organisations working for older people and a university of the third age nominating), nine members in its first
 * term, one past meeting and an adopted opinion on a draft resolution the office sent as a PDF.
 */
export const SENIORS = {
  body: {
    kind: 'rada_seniorow',
    slug: 'rada-seniorow',
    name: 'Rada Seniorów Gminy Przykładowo',
    description:
      'Gminna rada seniorów ma charakter konsultacyjny, doradczy i inicjatywny. Opiniuje projekty uchwał i programów dotyczących osób starszych, zgłasza wnioski do Wójta i przypomina o sprawach seniorów z całej gminy: z Przykładowa, Lipek i Zalesia.',
    email: 'rada.seniorow@gmina-przykladowa.example',
  },
  /** The resolution of the Rada Gminy giving the statute: `{year}` is the year of its day. */
  act: 'XXV/214/{year}',
  /** Days before the seed's day: the statute's resolution, the body set up in the panel, its first term. */
  actDay: -216,
  createdDay: -200,
  termDay: -170,
  members: [
    {
      name: 'Krystyna Wiśniewska',
      email: 'k.wisniewska@poczta.example',
      role: 'przewodniczacy',
      seatCategory: 'seniorzy',
      represents: 'seniorzy z Przykładowa',
    },
    {
      name: 'Henryk Mazur',
      email: 'h.mazur@poczta.example',
      role: 'wiceprzewodniczacy',
      seatCategory: 'seniorzy',
      represents: 'seniorzy z Lipek',
    },
    {
      name: 'Teresa Kowalczyk',
      email: 't.kowalczyk@poczta.example',
      role: 'czlonek',
      seatCategory: 'seniorzy',
      represents: 'seniorzy z Zalesia',
    },
    {
      name: 'Zdzisław Grabowski',
      email: 'z.grabowski@poczta.example',
      role: 'czlonek',
      seatCategory: 'seniorzy',
      represents: 'seniorzy z Przykładowa',
    },
    {
      name: 'Irena Jabłońska',
      email: 'i.jablonska@poczta.example',
      role: 'czlonek',
      seatCategory: 'seniorzy',
      represents: 'seniorzy z Lipek',
    },
    {
      name: 'Elżbieta Woźniak',
      email: 'e.wozniak@poczta.example',
      role: 'sekretarz',
      seatCategory: 'organizacje',
      represents: DIRECTORY.seniors,
    },
    {
      name: 'Stanisław Pietrzak',
      email: 's.pietrzak@poczta.example',
      role: 'czlonek',
      seatCategory: 'organizacje',
      represents: DIRECTORY.friends,
    },
    {
      name: 'Wanda Kamińska',
      email: 'w.kaminska@poczta.example',
      role: 'czlonek',
      seatCategory: 'organizacje',
      represents: 'Polski Związek Emerytów, Rencistów i Inwalidów, Koło Gminne w Przykładowie',
    },
    {
      name: 'Janusz Lewandowski',
      email: 'j.lewandowski@poczta.example',
      role: 'czlonek',
      seatCategory: 'utw',
      represents: 'Przykładowski Uniwersytet Trzeciego Wieku',
    },
  ],
  /** The draft the office sent for the council's opinion (a PDF), `{from}`–`{to}`: the programme's years. */
  request: {
    day: -48,
    time: '11:00',
    subject: 'projekt_uchwaly',
    title: 'Projekt uchwały w sprawie Gminnego Programu Polityki Senioralnej na lata {from}–{to}',
    description:
      'Prosimy o opinię o projekcie programu przed przedstawieniem go Radzie Gminy. Szczególnie zależy nam na uwagach do działań w sołectwach i do planowanej Karty Seniora.',
    draft: [
      { kind: 'h1', text: 'Projekt uchwały Rady Gminy Przykładowo' },
      { kind: 'p', text: 'w sprawie przyjęcia Gminnego Programu Polityki Senioralnej na lata {from}–{to}' },
      {
        kind: 'p',
        text: 'Na podstawie art. 18 ust. 2 pkt 15 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym Rada Gminy Przykładowo uchwala, co następuje:',
      },
      { kind: 'p', text: '§ 1. Przyjmuje się Gminny Program Polityki Senioralnej na lata {from}–{to}.' },
      {
        kind: 'p',
        text: '§ 2. Celem Programu jest poprawa jakości życia osób w wieku 60+ przez aktywizację społeczną, profilaktykę zdrowotną, przeciwdziałanie samotności i wykluczeniu cyfrowemu oraz dostosowanie przestrzeni publicznej.',
      },
      {
        kind: 'list',
        items: [
          'Klub seniora w Przykładowie czynny pięć dni w tygodniu.',
          'Gminna Karta Seniora z ulgami w instytucjach kultury i na basenie.',
          'Zajęcia z obsługi smartfona i usług e-administracji.',
          'Program „Życzliwy sąsiad” we współpracy z organizacjami pozarządowymi.',
        ],
      },
      {
        kind: 'p',
        text: '§ 3. Wykonanie uchwały powierza się Wójtowi Gminy Przykładowo. Uchwała wchodzi w życie z dniem podjęcia.',
      },
    ],
  },
  meeting: {
    /** Announced a week before, held on `day` at `time`, minutes written the next day. */
    day: -41,
    time: '16:00',
    place: 'Klub Seniora, ul. Kościuszki 5, Przykładowo (parter, wejście bez progów)',
    agenda: [
      '1. Otwarcie posiedzenia i stwierdzenie quorum.',
      '2. Omówienie projektu Gminnego Programu Polityki Senioralnej (prośba Wójta o opinię).',
      '3. Informacja o pracach nad Gminną Kartą Seniora.',
      '4. Sprawy bieżące: dowóz seniorów z Lipek i Zalesia do przychodni.',
      '5. Wolne wnioski i zamknięcie posiedzenia.',
    ].join('\n'),
    excused: 'Zdzisław Grabowski',
    minutes: [
      'Posiedzenie otworzyła przewodnicząca Krystyna Wiśniewska. Obecnych 8 z 9 członków rady; nieobecność pana Zdzisława Grabowskiego usprawiedliwiona (pobyt w sanatorium). Rada ma quorum.',
      'Ad 2. Kierownik Gminnego Ośrodka Pomocy Społecznej przedstawił projekt programu. Członkowie rady zwrócili uwagę, że działania skupiają się w Przykładowie, a w Lipkach i Zalesiu brakuje miejsca spotkań seniorów; zaproponowali klub seniora w świetlicy wiejskiej w Lipkach i dyżur opiekuna w Zalesiu. Pani Elżbieta Woźniak przygotuje projekt opinii, nad którym rada zagłosuje w przestrzeni członków.',
      'Ad 3. Rada prosi, by Karta Seniora obejmowała także osoby 60+ niemieszkające w gminie, a opiekujące się tu rodzicami.',
      'Ad 4. Pan Henryk Mazur zgłosił, że bus do przychodni kursuje tylko we wtorki; rada złoży w tej sprawie wniosek do Wójta.',
      'Ad 5. Kolejne posiedzenie za dwa miesiące. Protokołowała Elżbieta Woźniak.',
    ].join('\n\n'),
  },
  /** The opinion proposed by the secretary the evening of the meeting, voted on in the members' space. */
  opinion: {
    proposedBy: 'Elżbieta Woźniak',
    title: 'Opinia o projekcie Gminnego Programu Polityki Senioralnej na lata {from}–{to}',
    text: [
      'Rada Seniorów Gminy Przykładowo pozytywnie opiniuje projekt Gminnego Programu Polityki Senioralnej na lata {from}–{to}, z następującymi uwagami:',
      '1. Klub seniora powinien działać nie tylko w Przykładowie: rada wnosi o uruchomienie punktu spotkań w świetlicy wiejskiej w Lipkach i cotygodniowego dyżuru w Zalesiu.',
      '2. Gminna Karta Seniora powinna obejmować także osoby 60+ opiekujące się mieszkającymi w gminie rodzicami.',
      '3. Zajęcia z obsługi smartfona i e-administracji należy prowadzić w małych grupach, także w sołectwach, z materiałami drukowanymi dużą czcionką.',
      '4. Program „Życzliwy sąsiad” powinien mieć stały budżet na koszty wolontariuszy (dojazdy, ubezpieczenie).',
    ].join('\n\n'),
    posts: [
      {
        by: 'Krystyna Wiśniewska',
        day: -47,
        time: '09:30',
        text: 'Projekt programu jest w załączniku prośby. Proszę o uwagi przed posiedzeniem, zwłaszcza od osób z Lipek i Zalesia.',
      },
      {
        by: 'Henryk Mazur',
        day: -45,
        time: '18:10',
        text: 'W Lipkach seniorzy nie mają gdzie się spotykać: świetlica stoi pusta w tygodniu. Zaproponujmy tam klub seniora.',
      },
    ],
    /** Each member's vote; the excused member does not vote. */
    votes: {
      'Krystyna Wiśniewska': 'za',
      'Henryk Mazur': 'za',
      'Teresa Kowalczyk': 'za',
      'Irena Jabłońska': 'za',
      'Elżbieta Woźniak': 'za',
      'Stanisław Pietrzak': 'wstrzymuje_sie',
      'Wanda Kamińska': 'za',
      'Janusz Lewandowski': 'za',
    } as Record<string, 'za' | 'przeciw' | 'wstrzymuje_sie'>,
  },
  /**
   * The request to the wójt the meeting agreed on (art. 5c usg: answered within 30 days), proposed by the deputy chair
   * that evening, adopted with the opinion, and answered by the office `answerDay` days before the seed's day.
   */
  inquiry: {
    proposedBy: 'Henryk Mazur',
    time: '20:15',
    title: 'Wniosek w sprawie dowozu seniorów z Lipek i Zalesia do przychodni',
    text: [
      'Rada Seniorów Gminy Przykładowo wnosi o uruchomienie dodatkowych kursów gminnego busa z Lipek i Zalesia do Przychodni Rejonowej w Przykładowie w poniedziałki i czwartki, w godzinach przyjęć lekarzy rodzinnych (7.30–12.00).',
      'Dziś bus kursuje tylko we wtorki, a seniorzy bez samochodu czekają na wizytę u lekarza nawet tydzień albo płacą za taksówkę. Rada prosi o informację, czy i od kiedy dodatkowe kursy mogą zostać uruchomione.',
    ].join('\n\n'),
    answerDay: -14,
    answer: [
      'W odpowiedzi na wniosek Rady Seniorów uprzejmie informuję, że od pierwszego dnia przyszłego miesiąca gminny bus będzie kursował z Lipek i Zalesia do Przychodni Rejonowej w Przykładowie także w poniedziałki i czwartki (odjazdy z Zalesia o 7.20 i 9.40, z Lipek o 7.35 i 9.55, powrót o 11.30 i 12.30).',
      'Rozkład zostanie wywieszony na przystankach i w przychodni oraz opublikowany na stronie gminy. Przejazd dla osób powyżej 60 roku życia pozostaje bezpłatny.',
      'Wójt Gminy Przykładowo',
    ].join('\n\n'),
  },
} as const

/**
 * The gmina's RDPP (art. 41e–41g upp): 3 councillors, 3 of the wójt's people and 6 of organisations (half of the
 * seats, as the law requires), a 3-year term; asked for its opinion on the programme of cooperation being consulted
 * now, with a meeting ahead to discuss it.
 */
export const RDPP = {
  body: {
    kind: 'rdpp',
    slug: 'rdpp',
    /** The name and e-mail the consultations' demo lists among the programme's advisory bodies: the request joins it. */
    name: 'Rada Działalności Pożytku Publicznego Gminy Przykładowo',
    description:
      'Rada Działalności Pożytku Publicznego opiniuje roczny program współpracy z organizacjami pozarządowymi, strategię rozwoju gminy i projekty uchwał dotyczące sfery pożytku publicznego, a także wyraża opinie w sprawach współpracy gminy z organizacjami.',
    email: 'rdpp@przykladowo.example',
  },
  act: 'XIV/122/{year}',
  actDay: -430,
  createdDay: -415,
  termDay: -400,
  members: [
    {
      name: 'Jadwiga Sikora',
      email: 'j.sikora@poczta.example',
      role: 'przewodniczacy',
      seatCategory: 'ngo',
      represents: DIRECTORY.friends,
    },
    {
      name: 'Marek Ostrowski',
      email: 'm.ostrowski@poczta.example',
      role: 'czlonek',
      seatCategory: 'ngo',
      represents: DIRECTORY.seniors,
    },
    {
      name: 'Piotr Zieliński',
      email: 'p.zielinski@poczta.example',
      role: 'wiceprzewodniczacy',
      seatCategory: 'ngo',
      represents: DIRECTORY.sport,
    },
    {
      name: 'Tomasz Wróbel',
      email: 't.wrobel@poczta.example',
      role: 'czlonek',
      seatCategory: 'ngo',
      represents: 'Ochotnicza Straż Pożarna w Lipkach',
    },
    {
      name: 'Halina Nowicka',
      email: 'h.nowicka@poczta.example',
      role: 'czlonek',
      seatCategory: 'ngo',
      represents: 'Koło Gospodyń Wiejskich w Lipkach',
    },
    {
      name: 'Anna Majewska',
      email: 'a.majewska@poczta.example',
      role: 'sekretarz',
      seatCategory: 'ngo',
      represents: 'Stowarzyszenie Rodziców i Przyjaciół Dzieci Niepełnosprawnych „Tęcza”',
    },
    {
      name: 'Andrzej Kubiak',
      email: 'a.kubiak@poczta.example',
      role: 'czlonek',
      seatCategory: 'rada',
      represents: 'Rada Gminy Przykładowo (Komisja Oświaty, Kultury i Sportu)',
    },
    {
      name: 'Magdalena Sowa',
      email: 'm.sowa@poczta.example',
      role: 'czlonek',
      seatCategory: 'rada',
      represents: 'Rada Gminy Przykładowo (Komisja Budżetu i Finansów)',
    },
    {
      name: 'Paweł Czarnecki',
      email: 'p.czarnecki@poczta.example',
      role: 'czlonek',
      seatCategory: 'rada',
      represents: 'Rada Gminy Przykładowo (Komisja Zdrowia i Spraw Społecznych)',
    },
    {
      name: 'Ewa Zając',
      email: 'e.zajac@poczta.example',
      role: 'czlonek',
      seatCategory: 'wojt',
      represents: 'Wójt Gminy Przykładowo (Referat Promocji, Kultury i Współpracy z Organizacjami Pozarządowymi)',
    },
    {
      name: 'Grzegorz Baran',
      email: 'g.baran@poczta.example',
      role: 'czlonek',
      seatCategory: 'wojt',
      represents: 'Wójt Gminy Przykładowo (Referat Finansowy)',
    },
    {
      name: 'Monika Wilk',
      email: 'm.wilk@poczta.example',
      role: 'czlonek',
      seatCategory: 'wojt',
      represents: 'Wójt Gminy Przykładowo (Gminny Ośrodek Pomocy Społecznej)',
    },
  ],
  request: {
    subject: 'program_wspolpracy',
    description:
      'Projekt jest jednocześnie konsultowany z organizacjami. Rada wyraża opinię w terminie 14 dni od otrzymania projektu (art. 41g upp w zw. z art. 5 ust. 5 upp); brak opinii w terminie oznacza rezygnację z prawa do jej wyrażenia.',
    post: {
      by: 'Jadwiga Sikora',
      text: 'Projekt programu współpracy jest w tej prośbie, razem z drugą wersją po pierwszych uwagach organizacji. Omówimy go na posiedzeniu; uwagi proszę wpisywać tutaj, a projekt opinii przygotuje sekretarz.',
    },
  },
  /** The meeting ahead, in `day` days at `time`, announced with the request. */
  meeting: {
    day: 5,
    time: '17:00',
    place: 'Sala narad Urzędu Gminy Przykładowo, ul. Główna 1, Przykładowo (parter)',
    agenda: [
      '1. Otwarcie posiedzenia i stwierdzenie quorum.',
      '2. Projekt rocznego programu współpracy z organizacjami pozarządowymi: dyskusja i przyjęcie opinii.',
      '3. Harmonogram otwartych konkursów ofert.',
      '4. Wolne wnioski.',
    ].join('\n'),
  },
} as const

/**
 * The gmina's młodzieżowa rada (art. 5b usg), being formed: its statute from the law's template without support
 * lists (the gmina's choice), fifteen seats elected in three schools, a call whose candidates (pupils, each with a
 * parent's consent confirmed by e-mail) were verified and listed, and the election running now in the schools, with a
 * few ballots cast already. Visitors can vote themselves (the code comes to the development outbox).
 */
export const YOUTH = {
  body: {
    kind: 'mlodziezowa_rada',
    slug: 'mlodziezowa-rada',
    name: 'Młodzieżowa Rada Gminy Przykładowo',
    description:
      'Młodzieżowa rada gminy ma charakter konsultacyjny. Uczniowie szkół z terenu gminy wybierają w niej swoich przedstawicieli: rada opiniuje sprawy dotyczące młodzieży i zgłasza własne pomysły.',
    email: 'mlodziezowa.rada@gmina-przykladowa.example',
  },
  act: 'XXVIII/251/{year}',
  actDay: -75,
  createdDay: -60,
  /** The first term begins after the election, on the day the council is first convened. */
  termDay: 30,
  members: [],
  call: {
    title: 'Wybory do Młodzieżowej Rady Gminy Przykładowo — pierwsza kadencja',
    /** Days before the seed's day. */
    opensDay: -45,
    deadlineDay: -15,
    announcedDay: -12,
    votingFromDay: -2,
    votingToDay: 5,
  },
  candidates: [
    {
      name: 'Zuzanna Kwiatkowska',
      school: 'sp1',
      age: 14,
      statement: 'Chcę, żeby przy szkole powstał bezpieczny stojak na rowery i żeby świetlica była otwarta dłużej.',
    },
    {
      name: 'Antoni Pawlak',
      school: 'sp1',
      age: 13,
      statement: 'Zależy mi na boisku otwartym po lekcjach i w wakacje.',
    },
    {
      name: 'Lena Głowacka',
      school: 'sp2',
      age: 14,
      statement: 'Chcę, żeby uczniowie z Lipek mieli autobus także po zajęciach dodatkowych.',
    },
    {
      name: 'Michał Sadowski',
      school: 'lo',
      age: 17,
      statement: 'Proponuję gminne stypendia dla uczniów, którzy działają jako wolontariusze.',
    },
    {
      name: 'Natalia Urbańska',
      school: 'lo',
      age: 16,
      statement: 'Chcę, żeby młodzież mogła współdecydować o budżecie obywatelskim i o ofercie domu kultury.',
    },
  ],
  /** Ballots cast before the seed's day: voter's name, age, school and the chosen candidate. */
  ballots: [
    { name: 'Kacper Zieliński', age: 13, school: 'sp1', choice: 'Zuzanna Kwiatkowska' },
    { name: 'Maja Laskowska', age: 14, school: 'sp1', choice: 'Antoni Pawlak' },
    { name: 'Igor Czarnecki', age: 15, school: 'sp2', choice: 'Lena Głowacka' },
    { name: 'Julia Borkowska', age: 17, school: 'lo', choice: 'Natalia Urbańska' },
  ],
} as const
