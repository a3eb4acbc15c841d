/**
 * English of the participatory budget's Polish server texts (problem details, field errors, and the sentences of its
 * e-mails and text messages, composed with `t`), registered through the module's manifest (`messages`). Keyed by the Polish text exactly as the code writes it, `{name}` where the code
 * puts in a value; a value that is itself a text here (a phase's name, a fragment such as "minimalny wiek") is
 * translated inside the sentence. Wording follows the web's English catalogues (`web/src/budget/i18n/*.en.ts`):
 * edition, pool, submission, verifier, appeal, support list, paper ballot, receipt code; a JST is a "local government".
 * `tests/unit/server-messages.test.ts` lists every Polish text without an entry and every entry whose text is gone.
 */
const en: Readonly<Record<string, string>> = {
  // Editions, resolution, pools and rules
  'Nie ma edycji budżetu obywatelskiego na rok {year}.': 'There is no participatory budget edition for {year}.',
  'Edycja na rok {year} już istnieje.': 'An edition for {year} already exists.',
  'Edycja na ten rok już istnieje.': 'An edition for this year already exists.',
  'Nie można zmienić roku edycji.': 'The year of an edition cannot be changed.',
  'Ktoś inny zmienił tę edycję w międzyczasie, więc Twoich zmian nie zapisano. Wczytaj edycję ponownie (odśwież stronę), sprawdź aktualne ustawienia i wprowadź swoje zmiany jeszcze raz.':
    'Someone else changed this edition in the meantime, so your changes were not saved. Load the edition again (refresh the page), check the current settings and make your changes once more.',
  'Zgłaszanie projektów już się rozpoczęło — zmiana zasad edycji wymaga zmiany uchwały i nie jest możliwa w systemie. Terminy faz można przesunąć osobno: zmianą harmonogramu z podanym powodem.':
    'Project submission has already started — changing the rules of the edition requires an amended resolution and cannot be done in the system. Phase dates can be moved separately: by a schedule change with a stated reason.',
  'Brakuje wersji edycji (version), którą zmieniasz: odśwież stronę i zapisz ponownie.':
    'The version of the edition you are changing is missing: refresh the page and save again.',
  'Wersja edycji to liczba całkowita.': 'The edition version is a whole number.',
  'Wersja edycji to liczba od 1 w górę.': 'The edition version is a number from 1 up.',
  'Podaj rok budżetowy.': 'Enter the budget year.',
  'Rok budżetowy poza zakresem.': 'The budget year is out of range.',
  'Podaj tytuł edycji.': 'Enter the title of the edition.',
  'Podaj numer uchwały.': 'Enter the resolution number.',
  'Podaj numer uchwały, np. XII/123/2026.': 'Enter the resolution number, e.g. XII/123/2026.',
  'Podaj datę uchwały.': 'Enter the resolution date.',
  'Data uchwały w formacie RRRR-MM-DD.': 'The resolution date as YYYY-MM-DD.',
  'W mieście na prawach powiatu podaj wydatki z ostatniego sprawozdania z wykonania budżetu (podstawa minimum 0,5%).':
    'In a city with county rights, enter the expenditures from the last budget execution report (the basis of the 0.5% minimum).',
  'Suma pul ({total}) jest mniejsza niż 0,5% wydatków z ostatniego sprawozdania: 0,5% × {expenditures} = {minimum}.':
    'The pools add up to {total}, less than 0.5% of the expenditures in the last report: 0.5% × {expenditures} = {minimum}.',
  'Edycja musi mieć co najmniej jedną pulę.': 'An edition must have at least one pool.',
  'Ta pula nie należy do tej edycji.': 'This pool does not belong to this edition.',
  'Podaj kod puli.': 'Enter the pool code.',
  'Kod puli: litery, cyfry, - i _ (do 20 znaków).': 'Pool code: letters, digits, - and _ (up to 20 characters).',
  'Kody pul muszą być różne.': 'Pool codes must be different.',
  'Podaj nazwę puli.': 'Enter the pool name.',
  'Rodzaj puli: jst, area lub category.': 'Kind of pool: jst, area or category.',
  'Pula obszarowa musi wymieniać obszary (np. osiedla, sołectwa).':
    'An area pool must list its areas (e.g. housing estates, villages).',
  'Podaj liczbę mieszkańców obszaru puli.': 'Enter the number of residents of the pool’s area.',
  'Podaj źródło liczby mieszkańców.': 'Give the source of the number of residents.',
  'Podaj źródło liczby mieszkańców (np. rejestr mieszkańców, stan na dzień).':
    'Give the source of the number of residents (e.g. register of residents, as of a given date).',
  'Wymagana liczba podpisów ({required}) przekracza 0,1% mieszkańców obszaru puli: 0,1% × {residents} = {cap}.':
    'The required number of signatures ({required}) exceeds 0.1% of the residents of the pool’s area: 0.1% × {residents} = {cap}.',
  'Maksymalny koszt projektu przekracza kwotę puli.': 'The maximum project cost exceeds the pool amount.',
  'Minimalny koszt projektu jest większy niż maksymalny.': 'The minimum project cost is higher than the maximum.',
  'Maksymalna liczba projektów jest mniejsza niż minimalna.':
    'The maximum number of projects is lower than the minimum.',
  'Limit projektów musi wynosić co najmniej 1.': 'The project limit must be at least 1.',
  'Procedury odwoławczej nie można wyłączyć: podaj co najmniej 1 dzień.':
    'The appeal procedure cannot be switched off: give at least 1 day.',
  'Nieznana reguła wyłaniania zwycięzców.': 'Unknown rule for selecting the winners.',
  'Nieznany sposób rozstrzygania remisów.': 'Unknown way of resolving ties.',
  'Kwoty podajemy w groszach (liczba całkowita).': 'Amounts are given in grosze (a whole number).',
  'Kwotę podaj w groszach.': 'Give the amount in grosze.',
  'Kwota nie może być ujemna.': 'The amount cannot be negative.',
  'Wybierz co najmniej jeden dozwolony typ pliku.': 'Choose at least one allowed file type.',
  'Rozmiar załącznika: co najmniej 1 KiB.': 'Attachment size: at least 1 KiB.',
  'Wymagana liczba załączników ({min}) przekracza dopuszczalną ({max}).':
    'The required number of attachments ({min}) exceeds the allowed number ({max}).',
  'Wybierz co najmniej jeden kanał wysyłki kodu.': 'Choose at least one channel for sending the code.',
  'Kanał kodu: email lub sms.': 'Code channel: email or sms.',
  'Kod musi być ważny co najmniej 5 minut.': 'The code must be valid for at least 5 minutes.',
  'Z jednego adresu e-mail lub numeru telefonu można oddać co najmniej 1 kartę.':
    'At least 1 ballot must be allowed from one e-mail address or phone number.',
  'Zasada dla drugiego głosu: keep-first albo void-all.': 'Rule for a second vote: keep-first or void-all.',
  'Co potwierdza kod: inclusion albo inclusion-and-content.':
    'What the receipt code confirms: inclusion or inclusion-and-content.',
  'Wybierz format karty: approval, points lub knapsack.': 'Choose the ballot format: approval, points or knapsack.',
  'Karta punktowa wymaga listy punktów, np. 3, 2, 1.': 'A points ballot needs a list of points, e.g. 3, 2, 1.',
  'Datę usunięcia danych podaj jako RRRR-MM-DD.': 'Give the data erasure date as YYYY-MM-DD.',
  'Dane głosujących można usunąć dopiero po zakończeniu głosowania: data usunięcia {erase} nie przypada po ostatnim dniu głosowania ({lastDay}). Podaj datę od {first} albo zmień termin głosowania.':
    'Voters’ data can be erased only after the vote has ended: the erasure date {erase} is not after the last day of voting ({lastDay}). Give a date from {first} on or change the voting dates.',
  'Klucz pola: małe litery, cyfry i _.': 'Field key: lowercase letters, digits and _.',
  'Klucze pól formularza muszą być różne.': 'The keys of the form fields must be different.',
  'Podaj etykietę pola.': 'Enter the field’s label.',
  'Rodzaj pola: text, textarea, checkbox albo choice.': 'Kind of field: text, textarea, checkbox or choice.',
  'Podpowiedź: najwyżej 500 znaków.': 'Hint: at most 500 characters.',
  'Opcja nie może być pusta.': 'An option cannot be empty.',
  'Opcja: najwyżej 120 znaków.': 'Option: at most 120 characters.',
  'Najwyżej 50 opcji.': 'At most 50 options.',
  'Opcje podaje się tylko dla pola wyboru (choice).': 'Options are given only for a choice field (choice).',
  'Pole wyboru „{label}” potrzebuje co najmniej dwóch opcji.': 'The choice field “{label}” needs at least two options.',
  'Opcje pola „{label}” muszą być różne.': 'The options of the field “{label}” must be different.',

  // Pieces the rules' checks put into "Podaj {what}.", "{what}: liczba całkowita.", "{what} nie może być ujemna."
  'Podaj {what}.': 'Enter {what}.',
  '{what}: liczba całkowita.': '{what} must be a whole number.',
  '{what} nie może być ujemna.': '{what} cannot be negative.',
  'minimalny wiek': 'the minimum age',
  'wymaganą liczbę załączników': 'the required number of attachments',
  'liczbę załączników': 'the number of attachments',
  'rozmiar załącznika': 'the attachment size',
  'limit projektów na autora': 'the limit of projects per author',
  'liczbę wymaganych podpisów poparcia': 'the number of support signatures required',
  'minimalną liczbę projektów': 'the minimum number of projects',
  'maksymalną liczbę projektów': 'the maximum number of projects',
  'próg głosów': 'the vote threshold',
  'liczbę dni na odwołanie': 'the number of days for an appeal',
  'liczbę dni na odpowiedź': 'the number of days for an answer',
  'czas ważności kodu': 'how long the code is valid',
  'liczbę kart z jednego adresu e-mail lub numeru telefonu':
    'the number of ballots from one e-mail address or phone number',
  'wiek, od którego głosuje się samodzielnie': 'the age from which people vote on their own',
  'kwotę puli': 'the pool amount',
  'liczbę mieszkańców obszaru puli': 'the number of residents of the pool’s area',
  'minimalny koszt projektu': 'the minimum project cost',
  'maksymalny koszt projektu': 'the maximum project cost',
  'wydatki z ostatniego sprawozdania': 'the expenditures from the last report',

  // Calendar: phases and schedule changes
  'zgłaszanie projektów': 'submitting projects',
  'ocena formalna i merytoryczna': 'formal and merit assessment',
  odwołania: 'appeals',
  'lista projektów do głosowania': 'list of projects for the vote',
  głosowanie: 'voting',
  'ogłoszenie wyników': 'announcement of results',
  realizacja: 'implementation',
  'Podaj kalendarz faz.': 'Enter the calendar of phases.',
  'Edycja ma najwyżej 7 faz.': 'An edition has at most 7 phases.',
  'Nieznana faza.': 'Unknown phase.',
  'Podaj datę i godzinę.': 'Enter the date and time.',
  'Podaj datę i godzinę w formacie ISO 8601, np. 2026-05-01T00:00:00+02:00.':
    'Enter the date and time in ISO 8601 format, e.g. 2026-05-01T00:00:00+02:00.',
  'Każda faza może wystąpić tylko raz.': 'Each phase may occur only once.',
  'Koniec fazy musi być po jej początku.': 'The end of a phase must be after its start.',
  'Kalendarz musi zawierać fazę: {phase}.': 'The calendar must include the phase: {phase}.',
  'Faza „{phase}” zaczyna się przed końcem fazy „{before}”.':
    'The phase “{phase}” starts before the end of the phase “{before}”.',
  'Podaj terminy faz.': 'Enter the dates of the phases.',
  'Podaj powód zmiany terminów.': 'Give the reason for changing the dates.',
  'Podaj powód zmiany terminów (co najmniej 10 znaków) — mieszkańcy zobaczą go na stronie edycji.':
    'Give the reason for changing the dates (at least 10 characters) — residents will see it on the edition page.',
  'Powód zmiany: najwyżej 2000 znaków.': 'Reason for the change: at most 2000 characters.',
  'Żaden termin się nie zmienił — zmień co najmniej jedną datę.': 'No date has changed — change at least one date.',
  'Faza „{phase}” nie należy do kalendarza tej edycji — zmiana terminów nie dodaje faz.':
    'The phase “{phase}” is not in this edition’s calendar — a change of dates does not add phases.',
  'Faza „{phase}” zakończyła się (trwała do {end}) — jej terminów nie można już zmienić.':
    'The phase “{phase}” has ended (it lasted until {end}) — its dates can no longer be changed.',
  'Faza „{phase}” trwa od {start} — jej początku nie można zmienić, można przesunąć tylko koniec.':
    'The phase “{phase}” has been running since {start} — its start cannot be changed, only its end can be moved.',
  'Nowy koniec fazy „{phase}” musi przypadać w przyszłości.':
    'The new end of the phase “{phase}” must be in the future.',
  'Faza „{phase}” jeszcze się nie zaczęła — nowy początek musi przypadać w przyszłości.':
    'The phase “{phase}” has not started yet — the new start must be in the future.',
  'Brakuje fazy „{phase}”: podaj terminy wszystkich faz edycji — zmiana terminów nie usuwa faz.':
    'The phase “{phase}” is missing: give the dates of all phases of the edition — a change of dates does not remove phases.',
  'Autorzy odrzuconych projektów mogą się odwołać do {deadline} (termin liczony od oceny) — faza odwołań nie może skończyć się wcześniej.':
    'Authors of rejected projects may appeal until {deadline} (counted from the assessment) — the appeals phase cannot end earlier.',
  'Dane tożsamości głosujących zostaną usunięte {date} (ustawienia głosowania edycji) — głosowanie musi skończyć się przed tym dniem.':
    'Voters’ identity data will be erased on {date} (the edition’s voting settings) — voting must end before that day.',

  // Submission: drafts, authors, co-authors, support, attachments
  'Nabór projektów jest zamknięty.': 'Project submission is closed.',
  'Nabór projektów jest zamknięty: termin zgłaszania minął albo jeszcze się nie rozpoczął.':
    'Project submission is closed: the submission period has ended or has not started yet.',
  'Podaj tytuł projektu (co najmniej 5 znaków).': 'Enter the project title (at least 5 characters).',
  'Napisz krótki opis (co najmniej 20 znaków).': 'Write a short description (at least 20 characters).',
  'Opisz projekt (co najmniej 50 znaków).': 'Describe the project (at least 50 characters).',
  'Napisz, komu projekt posłuży.': 'Write who will benefit from the project.',
  'Podaj lokalizację projektu.': 'Give the project’s location.',
  'Wybierz pulę, do której zgłaszasz projekt.': 'Choose the pool you are submitting the project to.',
  'Wybierz pulę z tej edycji.': 'Choose a pool of this edition.',
  'Wybierz kategorię.': 'Choose a category.',
  'Wybierz kategorię z listy.': 'Choose a category from the list.',
  'Podaj nazwę pozycji kosztorysu.': 'Enter the name of the cost item.',
  'Podaj kwotę pozycji.': 'Enter the amount of the item.',
  'Dodaj co najmniej jedną pozycję kosztorysu.': 'Add at least one cost item.',
  'Najwyżej 100 pozycji kosztorysu.': 'At most 100 cost items.',
  'Szerokość geograficzna to liczba.': 'Latitude is a number.',
  'Długość geograficzna to liczba.': 'Longitude is a number.',
  'Punkt musi leżeć w Polsce: szerokość geograficzna od {from} do {to}.':
    'The point must be in Poland: latitude from {from} to {to}.',
  'Punkt musi leżeć w Polsce: długość geograficzna od {from} do {to}.':
    'The point must be in Poland: longitude from {from} to {to}.',
  'Potwierdź, że mieszkasz na terenie tej jednostki samorządu.':
    'Confirm that you live in the area of this local government.',
  'Podaj imię i nazwisko (dwa słowa).': 'Enter your first name and surname (two words).',
  'Projekt może zgłosić osoba, która ukończyła {age} lat.':
    'A project may be submitted by a person aged {age} or over.',
  'Potwierdź, że masz co najmniej {age} lat.': 'Confirm that you are at least {age} years old.',
  'Pole „{label}” ma niepoprawną wartość.': 'The field “{label}” has an invalid value.',
  'Wybierz jedną z opcji pola „{label}”.': 'Choose one of the options of the field “{label}”.',
  'Wypełnij pole: {label}.': 'Fill in the field: {label}.',
  'Koszt projektu ({cost}) musi mieścić się w limitach puli „{pool}”: od {min} do {max}.':
    'The project cost ({cost}) must be within the limits of the pool “{pool}”: from {min} to {max}.',
  'Projekt potrzebuje {required} podpisów poparcia; ma {count}.':
    'The project needs {required} signatures of support; it has {count}.',
  ' (w tym {paper} z papierowej listy, którą sprawdzimy po zgłoszeniu)':
    ' (including {paper} from the paper list, which will be checked after submission)',
  'Dołącz skan papierowej listy poparcia.': 'Attach a scan of the paper support list.',
  'Dołącz wymagane załączniki: co najmniej {min} (wymaga tego regulamin edycji).':
    'Attach the required attachments: at least {min} (the rules of the edition require it).',
  'Każdy współautor musi potwierdzić udział linkiem z e-maila.':
    'Every co-author must confirm taking part with the link from the e-mail.',
  'Projekt nie jest gotowy do zgłoszenia: uzupełnij wskazane pola.':
    'The project is not ready to be submitted: complete the marked fields.',
  'Jedna osoba może zgłosić najwyżej {limit} projekt(y) w tej edycji.':
    'One person may submit at most {limit} project(s) in this edition.',
  'Ten projekt został już zgłoszony albo wycofany.': 'This project has already been submitted or withdrawn.',
  'Ten projekt nie został jeszcze zgłoszony.': 'This project has not been submitted yet.',
  'Zgłoszonego projektu nie można już zmieniać, chyba że weryfikator poprosi o poprawki.':
    'A submitted project can no longer be changed unless a verifier asks for corrections.',
  'Po zgłoszeniu nie można zmienić puli projektu.': 'The project’s pool cannot be changed after submission.',
  'Po zgłoszeniu nie można zmienić puli.': 'The pool cannot be changed after submission.',
  'Poprawek nie zapisano: w międzyczasie zmienił się stan projektu (weryfikator wydał ocenę albo pytanie zostało zamknięte), więc nie można go już zmieniać. Odśwież stronę projektu, aby zobaczyć jego aktualny stan.':
    'The corrections were not saved: the project’s state changed in the meantime (a verifier issued an assessment or the question was closed), so it can no longer be changed. Refresh the project page to see its current state.',
  'Tego projektu nie można już wycofać.': 'This project can no longer be withdrawn.',
  'Projekt można wycofać tylko do końca naboru.': 'A project can be withdrawn only until the end of submission.',
  'Projektu nie wycofano: w międzyczasie zmienił się jego stan (na przykład weryfikator wydał ocenę). Odśwież stronę projektu, aby zobaczyć jego aktualny stan.':
    'The project was not withdrawn: its state changed in the meantime (for example a verifier issued an assessment). Refresh the project page to see its current state.',
  'Otwórz projekt z linku, który wysłaliśmy autorowi e-mailem.':
    'Open the project from the link we e-mailed to the author.',
  'Ten link nie pozwala edytować tego projektu. Poproś o nowy link.':
    'This link does not allow editing this project. Ask for a new link.',
  'Ta edycja budżetu obywatelskiego się zakończyła, więc linki autorów już nie działają. Projekt, jego ocena i wyniki są na stronie edycji.':
    'This participatory budget edition has ended, so authors’ links no longer work. The project, its assessment and the results are on the edition page.',
  'Zbyt wiele nowych projektów z tego adresu. Spróbuj za godzinę.':
    'Too many new projects from this address. Try again in an hour.',
  'Zbyt wiele poparć z tego adresu. Spróbuj za godzinę.':
    'Too many signatures of support from this address. Try again in an hour.',
  'Zbyt wiele próśb z tego adresu. Spróbuj za godzinę.': 'Too many requests from this address. Try again in an hour.',
  'Na ten adres e-mail wysłaliśmy już kilka linków. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.':
    'We have already sent several links to this e-mail address. Check your inbox (and the spam folder) or try again in an hour.',
  'Współautorów dodaje się przed zgłoszeniem projektu.': 'Co-authors are added before the project is submitted.',
  'Ten adres należy do autora.': 'This address belongs to the author.',
  'Ta osoba jest już współautorem.': 'This person is already a co-author.',
  'Projekt może mieć najwyżej 10 współautorów.': 'A project may have at most 10 co-authors.',
  'Link potwierdzenia jest nieważny albo niepełny.': 'The confirmation link is invalid or incomplete.',
  'Podaj adres zamieszkania.': 'Enter your home address.',
  'W tej edycji poparcie zbiera się wyłącznie na papierowych listach.':
    'In this edition support is collected on paper lists only.',
  'Tego projektu nie można już poprzeć.': 'This project can no longer be supported.',
  'Poparcie można złożyć tylko w czasie naboru projektów.':
    'Support can be given only while projects are being submitted.',
  'Ta osoba już poparła ten projekt — jedna osoba może poprzeć projekt tylko raz.':
    'This person has already supported this project — each person may support a project only once.',
  'Podaj liczbę podpisów na papierowej liście.': 'Enter the number of signatures on the paper list.',
  'Załączniki dodaje się przed zgłoszeniem projektu.': 'Attachments are added before the project is submitted.',
  'Załączniki można usuwać tylko ze szkicu.': 'Attachments can be removed only from a draft.',
  'Wybierz plik do dołączenia.': 'Choose a file to attach.',
  'Rodzaj załącznika: dokument, zdjęcie albo lista poparcia.': 'Kind of attachment: document, photo or support list.',
  'Plik jest za duży: limit {size} MB.': 'The file is too large: the limit is {size} MB.',
  'Niedozwolony typ pliku. Dozwolone: {types}.': 'This type of file is not allowed. Allowed: {types}.',
  'Zawartość pliku nie zgadza się z jego typem.': 'The file’s content does not match its type.',
  'Najwyżej {max} załączników.': 'At most {max} attachments.',
  'Wyślij plik jako multipart/form-data.': 'Send the file as multipart/form-data.',
  'Nie ma takiego załącznika.': 'There is no such attachment.',
  'Szkice widzi tylko autor.': 'Only the author can see drafts.',
  'Nie ma takiego skanu listy poparcia.': 'There is no such scan of a support list.',
  'Nie ma takiego projektu w tej edycji.': 'There is no such project in this edition.',
  'Niepoprawny identyfikator projektu.': 'Invalid project identifier.',

  // Assessment, questions, appeals
  'Wybierz weryfikatora.': 'Choose a verifier.',
  'Wybierz weryfikatora z zespołu tej JST.': 'Choose a verifier from this local government’s team.',
  'Wybrana osoba nie jest weryfikatorem ani koordynatorem tej JST.':
    'The chosen person is neither a verifier nor a coordinator of this local government.',
  'Ten projekt jest przypisany innemu weryfikatorowi.': 'This project is assigned to another verifier.',
  'Etap oceny: formal lub merit.': 'Assessment stage: formal or merit.',
  'Zaznacz, czy kryterium jest spełnione.': 'Mark whether the criterion is met.',
  'Oceń co najmniej jedno kryterium.': 'Assess at least one criterion.',
  'Każde niespełnione kryterium wymaga uzasadnienia (co najmniej 10 znaków).':
    'Every criterion that is not met needs a justification (at least 10 characters).',
  'Uzasadnij decyzję.': 'Give reasons for the decision.',
  'Uzasadnij decyzję (co najmniej 10 znaków).': 'Give reasons for the decision (at least 10 characters).',
  'Ocenę formalną wystawia się projektom zgłoszonym i jeszcze nieocenionym.':
    'A formal assessment is given to projects that are submitted and not yet assessed.',
  'Ocenę merytoryczną wystawia się po pozytywnej ocenie formalnej.':
    'A merit assessment is given after a positive formal assessment.',
  'Oceny nie zapisano: w międzyczasie zmienił się stan projektu (ktoś inny go ocenił albo autor go wycofał). Odśwież projekt, aby zobaczyć jego aktualny stan.':
    'The assessment was not saved: the project’s state changed in the meantime (someone else assessed it or the author withdrew it). Refresh the project to see its current state.',
  'Projekt ma {count} z {required} wymaganych podpisów poparcia ({online} przez internet, {verified} zweryfikowanych z papierowej listy{declared}). Najpierw wpisz liczbę ważnych podpisów ze skanu listy albo oceń projekt negatywnie.':
    'The project has {count} of the {required} required signatures of support ({online} online, {verified} verified from the paper list{declared}). First enter the number of valid signatures from the scan of the list or assess the project negatively.',
  '; autor zadeklarował {declared} podpisów na papierowej liście':
    '; the author declared {declared} signatures on the paper list',
  'Papierową listę poparcia sprawdza się przed oceną formalną zgłoszonego projektu.':
    'The paper support list is checked before the formal assessment of a submitted project.',
  'Autor zadeklarował {declared} podpisów na papierowej liście — ważnych nie może być więcej.':
    'The author declared {declared} signatures on the paper list — there cannot be more valid ones.',
  'Podaj liczbę ważnych podpisów.': 'Enter the number of valid signatures.',
  'Liczby podpisów nie zapisano: w międzyczasie zmienił się stan projektu (wydano ocenę formalną albo autor go wycofał). Odśwież stronę projektu.':
    'The number of signatures was not saved: the project’s state changed in the meantime (a formal assessment was issued or the author withdrew it). Refresh the project page.',
  'Wpisz pytanie.': 'Write the question.',
  'Pytania zadaje się w trakcie oceny projektu.': 'Questions are asked while the project is being assessed.',
  'Pytania nie wysłano: w międzyczasie zmienił się stan projektu (wydano ocenę albo autor go wycofał). Odśwież stronę projektu.':
    'The question was not sent: the project’s state changed in the meantime (an assessment was issued or the author withdrew it). Refresh the project page.',
  'Nie ma takiego pytania.': 'There is no such question.',
  'Wpisz odpowiedź.': 'Write the answer.',
  'Na to pytanie już odpowiedziano.': 'This question has already been answered.',
  'Termin na odpowiedź minął.': 'The deadline for the answer has passed.',
  'Opisz zastrzeżenia.': 'Describe your objections.',
  'Opisz zastrzeżenia i ich uzasadnienie (co najmniej 20 znaków).':
    'Describe your objections and their grounds (at least 20 characters).',
  'Odwołanie przysługuje od negatywnej oceny projektu.':
    'An appeal can be made against a negative assessment of the project.',
  'Od tej oceny złożono już odwołanie.': 'An appeal against this assessment has already been filed.',
  'Termin na odwołanie minął{until}.': 'The time to appeal has passed{until}.',
  ' (można było się odwołać do {deadline})': ' (appeals could be filed until {deadline})',
  'Nie ma takiego odwołania w tej edycji.': 'There is no such appeal in this edition.',
  'To odwołanie zostało już rozstrzygnięte.': 'This appeal has already been decided.',
  'Wybierz: uwzględnić czy odrzucić.': 'Choose whether to uphold or dismiss.',
  'Uzasadnij rozstrzygnięcie.': 'Give reasons for the decision on the appeal.',
  'Uzasadnij rozstrzygnięcie (co najmniej 10 znaków).':
    'Give reasons for the decision on the appeal (at least 10 characters).',

  // Mutually exclusive projects
  'Wskaż projekty.': 'Choose the projects.',
  'Wskaż co najmniej dwa projekty.': 'Choose at least two projects.',
  'Najwyżej 200 projektów w grupie.': 'At most 200 projects in a group.',
  'Każdy projekt wskaż tylko raz.': 'Choose each project only once.',
  'Wskaż projekty z tej edycji.': 'Choose projects of this edition.',
  'Wszystkie projekty muszą należeć do tej edycji.': 'All projects must belong to this edition.',
  'Podaj powód.': 'Give the reason.',
  'Podaj powód (co najmniej 5 znaków).': 'Give the reason (at least 5 characters).',
  'Szkice i projekty wycofane nie mogą należeć do grupy projektów wykluczających się.':
    'Drafts and withdrawn projects cannot belong to a group of mutually exclusive projects.',
  'Usuń z grupy: {projects}. Grupę tworzą tylko zgłoszone projekty, które nie zostały wycofane.':
    'Remove from the group: {projects}. A group is made only of submitted projects that have not been withdrawn.',
  'Nie ma takiej grupy projektów wykluczających się w tej edycji.':
    'There is no such group of mutually exclusive projects in this edition.',
  'Wyniki tej edycji są już opublikowane — grup projektów wykluczających się nie można już zmieniać.':
    'The results of this edition are already published — groups of mutually exclusive projects can no longer be changed.',

  // Voting: codes, ballots, identity
  'Podaj adres e-mail albo numer telefonu.': 'Enter an e-mail address or a phone number.',
  'Kanał: email lub sms.': 'Channel: email or sms.',
  'Głosowanie nie trwa: sprawdź terminy w kalendarzu edycji.':
    'Voting is not open: check the dates in the edition’s calendar.',
  'Wpisz kod z wiadomości.': 'Enter the code from the message.',
  'Kod ma 6 cyfr.': 'The code has 6 digits.',
  'Najpierw wpisz kod z wiadomości, aby otworzyć kartę do głosowania.':
    'First enter the code from the message to open your ballot.',
  'Sesja głosowania wygasła. Poproś o nowy kod.': 'The voting session has expired. Ask for a new code.',
  'Głos został już oddany.': 'The vote has already been cast.',
  'Z tej sesji głos został już oddany.': 'A vote has already been cast in this session.',
  'Wybierz co najmniej jeden projekt.': 'Choose at least one project.',
  'Możesz głosować na projekty tylko jednego obszaru.': 'You can vote for projects of one area only.',
  'W puli „{pool}” można wybierać tylko projekty z listy do głosowania.':
    'In the pool “{pool}” you can choose only projects from the list for the vote.',
  'W puli „{pool}” wybierz co najmniej {count}.': 'In the pool “{pool}” choose at least {count}.',
  'W puli „{pool}” możesz wybrać najwyżej {count}.': 'In the pool “{pool}” you can choose at most {count}.',
  projekt: 'project',
  projekty: 'projects',
  projektów: 'projects',
  'Na tej karcie zaznacza się projekty bez punktów.': 'On this ballot projects are ticked without points.',
  'W puli „{pool}” przydziel punkty {points} — każdą wartość najwyżej raz.':
    'In the pool “{pool}” give the points {points} — each value at most once.',
  'Wybrane projekty w puli „{pool}” kosztują {total}, a pula wynosi {amount}.':
    'The chosen projects in the pool “{pool}” cost {total}, but the pool is {amount}.',
  'Podaj imię.': 'Enter your first name.',
  'Podaj nazwisko.': 'Enter your surname.',
  'Podaj poprawny numer PESEL (11 cyfr, zgodna suma kontrolna).':
    'Enter a valid PESEL number (11 digits with a correct check digit).',
  'Osoba poniżej {age} lat głosuje z oświadczeniem rodzica lub opiekuna: podaj jego imię i nazwisko i zaznacz oświadczenie.':
    'A person under {age} votes with a parent’s or guardian’s declaration: enter their full name and tick the declaration.',
  'Kod potwierdzenia ma 10 znaków (cyfry i litery).': 'The receipt code has 10 characters (digits and letters).',
  'Kod potwierdzenia ma 10 znaków.': 'The receipt code has 10 characters.',
  'Nie znaleziono głosu z takim kodem w tej edycji.': 'No vote with this code was found in this edition.',

  // Paper ballots, the register, results
  'Podaj numer karty.': 'Enter the ballot number.',
  'Zaznacz, czy na karcie jest oświadczenie o zamieszkaniu.':
    'Mark whether the ballot has the declaration of residence.',
  'Nieznany status karty.': 'Unknown ballot status.',
  'Nieznany status.': 'Unknown status.',
  'Podaj liczbę.': 'Enter a number.',
  'Nie ma takiej karty.': 'There is no such ballot.',
  'Kartę potwierdza inna osoba niż ta, która ją wprowadziła.':
    'A ballot is confirmed by a different person from the one who entered it.',
  'Ta karta została już rozpatrzona (albo właśnie potwierdza ją inna osoba).':
    'This ballot has already been decided (or another person is confirming it right now).',
  'Wyślij wyciąg jako text/csv (PESEL;imię;nazwisko).': 'Send the extract as text/csv (PESEL;first name;surname).',
  'Wyciąg z rejestru jest za duży: limit 20 MB.': 'The register extract is too large: the limit is 20 MB.',
  'Wyciąg nie zawiera żadnego poprawnego wiersza PESEL;imię;nazwisko.':
    'The extract has no valid PESEL;first name;surname row.',
  'Ta edycja nie zbiera numerów PESEL — nie ma czego porównać z rejestrem.':
    'This edition does not collect PESEL numbers — there is nothing to compare with the register.',
  'Dane głosujących zostały już usunięte — weryfikacja nie jest możliwa.':
    'The voters’ data have already been erased — verification is not possible.',
  'Wyniki można obliczyć dopiero po zakończeniu głosowania.':
    'The results can be computed only after voting has ended.',
  'Najpierw rozpatrz wszystkie papierowe karty ({count} czeka na potwierdzenie).':
    'First decide all paper ballots ({count} awaiting confirmation).',
  'Wyniki zostały już opublikowane i nie można ich przeliczyć ponownie.':
    'The results have already been published and cannot be computed again.',
  'Najpierw oblicz wyniki.': 'Compute the results first.',
  'Wyniki są już opublikowane.': 'The results are already published.',
  'Wyniki w tej chwili obliczyła albo opublikowała inna osoba. Odśwież podgląd wyników.':
    'Another person has just computed or published the results. Refresh the results preview.',
  'Wyniki nie zostały jeszcze obliczone.': 'The results have not been computed yet.',
  'Wyniki nie zostały jeszcze opublikowane.': 'The results have not been published yet.',
  'Nie ma takiej puli w wynikach.': 'There is no such pool in the results.',

  // Implementation of the winning projects
  'Ten projekt nie jest zwycięskim projektem tej edycji.': 'This project is not a winning project of this edition.',
  'Wybierz status realizacji.': 'Choose the implementation status.',
  'Odstąpienie od realizacji wymaga uzasadnienia (co najmniej 10 znaków).':
    'Abandoning implementation needs a justification (at least 10 characters).',
  'Nie można zmienić statusu realizacji z „{from}” na „{to}”.':
    'The implementation status cannot be changed from “{from}” to “{to}”.',
  'wybrany do realizacji': 'selected for implementation',
  'w realizacji': 'being implemented',
  zrealizowany: 'implemented',
  'odstąpiono od realizacji': 'implementation abandoned',
  'Wpisz treść informacji.': 'Write the text of the update.',
  'Wpisz treść informacji (co najmniej 5 znaków).': 'Write the text of the update (at least 5 characters).',
  'Zdjęcie: JPEG, PNG lub WebP do 8 MB.': 'Photo: JPEG, PNG or WebP up to 8 MB.',
  'Zdjęcie jest za duże: limit 8 MB.': 'The photo is too large: the limit is 8 MB.',
  'Wyślij dane jako JSON albo multipart/form-data.': 'Send the data as JSON or multipart/form-data.',
  'Nie ma takiej informacji o postępie realizacji tego projektu.':
    'There is no such implementation update for this project.',
  'Nie ma takiego zdjęcia.': 'There is no such photo.',

  // E-mails and text messages (`notify/`), sentence by sentence: to an author in the language kept with the project,
  // to a co-author and a voter in the language of their request. Staff's notices stay Polish.
  'Dzień dobry,': 'Hello,',
  '{jst} — budżet obywatelski: {subject}': '{jst} — participatory budget: {subject}',
  'Twój projekt: {link}': 'Your project: {link}',
  '(link jest Twoim kluczem do projektu — nie udostępniaj go)':
    '(the link is your key to the project — do not share it)',
  'Strona projektu: {link}': 'Project page: {link}',
  'bez tytułu': 'untitled',
  'szkic projektu zapisany': 'project draft saved',
  'zapisaliśmy szkic Twojego projektu. Możesz do niego wrócić w każdej chwili przed końcem naboru.':
    'We have saved the draft of your project. You can come back to it at any time until submission closes.',
  'projekt nr {number} zgłoszony': 'project no. {number} submitted',
  'Twój projekt „{title}” został zgłoszony i otrzymał numer {number}. Poinformujemy Cię o wyniku oceny.':
    'Your project “{title}” has been submitted and given the number {number}. We will let you know the result of its assessment.',
  'nowy link do projektu': 'new link to your project',
  'ktoś (zapewne Ty) poprosił na stronie budżetu obywatelskiego o nowy link do projektu „{title}”. Dotychczasowy link działa, dopóki nie otworzysz nowego; potem działa już tylko nowy. Jeśli to nie Ty prosisz o link, zignoruj tę wiadomość — nic się nie zmieni.':
    'Someone (probably you) asked on the participatory budget page for a new link to the project “{title}”. Your current link works until you open the new one; after that only the new one works. If it was not you who asked for the link, ignore this message — nothing will change.',
  '{jst} — potwierdź współautorstwo projektu': '{jst} — confirm your co-authorship of a project',
  '{author} wskazał(a) Cię jako współautora projektu „{title}” w budżecie obywatelskim {year}.':
    '{author} has named you as a co-author of the project “{title}” in the participatory budget {year}.',
  'Potwierdź udział:': 'Confirm your participation:',
  'Jeśli to pomyłka, zignoruj tę wiadomość.': 'If this is a mistake, ignore this message.',
  'wynik oceny projektu nr {number}': 'assessment result for project no. {number}',
  'Ocena formalna: pozytywna.': 'Formal assessment: positive.',
  'Ocena formalna: negatywna.': 'Formal assessment: negative.',
  'Ocena merytoryczna: pozytywna.': 'Merit assessment: positive.',
  'Ocena merytoryczna: negatywna.': 'Merit assessment: negative.',
  'Koszt po weryfikacji: {cost}.': 'Cost after verification: {cost}.',
  'Możesz się odwołać do {deadline} — na stronie projektu z Twojego linku autora.':
    'You can appeal until {deadline} — on the project page, from your author link.',
  'pytanie do projektu nr {number}': 'a question about project no. {number}',
  'weryfikator prosi o wyjaśnienia lub poprawki:': 'The verifier asks for explanations or corrections:',
  'Odpowiedz do {deadline} na stronie projektu z Twojego linku autora.':
    'Please answer by {deadline} on the project page, from your author link.',
  'rozstrzygnięcie odwołania (projekt nr {number})': 'decision on your appeal (project no. {number})',
  'Twoje odwołanie zostało uwzględnione: projekt trafia na listę do głosowania.':
    'Your appeal has been upheld: the project goes on the list for the vote.',
  'Twoje odwołanie zostało nieuwzględnione.': 'Your appeal has been dismissed.',
  'Uzasadnienie: {reason}': 'Reasons: {reason}',
  'zmiana terminów edycji {year}': 'new dates of the {year} edition',
  'nr {number} „{title}”': 'no. {number} “{title}”',
  '„{title}”': '“{title}”',
  'zmieniły się terminy budżetu obywatelskiego {year}, które dotyczą Twojego projektu ({projects}):':
    'Dates of the participatory budget {year} that concern your project ({projects}) have changed:',
  'początek przesunięty z {from} na {to}': 'start moved from {from} to {to}',
  'koniec przesunięty z {from} na {to}': 'end moved from {from} to {to}',
  'Powód zmiany: {reason}': 'Reason for the change: {reason}',
  'Aktualny harmonogram: {link}': 'Current schedule: {link}',
  'Twój kod do głosowania w budżecie obywatelskim ({jst}): {code}. Ważny {minutes} min. Nikomu go nie podawaj.':
    'Your code for voting in the participatory budget ({jst}): {code}. Valid for {minutes} min. Do not give it to anyone.',
  '{jst} — kod do głosowania': '{jst} — voting code',
  'Jeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.':
    'If it was not you who asked for the code, ignore this message.',
}

export default en
