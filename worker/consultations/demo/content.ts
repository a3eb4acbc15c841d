/**
 * What the demo consultations of "Gmina Przykładowa" say, who commented on them and how the office answered, and
 * which organisations its directory lists: plain data, fed by ./seed.ts through the module's and core's own actions
 * (bodies as the forms would send them). The gmina and its people are fictional (addresses `.example`, phone numbers
 * of zeros); the KRS numbers are ten digits, as the register has, but plainly made up (0000000001…), so nobody
 * mistakes them for a real entry. Paragraphs are named by their reference in the draft (`§ 6 pkt 3`), which the seed
 * looks up, so a changed draft fails the seed loudly instead of commenting on the wrong passage.
 */

/** Three organisations the office knows, added (and so verified) by its koordynator. */
export const NGOS = [
  {
    name: 'Stowarzyszenie Przyjaciół Ziemi Przykładowskiej',
    legalForm: 'stowarzyszenie',
    register: 'krs',
    registerNumber: '0000000001',
    areas: ['kultura', 'tradycja-narodowa', 'turystyka'],
    description:
      'Od 2004 r. dbamy o pamięć i krajobraz gminy: prowadzimy izbę regionalną w dawnej szkole w Lipkach, wydajemy kwartalnik „Przykładowskie Zeszyty” i co roku organizujemy rajd rowerowy szlakiem kapliczek.',
    website: null,
    representativeName: 'Jadwiga Sikora',
    contactEmail: 'zarzad@przyjaciele-ziemi.example',
  },
  {
    name: 'Fundacja „Razem dla Seniora”',
    legalForm: 'fundacja',
    register: 'krs',
    registerNumber: '0000000002',
    areas: ['seniorzy', 'ochrona-zdrowia', 'wolontariat'],
    description:
      'Prowadzimy klub seniora przy ul. Kościuszki, telefon życzliwości i wolontariat sąsiedzki: zakupy, wizyty u lekarza, pomoc w sprawach urzędowych. Uczymy też seniorów korzystania ze smartfona i bankowości elektronicznej.',
    website: null,
    representativeName: 'Marek Ostrowski',
    contactEmail: 'kontakt@razemdlaseniora.example',
  },
  {
    name: 'Uczniowski Ludowy Klub Sportowy „Orlik Przykładowo”',
    legalForm: 'stowarzyszenie',
    register: 'krs',
    registerNumber: '0000000003',
    areas: ['kultura-fizyczna', 'wypoczynek-dzieci', 'ekologia'],
    description:
      'Szkolimy ponad 150 dzieci i młodzieży w piłce nożnej, lekkoatletyce i biegach na orientację; latem prowadzimy półkolonie sportowe, a jesienią sprzątamy z uczniami brzegi Czarnej Strugi.',
    website: null,
    representativeName: 'Piotr Zieliński',
    contactEmail: 'biuro@orlik-przykladowo.example',
  },
] as const

/** The yearly programme of cooperation: the preset's forms, audience and legal basis; the six fields written out. */
export const PROGRAMME = {
  body: {
    preset: 'program_wspolpracy',
    title: 'Roczny program współpracy z organizacjami pozarządowymi na rok 2027',
    subject:
      'Projekt uchwały Rady Gminy Przykładowo w sprawie przyjęcia rocznego programu współpracy Gminy Przykładowo z organizacjami pozarządowymi oraz podmiotami wymienionymi w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie.',
    purpose:
      'Poznanie opinii organizacji o celach, priorytetowych zadaniach i formach współpracy na przyszły rok oraz o wysokości środków na ich realizację, zanim projekt trafi do Rady Działalności Pożytku Publicznego i Rady Gminy.',
    participants:
      'Organizacje pozarządowe oraz podmioty wymienione w art. 3 ust. 3 ustawy, prowadzące działalność pożytku publicznego na terenie Gminy Przykładowo lub na rzecz jej mieszkańców.',
    area: 'Cała Gmina Przykładowo.',
    responsibleUnit: 'Referat Promocji, Kultury i Współpracy z Organizacjami Pozarządowymi Urzędu Gminy Przykładowo',
    resultsForm:
      'Sprawozdanie z konsultacji, z każdą uwagą i stanowiskiem wójta wobec niej, zostanie opublikowane na tej stronie, w Biuletynie Informacji Publicznej i na tablicy ogłoszeń urzędu oraz przekazane Radzie Działalności Pożytku Publicznego.',
    forms: ['written', 'mail', 'meeting'],
    publicTaskAreas: [
      'kultura-fizyczna',
      'kultura',
      'seniorzy',
      'ochrona-zdrowia',
      'ekologia',
      'wypoczynek-dzieci',
      'wolontariat',
    ],
  },
} as const

