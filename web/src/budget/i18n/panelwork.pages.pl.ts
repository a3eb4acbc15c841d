/**
 * Komunikaty pracy urzędnika w panelu: „Czeka na Ciebie” i najbliższe terminy na stronie startowej panelu JST,
 * wyszukiwanie, filtry i sortowanie tabeli projektów, skany papierowych list poparcia oraz formularz oceny z kryteriami
 * jednego etapu. Klucze jak w `panelwork.pages.en.ts`.
 */
export default {
  // Czeka na Ciebie (strona startowa panelu JST)
  'panelwork.heading': 'Czeka na Ciebie',
  'panelwork.intro': 'Sprawy w edycjach budżetu obywatelskiego, które czekają na Twój ruch.',
  'panelwork.nothing': 'Nic teraz na Ciebie nie czeka.',
  'panelwork.item.unassigned': 'Projekty bez weryfikatora: {count}',
  'panelwork.item.toAssess': 'Projekty do Twojej oceny: {count}',
  'panelwork.item.openQuestions': 'Projekty z pytaniem czekającym na odpowiedź autora: {count}',
  'panelwork.item.answers': 'Projekty z odpowiedzią autora do przeczytania: {count}',
  'panelwork.item.appeals': 'Odwołania do rozstrzygnięcia: {count}',
  'panelwork.item.paperCards': 'Papierowe karty do potwierdzenia: {count}',
  'panelwork.item.more': 'Pozostałe projekty ({count}) znajdziesz w tabeli projektów edycji.',
  'panelwork.deadlinesHeading': 'Najbliższe terminy',
  'panelwork.deadlinesEmpty': 'Żadna edycja budżetu obywatelskiego teraz nie trwa.',
  'panelwork.deadline.now': 'Trwa: {phase}, do',
  'panelwork.deadline.next': 'Następnie: {phase}, od',
  'panelwork.deadline.between': 'Teraz nie trwa żadna faza.',

  // Tabela projektów w panelu
  'panelwork.table.filtersLabel': 'Wyszukiwanie i filtry projektów',
  'panelwork.table.search': 'Szukaj',
  'panelwork.table.searchHint': 'Tytuł, numer albo autor projektu.',
  'panelwork.table.status': 'Status',
  'panelwork.table.pool': 'Pula',
  'panelwork.table.verifier': 'Weryfikator',
  'panelwork.table.allStatuses': 'wszystkie',
  'panelwork.table.allPools': 'wszystkie',
  'panelwork.table.allVerifiers': 'wszyscy',
  'panelwork.table.awaiting': 'czekające na ocenę',
  'panelwork.table.noVerifier': 'bez weryfikatora',
  'panelwork.table.clear': 'Wyczyść wyszukiwanie i filtry',
  'panelwork.table.countAll': 'Projektów w edycji: {total}.',
  'panelwork.table.countFiltered': 'Pokazano {shown} z {total} projektów.',
  'panelwork.table.countFilteredOne': 'Pokazano {shown} z {total} projektu.',
  'panelwork.table.none': 'Żaden projekt nie pasuje do wyszukiwania i filtrów.',

  // Skany list poparcia (strona projektu w panelu)
  'panelwork.scans.heading': 'Skany list poparcia',
  'panelwork.scans.intro':
    'Skany zawierają imiona, nazwiska i adresy mieszkańców. Otwieraj je tylko po to, żeby sprawdzić podpisy, i nie przesyłaj ich dalej.',
  'panelwork.scans.none': 'Autor nie dołączył skanu papierowej listy poparcia.',

  // Formularz oceny
  'panelwork.assess.formalCriteria':
    'Na etapie oceny formalnej sprawdzasz wymogi formalne. Kryteria merytoryczne ocenisz po pozytywnej ocenie formalnej.',
  'panelwork.assess.meritCriteria':
    'Na etapie oceny merytorycznej sprawdzasz kryteria merytoryczne. Wymogi formalne zostały już ocenione.',
  'panelwork.assess.rollingTitle': 'Ocena na bieżąco:',
  'panelwork.assess.rollingUntil': 'nabór projektów trwa do',
  'panelwork.assess.rollingBody':
    'Zgłoszone projekty ocenia się już teraz, bez czekania na koniec naboru. Autor dostanie wynik od razu, a po ocenie negatywnej od razu zacznie biec termin na odwołanie.',
  'panelwork.project.nobodyAssigned': 'Nikt nie został jeszcze przypisany do oceny tego projektu.',
  'panelwork.project.nobodyAssignedVerifier':
    'Weryfikatora przypisuje koordynator albo administrator. Gdy projekt zostanie przypisany Tobie, zobaczysz tu formularz oceny.',
  'panelwork.project.nobodyAssignedOrganiser':
    'Możesz przypisać weryfikatora w tabeli projektów albo wystawić ocenę samodzielnie.',
  'panelwork.project.assignLink': 'Projekty bez weryfikatora w tabeli projektów',
} as const
