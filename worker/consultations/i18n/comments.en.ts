/** English of the consultations' Polish server texts for comments: submission, confirmation, correction by receipt, staff intake, moderation, surveys (merged in `./en.ts`). */
const en: Readonly<Record<string, string>> = {
  // Submitting, confirming, correcting, withdrawing (actions/comments.ts, input/comments.ts)
  'Konsultacje jeszcze się nie rozpoczęły: uwagi można zgłaszać od {start}.':
    'The consultation has not started yet: comments can be made from {start}.',
  'Konsultacje zakończyły się {end}: uwag nie można już zgłaszać ani zmieniać.':
    'The consultation ended on {end}: comments can no longer be made or changed.',
  'Zbyt wiele uwag z tego adresu. Spróbuj za godzinę.': 'Too many comments from this address. Try again in an hour.',
  'Na ten adres e-mail wysłaliśmy już kilka linków potwierdzenia. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.':
    'We have already sent several confirmation links to this e-mail address. Check your inbox (and the spam folder) or try again in an hour.',
  'Zbyt wiele prób z tego adresu. Spróbuj za godzinę.': 'Too many attempts from this address. Try again in an hour.',
  'W tej wersji projektu nie ma takiego fragmentu.': 'This version of the draft has no such passage.',
  'Te konsultacje są skierowane do organizacji pozarządowych: uwagę zgłasza organizacja.':
    'This consultation addresses non-governmental organisations: comments are made by an organisation.',
  'Klucz przedstawiciela organizacji nie działa. Otwórz ponownie link z e-maila albo wpisz nazwę i numer w rejestrze.':
    "The organisation representative's key does not work. Open the link from the e-mail again, or type the name and register number.",
  'Podaj numer organizacji w KRS albo w innym rejestrze lub ewidencji (np. KRS 0000123456).':
    "Enter the organisation's number in the KRS or in another register (e.g. KRS 0000123456).",
  'Ten link potwierdzenia nie działa. Sprawdź, czy skopiowano go w całości.':
    'This confirmation link does not work. Check that it was copied in full.',
  'Czas na potwierdzenie tej uwagi minął, więc nie zostanie uwzględniona. Jeśli konsultacje jeszcze trwają, zgłoś ją ponownie.':
    'The time to confirm this comment has passed, so it will not be taken into account. If the consultation is still open, submit it again.',
  'Nie ma uwagi o tym numerze potwierdzenia.': 'There is no comment with this receipt number.',
  'Ta uwaga została w międzyczasie zmieniona (np. w innym oknie). Wczytaj ją ponownie i wprowadź poprawkę jeszcze raz.':
    'This comment was changed in the meantime (e.g. in another window). Load it again and make your correction once more.',
  'Ta uwaga została wycofana: nie można jej już poprawić.':
    'This comment was withdrawn: it can no longer be corrected.',
  'Napisz treść uwagi.': 'Write your comment.',
  'Wybierz, czy zgłaszasz uwagę jako mieszkaniec, czy organizacja.':
    'Choose whether you comment as a resident or as an organisation.',
  'Zapoznaj się z informacją o przetwarzaniu danych osobowych i potwierdź to.':
    'Read the information on the processing of personal data and confirm that you have.',
  'Nieznany stan uwagi.': 'Unknown comment status.',
  'Nieznany sposób wpływu uwagi.': 'Unknown way the comment was received.',

  // Staff: intake and moderation (actions/comments-staff.ts)
  'Wybierz, jak uwaga wpłynęła: pismo, e-mail lub spotkanie.':
    'Choose how the comment was received: letter, e-mail or meeting.',
  'Konsultacje nie zostały jeszcze ogłoszone: nie można do nich wpisywać uwag.':
    'The consultation has not been announced yet: comments cannot be entered.',
  'Raport z konsultacji został już opublikowany: nie można dopisywać uwag.':
    'The consultation report has already been published: no comments can be added.',
  'Uwaga z dnia {day} jest poza terminem konsultacji (od {start} do {end}).':
    'A comment dated {day} is outside the consultation period ({start} to {end}).',
  'Data wpływu nie może być z przyszłości.': 'The date received cannot be in the future.',
  'Spotkanie podaje się tylko przy uwagach zgłoszonych na spotkaniu.':
    'A meeting is given only for comments made at a meeting.',
  'Nie ma takiego spotkania w tych konsultacjach.': 'This consultation has no such meeting.',
  'Nagłówek Idempotency-Key może mieć najwyżej 200 znaków.':
    'The Idempotency-Key header may have at most 200 characters.',
  'Ta uwaga została już wpisana przed chwilą (nr {number}).': 'This comment was entered a moment ago (no. {number}).',
  'Ten sam nagłówek Idempotency-Key wysłano już z inną uwagą.':
    'The same Idempotency-Key header was already sent with a different comment.',
  'Nie ma takiej uwagi.': 'There is no such comment.',
  'Podaj powód ukrycia uwagi.': 'Give the reason for hiding the comment.',
  'Podaj powód ukrycia uwagi (co najmniej 5 znaków).':
    'Give the reason for hiding the comment (at least 5 characters).',
  'Wybierz sposób zatwierdzania odpowiedzi.': 'Choose how answers are approved.',

  // Surveys (domain/survey.ts, input/comments.ts, actions/comments-staff.ts)
  'Konsultacje już się rozpoczęły: pytań ankiety nie można zmienić, bo część osób już na nie odpowiedziała.':
    'The consultation has already started: the survey questions cannot be changed, as some people have already answered them.',
  'Ankieta może mieć najwyżej {max} pytań.': 'A survey may have at most {max} questions.',
  'Identyfikator pytania: litery, cyfry, „-” lub „_” (do 40 znaków).':
    'Question identifier: letters, digits, “-” or “_” (up to 40 characters).',
  'Każde pytanie musi mieć inny identyfikator.': 'Each question must have a different identifier.',
  'Wpisz treść pytania.': 'Enter the question.',
  'Pytanie wyboru ma od {min} do {max} odpowiedzi do wyboru.':
    'A choice question has from {min} to {max} options to choose from.',
  'Wpisz treść każdej odpowiedzi.': 'Enter the text of every option.',
  'Odpowiedzi do wyboru nie mogą się powtarzać.': 'Options cannot repeat.',
  'Odpowiedzi do wyboru mają tylko pytania wyboru.': 'Only choice questions have options.',
  'Skala ma całkowite końce od {min} do {max}, początek mniejszy od końca.':
    'A scale has whole-number ends from {min} to {max}, the start lower than the end.',
  'Nie ma takiego pytania w ankiecie.': 'The survey has no such question.',
  'Odpowiedz na to pytanie ankiety.': 'Answer this survey question.',
  'Wybierz jedną z podanych odpowiedzi.': 'Choose one of the options given.',
  'Wybierz odpowiedzi spośród podanych.': 'Choose answers from the options given.',
  'Wybierz liczbę od {min} do {max}.': 'Choose a number from {min} to {max}.',
  'Odpowiedź musi być tekstem.': 'The answer must be text.',
  'Odpowiedź może mieć najwyżej {max} znaków.': 'The answer may have at most {max} characters.',
  'Nieznany rodzaj pytania.': 'Unknown kind of question.',

  // E-mails (notify/comments.ts)
  '{jst} — konsultacje: {what}': '{jst} — consultation: {what}',
  'potwierdź uwagę nr {number}': 'confirm comment no. {number}',
  'uwaga nr {number} przyjęta': 'comment no. {number} received',
  'otrzymaliśmy Twoją uwagę nr {number} w konsultacjach „{title}”. Uwaga zostanie uwzględniona dopiero po potwierdzeniu: otwórz link poniżej do {until}.':
    'we have received your comment no. {number} in the consultation “{title}”. It will be taken into account only once confirmed: open the link below by {until}.',
  'Numer potwierdzenia uwagi: {receipt}. Zachowaj go: pozwala sprawdzić, poprawić lub wycofać uwagę do końca konsultacji na stronie {link}':
    'Receipt number of the comment: {receipt}. Keep it: with it you can check, correct or withdraw the comment until the end of the consultation at {link}',
  'Jeśli to nie Ty zgłaszasz tę uwagę, zignoruj tę wiadomość: bez potwierdzenia uwaga nie zostanie uwzględniona.':
    'If you did not submit this comment, ignore this message: without confirmation it will not be taken into account.',
  'Twoja uwaga w konsultacjach „{title}” została wpisana do systemu przez urząd i otrzymała numer {number}.':
    'Your comment in the consultation “{title}” was entered into the system by the office and given number {number}.',
}

export default en
