/** English of the councils' applications server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Adres rady: małe litery, cyfry i myślniki.': "The council's address: lower-case letters, digits and hyphens.",
  'Brak tokenu potwierdzenia.': 'The confirmation token is missing.',
  'Czas na potwierdzenie tego wniosku minął. Złóż go ponownie.':
    'The time to confirm this application has passed. Submit it again.',
  'Decyzja o wniosku nr {number} ({tenant})': 'Decision on application no. {number} ({tenant})',
  'Do tego wniosku nie dołączają organizacje.': 'Organisations do not join this application.',
  'Dodaj co najmniej jeden podpis.': 'Add at least one signature.',
  'Jeśli nie składałeś tego wniosku, zignoruj tę wiadomość: niepotwierdzony wniosek usuniemy po 7 dniach.':
    'If you did not submit this application, ignore this message: an unconfirmed application is deleted after 7 days.',
  'Najpierw złóż wniosek: decyzję zapisuje się o złożonym wniosku.':
    'File the application first: a decision is recorded on a filed application.',
  'Nie ma takiego wniosku.': 'There is no such application.',
  'O tym wniosku już zdecydowano.': 'This application has already been decided.',
  'Pod tym wnioskiem nie zbiera się podpisów mieszkańców.': "This application does not collect residents' signatures.",
  'Podaj adres rady.': "Enter the council's address.",
  'Podaj nazwę rady.': "Enter the council's name.",
  'Podaj nazwę samorządu uczniowskiego.': "Enter the pupils' council's name.",
  'Podaj nazwę szkoły.': "Enter the school's name.",
  'Podaj numer uchwały lub zarządzenia.': 'Enter the number of the resolution or order.',
  'Podaj poprawny adres e-mail, np. jan@example.pl.': 'Enter a valid e-mail address, e.g. jan@example.pl.',
  'Podaj powód odrzucenia wniosku.': 'Enter the reason for refusing the application.',
  'Podaj tytuł wniosku (co najmniej 5 znaków).': "Enter the application's title (at least 5 characters).",
  'Podaj tytuł wniosku.': "Enter the application's title.",
  'Podaj wnioskodawcę.': 'Enter the applicant.',
  'Potwierdź wniosek nr {number} ({tenant})': 'Confirm application no. {number} ({tenant})',
  'Potwierdź, że masz ukończone 60 lat: tylko takie podpisy liczą się do progu.':
    'Confirm that you are 60 or older: only such signatures count towards the threshold.',
  'Rada o tym adresie już istnieje.': 'A council with this address already exists.',
  'Rada o tym adresie już istnieje. Wybierz inny adres.':
    'A council with this address already exists. Choose another address.',
  'Ta organizacja już potwierdziła ten wniosek.': 'This organisation has already confirmed this application.',
  'Ta osoba już podpisała ten wniosek — jedna osoba może go podpisać tylko raz.':
    'This person has already signed this application — one person may sign it only once.',
  'Ta osoba już podpisała ten wniosek.': 'This person has already signed this application.',
  'Ten adres jest zarezerwowany. Wybierz inny adres rady.':
    'This address is reserved. Choose another address for the council.',
  'Ten link potwierdzenia nie działa.': 'This confirmation link does not work.',
  'Ten link przedstawiciela organizacji jest nieważny. Otwórz najnowszy link z e-maila.':
    "This organisation representative's link is not valid. Open the newest link from the e-mail.",
  'Wniosek czeka na potwierdzenie adresu e-mail wnioskodawcy.':
    "The application is waiting for the applicant's e-mail address to be confirmed.",
  'Wniosek czeka na potwierdzenie adresu e-mail.': 'The application is waiting for its e-mail address to be confirmed.',
  'Wniosek mogą składać organizacje z katalogu zweryfikowane przez urząd i działające na terenie tej jednostki.':
    'Applications may be made by organisations in the directory verified by the office and active in this local government.',
  'Wniosek nr {number}: decyzja do {day}': 'Application no. {number}: decision by {day}',
  'Wniosek został już złożony.': 'The application has already been filed.',
  'Wniosek został już złożony: nie można do niego dołączyć.':
    'The application has already been filed: it cannot be joined.',
  'Wniosek został już złożony: podpisów nie można już dodawać.':
    'The application has already been filed: signatures can no longer be added.',
  'Wpisz najwyżej 200 znaków.': 'Enter at most 200 characters.',
  'Wpisz najwyżej 500 podpisów naraz.': 'Enter at most 500 signatures at once.',
  'Wybierz radę, o której utworzenie wnosicie.': 'Choose the council you ask to be created.',
  'Wybierz, kto składa wniosek.': 'Choose who makes the application.',
  'Zaznacz, czy osoba oświadczyła, że ma ukończone 60 lat.': 'Mark whether the person declared being 60 or older.',
  'Zbyt wiele podpisów z tego adresu. Spróbuj za godzinę.':
    'Too many signatures from this address. Try again in an hour.',
  'Zbyt wiele wniosków z tego adresu. Spróbuj za godzinę.':
    'Too many applications from this address. Try again in an hour.',
  'otrzymaliśmy wniosek „{title}”. Otwórz link, aby potwierdzić adres e-mail: dopiero wtedy wniosek będzie widoczny i będzie można go podpisywać.':
    'we have received the application “{title}”. Open the link to confirm the e-mail address: only then will the application be visible and open for signatures.',
  'wniosek o utworzenie rady „{title}” czeka na decyzję. Ostatni dzień na jej podjęcie: {day}.':
    'the application to create the council “{title}” is waiting for a decision. The last day to make it: {day}.',
  'wniosek „{title}” został odrzucony. Powód: {reason}': 'the application “{title}” has been refused. Reason: {reason}',
  'wniosek „{title}” został uwzględniony ({act}).': 'the application “{title}” has been granted ({act}).',
}

export default en
