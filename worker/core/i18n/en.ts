import organizationsEn from '../organizations/en'

/**
 * English of the core's Polish server texts: problem titles, the HTTP layer's refusals, valibot's defaults, sign-in,
 * staff and JST administration. Keyed by the Polish text exactly as the code writes it (`{name}` where the code puts
 * in a value), so a throw site needs no key of its own; `tests/unit/server-messages.test.ts` finds every Polish text
 * without an entry here or in a module's catalogue, and every entry whose text is gone. Wording follows the web's
 * English catalogues (`web/src/core/i18n/en.ts`): a JST is a "local government", PESEL and TERYT keep their names.
 */
const en: Readonly<Record<string, string>> = {
  // The NGO directory's own catalogue, beside its code (worker/core/organizations/en.ts)
  ...organizationsEn,

  // Problem titles (worker/core/http/problem.ts)
  'Niepoprawne dane': 'Invalid data',
  'Wymagane logowanie': 'Sign-in required',
  'Brak uprawnień': 'Access denied',
  'Nie znaleziono': 'Not found',
  Konflikt: 'Conflict',
  'Zbyt duże żądanie': 'Request too large',
  'Nieobsługiwany format': 'Unsupported format',
  'Nie można wykonać': 'Cannot be done',
  'Zbyt wiele prób': 'Too many attempts',
  'Błąd serwera': 'Server error',
  Błąd: 'Error',

  // The app and the HTTP layer
  'Nie ma takiego adresu w API.': 'There is no such address in the API.',
  'Niepoprawne żądanie.': 'Invalid request.',
  'Żądanie jest zbyt duże.': 'The request is too large.',
  'Żądanie jest zbyt duże (limit {limit} KiB).': 'The request is too large (limit {limit} KiB).',
  'Wystąpił nieoczekiwany błąd. Spróbuj ponownie; jeśli błąd się powtarza, podaj obsłudze identyfikator żądania.':
    'An unexpected error occurred. Please try again; if it keeps happening, quote the request ID to support.',
  'Nie udało się odczytać treści żądania (przerwane przesyłanie?). Spróbuj ponownie.':
    'The request body could not be read (was the upload interrupted?). Please try again.',
  'Nie udało się odczytać przesłanego formularza z plikiem.': 'The submitted form with the file could not be read.',
  'Wyślij dane w formacie JSON (Content-Type: application/json).':
    'Send the data as JSON (Content-Type: application/json).',
  'Brak treści żądania.': 'The request has no body.',
  'Treść żądania nie jest poprawnym dokumentem JSON.': 'The request body is not a valid JSON document.',
  'Popraw {what}: {problem}': 'Correct {what}: {problem}',
  formularz: 'the form',
  'parametry zapytania': 'the query parameters',
  'Żądanie z innej witryny zostało odrzucone (ochrona CSRF).':
    'A request from another website was refused (CSRF protection).',
  'Zbyt wiele przesłanych plików. Spróbuj ponownie za {minutes} min.':
    'Too many files uploaded. Please try again in {minutes} min.',
  'Nie znaleziono zasobu.': 'The resource was not found.',
  'Nie masz uprawnień do tej operacji.': 'You are not allowed to do this.',
  'Zaloguj się, aby kontynuować.': 'Sign in to continue.',
  'Otwórz link z e-maila: ta strona wymaga klucza dostępu.':
    'Open the link from the e-mail: this page needs an access key.',

  // valibot's defaults (worker/core/http/valibot-pl.ts)
  'To pole musi być tekstem.': 'This field must be text.',
  'To pole musi być liczbą.': 'This field must be a number.',
  'To pole musi mieć wartość tak/nie.': 'This field must be yes or no.',
  'Podaj liczbę całkowitą.': 'Enter a whole number.',
  'Podaj poprawny adres e-mail.': 'Enter a valid e-mail address.',
  'Podaj poprawny adres internetowy (https://…).': 'Enter a valid web address (https://…).',
  'To pole jest wymagane.': 'This field is required.',
  'Wpisz co najmniej {min} znaków.': 'Enter at least {min} characters.',
  'Wpisz najwyżej {max} znaków.': 'Enter at most {max} characters.',
  'Wartość musi wynosić co najmniej {min}.': 'The value must be at least {min}.',
  'Wartość może wynosić najwyżej {max}.': 'The value may be at most {max}.',
  'Wybierz jedną z dostępnych wartości.': 'Choose one of the available values.',
  'Wartość ma niepoprawny format.': 'The value has an invalid format.',
  'Niepoprawna struktura danych.': 'Invalid data structure.',
  'Nieznane pole w żądaniu.': 'Unknown field in the request.',
  'Niepoprawna wartość.': 'Invalid value.',
  'Niepoprawna wartość (oczekiwano {expected}).': 'Invalid value (expected {expected}).',

  // Dates and times as formatWarsaw writes them into texts (the date itself is translated by the core)
  '{date} włącznie': '{date} inclusive',
  '{date}, {time} (czasu polskiego)': '{date}, {time} (Polish time)',

  // Access (worker/core/auth/access.ts)
  'Tę operację może wykonać tylko operator platformy.': 'Only the platform operator can do this.',
  'Nie ma takiej jednostki samorządu.': 'There is no such local government.',
  'Twoja rola w tej jednostce nie pozwala na tę operację.':
    'Your role in this local government does not allow this operation.',
  'Nie należysz do zespołu tej jednostki samorządu.': 'You are not a member of this local government’s team.',

  // Sign-in, passwords, invitations
  'Podaj adres e-mail.': 'Enter an e-mail address.',
  'Podaj hasło.': 'Enter your password.',
  'Hasło musi mieć co najmniej 12 znaków.': 'The password must be at least 12 characters long.',
  'Hasło może mieć najwyżej 200 znaków.': 'The password may be at most 200 characters long.',
  'Brak kodu z wiadomości.': 'The code from the message is missing.',
  'Link jest niepełny — skopiuj go w całości.': 'The link is incomplete — copy all of it.',
  'Podaj imię i nazwisko.': 'Enter your first name and surname.',
  'Wybierz rolę: admin, koordynator, weryfikator lub moderator.':
    'Choose a role: admin, koordynator (coordinator), weryfikator (reviewer) or moderator.',
  'Zbyt wiele prób z tego adresu. Spróbuj ponownie za chwilę.':
    'Too many attempts from this address. Please try again in a moment.',
  'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za {minutes} min.':
    'Too many failed sign-in attempts. Please try again in {minutes} min.',
  'Nieprawidłowy e-mail lub hasło.': 'Incorrect e-mail or password.',
  'Link wygasł albo został już użyty. Poproś o nowy.':
    'The link has expired or has already been used. Ask for a new one.',
  'Link wygasł albo został już użyty.': 'The link has expired or has already been used.',
  'Konto z tym adresem już istnieje — podaj jego obecne hasło, aby dołączyć do zespołu.':
    'An account with this address already exists — enter its current password to join the team.',
  'Podaj obecne hasło swojego konta.': 'Enter the current password of your account.',
  'Zaproszenie wygasło, zostało już przyjęte albo link jest niepełny. Poproś administratora o nowe.':
    'The invitation has expired, has already been accepted or the link is incomplete. Ask the administrator for a new one.',

  // Staff (worker/core/staff)
  'Ta osoba już należy do zespołu.': 'This person is already a member of the team.',
  'Nie ma takiego zaproszenia w zespole tej JST.': 'There is no such invitation in this local government’s team.',
  'To zaproszenie zostało już przyjęte albo wycofane.': 'This invitation has already been accepted or withdrawn.',
  'Ta osoba nie należy do zespołu tej JST.': 'This person is not a member of this local government’s team.',
  'JST musi mieć co najmniej jednego aktywnego administratora. Najpierw nadaj tę rolę komuś innemu.':
    'A local government must have at least one active administrator. Give this role to someone else first.',
  'To ostatni aktywny administrator.': 'This is the last active administrator.',
  'Podaj tak lub nie.': 'Enter yes or no.',
  'Podaj nową rolę albo stan konta.': 'Give a new role or account status.',
  'Limit to liczba od 1 do 200.': 'The limit is a number from 1 to 200.',
  'Parametr before to numer wpisu.': 'The before parameter is an entry number.',

  // Local governments (worker/core/tenants)
  'JST o takim adresie już istnieje.': 'A local government with this address already exists.',
  'Ten adres jest już zajęty.': 'This address is already taken.',
  'Podaj pełny adres, np. https://bip.gmina.pl.': 'Enter the full address, e.g. https://bip.gmina.pl.',
  'Adres musi zaczynać się od https://.': 'The address must start with https://.',
  'Kod TERYT ma 2 (województwo), 4 (powiat) lub 7 cyfr (gmina).':
    'A TERYT code has 2 (voivodeship), 4 (county) or 7 digits (municipality).',
  'Podaj nazwę.': 'Enter the name.',
  'Nazwa musi mieć co najmniej 3 znaki.': 'The name must be at least 3 characters long.',
  'Podaj liczbę mieszkańców.': 'Enter the number of residents.',
  'Liczba mieszkańców musi być dodatnia.': 'The number of residents must be positive.',
  'Podaj adres e-mail do kontaktu.': 'Enter a contact e-mail address.',
  'Podaj datę w formacie RRRR-MM-DD.': 'Enter the date as YYYY-MM-DD.',
  'Podaj adres (slug).': 'Enter the address (slug).',
  'Adres może zawierać tylko małe litery bez polskich znaków, cyfry i myślniki.':
    'The address may contain only lowercase letters without Polish characters, digits and hyphens.',
  'Adres musi mieć co najmniej 3 znaki.': 'The address must be at least 3 characters long.',
  'Ten adres jest zarezerwowany.': 'This address is reserved.',
  'Wybierz rodzaj jednostki.': 'Choose the kind of local government.',
  // Account-free access to a vote (worker/core/voting)
  'Podaj polski numer komórkowy (9 cyfr).': 'Enter a Polish mobile number (9 digits).',
  'Zbyt wiele próśb o kod. Spróbuj ponownie za {minutes} min.':
    'Too many requests for a code. Please try again in {minutes} min.',
  'Zbyt wiele błędnych kodów. Spróbuj ponownie za {minutes} min.':
    'Too many wrong codes. Please try again in {minutes} min.',
  'Kod jest nieprawidłowy albo wygasł.': 'The code is incorrect or has expired.',
  'Kod jest nieprawidłowy albo wygasł. Sprawdź go albo poproś o nowy.':
    'The code is incorrect or has expired. Check it or ask for a new one.',
  'Ten kod został już użyty.': 'This code has already been used.',
  'Ten kod został już użyty. Poproś o nowy.': 'This code has already been used. Ask for a new one.',
  'Ten kanał nie jest dostępny w tym głosowaniu.': 'This channel is not available in this vote.',
  'W tym głosowaniu kody wysyłamy tylko e-mailem.': 'In this vote codes are sent by e-mail only.',
  'W tym głosowaniu kody wysyłamy tylko SMS-em.': 'In this vote codes are sent by text message only.',
}

export default en
