/**
 * What the demo budget of "Gmina Przykładowa" is made of: pools, projects, the fate of each in assessment, the
 * residents' leanings in the vote and the progress of the winners. Plain data, read by worker/demo/budget.ts, which
 * feeds it through the budget module's own functions.
 *
 * The JST stays fictional (its name, streets and villages), but a map needs a real place under its markers: every
 * point lies within about 4 km of the market square of Grójec (mazowieckie), a gmina miejsko-wiejska of about the demo
 * JST's 24 500 residents. Amounts are in złote here and converted to grosze where they are used.
 */

/** The market square the demo's points are placed around (Grójec, Plac Wolności). */
export const CENTRE = { lat: 51.8656, lng: 20.8677 } as const

export type PoolCode = 'OG' | 'OS' | 'SO'

export interface PoolSpec {
  code: PoolCode
  name: string
  kind: 'jst' | 'area'
  areas: string[]
  /** złote */
  amount: number
  minProjectCost: number
  maxProjectCost: number
  residents: number
  requiredSupporters: number
}

/** Town estates and villages; their residents add up to the JST's population (statute: supporters ≤ 0,1% of these). */
export const TOWN = ['Osiedle Północ', 'Osiedle Słoneczne', 'Stare Miasto']
export const VILLAGES = ['Lipki', 'Dąbrowa', 'Wola Przykładowa', 'Zalesie']

export const POOLS: PoolSpec[] = [
  {
    code: 'OG',
    name: 'Ogólnogminna',
    kind: 'jst',
    areas: [],
    amount: 600_000,
    minProjectCost: 20_000,
    maxProjectCost: 300_000,
    residents: 24_500,
    requiredSupporters: 20,
  },
  {
    code: 'OS',
    name: 'Osiedla miejskie',
    kind: 'area',
    areas: TOWN,
    amount: 200_000,
    minProjectCost: 10_000,
    maxProjectCost: 120_000,
    residents: 16_000,
    requiredSupporters: 10,
  },
  {
    code: 'SO',
    name: 'Sołectwa',
    kind: 'area',
    areas: VILLAGES,
    amount: 150_000,
    minProjectCost: 10_000,
    maxProjectCost: 100_000,
    residents: 8_500,
    requiredSupporters: 5,
  },
]

export const CATEGORIES = [
  'zieleń',
  'sport i rekreacja',
  'bezpieczeństwo',
  'kultura i edukacja',
  'infrastruktura',
  'zdrowie',
]

export interface ProjectSpec {
  key: string
  pool: PoolCode
  title: string
  summary: string
  description: string
  category: string
  beneficiaries: string
  address: string
  lat: number
  lng: number
  /** [item, złote] */
  costs: [string, number][]
  author: [name: string, email: string]
  /** Share of the pool's voters who tick the project (past edition only). */
  appeal?: number
  /** Assessment other than a plain pass: `rejected` on merit for good, `appealed` rejected and then admitted on appeal. */
  fate?: 'rejected' | 'appealed'
  /** Cost after the verifier's estimate, in złote. */
  revisedCost?: number
}