/** An ordinary local consultation (preset `inne`), already over: one version of a short draft. */
export const ENDED = {
  body: {
    preset: 'inne',
    title: 'Regulamin korzystania z placów zabaw i siłowni plenerowych',
    subject:
      'Projekt uchwały Rady Gminy Przykładowo w sprawie regulaminu korzystania z gminnych placów zabaw, siłowni plenerowych i skateparku.',
    purpose:
      'Zebranie uwag mieszkańców do godzin otwarcia, zasad korzystania przez dzieci i zakazu wprowadzania psów, zanim regulamin zostanie przyjęty i wywieszony przy każdym obiekcie.',
    participants: 'Mieszkańcy Gminy Przykładowo, w tym rodzice i opiekunowie dzieci oraz młodzież.',
    area: 'Cała Gmina Przykładowo.',
    responsibleUnit: 'Referat Gospodarki Komunalnej i Ochrony Środowiska Urzędu Gminy Przykładowo',
    resultsForm:
      'Informacja o wynikach konsultacji, z odpowiedzią na każdą uwagę, zostanie opublikowana na tej stronie i w Biuletynie Informacji Publicznej.',
    forms: ['written', 'mail', 'meeting'],
  },
  draft: `# Regulamin korzystania z gminnych placów zabaw, siłowni plenerowych i skateparku

**Rozdział 1**
Postanowienia ogólne

§ 1. Regulamin określa zasady korzystania z placów zabaw, siłowni plenerowych i skateparku będących własnością Gminy
Przykładowo, zwanych dalej obiektami.

§ 2. Obiekty są ogólnodostępne i bezpłatne. Zarządza nimi Zakład Gospodarki Komunalnej w Przykładowie.

**Rozdział 2**
Zasady korzystania

§ 3. Obiekty są otwarte codziennie od godziny 7.00 do 22.00.

§ 4. Dzieci do lat 7 mogą przebywać na placach zabaw wyłącznie pod opieką osób dorosłych.

§ 5. Z urządzeń siłowni plenerowej mogą korzystać osoby powyżej 14 roku życia, a młodsze tylko pod opieką dorosłych.

§ 6. Na terenie placów zabaw zabrania się wprowadzania psów, palenia tytoniu i spożywania alkoholu.

**Rozdział 3**
Postanowienia końcowe

§ 7. Uszkodzenia urządzeń należy zgłaszać do Zakładu Gospodarki Komunalnej pod numerem telefonu podanym na tablicy
przy obiekcie.
`,
} as const

/** Who writes a demo comment: a resident, a directory organisation (by its register number), or one named by hand. */
export type DemoAuthor =
  | { kind: 'resident'; name: string; address: string; email: string }
  | { kind: 'directory'; registerNumber: (typeof NGOS)[number]['registerNumber']; name: string; email: string }
  | { kind: 'organization'; organization: string; register: string; name: string; email: string }

/**
 * One demo comment: on the paragraph whose reference the draft gives (`§ 6 pkt 3`; null: a general comment), from
 * `author`, through `channel` (online: sent and confirmed by its author; otherwise keyed in by the office), `day` days
 * after the consultation's first day at `time` (Warsaw). `hidden` is the moderator's reason; `answer` the office's.
 */
export interface DemoComment {
  ref: string | null
  quotedPassage?: string
  proposal?: string
  text: string
  author: DemoAuthor
  channel: 'online' | 'paper' | 'email' | 'meeting'
  day: number
  time: string
  hidden?: string
  answer?: {
    kind: 'accepted' | 'partly_accepted' | 'rejected' | 'out_of_scope' | 'already_included'
    justification: string
  }
}

/** A meeting of a demo consultation: `day` after its first day (or after today, for the open one), Warsaw times. */
export interface DemoMeeting {
  title: string
  day: number
  from: string
  to: string
  place: string
  accessibility: string
  capacity: number
  signups: { name: string; email: string; needs?: string; day: number; time: string; present?: boolean }[]
  /** Everyone who came, signed up or not (recorded after the meeting; the open consultation's is still ahead). */
  attendance?: number
}

