/** English of the councils' inquiries and open data server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Do tej odpowiedzi nie dołączono pliku.': 'No file was attached to this answer.',
  'Dzień doręczenia nie może być w przyszłości.': 'The day of delivery cannot be in the future.',
  'Na to zapytanie już odpowiedziano; odpowiedzi nie zmienia się po jej udzieleniu.':
    'This inquiry has already been answered; an answer is not changed once given.',
  'Nie ma takiego zapytania tej rady.': 'This council has no such inquiry.',
  'Nie ma takiej podjętej uchwały tej rady.': 'This council has adopted no such resolution.',
  'Odpowiedź dołącz jako plik PDF.': 'Attach the answer as a PDF file.',
  'Odpowiedź wpiszesz lub dołączysz w panelu:': 'You can type or attach the answer in the panel:',
  'Plik odpowiedzi może mieć najwyżej 10 MB.': 'The answer file can be at most 10 MB.',
  'Podaj dzień doręczenia zapytania.': 'Enter the day the inquiry was delivered.',
  'Podaj liczbę dni na odpowiedź.': 'Enter the number of days to answer.',
  'Podaj numer uchwały w postaci numer/rok, np. 3/2026.': 'Enter the resolution number as number/year, e.g. 3/2026.',
  'Podaj temat zapytania (co najmniej 3 znaki).': 'Enter the subject of the inquiry (at least 3 characters).',
  'Ta rada nie ma w platformie uchwały o tym numerze. Zostaw pole puste, jeśli uchwałę podjęto poza platformą.':
    'This council has no resolution with this number on the platform. Leave the field empty if the resolution was adopted outside the platform.',
  'Termin na odpowiedź to co najmniej 1 dzień.': 'The time to answer is at least 1 day.',
  'Termin na odpowiedź to najwyżej 365 dni.': 'The time to answer is at most 365 days.',
  'Wpisz treść odpowiedzi albo dołącz plik PDF.': 'Type the answer or attach a PDF file.',
  'Wpisz treść odpowiedzi.': 'Type the answer.',
  'Wpisz treść zapytania lub wniosku.': 'Type the text of the inquiry or request.',
  'Wyślij odpowiedź jako JSON albo formularz z plikiem (multipart/form-data).':
    'Send the answer as JSON or as a form with a file (multipart/form-data).',
  'Zapytanie jest opublikowane na stronie rady jako czekające na odpowiedź po terminie:':
    "The inquiry is published on the council's page as awaiting an answer past the deadline:",
  'Zapytanie z tej uchwały jest już zarejestrowane.': 'The inquiry of this resolution is already registered.',
  'rada „{body}” czeka na pisemną odpowiedź na zapytanie nr {number} „{title}”. Ostatni dzień na odpowiedź: {day}.':
    'the council “{body}” is waiting for a written answer to its inquiry no. {number} “{title}”. The last day to answer: {day}.',
  'termin odpowiedzi na zapytanie nr {number} „{title}” rady „{body}” ({tenant}) minął {day}, a odpowiedzi nie udzielono.':
    'the deadline to answer inquiry no. {number} “{title}” of the council “{body}” ({tenant}) passed on {day} without an answer.',
  '{body}: brak odpowiedzi na zapytanie nr {number} w terminie': '{body}: no answer to inquiry no. {number} in time',
  '{body}: odpowiedź na zapytanie nr {number} do {day}': '{body}: answer to inquiry no. {number} due by {day}',
}

export default en
