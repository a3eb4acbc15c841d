/**
 * English of the NGO directory's Polish server texts (problems, field errors, e-mails), keyed by the Polish text as
 * the code writes it (`{name}` where it puts in a value). Part of the core's catalogue (`worker/core/i18n/en.ts`), as
 * the directory is core; `tests/unit/server-messages.test.ts` finds every Polish text without an entry, and every
 * entry whose text is gone.
 */
const en: Readonly<Record<string, string>> = {
  // Problems and field errors
  'Adres e-mail jest za długi.': 'The e-mail address is too long.',
  'Adres strony musi zaczynać się od https:// lub http://.': 'The website address must start with https:// or http://.',
  'Filtr „zweryfikowane” to true albo false.': 'The “verified” filter is true or false.',
  'Link potwierdzenia jest nieważny albo został już użyty. Link przedstawiciela wysłaliśmy e-mailem po pierwszym potwierdzeniu.':
    'The confirmation link is invalid or has already been used. The representative’s link was e-mailed after the first confirmation.',
  'Link potwierdzenia wygasł. Zgłoś organizację ponownie — dane trzeba wpisać jeszcze raz.':
    'The confirmation link has expired. Register the organisation again — the details need to be entered once more.',
  'Napisz powód odmowy (co najmniej 10 znaków): organizacja go otrzyma.':
    'Write the reason for the refusal (at least 10 characters): the organisation will receive it.',
  'Napisz wiadomość (co najmniej 10 znaków).': 'Write a message (at least 10 characters).',
  'Napisz wiadomość.': 'Write a message.',
  'Nie ma na platformie jednostki samorządu „{slug}”.': 'There is no local government “{slug}” on the platform.',
  'Nie ma takiej organizacji w katalogu.': 'There is no such organisation in the directory.',
  'Nie ma takiej organizacji w tej jednostce samorządu.': 'There is no such organisation in this local government.',
  'Nieznana sfera zadań publicznych.': 'Unknown area of public tasks.',
  'Nieznany status wpisu.': 'Unknown entry status.',
  'Numer KRS to dokładnie 10 cyfr, także zera na początku (np. 0000123456).':
    'A KRS number is exactly 10 digits, leading zeros included (e.g. 0000123456).',
  'Numer strony to liczba całkowita.': 'The page number is a whole number.',
  'Organizacja o numerze KRS {number} jest już w katalogu („{name}”): jeden numer w rejestrze to jedna organizacja. Jeśli ją reprezentujesz, poproś o link przedstawiciela na adres kontaktowy wpisu albo napisz do urzędu.':
    'An organisation with KRS number {number} is already in the directory (“{name}”): one number in a register is one organisation. If you represent it, ask for the representative’s link to be sent to the entry’s contact address, or write to the office.',
  'Organizacja o numerze {number} w tym rejestrze jest już w katalogu („{name}”): jeden numer w rejestrze to jedna organizacja. Jeśli ją reprezentujesz, poproś o link przedstawiciela na adres kontaktowy wpisu albo napisz do urzędu.':
    'An organisation with number {number} in this register is already in the directory (“{name}”): one number in a register is one organisation. If you represent it, ask for the representative’s link to be sent to the entry’s contact address, or write to the office.',
  'Otwórz stronę wpisu z linku przedstawiciela, który wysłaliśmy e-mailem.':
    'Open the entry’s page from the representative’s link we e-mailed.',
  'Podaj nazwę organizacji.': 'Enter the organisation’s name.',
  'Podaj nazwę rejestru lub ewidencji, w której organizacja jest wpisana.':
    'Enter the name of the register the organisation is entered in.',
  'Podaj numer w rejestrze.': 'Enter the register number.',
  'Podaj pełny adres strony, np. https://fundacja.org.pl.':
    'Enter the full website address, e.g. https://foundation.org.pl.',
  'Podaj pełną nazwę organizacji.': 'Enter the organisation’s full name.',
  'Podaj powód odmowy.': 'Enter the reason for the refusal.',
  'Potwierdź, że możesz działać w imieniu tej organizacji.': 'Confirm that you may act on behalf of this organisation.',
  'Ten link nie otwiera tego wpisu. Poproś o nowy link przedstawiciela.':
    'This link does not open this entry. Ask for a new representative’s link.',
  'Ten link przestał działać. Poproś o nowy link.': 'This link no longer works. Ask for a new link.',
  'Wpis zmienił się w międzyczasie (teraz: {status}). Odśwież listę i zdecyduj jeszcze raz.':
    'The entry has changed meanwhile (now: {status}). Refresh the list and decide again.',
  'Wybierz co najmniej jedną jednostkę samorządu, w której działa organizacja.':
    'Choose at least one local government the organisation works in.',
  'Wybierz co najmniej jedną sferę zadań publicznych.': 'Choose at least one area of public tasks.',
  'Wybierz formę prawną.': 'Choose the legal form.',
  'Wybierz jednostki samorządu.': 'Choose the local governments.',
  'Wybierz najwyżej {max} jednostek samorządu.': 'Choose at most {max} local governments.',
  'Wybierz sfery zadań publicznych.': 'Choose the areas of public tasks.',
  'Wybierz, w jakim rejestrze jest organizacja.': 'Choose the register the organisation is entered in.',
  'Zbyt wiele zgłoszeń organizacji z tego adresu. Spróbuj za godzinę.':
    'Too many organisation registrations from this address. Please try again in an hour.',
  'Na ten adres e-mail wysłaliśmy już kilka wiadomości. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.':
    'We have already sent several messages to this e-mail address. Check the inbox (and the spam folder) or try again in an hour.',
  'Zbyt wiele wiadomości z tego adresu. Spróbuj za godzinę.':
    'Too many messages from this address. Please try again in an hour.',
  'Ta organizacja dostała dziś już wiele wiadomości. Spróbuj jutro.':
    'This organisation has already received many messages today. Please try again tomorrow.',
  // Statuses, as a refusal names them
  niepotwierdzony: 'unconfirmed',
  'czeka na weryfikację': 'awaiting verification',
  zweryfikowany: 'verified',
  'odmowa weryfikacji': 'verification refused',

  // E-mails (worker/core/organizations/notify.ts)
  'Katalog organizacji pozarządowych: {subject}': 'NGO directory: {subject}',
  'Zespół platformy Wspólnota': 'The Wspólnota platform team',
  'Link do zarządzania wpisem: {link}': 'Link to manage the entry: {link}',
  '(link jest kluczem przedstawiciela organizacji — nie udostępniaj go)':
    '(the link is the organisation representative’s key — do not share it)',
  'potwierdź adres e-mail': 'confirm your e-mail address',
  'ktoś (zapewne Ty) zgłosił organizację „{name}” do katalogu organizacji pozarządowych.':
    'someone (probably you) has registered the organisation “{name}” in the NGO directory.',
  'Aby potwierdzić ten adres e-mail i opublikować wpis, otwórz link: {link}':
    'To confirm this e-mail address and publish the entry, open the link: {link}',
  'Link jest ważny do {date}. Jeśli to nie Ty, zignoruj tę wiadomość: wpis zostanie usunięty.':
    'The link is valid until {date}. If it was not you, ignore this message: the entry will be deleted.',
  'wpis potwierdzony': 'entry confirmed',
  'adres e-mail organizacji „{name}” jest potwierdzony, a wpis jest już w katalogu. Urząd jednostki samorządu, w której działa organizacja, sprawdzi go i oznaczy jako zweryfikowany.':
    'the e-mail address of the organisation “{name}” is confirmed and the entry is now in the directory. The office of the local government the organisation works in will check it and mark it as verified.',
  'organizacja dodana do katalogu': 'organisation added to the directory',
  '{jst} dodał(a) organizację „{name}” do katalogu organizacji pozarządowych jako zweryfikowaną. Ten adres e-mail jest adresem kontaktowym wpisu: nie jest publikowany, a wiadomości z formularza kontaktowego trafią tutaj.':
    '{jst} has added the organisation “{name}” to the NGO directory as verified. This e-mail address is the entry’s contact address: it is not published, and messages from the contact form will arrive here.',
  'Jeśli organizacja nie chce być w katalogu, może usunąć wpis tym linkiem.':
    'If the organisation does not want to be in the directory, it can delete the entry with this link.',
  'wpis zweryfikowany': 'entry verified',
  '{jst} zweryfikował(a) wpis organizacji „{name}”. W katalogu jest on teraz oznaczony jako zweryfikowany.':
    '{jst} has verified the entry of the organisation “{name}”. It is now marked as verified in the directory.',
  'Strona organizacji: {link}': 'The organisation’s page: {link}',
  '{jst} odmówił(a) weryfikacji wpisu organizacji „{name}”. Wpis nie jest pokazywany w katalogu.':
    '{jst} has refused to verify the entry of the organisation “{name}”. The entry is not shown in the directory.',
  'Powód:': 'Reason:',
  'Jeśli dane były błędne, zgłoś organizację ponownie z poprawnymi danymi albo skontaktuj się z urzędem. Bez poprawy wpis zostanie usunięty po 90 dniach.':
    'If the details were wrong, register the organisation again with correct details or contact the office. Without a correction the entry will be deleted after 90 days.',
  'nowy link przedstawiciela': 'new representative’s link',
  'na prośbę wysłaną z formularza na stronie wysyłamy nowy link do wpisu organizacji „{name}”. Poprzedni link działa, dopóki nie użyjesz nowego. Jeśli to nie Ty prosiłeś(-aś) o link, zignoruj tę wiadomość.':
    'as requested through the form on the website, here is a new link to the entry of the organisation “{name}”. The previous link works until you use the new one. If you did not ask for a link, ignore this message.',
  'wiadomość od {name}': 'message from {name}',
  '{name} ({email}) napisał(a) do organizacji „{organization}” przez formularz kontaktowy katalogu organizacji pozarządowych. Odpowiedz na tę wiadomość, aby odpisać tej osobie — Twój adres pozna dopiero wtedy.':
    '{name} ({email}) has written to the organisation “{organization}” through the NGO directory’s contact form. Reply to this message to answer them — they will learn your address only then.',
  'Platforma nie przechowuje treści tej wiadomości. Jeśli to nadużycie, zgłoś je urzędowi jednostki samorządu.':
    'The platform does not keep the text of this message. If it is abuse, report it to the local government’s office.',
}

export default en