/** The finished edition (budget year: last year), voted on the year before. */
export const PAST_PROJECTS: ProjectSpec[] = [
  {
    key: 'teznia',
    pool: 'OG',
    title: 'Tężnia solankowa w Parku Miejskim',
    summary:
      'Drewniana tężnia z ławkami w cieniu, otwarta od maja do października — zdrowe powietrze bez wyjazdu nad morze.',
    description:
      'Proponujemy budowę tężni solankowej o wysokości ok. 4 m i długości 12 m w południowej części Parku Miejskiego, obok placu zabaw. Tężnia to konstrukcja z tarniny, po której spływa solanka; wokół powstaje mikroklimat korzystny dla układu oddechowego. Przy tężni staną ławki, kosz na śmieci i tablica z zasadami korzystania. Tężnia działałaby codziennie w sezonie, bez opłat, a jej utrzymanie (solanka, prąd) zmieści się w budżecie Zakładu Gospodarki Komunalnej.',
    category: 'zdrowie',
    beneficiaries: 'Wszyscy mieszkańcy, zwłaszcza seniorzy, dzieci i osoby z chorobami układu oddechowego.',
    address: 'Park Miejski, ul. Parkowa, Przykładowo',
    lat: 51.8628,
    lng: 20.8712,
    costs: [
      ['Dokumentacja projektowa i pozwolenia', 15_000],
      ['Konstrukcja tężni z tarniną', 185_000],
      ['Instalacja solankowa i pompa', 28_000],
      ['Ławki, kosze i nasadzenia', 12_000],
    ],
    author: ['Barbara Kowalczyk', 'barbara.kowalczyk@poczta.example'],
    appeal: 0.52,
  },
  {
    key: 'skatepark',
    pool: 'OG',
    title: 'Skatepark przy kompleksie boisk „Orlik”',
    summary: 'Betonowy skatepark z rampami, poręczami i funboxem dla rolkarzy, deskorolkarzy i hulajnóg.',
    description:
      'Młodzież z Przykładowa jeździ dziś po parkingach i schodach urzędu. Proponujemy skatepark o powierzchni ok. 650 m² na nieużywanej części działki gminnej przy kompleksie boisk „Orlik”: monolityczna nawierzchnia betonowa, quarter pipe, bank ramp, funbox z poręczą, grindbox i dwie murki. Obiekt będzie ogólnodostępny, oświetlony razem z boiskami i objęty monitoringiem Orlika; regulamin ustali Ośrodek Sportu i Rekreacji.',
    category: 'sport i rekreacja',
    beneficiaries: 'Młodzież i dzieci jeżdżące na deskorolkach, rolkach, hulajnogach i rowerach BMX.',
    address: 'ul. Sportowa 3, Przykładowo (przy boiskach „Orlik”)',
    lat: 51.869,
    lng: 20.859,
    costs: [
      ['Projekt i dokumentacja', 18_000],
      ['Nawierzchnia betonowa (650 m²)', 112_000],
      ['Elementy skateparku (rampy, poręcze, funbox)', 128_000],
      ['Ławki, kosze, tablica z regulaminem', 12_000],
    ],
    author: ['Kacper Wiśniewski', 'kacper.wisniewski@poczta.example'],
    appeal: 0.46,
  },
  {
    key: 'przejscia',
    pool: 'OG',
    title: 'Bezpieczne przejścia dla pieszych przy szkołach',
    summary: 'Doświetlenie czterech przejść przy obu szkołach podstawowych, aktywne znaki i progi wyspowe.',
    description:
      'Rano i po południu przez przejścia przy Szkole Podstawowej nr 1 (ul. Szkolna) i nr 2 (ul. Słoneczna) przechodzą setki dzieci, a zimą jest tam ciemno. Projekt obejmuje doświetlenie czterech przejść lampami LED o barwie odróżniającej je od oświetlenia ulicy, aktywne znaki D-6 zapalające się na widok pieszego oraz progi wyspowe spowalniające ruch. Drogi są gminne; projekt organizacji ruchu uzgodni Urząd Gminy.',
    category: 'bezpieczeństwo',
    beneficiaries: 'Uczniowie obu szkół podstawowych, ich rodzice i wszyscy piesi.',
    address: 'ul. Szkolna 12 i ul. Słoneczna 4, Przykładowo',
    lat: 51.8672,
    lng: 20.8745,
    costs: [
      ['Doświetlenie 4 przejść (lampy LED z montażem)', 96_000],
      ['Aktywne znaki D-6 i progi wyspowe', 54_000],
      ['Projekt stałej organizacji ruchu', 10_000],
    ],
    author: ['Magdalena Zając', 'magdalena.zajac@poczta.example'],
    appeal: 0.4,
    revisedCost: 168_000,
  },
  {
    key: 'laki',
    pool: 'OG',
    title: 'Łąki kwietne i 60 drzew wzdłuż ul. Ogrodowej',
    summary: 'Szpaler lip i klonów oraz łąki kwietne zamiast koszonych trawników — cień latem i miejsce dla zapylaczy.',
    description:
      'Wzdłuż ul. Ogrodowej ciągnie się 800 m gminnych pasów zieleni, koszonych kilkanaście razy w roku. Proponujemy posadzić 60 drzew (lipy drobnolistne, klony polne, jarzęby) z trzyletnią pielęgnacją i założyć łąki kwietne z rodzimych gatunków na ok. 2400 m². Przy łąkach staną dwie tablice o zapylaczach, przygotowane z uczniami SP nr 1. Łąka kośna to też mniej koszenia, więc niższe koszty utrzymania.',
    category: 'zieleń',
    beneficiaries: 'Mieszkańcy ul. Ogrodowej i okolic, piesi i rowerzyści, uczniowie.',
    address: 'ul. Ogrodowa (od ul. Kościuszki do ul. Polnej), Przykładowo',
    lat: 51.8701,
    lng: 20.8756,
    costs: [
      ['60 drzew z pielęgnacją przez 3 lata', 54_000],
      ['Łąki kwietne (2400 m²): przygotowanie gleby i wysiew', 19_000],
      ['Tablice edukacyjne', 7_000],
    ],
    author: ['Ewa Lewandowska', 'ewa.lewandowska@poczta.example'],
    appeal: 0.33,
  },
  {
    key: 'ksiazki',
    pool: 'OG',
    title: 'Nowości, audiobooki i czytniki dla Biblioteki Gminnej',
    summary: 'Około 800 nowych książek, audiobooki dla seniorów i dziesięć czytników e-booków do wypożyczania.',
    description:
      'Biblioteka Gminna kupuje rocznie ok. 300 nowości, a czytelnicy czekają na nie w długich kolejkach. Proponujemy jednorazowy zakup ok. 800 książek (literatura dla dzieci i młodzieży, kryminały, reportaże, lektury), audiobooków dla osób słabowidzących oraz dziesięciu czytników e-booków z licencjami, wypożyczanych jak książki. Wybór tytułów poprzedzi ankieta wśród czytelników.',
    category: 'kultura i edukacja',
    beneficiaries: 'Czytelnicy Biblioteki Gminnej i jej filii w Lipkach — dzieci, uczniowie, seniorzy.',
    address: 'Biblioteka Gminna, ul. Kościuszki 10, Przykładowo',
    lat: 51.8649,
    lng: 20.866,
    costs: [
      ['Książki (ok. 800 egz.)', 26_000],
      ['Audiobooki i licencje', 6_000],
      ['10 czytników e-booków z etui', 8_000],
    ],
    author: ['Joanna Mazur', 'joanna.mazur@poczta.example'],
    appeal: 0.28,
  },
  {
    key: 'droga',
    pool: 'OG',
    title: 'Przebudowa drogi Przykładowo–Lipki z chodnikiem',
    summary: 'Nowa nawierzchnia i chodnik na odcinku 1,2 km drogi łączącej miasto z Lipkami.',
    description:
      'Droga do Lipek jest wąska, dziurawa i nie ma przy niej chodnika, a chodzą nią dzieci do szkoły i mieszkańcy do przystanku. Proponujemy wymianę nawierzchni na odcinku 1,2 km i budowę chodnika po stronie zachodniej. Koszt oszacowaliśmy na podstawie podobnej inwestycji w sąsiedniej gminie.',
    category: 'infrastruktura',
    beneficiaries: 'Mieszkańcy Lipek i wszyscy, którzy tą drogą jeżdżą i chodzą.',
    address: 'droga powiatowa Przykładowo–Lipki (od ul. Północnej)',
    lat: 51.879,
    lng: 20.852,
    costs: [
      ['Nowa nawierzchnia (1,2 km)', 210_000],
      ['Chodnik (1,2 km)', 80_000],
    ],
    author: ['Tadeusz Kamiński', 'tadeusz.kaminski@poczta.example'],
    fate: 'rejected',
  },
  {
    key: 'plac',
    pool: 'OS',
    title: 'Plac zabaw dla najmłodszych na Osiedlu Słonecznym',
    summary: 'Bezpieczny plac zabaw dla dzieci do 6 lat między blokami przy ul. Słonecznej, z ogrodzeniem i ławkami.',
    description:
      'Na Osiedlu Słonecznym mieszka ponad 300 dzieci w wieku przedszkolnym, a najbliższy plac zabaw jest w parku, za ruchliwą ulicą. Proponujemy plac na gminnym trawniku między blokami nr 12 i 14: zestaw ze zjeżdżalnią, huśtawki (w tym bocianie gniazdo), piaskownicę z pokrywą, sprężynowce i karuzelę dostępną dla dzieci na wózkach, na nawierzchni bezpiecznej z płyt EPDM. Plac będzie ogrodzony, z furtkami samozamykającymi się i ławkami dla rodziców.',
    category: 'sport i rekreacja',
    beneficiaries: 'Dzieci do 6 lat z Osiedla Słonecznego i ich opiekunowie.',
    address: 'ul. Słoneczna 12–14, Przykładowo',
    lat: 51.8608,
    lng: 20.8802,
    costs: [
      ['Urządzenia zabawowe (z montażem)', 78_000],
      ['Nawierzchnia bezpieczna EPDM', 26_000],
      ['Ogrodzenie, furtki i ławki', 11_000],
    ],
    author: ['Paulina Wójcik', 'paulina.wojcik@poczta.example'],
    appeal: 0.55,
  },
  {
    key: 'silownia',
    pool: 'OS',
    title: 'Siłownia plenerowa przy stawie na Osiedlu Północ',
    summary: 'Osiem urządzeń do ćwiczeń na świeżym powietrzu przy ścieżce wokół stawu.',
    description:
      'Wokół stawu na Osiedlu Północ biegają i spacerują setki osób. Proponujemy siłownię plenerową z ośmioma urządzeniami (orbitrek, wioślarz, twister, prasa nożna, wyciąg górny, drążki, ławka do brzuszków, urządzenie dla osób na wózkach) na utwardzonej nawierzchni przy wschodnim brzegu stawu, z tablicą z instrukcjami ćwiczeń.',
    category: 'sport i rekreacja',
    beneficiaries: 'Mieszkańcy Osiedla Północ w każdym wieku, także osoby z niepełnosprawnościami.',
    address: 'ul. Północna, przy stawie (działka nr 412/7), Przykładowo',
    lat: 51.8762,
    lng: 20.8655,
    costs: [
      ['8 urządzeń siłowni plenerowej', 52_000],
      ['Nawierzchnia i montaż', 14_000],
      ['Tablica z ćwiczeniami, ławka, kosz', 4_000],
    ],
    author: ['Michał Nowakowski', 'michal.nowakowski@poczta.example'],
    appeal: 0.45,
    fate: 'appealed',
  },
  {
    key: 'lawki',
    pool: 'OS',
    title: 'Ławki, stojaki rowerowe i kosze na Starym Mieście',
    summary: 'Dwadzieścia ławek, piętnaście stojaków rowerowych i kosze do segregacji wokół rynku i przy kościele.',
    description:
      'Na rynku i w uliczkach Starego Miasta brakuje miejsc, by usiąść, a rowery przypina się do latarni. Proponujemy 20 ławek z oparciami i podłokietnikami (ułatwiają wstawanie seniorom), 15 stojaków rowerowych w kształcie odwróconego U oraz 12 koszy z podziałem na frakcje, w stylu zgodnym z zaleceniami konserwatora zabytków.',
    category: 'infrastruktura',
    beneficiaries: 'Mieszkańcy i goście Starego Miasta, seniorzy, rowerzyści.',
    address: 'Plac Wolności i ul. Kościelna, Przykładowo',
    lat: 51.8656,
    lng: 20.8676,
    costs: [
      ['20 ławek z oparciami', 24_000],
      ['15 stojaków rowerowych', 9_000],
      ['12 koszy do segregacji', 7_000],
    ],
    author: ['Krzysztof Dąbrowski', 'krzysztof.dabrowski@poczta.example'],
    appeal: 0.38,
  },
  {
    key: 'pikniki',
    pool: 'OS',
    title: 'Pikniki sąsiedzkie i kino plenerowe na osiedlach',
    summary: 'Dwa pikniki sąsiedzkie i trzy wieczory kina pod chmurką na skwerze przy ul. Polnej.',
    description:
      'Chcemy, żeby sąsiedzi z bloków i domków poznali się bliżej. Proponujemy dwa pikniki (czerwiec i wrzesień) z grami dla dzieci, stoiskami lokalnych kół i koncertem szkolnego zespołu oraz trzy seanse kina plenerowego w wakacje (filmy familijne, wybrane w głosowaniu na stronie gminy). Wstęp wolny.',
    category: 'kultura i edukacja',
    beneficiaries: 'Mieszkańcy osiedli miejskich, rodziny z dziećmi.',
    address: 'Skwer przy ul. Polnej, Przykładowo',
    lat: 51.8724,
    lng: 20.8702,
    costs: [
      ['Dwa pikniki (scena, animacje, nagłośnienie)', 8_000],
      ['Trzy seanse kina (licencje, ekran, projektor)', 6_000],
    ],
    author: ['Agnieszka Szymańska', 'agnieszka.szymanska@poczta.example'],
    appeal: 0.3,
  },
  {
    key: 'wiata',
    pool: 'SO',
    title: 'Wiata biesiadna z grillem przy świetlicy w Lipkach',
    summary: 'Zadaszone miejsce spotkań na 40 osób z murowanym grillem, stołami i oświetleniem.',
    description:
      'Przy świetlicy w Lipkach odbywają się dożynki, festyny i zebrania wiejskie, ale gdy pada, nie ma się gdzie schronić. Proponujemy drewnianą wiatę 10 × 6 m na fundamentach punktowych, murowany grill, sześć kompletów stołów z ławami i oświetlenie LED. Wiata stanie na działce gminnej przy świetlicy; opiekę nad nią przejmie sołtys z radą sołecką.',
    category: 'sport i rekreacja',
    beneficiaries: 'Mieszkańcy Lipek i okolicznych sołectw, Koło Gospodyń Wiejskich, OSP.',
    address: 'Lipki 24 (świetlica wiejska)',
    lat: 51.8878,
    lng: 20.8431,
    costs: [
      ['Wiata drewniana 10 × 6 m', 46_000],
      ['Grill murowany', 9_000],
      ['Stoły i ławy (6 kompletów)', 7_000],
      ['Oświetlenie LED', 6_000],
    ],
    author: ['Stanisław Pawlak', 'stanislaw.pawlak@poczta.example'],
    appeal: 0.5,
  },
  {
    key: 'swietlica',
    pool: 'SO',
    title: 'Wyposażenie świetlicy wiejskiej w Dąbrowie',
    summary: 'Kuchnia, stoły i krzesła dla 60 osób, nagłośnienie i rzutnik — żeby świetlica znów tętniła życiem.',
    description:
      'Świetlica w Dąbrowie po remoncie dachu stoi pusta: brakuje kuchni, stołów i krzeseł. Proponujemy wyposażenie kuchni (płyta indukcyjna, zmywarka, lodówka, naczynia), stoły i krzesła dla 60 osób oraz nagłośnienie i rzutnik, by świetlica mogła służyć zebraniom, zajęciom dla dzieci, warsztatom KGW i spotkaniom seniorów.',
    category: 'kultura i edukacja',
    beneficiaries: 'Mieszkańcy Dąbrowy: dzieci, seniorzy, Koło Gospodyń Wiejskich.',
    address: 'Dąbrowa 7 (świetlica wiejska)',
    lat: 51.8457,
    lng: 20.9043,
    costs: [
      ['Wyposażenie kuchni', 21_000],
      ['Stoły i krzesła dla 60 osób', 14_000],
      ['Nagłośnienie i rzutnik z ekranem', 9_000],
    ],
    author: ['Halina Grabowska', 'halina.grabowska@poczta.example'],
    appeal: 0.42,
  },
  {
    key: 'chodnik',
    pool: 'SO',
    title: 'Chodnik i lampy solarne do przystanku w Woli Przykładowej',
    summary: 'Bezpieczne dojście do przystanku autobusowego: 180 m chodnika i pięć lamp solarnych.',
    description:
      'Dzieci z Woli Przykładowej idą do przystanku szkolnego poboczem drogi gminnej, po ciemku. Proponujemy 180 m chodnika z kostki betonowej wzdłuż ul. Głównej od skrzyżowania z ul. Leśną do przystanku oraz pięć lamp solarnych, które nie wymagają przyłącza.',
    category: 'bezpieczeństwo',
    beneficiaries: 'Uczniowie dojeżdżający do szkół i wszyscy mieszkańcy korzystający z przystanku.',
    address: 'Wola Przykładowa, ul. Główna (od ul. Leśnej do przystanku)',
    lat: 51.8523,
    lng: 20.8305,
    costs: [
      ['Chodnik z kostki betonowej (180 m)', 58_000],
      ['5 lamp solarnych z montażem', 27_000],
      ['Projekt i zgłoszenie robót', 5_000],
    ],
    author: ['Andrzej Jabłoński', 'andrzej.jablonski@poczta.example'],
    appeal: 0.47,
  },
]

