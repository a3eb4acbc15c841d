/** English of the consultations' Polish server texts for answers and groups: the answer steps, grouping, the CSV import and export (merged in `./en.ts`). */
const en: Readonly<Record<string, string>> = {
  // Groups (actions/groups.ts)
  'Raport z konsultacji jest już opublikowany: uwag i odpowiedzi nie można już zmieniać.':
    'The consultation report has been published: comments and answers can no longer be changed.',
  'Nie ma takiej grupy uwag.': 'There is no such group of comments.',
  'Nie ma takiej uwagi.': 'There is no such comment.',
  'Ta uwaga nie należy do tej grupy.': 'This comment does not belong to this group.',
  'To ostatnia uwaga w tej grupie: grupa zostaje z nią i z odpowiedzią. Odpowiedz grupie albo dodaj do niej inne uwagi.':
    'This is the last comment in the group: the group stays with it and with its answer. Answer the group or add other comments to it.',

  // Answer steps (actions/answers.ts, input/answers.ts)
  'Ktoś inny zmienił tę odpowiedź w międzyczasie, więc Twojego kroku nie zapisano. Odśwież listę i spróbuj ponownie.':
    'Someone else changed this answer in the meantime, so your step was not saved. Refresh the list and try again.',
  'Uwaga nr {number} należy do grupy nr {group}: odpowiedz całej grupie albo najpierw wyjmij z niej tę uwagę.':
    'Comment no. {number} belongs to group no. {group}: answer the whole group or take this comment out of it first.',
  'Wskaż uwagę (comment) albo grupę (group), której dotyczy odpowiedź.':
    'Name the comment (comment) or the group (group) the answer is for.',
  'Nieznany krok odpowiedzi.': 'Unknown answer step.',
  'Uzasadnienie może mieć najwyżej 10000 znaków.': 'The justification may have at most 10000 characters.',
  'Powód może mieć najwyżej 2000 znaków.': 'The reason may have at most 2000 characters.',
  'Parametr approve: 0 albo 1.': 'Parameter approve: 0 or 1.',

  // CSV import (actions/answers-csv.ts, routes/answers.ts)
  'Plik jest za duży: limit 5 MB.': 'The file is too large: the limit is 5 MB.',
  'Wybierz plik CSV z odpowiedziami.': 'Choose the CSV file with the answers.',
  'Wyślij plik CSV (text/csv) albo formularz z polem file.': 'Send a CSV file (text/csv) or a form with a file field.',
  'Te konsultacje wymagają zatwierdzenia odpowiedzi przez drugą osobę: import zapisuje tylko wersje robocze.':
    'This consultation requires answers to be approved by a second person: the import saves drafts only.',
  'W pierwszym wierszu pliku brakuje kolumn: potrzebne są „numer uwagi” lub „grupa”, „rozstrzygnięcie” i „uzasadnienie”.':
    'The first row of the file lacks columns: “numer uwagi” or “grupa”, “rozstrzygnięcie” and “uzasadnienie” are needed.',
  'Plik ma błędy ({count}); niczego nie zapisano. Popraw wskazane wiersze i wyślij plik jeszcze raz.':
    'The file has errors ({count}); nothing was saved. Correct the rows named and send the file again.',
  'Wiersz {row}: {detail}': 'Row {row}: {detail}',
  'niezamknięty cudzysłów w komórce.': 'a quotation mark in a cell is not closed.',
  'podaj numer uwagi albo numer grupy.': 'give the comment number or the group number.',
  'podaj numer uwagi albo numer grupy, nie oba naraz.': 'give the comment number or the group number, not both.',
  '„{value}” nie jest numerem.': '“{value}” is not a number.',
  'nie ma uwagi nr {number}.': 'there is no comment no. {number}.',
  'uwaga nr {number} należy do grupy nr {group}: podaj w tym wierszu numer grupy.':
    'comment no. {number} belongs to group no. {group}: give the group number in this row.',
  'nie ma grupy nr {number}.': 'there is no group no. {number}.',
  'ta uwaga lub grupa jest już w wierszu {row}.': 'this comment or group is already in row {row}.',
  'nieznane rozstrzygnięcie „{value}”; użyj jednego z: {kinds}.': 'unknown answer “{value}”; use one of: {kinds}.',
  'odpowiedź ma status „{status}”: zmień ją w panelu (najpierw zwróć ją do poprawy lub przywróć do wersji roboczej).':
    'the answer’s status is “{status}”: change it in the panel (return it for correction or reopen it as a draft first).',

  // Statuses of answers inside the sentences above (domain/answers.ts)
  robocza: 'draft',
  'do zatwierdzenia': 'awaiting approval',
  zatwierdzona: 'approved',
}

export default en
