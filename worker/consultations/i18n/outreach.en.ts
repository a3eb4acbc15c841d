/** English of the consultations' Polish server texts for reaching people: invitations, subscriptions, advisory bodies, the poster and the announcement (merged in `./en.ts`). */
const en: Readonly<Record<string, string>> = {
  // Problems and field errors
  'Podaj poprawny adres e-mail.': 'Enter a valid e-mail address.',
  'Adres e-mail jest za długi.': 'The e-mail address is too long.',
  'Link jest niepełny — otwórz go z wiadomości.': 'The link is incomplete — open it from the message.',
  'Podaj nazwę organu (co najmniej 3 znaki).': 'Enter the body’s name (at least 3 characters).',
  'Ten link nie działa: zapis nie istnieje albo został już usunięty.':
    'This link does not work: the subscription does not exist or has been deleted.',
  'Link potwierdzający wygasł. Zapisz się ponownie, a wyślemy nowy.':
    'The confirmation link has expired. Subscribe again and we will send a new one.',
  'Zbyt wiele prób zapisu. Spróbuj ponownie za {minutes} min.':
    'Too many subscription attempts. Try again in {minutes} min.',
  'Ten organ jest już na liście tych konsultacji (ta sama nazwa albo ten sam adres e-mail).':
    'This body is already listed for this consultation (the same name or the same e-mail address).',
  'Ktoś inny zmienił ten wpis w międzyczasie, więc Twoich zmian nie zapisano. Odśwież stronę i spróbuj ponownie.':
    'Someone else changed this entry in the meantime, so your changes were not saved. Refresh the page and try again.',
  'Nie ma takiego organu w tych konsultacjach.': 'There is no such body in this consultation.',
  'Zaproszenia wysyła się po ogłoszeniu konsultacji — najpierw je ogłoś.':
    'Invitations are sent once the consultation is published — publish it first.',

  'Wybierz plik opinii (PDF).': 'Choose the opinion’s file (PDF).',
  'Plik opinii może mieć najwyżej 10 MB.': 'The opinion’s file may be at most 10 MB.',
  'Opinię dołącz jako plik PDF.': 'Attach the opinion as a PDF file.',
  'Do tej opinii nie dołączono pliku.': 'No file was attached to this opinion.',

  // E-mails
  'Z poważaniem': 'Kind regards',
  'Konsultacje trwają od {start} do {end} włącznie.': 'The consultation runs from {start} to {end} inclusive.',
  'Zaproszenie do konsultacji: {title}': 'Invitation to a consultation: {title}',
  '{jst} zaprasza organizację „{name}” do udziału w konsultacjach: {title}.':
    '{jst} invites the organisation “{name}” to take part in a consultation: {title}.',
  'Piszemy do Was, ponieważ organizacja działa w naszej jednostce samorządu w sferach zadań publicznych, których dotyczą konsultacje: {areas}.':
    'We are writing to you because your organisation works in our local government unit in the areas of public tasks this consultation concerns: {areas}.',
  'Projekt dokumentu i formularz uwag: {link}': 'The draft and the comment form: {link}',
  'Ogłoszenie o konsultacjach: {link}': 'The consultation’s announcement: {link}',
  'Uwagę w imieniu organizacji zgłosisz z linku przedstawiciela z katalogu organizacji albo podając numer w rejestrze.':
    'To comment on behalf of the organisation, use the representative’s link from the NGO directory or give its register number.',
  'Prośba o opinię: {title}': 'Request for an opinion: {title}',
  '{jst} prosi: {body} o opinię o projekcie poddanym konsultacjom: {title}.':
    '{jst} asks {body} for its opinion on the draft under consultation: {title}.',
  'Opinię prosimy przekazać do {date}. Brak opinii w tym terminie oznacza rezygnację z jej wyrażenia.':
    'Please send the opinion by {date}. No opinion by then means the right to give one is waived.',
  'Projekt dokumentu: {link}': 'The draft: {link}',
  'Opinię można przesłać w odpowiedzi na tę wiadomość albo złożyć w urzędzie: {unit}.':
    'The opinion can be sent in reply to this message or delivered to the office: {unit}.',
  'Nowe konsultacje: {title}': 'New consultation: {title}',
  '{jst} ogłosił(a) nowe konsultacje: {title}.': '{jst} has announced a new consultation: {title}.',
  'Szczegóły i formularz uwag: {link}': 'Details and the comment form: {link}',
  'Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na powiadomienia o konsultacjach. Aby się wypisać (adres zostanie usunięty): {link}':
    'You receive this message because you subscribed to consultation notices. To unsubscribe (your address will be deleted): {link}',
  'Potwierdź zapis na powiadomienia o konsultacjach: {jst}': 'Confirm your subscription to consultation notices: {jst}',
  'ktoś (zapewne Ty) zapisał ten adres na powiadomienia o nowych konsultacjach społecznych: {jst}.':
    'someone (probably you) subscribed this address to notices of new public consultations: {jst}.',
  'Aby potwierdzić zapis, otwórz link: {link}': 'To confirm the subscription, open the link: {link}',
  'Link jest ważny do {date}. Jeśli to nie Ty, zignoruj tę wiadomość: adres zostanie usunięty.':
    'The link is valid until {date}. If it was not you, ignore this message: the address will be deleted.',
}

export default en