/**
 * The programme of cooperation's comments so far, all on its first version (the second came after them): only
 * organisations, since the programme is consulted with them (audience `ngos`) — two of the directory's through their
 * representatives' keys, others named with their register, one letter keyed in from paper, one general comment, and
 * one hidden by the moderator for a third person's personal data (it still counts and will be answered).
 */
export const PROGRAMME_COMMENTS: DemoComment[] = [
  {
    ref: '§ 6 pkt 3',
    quotedPassage: 'działalności na rzecz osób w wieku emerytalnym',
    proposal: 'Dodać w § 6 nowy punkt: „przeciwdziałania wykluczeniu cyfrowemu osób starszych”.',
    text: 'W klubie seniora co tydzień pomagamy kilkunastu osobom, które nie radzą sobie z e-receptą, profilem zaufanym czy bankowością w telefonie. Coraz więcej spraw w urzędzie, przychodni i banku załatwia się wyłącznie przez internet, a osoby starsze mieszkające samotnie zostają bez pomocy. Zapisanie tego zadania jako priorytetowego pozwoli ogłosić na nie osobny konkurs i prowadzić zajęcia przez cały rok, a nie tylko w ramach jednorazowych projektów.',
    author: {
      kind: 'directory',
      registerNumber: '0000000002',
      name: 'Marek Ostrowski',
      email: 'kontakt@razemdlaseniora.example',
    },
    channel: 'online',
    day: 0,
    time: '09:40',
  },
  {
    ref: '§ 8',
    quotedPassage: 'kwotę 450 000 zł',
    proposal: 'Zwiększyć kwotę do co najmniej 550 000 zł, w tym 200 000 zł na zadania z zakresu kultury fizycznej.',
    text: 'Kwota jest taka sama jak w tym roku, a koszty wynajmu hali, przejazdów na zawody i ubezpieczenia zawodników wzrosły o kilkanaście procent. W tegorocznym konkursie na zajęcia sportowe dla dzieci organizacje wnioskowały łącznie o dwa razy więcej, niż było do podziału, i część grup trenowała tylko do czerwca. Przy niezmienionej kwocie realnie zmniejszy się liczba dzieci objętych zajęciami.',
    author: {
      kind: 'directory',
      registerNumber: '0000000003',
      name: 'Piotr Zieliński',
      email: 'biuro@orlik-przykladowo.example',
    },
    channel: 'online',
    day: 0,
    time: '11:15',
  },
  {
    ref: '§ 5 pkt 1',
    quotedPassage: 'zlecania realizacji zadań publicznych na zasadach określonych w ustawie',
    proposal:
      'Dopisać: „w tym w trybie art. 19a ustawy (tzw. małe granty), z możliwością składania ofert przez cały rok”.',
    text: 'Małe organizacje z sołectw nie są w stanie przygotować oferty konkursowej z kilkumiesięcznym wyprzedzeniem. Na festyn, zawody sportowo-pożarnicze dla dzieci czy pokaz pierwszej pomocy potrzebujemy kilku tysięcy złotych i szybkiej decyzji. Tryb pozakonkursowy z uproszczoną ofertą do 10 000 zł sprawdza się w sąsiednich gminach; prosimy, by program wprost go przewidywał.',
    author: {
      kind: 'organization',
      organization: 'Ochotnicza Straż Pożarna w Lipkach',
      register: 'KRS 0000000004',
      name: 'Tomasz Wróbel',
      email: 'osp.lipki@poczta.example',
    },
    channel: 'online',
    day: 0,
    time: '13:05',
  },
  {
    ref: '§ 5 pkt 5',
    quotedPassage: 'udostępniania organizacjom lokali gminnych na spotkania',
    proposal:
      'Nadać brzmienie: „nieodpłatnego udostępniania organizacjom lokali gminnych, w tym świetlic wiejskich, na spotkania i zajęcia prowadzone dla mieszkańców”.',
    text: 'Nasze koło prowadzi w świetlicy w Lipkach warsztaty kulinarne i rękodzieła dla dzieci oraz spotkania dla seniorów. Za każde udostępnienie świetlicy płacimy jak osoby prywatne, choć zajęcia są bezpłatne i otwarte dla wszystkich mieszkańców. Prosimy o zapisanie w programie, że organizacje korzystają z lokali gminnych nieodpłatnie, także na zajęcia, a nie tylko na zebrania.',
    author: {
      kind: 'organization',
      organization: 'Koło Gospodyń Wiejskich w Lipkach',
      register: 'KRS 0000000005',
      name: 'Halina Nowicka',
      email: '',
    },
    channel: 'paper',
    day: 0,
    time: '14:20',
  },
  {
    ref: '§ 6',
    quotedPassage: 'uznaje się zadania z zakresu',
    proposal:
      'Dodać priorytet: „działalności na rzecz osób z niepełnosprawnościami, w tym wsparcia rodzin dzieci z niepełnosprawnościami”.',
    text: 'Program w § 3 ust. 2 stawia sobie za cel poprawę jakości życia osób z niepełnosprawnościami, ale w § 6 nie ma odpowiadającego mu zadania priorytetowego, więc w praktyce nie zostanie ogłoszony na nie żaden konkurs. W gminie mieszka kilkadziesiąt rodzin dzieci z niepełnosprawnościami; organizujemy dla nich zajęcia rehabilitacyjne i turnusy wytchnieniowe dla rodziców, dziś wyłącznie ze zbiórek.',
    author: {
      kind: 'organization',
      organization: 'Stowarzyszenie Rodziców i Przyjaciół Dzieci Niepełnosprawnych „Tęcza”',
      register: 'KRS 0000000006',
      name: 'Anna Majewska',
      email: 'tecza.przykladowo@poczta.example',
    },
    channel: 'online',
    day: 0,
    time: '16:30',
  },
  {
    ref: null,
    text: 'Prosimy o dopisanie do programu harmonogramu otwartych konkursów ofert: ogłoszenie do 15 stycznia, rozstrzygnięcie do końca lutego. W tym roku wyniki ogłoszono w kwietniu, więc zadania zaplanowane od stycznia organizacje musiały finansować z własnych środków albo przesuwać. Prosimy też, aby w komisjach konkursowych zasiadali przedstawiciele organizacji, a oferty i sprawozdania były przyjmowane przez Generator eNGO, bez wersji papierowej.',
    author: {
      kind: 'organization',
      organization: 'Stowarzyszenie „Lokalna Grupa Działania Dolina Czarnej Strugi”',
      register: 'KRS 0000000007',
      name: 'Krzysztof Dąbrowski',
      email: 'biuro@lgd-czarna-struga.example',
    },
    channel: 'online',
    day: 0,
    time: '19:10',
  },
  {
    ref: '§ 4',
    quotedPassage: 'uczciwej konkurencji i jawności',
    text: 'Zasada uczciwej konkurencji jest u nas fikcją. W komisji konkursowej od lat zasiada pan Zbigniew K., zamieszkały w Zalesiu przy ul. Polnej 8, tel. 600 000 000, który jest jednocześnie trenerem w klubie dostającym największe dotacje. Żądamy, by osoby powiązane z oferentami były wyłączone z oceny ofert, a skład komisji publikowany przed konkursem.',
    author: {
      kind: 'organization',
      organization: 'Klub Sportowy „Iskra” Zalesie',
      register: 'ewidencja Starosty Przykładowskiego nr 14',
      name: 'Dariusz Kowal',
      email: 'iskra.zalesie@poczta.example',
    },
    channel: 'online',
    day: 0,
    time: '20:45',
    hidden:
      'Uwaga zawiera dane osobowe osoby trzeciej (adres i prywatny numer telefonu). Nadal się liczy i urząd na nią odpowie; w odpowiedzi streścimy jej wnioski bez tych danych.',
  },
]

