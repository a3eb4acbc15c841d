/**
 * English of the consultations module's Polish server texts (field errors and refusals of its pure rules in
 * `domain/`), keyed by the Polish text exactly as the code writes it, `{name}` where the code puts in a value; a value
 * that is itself a text here (a form's name, a statute's citation, "7 dni") is translated inside the sentence.
 * Registered through the module's manifest (`messages`); `tests/unit/server-messages.test.ts` lists every Polish text
 * without an entry and every entry whose text is gone. Wording: consultation, comment, answer,
 * justification; a JST is a "local government", the RDPP the "public benefit council", upp the "Act on Public Benefit
 * Activity and Volunteering".
 */
import answers from './answers.en'
import comments from './comments.en'
import meetings from './meetings.en'
import outreach from './outreach.en'
import report from './report.en'

const en: Readonly<Record<string, string>> = {
  ...comments,
  ...answers,
  ...report,
  ...outreach,
  ...meetings,
  // Launching a consultation (domain/presets.ts)
  'Podaj przedmiot konsultacji.': 'Enter the subject of the consultation.',
  'Podaj cel konsultacji.': 'Enter the purpose of the consultation.',
  'Określ, kto może wziąć udział w konsultacjach.': 'State who may take part in the consultation.',
  'Określ zasięg terytorialny konsultacji.': 'State the territorial scope of the consultation.',
  'Podaj komórkę urzędu odpowiedzialną za konsultacje.': 'Enter the office unit responsible for the consultation.',
  'Określ, w jaki sposób zostaną podane wyniki konsultacji.':
    'State how the results of the consultation will be reported.',
  'Podaj podstawę prawną konsultacji.': 'Enter the legal basis of the consultation.',
  'Podaj dzień rozpoczęcia (RRRR-MM-DD).': 'Enter the first day (YYYY-MM-DD).',
  'Podaj dzień zakończenia (RRRR-MM-DD).': 'Enter the last day (YYYY-MM-DD).',
  'Podaj termin podania wyników (RRRR-MM-DD).': 'Enter the date by which the results are reported (YYYY-MM-DD).',
  'Konsultacje nie mogą skończyć się ({end}) przed dniem, w którym się zaczynają ({start}).':
    'A consultation cannot end ({end}) before the day it starts ({start}).',
  'Konsultacje nie mogą zacząć się w przeszłości: wybrano {start}, a dziś jest {today}.':
    'A consultation cannot start in the past: you chose {start}, and today is {today}.',
  'O konsultacjach trzeba powiadomić co najmniej {notice} przed ich rozpoczęciem ({rule}): przy ogłoszeniu dziś, {today}, najwcześniejszy początek to {earliest}.':
    'The consultation must be announced at least {notice} before it starts ({rule}): announced today, {today}, it can start on {earliest} at the earliest.',
  'Konsultacje od {start} do {end} trwają {days}, a wymagane jest co najmniej {minimum} ({rule}). Najwcześniejszy możliwy koniec to {earliest}.':
    'A consultation from {start} to {end} lasts {days}, and at least {minimum} are required ({rule}). The earliest possible last day is {earliest}.',
  'Wyniki nie mogą być podane ({due}) przed końcem konsultacji ({end}).':
    'The results cannot be reported ({due}) before the consultation ends ({end}).',
  'Wybierz co najmniej jedną formę konsultacji.': 'Choose at least one form of consultation.',
  'Nieznana forma konsultacji.': 'Unknown form of consultation.',
  'Forma „{form}” nie jest przewidziana dla tego rodzaju konsultacji ({rule}).':
    'The form “{form}” is not provided for this kind of consultation ({rule}).',
  'Każdą formę wybierz tylko raz.': 'Choose each form only once.',
  'Uwagi muszą być zbierane na piśmie lub elektronicznie ({rule}): wybierz „{written}” lub „{mail}”.':
    'Comments must be collected in writing or electronically ({rule}): choose “{written}” or “{mail}”.',
  'Poza uwagami pisemnymi wymagane są co najmniej {minimum} formy aktywne, np. spotkania, debaty, warsztaty, spacery studyjne, ankiety, wywiady, grupy przedstawicielskie lub uwagi ustne ({rule}); wybrano: {chosen}.':
    'Besides written comments, at least {minimum} active forms are required, e.g. meetings, debates, workshops, study walks, surveys, interviews, representative groups or oral comments ({rule}); chosen: {chosen}.',
  'Adresaci konsultacji: mieszkańcy, organizacje lub jedni i drudzy.':
    'The consultation addresses residents, organisations or both.',
  'Program współpracy konsultuje się z organizacjami pozarządowymi ({rule}): adresatami muszą być organizacje, same lub razem z mieszkańcami.':
    'The programme of cooperation is consulted with non-governmental organisations ({rule}): it must address organisations, alone or together with residents.',
  'Wskaż co najmniej jedną sferę zadań publicznych (art. 4 ustawy o działalności pożytku publicznego i o wolontariacie), aby powiadomić organizacje, które się nią zajmują.':
    'Choose at least one area of public tasks (art. 4 of the Act on Public Benefit Activity and Volunteering), so that the organisations working in it are notified.',
  'Ostatni dzień konsultacji ({end}) jest dniem wolnym od pracy: uwag na papierze nie da się tego dnia złożyć w urzędzie. Rozważ zakończenie w dniu roboczym.':
    'The last day of the consultation ({end}) is a day off: paper comments cannot be handed in at the office that day. Consider ending on a working day.',
  'Konsultacje do {end}, raport do {report} i 14 dni na opinię rady działalności pożytku publicznego (art. 41i upp) do {opinion} nie mieszczą się przed sesją rady {council}, a program na rok {year} trzeba uchwalić do {adoptBy} (art. 5a ust. 1 upp). Przy tej długości konsultacji i terminie raportu zacznij najpóźniej {latest}.':
    'The consultation until {end}, the report until {report} and 14 days for the opinion of the public benefit council (art. 41i upp) until {opinion} do not fit before the council session on {council}, and the programme for {year} must be adopted by {adoptBy} (art. 5a(1) upp). With this length of consultation and report period, start on {latest} at the latest.',
  'Konsultacje do {end}, raport do {report} i 14 dni na opinię rady działalności pożytku publicznego (art. 41i upp) do {opinion} nie mieszczą się przed sesją rady {council}, a program na rok {year} trzeba uchwalić do {adoptBy} (art. 5a ust. 1 upp). Przy tej długości konsultacji i terminie raportu trzeba było zacząć najpóźniej {latest}: skróć konsultacje lub termin raportu.':
    'The consultation until {end}, the report until {report} and 14 days for the opinion of the public benefit council (art. 41i upp) until {opinion} do not fit before the council session on {council}, and the programme for {year} must be adopted by {adoptBy} (art. 5a(1) upp). With this length of consultation and report period it should have started on {latest} at the latest: shorten the consultation or the report period.',
  '{count} dni': '{count} days',
  '{count} dzień': '{count} day',

  // Statutes named inside the sentences above
  'art. 5 ust. 5 i art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie':
    'art. 5(5) and art. 5a(1) of the Act on Public Benefit Activity and Volunteering',
  'art. 6 ustawy o rewitalizacji': 'art. 6 of the Urban Regeneration Act',
  'art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju': 'art. 6(3) of the Development Policy Act',
  'uchwała rady gminy w sprawie zasad i trybu konsultacji':
    "the municipal council's resolution on the principles and procedure of consultations",

  // Forms of consultation
  'uwagi pisemne na formularzu (na platformie lub na papierze)':
    'written comments on a form (on the platform or on paper)',
  'uwagi przesłane e-mailem lub pocztą': 'comments sent by e-mail or post',
  spotkania: 'meetings',
  debaty: 'debates',
  warsztaty: 'workshops',
  'spacery studyjne': 'study walks',
  'badania ankietowe': 'surveys',
  wywiady: 'interviews',
  'grupy przedstawicielskie': 'representative groups',
  'zbieranie uwag ustnych': 'oral comments',

  // Answers to comments (domain/answers.ts)
  'Wybierz rozstrzygnięcie uwagi.': 'Choose the answer to the comment.',
  'Uzasadnij rozstrzygnięcie (co najmniej {min} znaków): raport z konsultacji podaje je przy każdej uwadze.':
    'Justify the answer (at least {min} characters): the consultation report gives it with every comment.',
  'Nieznane rozstrzygnięcie uwagi.': 'Unknown answer to the comment.',
  'Odpowiedź jest niepełna.': 'The answer is incomplete.',
  'Ta uwaga nie ma jeszcze odpowiedzi: najpierw ją zapisz.': 'This comment has no answer yet: save one first.',
  'Odpowiedź jest zatwierdzona, a ustawienia konsultacji nie pozwalają jej zmieniać.':
    'The answer is approved, and the consultation settings do not allow changing it.',
  'Zatwierdzoną odpowiedź najpierw przywróć do wersji roboczej.': 'Reopen the approved answer as a draft first.',
  'Odpowiedź czeka na zatwierdzenie: aby ją zmienić, najpierw ją zwróć do poprawy.':
    'The answer is awaiting approval: to change it, return it for correction first.',
  'Tego kroku nie można wykonać na odpowiedzi w tym stanie.': 'This step cannot be taken on an answer in this state.',
  'Odpowiedź zatwierdza inna osoba niż ta, która ją przygotowała (ustawienia konsultacji).':
    'The answer is approved by someone other than the person who prepared it (consultation settings).',
  'Odpowiedź trzeba najpierw przekazać do zatwierdzenia.': 'The answer must first be submitted for approval.',
  'Napisz, co trzeba poprawić w odpowiedzi.': 'Write what needs correcting in the answer.',
  'Podaj powód.': 'Give the reason.',

  // The consultations API (actions/, input/, http.ts, routes/)
  'Format projektu: markdown albo text.': 'Format of the draft: markdown or text.',
  'Konsultacje zostały już ogłoszone: ich zakres, terminy i formy określa zarządzenie, więc nie można ich zmienić w systemie.':
    'The consultation has already been announced: its scope, dates and forms are set by the order, so they cannot be changed in the system.',
  'Ktoś inny zmienił te konsultacje w międzyczasie, więc Twoich zmian nie zapisano. Wczytaj je ponownie (odśwież stronę) i wprowadź swoje zmiany jeszcze raz.':
    'Someone else changed this consultation in the meantime, so your changes were not saved. Load it again (refresh the page) and make your changes once more.',
  'Ktoś w międzyczasie dodał nową wersję projektu. Odśwież stronę i sprawdź ją przed dodaniem kolejnej.':
    'Someone added a new version of the draft in the meantime. Refresh the page and check it before adding another.',
  'Nie ma takich konsultacji.': 'There is no such consultation.',
  'Nie ma takiej wersji projektu.': 'There is no such version of the draft.',
  'Podaj dzień w postaci RRRR-MM-DD.': 'Enter the day as YYYY-MM-DD.',
  'Podaj tytuł konsultacji (co najmniej 3 znaki).': 'Enter the title of the consultation (at least 3 characters).',
  'Projekt dokumentu nie został jeszcze dodany.': 'The draft document has not been added yet.',
  'Projekt może mieć najwyżej {max} znaków.': 'The draft may have at most {max} characters.',
  'To nie jest plik .docx (dokument programu Word).': 'This is not a .docx file (a Word document).',
  'W projekcie nie znaleziono żadnego akapitu.': 'No paragraph was found in the draft.',
  'Wklej treść projektu.': 'Paste the text of the draft.',
  'Wybierz plik .docx z projektem.': 'Choose the .docx file with the draft.',
  'Wybierz rodzaj konsultacji.': 'Choose the kind of consultation.',
  'Wyniki konsultacji zostały już podane: projektu nie można już zmienić.':
    'The results of the consultation have already been reported: the draft can no longer be changed.',
}

export default en