/** How the assessors judged the projects that did not simply pass (criteria as the assessment form lists them). */
export const REJECTION = {
  criteria: [
    { key: 'legality', passed: true },
    { key: 'feasibility', passed: true },
    { key: 'cost', passed: true },
    {
      key: 'ownership',
      passed: false,
      justification:
        'Droga jest drogą powiatową (nr 1612W) w zarządzie Zarządu Dróg Powiatowych; gmina nie jest jej właścicielem ani zarządcą.',
    },
    {
      key: 'own-task',
      passed: false,
      justification:
        'Budowa i przebudowa dróg powiatowych jest zadaniem powiatu (ustawa o drogach publicznych, art. 19 ust. 2 pkt 3), a nie zadaniem własnym gminy.',
    },
    { key: 'one-year', passed: true },
    { key: 'public-access', passed: true },
  ],
  justification:
    'Projekt nie może być realizowany w ramach budżetu obywatelskiego gminy: dotyczy drogi powiatowej, której gmina nie zarządza. Przekazaliśmy wniosek Zarządowi Dróg Powiatowych, który planuje przebudowę odcinka w latach następnych.',
}

export const WRONG_OWNERSHIP = {
  criteria: [
    { key: 'legality', passed: true },
    { key: 'feasibility', passed: true },
    { key: 'cost', passed: true },
    {
      key: 'ownership',
      passed: false,
      justification: 'Według ewidencji gruntów działka nr 412/7 nie jest własnością gminy.',
    },
    { key: 'own-task', passed: true },
    { key: 'one-year', passed: true },
    { key: 'public-access', passed: true },
  ],
  justification:
    'Projekt wskazuje działkę, która według ewidencji gruntów nie należy do gminy, więc gmina nie może na niej inwestować.',
}

