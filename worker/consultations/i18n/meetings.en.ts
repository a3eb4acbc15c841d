/** English of the consultations' Polish server texts for meetings: sign-up, attendance, minutes (merged in `./en.ts`). */
const en: Readonly<Record<string, string>> = {
  // input
  'Podaj datę i godzinę.': 'Enter the date and time.',
  'Podaj datę i godzinę w postaci RRRR-MM-DDTGG:MM.': 'Enter the date and time as YYYY-MM-DDTHH:MM.',
  'Liczba miejsc to liczba.': 'The number of places is a number.',
  'Liczba miejsc to liczba całkowita.': 'The number of places is a whole number.',
  'Spotkanie musi mieć co najmniej jedno miejsce (albo bez limitu).':
    'A meeting must have at least one place (or no limit).',
  'Podaj najwyżej 100000 miejsc.': 'Enter at most 100000 places.',
  'Wybierz rodzaj spotkania: online albo na miejscu.': 'Choose the kind of meeting: online or on site.',
  'Podaj tytuł spotkania (co najmniej 3 znaki).': 'Enter the meeting’s title (at least 3 characters).',
  'Podaj adres spotkania albo link do spotkania online.':
    'Enter the meeting’s address or the link to the online meeting.',
  'Podaj imię i nazwisko.': 'Enter your first name and surname.',
  'Wpisz najwyżej 120 znaków.': 'Enter at most 120 characters.',
  'Wpisz najwyżej 254 znaków.': 'Enter at most 254 characters.',
  'Potwierdź, że znasz zasady przetwarzania danych osobowych.':
    'Confirm that you have read how personal data is processed.',
  'Brak kodu z linku.': 'The code from the link is missing.',
  'Niepoprawny link.': 'The link is not valid.',
  'Podaj liczbę uczestników.': 'Enter the number of participants.',
  'Liczba uczestników to liczba całkowita.': 'The number of participants is a whole number.',
  'Liczba uczestników nie może być ujemna.': 'The number of participants cannot be negative.',
  // actions
  'Nie ma takiego spotkania.': 'There is no such meeting.',
  'Brak wolnych miejsc na to spotkanie.': 'There are no places left at this meeting.',
  'Ten adres e-mail jest już zapisany na to spotkanie. Link do rezygnacji jest w e-mailu z potwierdzeniem.':
    'This e-mail address is already signed up for this meeting. The link to cancel is in the confirmation e-mail.',
  'To spotkanie zostało odwołane.': 'This meeting has been cancelled.',
  'Zapisy na to spotkanie są zamknięte: spotkanie już się rozpoczęło.':
    'Sign-up for this meeting is closed: the meeting has already begun.',
  'Ktoś inny zmienił to spotkanie w międzyczasie. Odśwież stronę i spróbuj ponownie.':
    'Someone else changed this meeting in the meantime. Refresh the page and try again.',
  'Wyniki konsultacji zostały już podane: spotkań nie można już zmieniać.':
    'The results of the consultation have been published: meetings can no longer be changed.',
  'Podaj poprawną datę i godzinę rozpoczęcia.': 'Enter a valid start date and time.',
  'Podaj poprawną datę i godzinę zakończenia.': 'Enter a valid end date and time.',
  'Spotkanie musi skończyć się później, niż się zaczyna.': 'A meeting must end after it starts.',
  'Spotkanie może trwać najwyżej dobę.': 'A meeting may last at most a day.',
  'Spotkanie musi odbyć się w czasie konsultacji: nie wcześniej niż w ich pierwszym dniu.':
    'A meeting must take place during the consultation: not before its first day.',
  'Spotkanie musi odbyć się w czasie konsultacji: nie później niż w ich ostatnim dniu.':
    'A meeting must take place during the consultation: not after its last day.',
  'Podaj link do spotkania online (zaczynający się od https://).':
    'Enter the link to the online meeting (starting with https://).',
  'Zapisało się już {count} osób: liczba miejsc nie może być mniejsza.':
    '{count} people have already signed up: the number of places cannot be smaller.',
  'Spotkanie już się rozpoczęło: nie można go odwołać.': 'The meeting has already begun: it cannot be cancelled.',
  'Nie ma takiego zapisu: link jest niepoprawny albo dane zapisu zostały już usunięte.':
    'There is no such sign-up: the link is not valid or the sign-up’s data has already been erased.',
  'Spotkanie już się rozpoczęło: zapisu nie można już odwołać.':
    'The meeting has already begun: the sign-up can no longer be cancelled.',
  'Obecność można zapisać dopiero po rozpoczęciu spotkania.':
    'Attendance can be recorded only once the meeting has begun.',
  'Lista obecnych może zawierać tylko osoby zapisane na to spotkanie.':
    'The list of those present may contain only people signed up for this meeting.',
  'Liczba uczestników nie może być mniejsza niż liczba obecnych osób zapisanych.':
    'The number of participants cannot be smaller than the number of those signed up who were present.',
  'Protokół można dodać dopiero po rozpoczęciu spotkania.': 'The minutes can be added only once the meeting has begun.',
  'Wybierz plik PDF z protokołem.': 'Choose the PDF file with the minutes.',
  'To nie jest plik PDF.': 'This is not a PDF file.',
  'Ktoś w międzyczasie dodał protokół tego spotkania. Odśwież stronę.':
    'Someone added the minutes of this meeting in the meantime. Refresh the page.',
  'Protokół tego spotkania nie został jeszcze dodany.': 'The minutes of this meeting have not been added yet.',
  'Zbyt wiele prób. Spróbuj ponownie za {minutes} min.': 'Too many attempts. Try again in {minutes} min.',
  // e-mails
  'Spotkanie online. Link do udziału: {link}': 'Online meeting. Link to join: {link}',
  'Miejsce: {place}': 'Place: {place}',
  'Dostępność: {text}': 'Accessibility: {text}',
  'Dzień dobry, {name},': 'Hello {name},',
  'zapisaliśmy Cię na spotkanie „{title}” w ramach konsultacji „{consultation}”.':
    'we have signed you up for the meeting “{title}” of the consultation “{consultation}”.',
  'Termin: {start} – {end}': 'When: {start} – {end}',
  'Jeśli nie możesz przyjść, zrezygnuj, aby zwolnić miejsce: {link}':
    'If you cannot come, cancel to free your place: {link}',
  'Uwagi zgłoszone na spotkaniu zapisujemy w protokole i uwzględniamy w raporcie z konsultacji.':
    'Comments made at the meeting are written down in the minutes and included in the consultation’s report.',
  'Twoje imię, nazwisko i adres e-mail usuniemy po spotkaniu.':
    'We will erase your name and e-mail address after the meeting.',
  '{jst} — zapis na spotkanie konsultacyjne: {title}': '{jst} — consultation meeting sign-up: {title}',
  'spotkanie „{title}” zaplanowane na {start} zostało odwołane.':
    'the meeting “{title}” planned for {start} has been cancelled.',
  'Inne spotkania i sposoby udziału w konsultacjach: {link}':
    'Other meetings and ways to take part in the consultation: {link}',
  '{jst} — spotkanie odwołane: {title}': '{jst} — meeting cancelled: {title}',
}

export default en
