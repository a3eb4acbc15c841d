/** English of the voters' side of councils' elections (ballot rules, voting codes, sessions, casts), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Wybierz okręg wyborczy z listy.': 'Choose a constituency from the list.',
  'Zaznacz co najmniej jednego kandydata.': 'Mark at least one candidate.',
  'Każdego kandydata można zaznaczyć tylko raz.': 'Each candidate can be marked only once.',
  'Na tej karcie można zaznaczyć tylko jednego kandydata.': 'Only one candidate can be marked on this ballot.',
  'Na tej karcie można zaznaczyć najwyżej {max} kandydatów, a zaznaczono {count}.':
    'At most {max} candidates can be marked on this ballot, and {count} were marked.',
  'Na karcie można zaznaczyć najwyżej 50 kandydatów.': 'At most 50 candidates can be marked on a ballot.',
  'Zaznaczyć można tylko kandydatów z okręgu {name}.': 'Only candidates of the constituency {name} can be marked.',
  'Podaj prawdziwą datę urodzenia (RRRR-MM-DD).': 'Give a real date of birth (YYYY-MM-DD).',
  'Podaj datę urodzenia.': 'Give your date of birth.',
  'Podaj datę urodzenia w postaci RRRR-MM-DD.': 'Give your date of birth as YYYY-MM-DD.',
  'W tych wyborach głosują osoby w wieku od {min} do {max} lat, a Ty masz {age}.':
    'People aged {min} to {max} vote in this election, and you are {age}.',
  'W tych wyborach głosują osoby w wieku co najmniej {min} lat, a Ty masz {age}.':
    'People aged at least {min} vote in this election, and you are {age}.',
  'W tych wyborach głosują osoby w wieku najwyżej {max} lat, a Ty masz {age}.':
    'People aged at most {max} vote in this election, and you are {age}.',
  'Potwierdź oświadczenie, że masz prawo głosować w tych wyborach.':
    'Confirm the declaration that you have the right to vote in this election.',
  'Głosowanie nie trwa: głosować można od {from} do {to}.': 'Voting is not open: you can vote from {from} to {to}.',
  'Najpierw wpisz kod z e-maila, aby otworzyć kartę do głosowania w wyborach.':
    'First enter the code from the e-mail to open the ballot of the election.',
  'Sesja głosowania wygasła albo jest nieważna. Poproś o nowy kod.':
    'The voting session has expired or is not valid. Ask for a new code.',
  'Nie ma Cię w spisie wyborców okręgu {name}: sprawdź imię, nazwisko i datę urodzenia albo zapytaj szkołę/urząd.':
    'You are not on the list of electors of the constituency {name}: check your first name, last name and date of birth, or ask the school or office.',
  'Głos z tej sesji nie został zapisany. Odśwież kartę.':
    'The vote of this session was not stored. Refresh the ballot.',
  'Z tego adresu e-mail oddano już {count} głosy w tych wyborach: kolejna osoba potrzebuje własnego adresu.':
    'This e-mail address has already cast {count} votes in this election: another person needs their own address.',
  'Głos tej osoby w tych wyborach został już oddany.': "This person's vote in this election has already been cast.",
  '{jst} — kod do głosowania w wyborach do rady „{body}”':
    '{jst} — voting code for the election to the council “{body}”',
  'Twój kod do głosowania w wyborach do rady „{body}” ({jst}): {code}. Ważny {minutes} min.':
    'Your code for voting in the election to the council “{body}” ({jst}): {code}. Valid for {minutes} min.',
  'Nikomu go nie podawaj. Jeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.':
    'Do not give it to anyone. If you did not ask for a code, ignore this message.',
}

export default en