/** The programme's on-site meeting a week from today, announced with it; two representatives have signed up. */
export const PROGRAMME_MEETING: DemoMeeting = {
  title: 'Spotkanie konsultacyjne z organizacjami pozarządowymi',
  day: 7,
  from: '17:00',
  to: '19:00',
  place: 'Sala narad Urzędu Gminy Przykładowo, ul. Główna 1, Przykładowo (parter)',
  accessibility:
    'Sala na parterze, wejście bez progów, toaleta dostosowana. Tłumacza PJM zapewnimy na prośbę zgłoszoną przy zapisie.',
  capacity: 30,
  signups: [
    { name: 'Jadwiga Sikora', email: 'zarzad@przyjaciele-ziemi.example', day: -1, time: '12:10' },
    {
      name: 'Halina Nowicka',
      email: 'kgw.lipki@poczta.example',
      needs: 'Poruszam się o kulach: proszę o miejsce blisko wejścia.',
      day: -1,
      time: '15:35',
    },
  ],
}

/** The advisory body asked on the programme's launch: the RDPP, whose opinion the statute requires (14 days). */
export const PROGRAMME_RDPP = {
  bodyName: 'Rada Działalności Pożytku Publicznego Gminy Przykładowo',
  email: 'rdpp@przykladowo.example',
  required: true,
}

