/** English of the councils' elections server texts (the staff's side and the count), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Miejsca kategorii „{name}” nie są obsadzane w wyborach: statut przewiduje ich zgłoszenie albo powołanie.':
    'The seats of the category “{name}” are not filled by election: the statute has them nominated or appointed.',
  'Wybory nie zostały jeszcze ogłoszone.': 'The election has not been announced yet.',
  'Popraw ogłoszenie wyborów: {detail}': 'Correct the announcement of the election: {detail}',
  'Najpierw opublikuj listę kandydatów: wybory ogłasza się po jej publikacji.':
    'Publish the list of candidates first: the election is announced after it is published.',
  'Wybory w tym naborze są już ogłoszone.': 'The election in this call has already been announced.',
  'Głosowanie nie może zacząć się przed dniem dzisiejszym.': 'Voting cannot start before today.',
  'Ostatni dzień głosowania nie może być wcześniejszy niż pierwszy.':
    'The last day of voting cannot be earlier than the first.',
  'Głosowanie może trwać najwyżej {days} dni.': 'Voting may last at most {days} days.',
  'Na karcie można oddać najwyżej tyle głosów, ile miejsc ma największy okręg ({seats}).':
    'A ballot may carry at most as many votes as the largest constituency has seats ({seats}).',
  'Najniższy wiek wyborcy nie może być wyższy niż najwyższy.':
    "The voters' lowest age cannot be higher than the highest.",
  'W tych wyborach głosują osoby na podstawie własnego oświadczenia: spisu wyborców się nie wczytuje.':
    'In this election people vote on their own declaration: no list of electors is loaded.',
  'Spis wyborców można zmieniać tylko przed pierwszym dniem głosowania ({day}).':
    'The list of electors can be changed only before the first day of voting ({day}).',
  'Głosy liczy się po ostatnim dniu głosowania ({day}).': 'Votes are counted after the last day of voting ({day}).',
  'Losowanie przeprowadza się po policzeniu głosów.': 'The lot is drawn after the votes are counted.',
  'Wyniki są już ogłoszone: nie można ich zmienić.': 'The results have already been published: they cannot be changed.',
  'Popraw losowanie: nie ma takiego okręgu w tych wyborach.':
    'Correct the lot: there is no such constituency in this election.',
  'Nie ma takiego okręgu w tych wyborach.': 'There is no such constituency in this election.',
  'W tym okręgu nie ma remisu do rozstrzygnięcia losowaniem.':
    'There is no tie to be decided by lot in this constituency.',
  'Popraw losowanie: {detail}': 'Correct the lot: {detail}',
  'Wyniki właśnie zmieniono w innym żądaniu. Odśwież stronę.':
    'The results have just been changed in another request. Refresh the page.',
  'Najpierw policz głosy: wyniki ogłasza się po liczeniu.':
    'Count the votes first: the results are published after the count.',
  'Najpierw rozstrzygnij remis losowaniem: {constituencies}.': 'Decide the tie by lot first: {constituencies}.',
  'Każdego kandydata wskaż tylko raz.': 'Name each candidate only once.',
  'Wylosować można tylko kandydatów, którzy mają równą liczbę głosów.':
    'Only candidates with the same number of votes can be drawn.',
  'Losowanie rozstrzyga o 1 miejscu: wskaż jednego kandydata.': 'The lot decides 1 seat: name one candidate.',
  'Losowanie rozstrzyga o {seats} miejscach: wskaż tylu kandydatów.':
    'The lot decides {seats} seats: name that many candidates.',
  'Podaj wiek liczbą lat.': 'Give the age as a number of years.',
  'Podaj wiek liczbą całkowitą lat.': 'Give the age as a whole number of years.',
  'Wiek nie może być ujemny.': 'The age cannot be negative.',
  'Podaj wiek najwyżej 130 lat.': 'Give an age of at most 130 years.',
  'Podaj pierwszy dzień głosowania.': 'Give the first day of voting.',
  'Podaj ostatni dzień głosowania.': 'Give the last day of voting.',
  'Podaj liczbę głosów na karcie.': 'Give the number of votes per ballot.',
  'Liczba głosów na karcie musi być liczbą całkowitą.': 'The number of votes per ballot must be a whole number.',
  'Na karcie można oddać co najmniej 1 głos.': 'A ballot carries at least 1 vote.',
  'Na karcie można oddać najwyżej 50 głosów.': 'A ballot carries at most 50 votes.',
  'Wybierz, kto głosuje: na podstawie oświadczenia wyborcy albo ze spisu wyborców.':
    "Choose who votes: on the voter's declaration or from a list of electors.",
  'Wklej spis wyborców jako tekst.': 'Paste the list of electors as text.',
  'Spis jest za duży (najwyżej 2 MB): podziel go albo usuń zbędne kolumny.':
    'The list is too large (at most 2 MB): split it or remove unneeded columns.',
  'Wskaż okręg.': 'Choose the constituency.',
  'Wskaż wylosowanych kandydatów.': 'Name the candidates drawn.',
  'Wskaż co najmniej jednego wylosowanego kandydata.': 'Name at least one candidate drawn.',
  'Wskaż najwyżej 200 kandydatów.': 'Name at most 200 candidates.',
  'Opisz, kto i jak przeprowadził losowanie.': 'Describe who drew the lot and how.',
  'Wpisz najwyżej 500 znaków.': 'Enter at most 500 characters.',
}

export default en