export const APPEAL_TEXT =
  'Działka nr 412/7 została kupiona przez gminę aktem notarialnym z 14 listopada zeszłego roku (Rep. A nr 5127); ewidencja gruntów nie została jeszcze zaktualizowana. Załączam kopię aktu i wypis z księgi wieczystej, w którym gmina jest już wpisana jako właściciel. Proszę o ponowną ocenę projektu.'

export const APPEAL_DECISION =
  'Odwołanie uwzględnione: księga wieczysta potwierdza, że gmina jest właścicielem działki nr 412/7 od listopada; opóźnienie dotyczyło wyłącznie ewidencji gruntów. Pozostałe kryteria oceny były spełnione, więc projekt trafia na listę do głosowania.'

/** Merit assessment of the projects that passed, with the verifier's words. */
export const MERIT_PASSED = [
  { key: 'legality', passed: true },
  { key: 'feasibility', passed: true },
  { key: 'cost', passed: true },
  { key: 'ownership', passed: true },
  { key: 'own-task', passed: true },
  { key: 'one-year', passed: true },
  { key: 'public-access', passed: true },
] as const

/**
 * How far the winners have got, by project key: each step a status and a progress note (dates: month-day of the
 * budget year). Winners without a plan stay "wybrany do realizacji"; plans of projects that did not win are unused.
 */
