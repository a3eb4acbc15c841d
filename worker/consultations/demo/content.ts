/**
 * What the demo consultations of "Gmina Przykładowa" say and which organisations its directory lists: plain data, fed
 * by ./seed.ts through the module's and core's own actions (bodies as the staff form would send them). The gmina and
 * its people are fictional; the KRS numbers are ten digits, as the register has, but plainly made up (0000000001…), so
 * nobody mistakes them for a real entry.
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
