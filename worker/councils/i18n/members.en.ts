/** English of the councils' members server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Członkowie rady w panelu:': "The council's members in the panel:",
  'Jeśli ten adres należy do członka rady, wysłaliśmy na niego nowy link.':
    'If this address belongs to a council member, we have sent a new link to it.',
  'Mandat nie może trwać dłużej niż kadencja.': 'A mandate cannot last longer than the term.',
  'Mandat nie może wygasnąć przed swoim pierwszym dniem.': 'A mandate cannot end before its first day.',
  'Mandat tego członka wygasł: link nie zostanie wysłany.': "This member's mandate has ended: no link will be sent.",
  'Mandat tego członka wygasł: nie można zmienić jego funkcji.':
    "This member's mandate has ended: their function cannot be changed.",
  'Nie ma takiego członka rady.': 'There is no such council member.',
  'Nie ma takiego posiedzenia.': 'There is no such meeting.',
  'Nie ma takiego tematu dyskusji.': 'There is no such discussion topic.',
  'Nieprawidłowy identyfikator wpisu.': 'Invalid post identifier.',
  'Nieprawidłowy klucz idempotencji: 8–200 liter, cyfr, „-” lub „_”.':
    'Invalid idempotency key: 8–200 letters, digits, “-” or “_”.',
  'Nieznany członek rady.': 'Unknown council member.',
  'Nieznany temat dyskusji.': 'Unknown discussion topic.',
  'Obecność można zapisać dopiero w dniu posiedzenia.': 'Attendance can be recorded from the day of the meeting.',
  'Obecność zapisuje się tylko członkom rady, którzy w dniu posiedzenia pełnili mandat.':
    'Attendance is recorded only for council members who held a mandate on the day of the meeting.',
  'Osoba z tym adresem e-mail jest już członkiem tej rady.':
    'The person with this e-mail address is already a member of this council.',
  'Podaj imię i nazwisko (co najmniej 3 znaki).': 'Enter the first and last name (at least 3 characters).',
  'Podaj miejsce posiedzenia (co najmniej 3 znaki).': 'Enter the place of the meeting (at least 3 characters).',
  'Podaj ostatni dzień mandatu.': 'Enter the last day of the mandate.',
  'Podaj pierwszy dzień mandatu.': 'Enter the first day of the mandate.',
  'Podaj poprawną datę i godzinę posiedzenia.': 'Enter a valid date and time of the meeting.',
  'Podaj porządek obrad (co najmniej 3 znaki).': 'Enter the agenda (at least 3 characters).',
  'Protokół można dodać dopiero po rozpoczęciu posiedzenia.': 'Minutes can be added only after the meeting began.',
  'Protokół tego posiedzenia nie został jeszcze dodany jako plik.':
    'The minutes of this meeting have not been added as a file yet.',
  'Rada nie ma jeszcze statutu: najpierw dodaj statut.': 'The council has no statute yet: add the statute first.',
  'Rada nie ma kadencji trwającej w tym dniu: członka można dodać tylko w kadencji.':
    'The council has no term running on that day: a member can be added only within a term.',
  'Statut rady nie ma takiego rodzaju miejsc.': "The council's statute has no such kind of seats.",
  'Ten członek nie ma adresu e-mail: dopisz go, aby wysłać link.':
    'This member has no e-mail address: add it to send the link.',
  'Ten klucz idempotencji należy do innego wpisu.': 'This idempotency key belongs to another post.',
  'Ten mandat już wygasł: powód został zapisany wcześniej.':
    'This mandate has already ended: its reason was recorded before.',
  'Ten sam klucz idempotencji wysłano już z innym wpisem.':
    'The same idempotency key was already sent with another post.',
  'To posiedzenie zostało odwołane.': 'This meeting has been cancelled.',
  'Wpisz treść protokołu (co najmniej 3 znaki).': 'Enter the text of the minutes (at least 3 characters).',
  'Wpisz treść wpisu.': 'Enter the text of the post.',
  'Wszystkie miejsca tego rodzaju są już zajęte ({seats}): najpierw zakończ czyjś mandat.':
    "All seats of this kind are taken ({seats}): end someone's mandate first.",
  'Wybierz funkcję: przewodniczący, wiceprzewodniczący, sekretarz albo członek.':
    'Choose a function: chair, deputy chair, secretary or member.',
  'Wybierz powód wygaśnięcia mandatu.': 'Choose why the mandate ended.',
  'Wybierz rodzaj miejsca ze statutu.': 'Choose a kind of seat from the statute.',
  'Wybierz: obecny, usprawiedliwiony albo nieobecny.': 'Choose: present, excused or absent.',
  'Wyślij protokół jako JSON albo multipart/form-data.': 'Send the minutes as JSON or multipart/form-data.',
  '{member}, członek rady „{body}”, był nieobecny bez usprawiedliwienia na kolejnych posiedzeniach: nr {meetings}. Według statutu rady to podstawa do odwołania członka.':
    "{member}, a member of the council “{body}”, was absent without excuse from consecutive meetings: no. {meetings}. Under the council's statute this is a ground for removing the member.",
  '{body}: nieusprawiedliwione nieobecności członka': "{body}: a member's unexcused absences",
}

export default en