const resident = (name: string, address: string, email: string): DemoAuthor => ({
  kind: 'resident',
  name,
  address,
  email,
})

/**
 * The ended consultation's comments: residents online, by e-mail and at the meeting, one organisation through its
 * key, each answered (single review) with a different kind and its reasons.
 */
export const ENDED_COMMENTS: DemoComment[] = [
  {
    ref: '§ 3',
    quotedPassage: 'od godziny 7.00 do 22.00',
    proposal: 'Skatepark przy ul. Słonecznej otwarty od 8.00 do 20.00, pozostałe obiekty bez zmian.',
    text: 'Mieszkam naprzeciwko skateparku. Latem do 22.00, a często i dłużej, słychać uderzenia desek i hulajnóg o rampy, a okna sypialni dzieci wychodzą prosto na obiekt. Place zabaw mogą być otwarte dłużej, ale skatepark położony tuż przy blokach powinien kończyć wcześniej.',
    author: resident('Agnieszka Lis', 'ul. Słoneczna 12/4, Przykładowo', 'a.lis@poczta.example'),
    channel: 'online',
    day: 2,
    time: '19:20',
    answer: {
      kind: 'partly_accepted',
      justification:
        'Skatepark przy ul. Słonecznej będzie otwarty od 8.00 do 21.00, a w piątki, soboty i w wakacje do 22.00; pozostałe obiekty bez zmian. Zamknięcie o 20.00 odebrałoby młodzieży czas po lekcjach i treningach, o czym mówiono na spotkaniu konsultacyjnym i w opinii Młodzieżowej Rady Gminy.',
    },
  },
  {
    ref: '§ 4',
    quotedPassage: 'Dzieci do lat 7',
    proposal: 'Podnieść granicę wieku do 10 lat.',
    text: 'Siedmiolatki nie potrafią jeszcze ocenić ryzyka na wysokich zjeżdżalniach i linarach, a plac przy szkole leży blisko ruchliwej drogi. Granica 7 lat jest zbyt liberalna; dzieci do 10 roku życia powinny przebywać na placu tylko z dorosłymi.',
    author: resident('Robert Pawlak', 'ul. Leśna 3, Przykładowo', 'r.pawlak@poczta.example'),
    channel: 'online',
    day: 3,
    time: '08:05',
    answer: {
      kind: 'rejected',
      justification:
        'Granica 7 lat odpowiada art. 43 ustawy Prawo o ruchu drogowym, według którego starsze dzieci mogą samodzielnie korzystać z drogi; podniesienie jej do 10 lat zabroniłoby uczniom klas I–III samodzielnej zabawy na placu przy szkole. Rodzice mogą oczywiście wymagać opieki także nad starszymi dziećmi. Plac przy szkole zostanie w tym roku odgrodzony od drogi.',
    },
  },
  {
    ref: '§ 5',
    quotedPassage: 'osoby powyżej 14 roku życia',
    proposal: 'Umieścić przy każdym urządzeniu instrukcję ćwiczenia i informację o przeciwwskazaniach.',
    text: 'Na siłowni przy stawie ludzie ćwiczą na orbitreku i wioślarzu zupełnie nieprawidłowo, a starsze osoby nie wiedzą, z których urządzeń mogą bezpiecznie korzystać. Oprócz limitu wieku regulamin powinien wymagać opisu każdego urządzenia.',
    author: resident('Michał Kaczmarek', 'ul. Ogrodowa 7, Lipki', 'm.kaczmarek@poczta.example'),
    channel: 'online',
    day: 5,
    time: '21:40',
    answer: {
      kind: 'already_included',
      justification:
        'Każde urządzenie siłowni plenerowej ma tabliczkę z instrukcją ćwiczenia, przeciwwskazaniami i minimalnym wzrostem użytkownika, czego wymaga norma PN-EN 16630. Zniszczone tabliczki na siłowni przy stawie zostaną wymienione do końca miesiąca; regulaminu nie trzeba w tym zakresie zmieniać.',
    },
  },
  {
    ref: '§ 5',
    quotedPassage: 'a młodsze tylko pod opieką dorosłych',
    proposal: 'Dopisać: „w tym w ramach zajęć prowadzonych przez trenera, instruktora lub nauczyciela”.',
    text: 'Prowadzimy zajęcia ogólnorozwojowe dla dzieci w wieku 10–13 lat, częściowo na siłowni plenerowej przy stadionie. Chcemy mieć pewność, że opieka trenera klubu spełnia wymóg opieki dorosłych, a nie tylko obecność rodzica.',
    author: {
      kind: 'directory',
      registerNumber: '0000000003',
      name: 'Piotr Zieliński',
      email: 'biuro@orlik-przykladowo.example',
    },
    channel: 'online',
    day: 6,
    time: '10:00',
    answer: {
      kind: 'accepted',
      justification:
        'Doprecyzowaliśmy § 5: osoby poniżej 14 lat mogą korzystać z urządzeń pod opieką rodzica lub opiekuna, a także nauczyciela, trenera albo instruktora prowadzącego zajęcia.',
    },
  },
  {
    ref: '§ 3',
    text: 'Latem jeździmy na skateparku wieczorem, bo w dzień beton jest rozgrzany i nie da się jeździć. Zamknięcie wcześniej niż o 22.00 oznacza, że w wakacje skatepark będzie prawie nieużywany. Prosimy o 22.00 przynajmniej w piątki, soboty i w wakacje.',
    author: resident('Kacper Nowak', 'ul. Szkolna 2/8, Przykładowo', ''),
    channel: 'meeting',
    day: 6,
    time: '18:20',
    answer: {
      kind: 'partly_accepted',
      justification:
        'Skatepark będzie otwarty do 22.00 w piątki, soboty i w wakacje, a w pozostałe dni do 21.00: to kompromis między potrzebami młodzieży a spokojem mieszkańców sąsiednich bloków.',
    },
  },
  {
    ref: '§ 6',
    proposal: 'Dopisać zakaz jazdy po placach zabaw na rowerach, hulajnogach elektrycznych i deskorolkach.',
    text: 'Starsze dzieci i młodzież przejeżdżają przez plac zabaw na rowerach i hulajnogach, a maluchy są potrącane. Na spotkaniu kilka mam mówiło o tym samym.',
    author: resident('Barbara Zając', 'ul. Kościuszki 5, Przykładowo', ''),
    channel: 'meeting',
    day: 6,
    time: '18:40',
    answer: {
      kind: 'accepted',
      justification:
        'Dopisaliśmy w § 6 zakaz jazdy po placach zabaw rowerami, hulajnogami i deskorolkami; nie dotyczy on rowerków biegowych i hulajnóg małych dzieci bawiących się pod opieką dorosłych.',
    },
  },
  {
    ref: null,
    text: 'Na placu zabaw w Zalesiu od wiosny stoi zepsuta huśtawka „bocianie gniazdo”, a piasek w piaskownicy nie był wymieniany od dwóch lat. Regulamin regulaminem, ale najpierw proszę doprowadzić do porządku to, co już jest.',
    author: resident('Ewa Grabowska', 'ul. Polna 15, Zalesie', 'e.grabowska@poczta.example'),
    channel: 'online',
    day: 9,
    time: '12:30',
    answer: {
      kind: 'out_of_scope',
      justification:
        'Uwaga nie dotyczy treści regulaminu, lecz utrzymania placu. Przekazaliśmy ją Zakładowi Gospodarki Komunalnej: huśtawka została naprawiona, a wymianę piasku w piaskownicach w Zalesiu i Lipkach zaplanowano na wiosnę.',
    },
  },
  {
    ref: '§ 7',
    quotedPassage: 'pod numerem telefonu podanym na tablicy przy obiekcie',
    proposal: 'Dodać adres e-mail i formularz zgłoszeń na stronie gminy, z kodem QR na tablicy.',
    text: 'Telefon w zakładzie odbierany jest tylko w godzinach pracy, a usterki widać najczęściej wieczorem i w weekend. Zdjęcie zepsutego urządzenia najłatwiej wysłać od razu z telefonu.',
    author: resident('Zofia Wójcik', 'ul. Kwiatowa 9, Przykładowo', 'z.wojcik@poczta.example'),
    channel: 'email',
    day: 11,
    time: '13:00',
    answer: {
      kind: 'accepted',
      justification:
        'W § 7 dodaliśmy zgłaszanie usterek e-mailem i przez formularz na stronie gminy; na tablicach przy obiektach pojawi się kod QR prowadzący do formularza.',
    },
  },
]