export const PROGRESS: Record<string, { on: string; status: 'in_progress' | 'done'; note: string }[]> = {
  teznia: [
    {
      on: '03-18',
      status: 'in_progress',
      note: 'Podpisano umowę z wykonawcą wyłonionym w przetargu (3 oferty). Termin zakończenia: 31 sierpnia.',
    },
    {
      on: '08-29',
      status: 'done',
      note: 'Tężnia odebrana i otwarta. Działa codziennie od 8:00 do 20:00, od maja do października.',
    },
  ],
  skatepark: [
    {
      on: '05-12',
      status: 'in_progress',
      note: 'Gotowy projekt wykonawczy, konsultowany z młodzieżą na dwóch spotkaniach w Ośrodku Sportu.',
    },
    {
      on: '10-20',
      status: 'in_progress',
      note: 'Wylano nawierzchnię betonową. Montaż elementów — wiosną, po zimowej przerwie technologicznej.',
    },
  ],
  laki: [
    {
      on: '10-30',
      status: 'done',
      note: 'Posadzono 60 drzew (lipy, klony polne, jarzęby); łąki wysiano jesienią, zakwitną w czerwcu.',
    },
  ],
  przejscia: [
    {
      on: '06-30',
      status: 'in_progress',
      note: 'Zatwierdzono projekt stałej organizacji ruchu; montaż lamp w wakacje.',
    },
  ],
  ksiazki: [
    {
      on: '04-15',
      status: 'done',
      note: 'Kupiono 812 książek, 64 audiobooki i 10 czytników; nowości są już w katalogu biblioteki.',
    },
  ],
  plac: [
    { on: '04-02', status: 'in_progress', note: 'Rozpoczęto prace ziemne i montaż ogrodzenia.' },
    { on: '07-04', status: 'done', note: 'Plac zabaw odebrany i otwarty 4 lipca.' },
  ],
  silownia: [
    { on: '06-10', status: 'in_progress', note: 'Urządzenia zamówione; montaż po wykonaniu nawierzchni, we wrześniu.' },
  ],
  pikniki: [
    { on: '09-15', status: 'done', note: 'Odbyły się dwa pikniki (ok. 600 osób) i trzy seanse kina plenerowego.' },
  ],
  lawki: [
    {
      on: '05-20',
      status: 'done',
      note: 'Ustawiono 20 ławek, 15 stojaków i 12 koszy, w uzgodnieniu z konserwatorem zabytków.',
    },
  ],
  wiata: [{ on: '06-20', status: 'done', note: 'Wiata gotowa i przekazana sołectwu przed sobótkami.' }],
  swietlica: [{ on: '11-05', status: 'in_progress', note: 'Kupiono stoły i krzesła; kuchnię zamontujemy w grudniu.' }],
  chodnik: [{ on: '09-01', status: 'in_progress', note: 'Chodnik ułożony; lampy solarne czekają na dostawę.' }],
}

