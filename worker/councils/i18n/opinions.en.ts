/** English of the councils' opinions server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Do tej prośby nie dołączono pliku projektu.': 'No draft file was attached to this request.',
  'Głosowanie nad tą uchwałą jest już zamknięte.': 'The vote on this resolution is closed.',
  'Głosowanie zamyka przewodniczący rady.': "The council's chair closes the vote.",
  'Nad opinią w tej sprawie trwa już głosowanie: zagłosuj nad proponowaną uchwałą.':
    'A vote on the opinion in this matter is already open: vote on the proposed resolution.',
  'Nie ma takich opublikowanych konsultacji.': 'There is no such published consultation.',
  'Nie ma takiej prośby o opinię.': 'There is no such request for an opinion.',
  'Nie ma takiej uchwały.': 'There is no such resolution.',
  'Ostatni dzień na opinię: {day}.': 'Last day for the opinion: {day}.',
  'Otwórz link w przeglądarce, w której korzystasz z przestrzeni członków rady.':
    "Open the link in the browser where you use the council members' space.",
  'Plik projektu może mieć najwyżej 10 MB.': 'The draft file may be at most 10 MB.',
  'Podaj liczbę dni na opinię: ani ustawa, ani statut rady nie określają terminu.':
    "Give the number of days for the opinion: neither the law nor the council's statute sets a period.",
  'Podaj tytuł uchwały (co najmniej 5 znaków).': "Give the resolution's title (at least 5 characters).",
  'Podaj tytuł projektu (co najmniej 5 znaków).': "Give the draft's title (at least 5 characters).",
  'Projekt dołącz jako plik PDF.': 'Attach the draft as a PDF file.',
  'Rada nie ma statutu obowiązującego w tym dniu: głosowania nie można policzyć.':
    'The council has no statute in force on this day: the vote cannot be counted.',
  'Ta prośba o opinię jest już zamknięta.': 'This request for an opinion is closed.',
  'Ta prośba o opinię jest już zamknięta: nie można proponować uchwały.':
    'This request for an opinion is closed: no resolution can be proposed.',
  'Ta rada nie działa: nie można jej prosić o opinię.':
    'This council is not working: it cannot be asked for an opinion.',
  'Tej prośby o opinię nie można już wycofać: rada wydała opinię albo termin minął.':
    'This request can no longer be withdrawn: the council gave its opinion or the period has passed.',
  'Termin na opinię minął: uchwały z opinią nie można już podjąć.':
    'The period for the opinion has passed: the resolution with the opinion can no longer be adopted.',
  'Wpisz treść uchwały (co najmniej 10 znaków).': "Write the resolution's text (at least 10 characters).",
  'Wybierz konsultacje z listy.': 'Choose a consultation from the list.',
  'Wybierz konsultacje, których projekt rada ma zaopiniować, albo dołącz plik projektu.':
    'Choose the consultation whose draft the council is to give an opinion on, or attach the draft file.',
  'Wybierz plik projektu (PDF).': 'Choose the draft file (PDF).',
  'Wybierz rodzaj uchwały: wniosek albo inna.': 'Choose the kind of resolution: a request or another matter.',
  'Wybierz, czego dotyczy prośba o opinię.': 'Choose what the request for an opinion concerns.',
  'Wybierz: za, przeciw albo wstrzymuję się.': 'Choose: for, against or abstain.',
  'Termin na opinię: liczba całkowita dni od 1 do 365.':
    'Period for the opinion: a whole number of days from 1 to 365.',
  '{body}: prośba o opinię — {title}': '{body}: request for an opinion — {title}',
  '{body}: termin opinii o projekcie „{title}” mija {day}': '{body}: the opinion on the draft “{title}” is due {day}',
  '{body}: brak opinii o projekcie „{title}”': '{body}: no opinion on the draft “{title}”',
  'projekt „{title}” dotyczy młodzieży, więc rada „{body}” ({tenant}) może wyrazić o nim opinię.':
    'the draft “{title}” concerns young people, so the council “{body}” ({tenant}) may give its opinion on it.',
  'rada „{body}” ({tenant}) jest proszona o opinię o projekcie „{title}”.':
    'the council “{body}” ({tenant}) is asked for its opinion on the draft “{title}”.',
  'przypominamy: rada „{body}” nie podjęła jeszcze uchwały z opinią o projekcie „{title}”.':
    'a reminder: the council “{body}” has not yet adopted its resolution with the opinion on the draft “{title}”.',
  'rada „{body}” nie wyraziła opinii o projekcie „{title}” do {day}. Zgodnie z ustawą oznacza to rezygnację z prawa do wyrażenia opinii.':
    'the council “{body}” gave no opinion on the draft “{title}” by {day}. By law this means it waived its right to give an opinion.',
  'rada „{body}” nie wyraziła opinii o projekcie „{title}” do {day}: termin minął.':
    'the council “{body}” gave no opinion on the draft “{title}” by {day}: the period has passed.',
}

export default en