/**
 * A small campaign: four letters on paper from one housing estate, near-identical (one signed by hand differently,
 * one with a sentence added), which the grouping puts together and the office answers once.
 */
export const ENDED_CAMPAIGN = {
  ref: '§ 6',
  quotedPassage: 'zabrania się wprowadzania psów',
  letters: [
    {
      name: 'Jan Kowalski',
      address: 'ul. Słoneczna 4/12, Przykładowo',
      day: 4,
      extra: '',
      wording: 'codziennie chodzimy',
    },
    {
      name: 'Maria Wiśniewska',
      address: 'ul. Słoneczna 6/3, Przykładowo',
      day: 5,
      extra: '',
      wording: 'codziennie chodzimy',
    },
    {
      name: 'Andrzej Kamiński',
      address: 'ul. Słoneczna 8/21, Przykładowo',
      day: 5,
      extra: '',
      wording: 'na co dzień chodzimy',
    },
    {
      name: 'Katarzyna Lewandowska',
      address: 'ul. Słoneczna 10/5, Przykładowo',
      day: 8,
      extra: ' Sami zawsze sprzątamy po swoich psach.',
      wording: 'codziennie chodzimy',
    },
  ],
  answer: {
    kind: 'accepted' as const,
    justification:
      'Doprecyzowaliśmy § 6: zakaz wprowadzania psów dotyczy wyłącznie ogrodzonego terenu placów zabaw; na siłowniach plenerowych, skateparku i alejkach wokół nich psy mogą przebywać na smyczy, a opiekunowie po nich sprzątają. Przy osiedlu Słonecznym staną dwa pojemniki na psie odchody.',
  },
}