/** The edition now in its submission phase: budget year next year. */
export const OPEN_PROJECTS: (ProjectSpec & { supporters: number })[] = [
  {
    key: 'park',
    pool: 'OG',
    title: 'Park kieszonkowy z poidełkiem przy ul. Kościelnej',
    summary: 'Zamiana zaniedbanego placu przy ul. Kościelnej na mały park z drzewami, ławkami i poidełkiem.',
    description:
      'Plac przy ul. Kościelnej 5 to dziś klepisko, na którym parkują auta. Proponujemy park kieszonkowy: osiem drzew, rabaty bylinowe, ławki w cieniu, poidełko z wodą pitną dla ludzi i psów oraz stojaki rowerowe. Teren jest gminny; dojazd do posesji sąsiednich zostanie zachowany.',
    category: 'zieleń',
    beneficiaries: 'Mieszkańcy centrum, rodzice z dziećmi, seniorzy, osoby czekające na autobus.',
    address: 'ul. Kościelna 5, Przykładowo',
    lat: 51.8661,
    lng: 20.8694,
    costs: [
      ['Projekt i rozbiórka nawierzchni', 24_000],
      ['Drzewa i rabaty bylinowe', 48_000],
      ['Ławki, poidełko, stojaki rowerowe', 56_000],
      ['Nawierzchnia mineralna alejek', 52_000],
    ],
    author: ['Natalia Krawczyk', 'natalia.krawczyk@poczta.example'],
    supporters: 24,
  },
  {
    key: 'azyl',
    pool: 'OS',
    title: 'Przejście z azylem przy Szkole Podstawowej nr 2',
    summary: 'Wyspa dla pieszych na środku ul. Słonecznej i doświetlenie przejścia przed szkołą.',
    description:
      'Przejście przed Szkołą Podstawową nr 2 ma 12 m długości i nie ma azylu, więc dzieci przechodzą przez dwa pasy ruchu naraz. Proponujemy wyspę azylu (zwężenie jezdni), doświetlenie przejścia i barierki kierujące pieszych na pasy.',
    category: 'bezpieczeństwo',
    beneficiaries: 'Uczniowie SP nr 2, rodzice, mieszkańcy Osiedla Słonecznego.',
    address: 'ul. Słoneczna 4, Przykładowo',
    lat: 51.8617,
    lng: 20.8768,
    costs: [
      ['Wyspa azylu i przebudowa krawężników', 58_000],
      ['Doświetlenie przejścia', 27_000],
      ['Barierki i oznakowanie', 10_000],
    ],
    author: ['Tomasz Wróbel', 'tomasz.wrobel@poczta.example'],
    supporters: 12,
  },
  {
    key: 'boisko',
    pool: 'SO',
    title: 'Boisko wielofunkcyjne przy szkole w Zalesiu',
    summary: 'Boisko do koszykówki i siatkówki z nawierzchnią poliuretanową, otwarte także po lekcjach.',
    description:
      'Szkoła w Zalesiu ma tylko trawiaste boisko, które od jesieni do wiosny nadaje się do użytku kilka dni w miesiącu. Proponujemy boisko wielofunkcyjne 28 × 15 m z nawierzchnią poliuretanową, koszami i słupkami do siatkówki, ogrodzone piłkochwytami. Po lekcjach i w wakacje boisko będzie dostępne dla wszystkich mieszkańców.',
    category: 'sport i rekreacja',
    beneficiaries: 'Uczniowie szkoły w Zalesiu i młodzież z okolicznych sołectw.',
    address: 'Zalesie 3 (teren szkoły)',
    lat: 51.8802,
    lng: 20.9049,
    costs: [
      ['Podbudowa i nawierzchnia poliuretanowa', 71_000],
      ['Kosze, słupki, siatki', 12_000],
      ['Piłkochwyty', 15_000],
    ],
    author: ['Karolina Sikora', 'karolina.sikora@poczta.example'],
    supporters: 7,
  },
]

export const TOWN_STREETS = [
  'ul. Lipowa',
  'ul. Ogrodowa',
  'ul. Słoneczna',
  'ul. Polna',
  'ul. Szkolna',
  'ul. Kościuszki',
  'ul. Parkowa',
  'ul. Północna',
  'ul. Mickiewicza',
  'ul. Sportowa',
  'ul. Kościelna',
  'ul. Krótka',
]

/** Ballots by age band (the `<18` band stays under 10, so the published statistics show it as `<10`). */
export const AGE_BANDS: [band: '<18' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+', voters: number][] = [
  ['<18', 7],
  ['18-24', 41],
  ['25-34', 82],
  ['35-44', 108],
  ['45-54', 96],
  ['55-64', 78],
  ['65+', 68],
]