/** One letter of the campaign as it was written: greeting, the shared text, the signature with the address. */
export function campaignLetter(letter: (typeof ENDED_CAMPAIGN.letters)[number]): string {
  return [
    'Szanowni Państwo,',
    `jako mieszkańcy osiedla Słonecznego i właściciele psów nie sprzeciwiamy się zakazowi wprowadzania psów na place zabaw. Prosimy jednak, aby § 6 wyraźnie mówił, że zakaz dotyczy tylko ogrodzonego terenu placu zabaw, a nie siłowni plenerowej i alejek wokół, którymi ${letter.wording} z psami na smyczy. Prosimy też o ustawienie przy obiektach koszy na psie odchody.${letter.extra}`,
    'Z poważaniem',
    letter.name,
    letter.address,
  ].join('\n')
}

/** The ended consultation's open meeting in the school's common room, held in its second week. */
export const ENDED_MEETING: DemoMeeting = {
  title: 'Spotkanie otwarte o regulaminie placów zabaw i skateparku',
  day: 6,
  from: '17:30',
  to: '19:00',
  place: 'Świetlica Szkoły Podstawowej nr 1, ul. Szkolna 4, Przykładowo',
  accessibility: 'Wejście od strony boiska, bez schodów; toaleta dostosowana do potrzeb osób z niepełnosprawnościami.',
  capacity: 40,
  signups: [
    { name: 'Agnieszka Lis', email: 'a.lis@poczta.example', day: 2, time: '19:30', present: true },
    { name: 'Kacper Nowak', email: 'kacper.nowak@poczta.example', day: 4, time: '16:10', present: true },
    {
      name: 'Teresa Mazur',
      email: 't.mazur@poczta.example',
      needs: 'Przyjdę z wózkiem dziecięcym.',
      day: 5,
      time: '09:15',
      present: false,
    },
  ],
  attendance: 17,
}

/** The youth council's opinion on the ended consultation's draft (not required, asked on its launch). */
export const ENDED_OPINION = {
  body: { bodyName: 'Młodzieżowa Rada Gminy Przykładowo', email: 'mrg@przykladowo.example', required: false },
  receivedDay: 14,
  opinion:
    'Młodzieżowa Rada Gminy pozytywnie opiniuje projekt regulaminu, z jednym zastrzeżeniem: skatepark powinien być otwarty do godz. 22.00, ponieważ młodzież korzysta z niego głównie wieczorami, gdy beton nie jest nagrzany. Wnosimy też o ustawienie przy skateparku ławek i zadaszenia.',
}
