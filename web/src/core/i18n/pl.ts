/**
 * Polish messages of the core interface (the default language). Module pages keep their own files (`nav.pl.ts`,
 * `audit` labels; page texts in `*.pages.pl.ts`, …), merged in `catalogs.ts`. `en.ts` must have exactly the same keys
 * (checked by a test and by its type).
 */
const pl = {
  // Application
  'app.name': 'Wspólnota',
  'app.documentTitle': '{page} — Wspólnota',
  'app.pageLoadFailed': 'Nie udało się wczytać strony',

  // Layout
  'layout.skipLink': 'Przejdź do treści',
  'layout.navLabel': 'Menu główne',
  'layout.menuButton': 'Menu',
  'layout.tenantPrefix': 'Jednostka samorządu:',
  'nav.home': 'Strona główna',
  'nav.recount': 'Otwarte przeliczenie wyników',
  'nav.panel': 'Panel pracownika',
  'footer.a11y': 'Deklaracja dostępności',
  'footer.rodo': 'Klauzula informacyjna RODO',
  'footer.platformNote': 'Wspólnota — platforma, na której samorządy i mieszkańcy decydują razem.',
  'footer.tenantNote': 'Strona jednostki: {name}. Prowadzona na platformie Wspólnota.',
  'lang.current': 'Język strony: polski.',
  'lang.switchTo.pl': 'Polski',
  'lang.switchTo.en': 'English',

  // Shared states and actions
  'state.loading': 'Wczytywanie…',
  'action.retry': 'Spróbuj ponownie',
  'action.cancel': 'Anuluj',
  'error.title': 'Coś poszło nie tak',
  'error.generic': 'Nie udało się wykonać operacji. Spróbuj ponownie za chwilę.',
  'error.network': 'Brak połączenia z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie.',
  'error.requestId': 'Identyfikator zgłoszenia (podaj go, kontaktując się z obsługą): {id}',
  'error.retryAfter': 'Możesz spróbować ponownie za około {minutes} min.',
  'error.unauthorised.title': 'Wymagane logowanie',
  'error.forbidden.title': 'Brak uprawnień',
  'error.notFound.title': 'Nie znaleziono',
  'form.errorSummaryTitle': 'Nie udało się wysłać formularza',
  'form.errorPrefix': 'Błąd:',
  'form.optional': '(nieobowiązkowe)',

  // Validation in the browser (the server checks again)
  'validation.required': 'Uzupełnij to pole.',
  'validation.name': 'Nazwa musi mieć co najmniej 3 znaki.',
  'validation.emailRequired': 'Podaj adres e-mail.',
  'validation.emailInvalid': 'Podaj poprawny adres e-mail, np. jan.kowalski@gmina.pl.',
  'validation.passwordRequired': 'Podaj hasło.',
  'validation.passwordShort': 'Hasło musi mieć co najmniej {min} znaków.',
  'validation.passwordMismatch': 'Hasła nie są takie same. Wpisz to samo hasło dwa razy.',
  'validation.passwordHint': 'Co najmniej {min} znaków. Najłatwiej zapamiętać kilka przypadkowych słów.',
  'validation.nameRequired': 'Podaj imię i nazwisko.',
  'validation.slug': 'Adres może zawierać tylko małe litery bez polskich znaków, cyfry i myślniki.',
  'validation.teryt': 'Kod TERYT ma 2 (województwo), 4 (powiat) lub 7 cyfr (gmina).',
  'validation.population': 'Podaj liczbę mieszkańców (same cyfry).',
  'validation.date': 'Podaj datę w formacie RRRR-MM-DD.',

  // Kinds of JST
  'kind.gmina-miejska': 'Gmina miejska',
  'kind.gmina-wiejska': 'Gmina wiejska',
  'kind.gmina-miejsko-wiejska': 'Gmina miejsko-wiejska',
  'kind.miasto-na-prawach-powiatu': 'Miasto na prawach powiatu',
  'kind.powiat': 'Powiat',
  'kind.wojewodztwo': 'Województwo',

  // Staff roles
  'role.admin': 'Administrator',
  'role.koordynator': 'Koordynator',
  'role.weryfikator': 'Weryfikator',
  'role.moderator': 'Moderator',
  'role.operator': 'Operator platformy',
  'role.operator.description':
    'Jako operator platformy możesz zaprosić do zespołu tej jednostki jej pierwszego administratora. Pozostałe sprawy jednostki prowadzi jej zespół.',
  'role.admin.description':
    'Administrator zarządza zespołem (zaprasza osoby, zmienia role, wyłącza konta), uzupełnia publiczne dane jednostki i przegląda dziennik zdarzeń.',
  'role.koordynator.description': 'Koordynator przygotowuje i prowadzi {modules} wraz z harmonogramem i ogłoszeniami.',
  'role.weryfikator.description':
    'Weryfikator ocenia zgłoszone projekty pod względem formalnym, prawnym i kosztowym oraz uzasadnia swoje rozstrzygnięcia.',
  'role.moderator.description':
    'Moderator dba o porządek w komentarzach i dyskusjach mieszkańców zgodnie z regulaminem i odpowiada na zgłoszenia naruszeń.',

  // Modules and process states
  'module.budget': 'Budżet obywatelski',
  'module.budget.inSentence': 'budżet obywatelski',
  'module.listJoin': '{first} i {last}',

  // Home
  'home.title': 'Strona główna',
  'home.heading': 'Wspólnota — samorząd i mieszkańcy decydują razem',
  'home.intro':
    'Wspólnota to platforma, na której gminy i powiaty prowadzą z mieszkańcami {modules}. Każdy krok jest jawny: zasady, zgłoszenia, głosowanie i wyniki, które każdy może sam przeliczyć.',
  'home.feature.budget': 'Budżet obywatelski: zgłaszanie projektów, ocena, głosowanie i jawne wyniki.',
  'home.recountLink': 'Otwarte przeliczenie wyników',
  'home.recountHint': 'sprawdź samodzielnie, czy wyniki głosowania zgadzają się z oddanymi głosami.',
  'home.jstHeading': 'Samorządy na platformie',
  'home.jstLoading': 'Wczytywanie listy samorządów…',
  'home.jstEmpty.title': 'Brak samorządów',
  'home.jstEmpty.body': 'Żaden samorząd nie prowadzi jeszcze procesów na tej platformie.',

  // Tenant home
  'tenant.intro': 'Tutaj znajdziesz procesy, w których {name} zaprasza mieszkańców do współdecydowania.',
  'tenant.regionLabel': 'Informacje o jednostce',
  'tenant.logoAlt': 'Herb: {name}',
  'tenant.processesHeading': 'Aktywne procesy',
  'tenant.processesEmpty.title': 'Brak aktywnych procesów',
  'tenant.processesEmpty.body':
    '{name} nie prowadzi teraz na platformie żadnego procesu. Gdy ruszy nowy, pojawi się tutaj wraz z terminami.',
  'tenant.contactHeading': 'Kontakt',
  'tenant.address': 'Adres',
  'tenant.email': 'E-mail',
  'tenant.phone': 'Telefon',
  'tenant.bip': 'Biuletyn Informacji Publicznej',
  'tenant.documentsHeading': 'Informacje prawne',

  // 404
  'notFound.title': 'Nie znaleziono strony',
  'notFound.body': 'Pod tym adresem nie ma strony. Sprawdź, czy adres jest wpisany poprawnie.',
  'notFound.tenant': 'Na platformie nie ma jednostki samorządu o takim adresie.',
  'notFound.home': 'Przejdź do strony głównej',

  // Accessibility statement (structure: Ministerstwo Cyfryzacji, v2.0 of 31.07.2024)
  'a11y.title': 'Deklaracja dostępności',
  'a11y.titleFor': 'Deklaracja dostępności — {name}',
  'a11y.intro':
    '{subject} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy strony internetowej {site}.',
  'a11y.platformSiteName': 'platformy Wspólnota',
  'a11y.tenantSiteName': 'jednostki {name} na platformie Wspólnota',
  'a11y.published': 'Data publikacji strony internetowej: {date}.',
  'a11y.updated': 'Data ostatniej istotnej aktualizacji: {date}.',
  'a11y.statusHeading': 'Stan dostępności cyfrowej',
  'a11y.status':
    'Ta strona internetowa jest {status} z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.',
  'a11y.statusValue': 'częściowo zgodna',
  'a11y.issuesHeading': 'Treści niedostępne',
  'a11y.issue.attachments':
    'Załączniki (na przykład skany uchwał i pliki PDF) dodawane przez pracowników urzędu i mieszkańców mogą nie być w pełni dostępne cyfrowo. Na prośbę udostępnimy ich treść w dostępnej formie.',
  'a11y.issue.photos':
    'Zdjęcia dołączane przez mieszkańców do zgłaszanych projektów mogą nie mieć pełnego opisu alternatywnego.',
  'a11y.issue.maps':
    'Mapy z lokalizacją projektów nie są dostępne dla osób niewidomych; lokalizację każdego projektu podajemy także słownie (adres lub opis miejsca).',
  'a11y.issue.external':
    'Odnośniki prowadzą do stron zewnętrznych (na przykład BIP), za których dostępność odpowiadają ich właściciele.',
  'a11y.exclusionsHeading': 'Wyłączenia',
  'a11y.exclusions':
    'Ustawa nie obejmuje treści opublikowanych przez osoby spoza podmiotu publicznego (na przykład opisów projektów i komentarzy mieszkańców) ani multimediów nadawanych na żywo.',
  'a11y.preparationHeading': 'Przygotowanie deklaracji dostępności',
  'a11y.prepared': 'Data sporządzenia deklaracji: {date}.',
  'a11y.reviewed': 'Data ostatniego przeglądu deklaracji: {date}.',
  'a11y.assessment': 'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.',
  'a11y.assessmentMethod':
    'Samoocena objęła automatyczne testy narzędziem axe-core na każdej stronie (kryteria WCAG 2.1 na poziomach A i AA), obsługę wszystkich funkcji wyłącznie klawiaturą, powiększenie tekstu do 200% oraz widok o szerokości 320 pikseli.',
  'a11y.featuresHeading': 'Udogodnienia',
  'a11y.feature.keyboard':
    'Wszystkie funkcje działają z klawiatury, a element, na którym jest fokus, jest wyraźnie obramowany.',
  'a11y.feature.zoom': 'Treść można powiększyć do 200% bez utraty informacji i bez przewijania w poziomie.',
  'a11y.feature.language':
    'Interfejs jest dostępny po polsku i po angielsku; przełącznik języka jest w nagłówku każdej strony.',
  'a11y.shortcutsHeading': 'Skróty klawiaturowe',
  'a11y.shortcuts':
    'Na stronie można używać standardowych skrótów klawiaturowych przeglądarki. Pierwsze naciśnięcie klawisza Tab pokazuje łącze „Przejdź do treści”, które pomija menu.',
  'a11y.contactHeading': 'Informacje zwrotne i dane kontaktowe',
  'a11y.contactIntro':
    'Jeśli zauważysz problem z dostępnością strony, potrzebujesz informacji w innej formie albo chcesz złożyć żądanie zapewnienia dostępności, skontaktuj się z nami.',
  'a11y.contactPerson': 'Osoba odpowiedzialna: {person}',
  'a11y.contactEmail': 'E-mail: {email}',
  'a11y.contactPhone': 'Telefon: {phone}',
  'a11y.contactNoPhone': 'Telefon: numer nie został podany — prosimy o kontakt e-mailowy.',
  'a11y.contactAlso':
    'Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz skargi na brak dostępności.',
  'a11y.platformPerson': 'Zespół dostępności operatora platformy',
  'a11y.tenantPerson': 'Koordynator do spraw dostępności — {name}',
  'a11y.procedureHeading': 'Obsługa wniosków i skarg związanych z dostępnością',
  'a11y.procedure.right':
    'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej, aplikacji mobilnej lub ich elementu. Można też zażądać udostępnienia informacji w alternatywny sposób, na przykład przez odczytanie niedostępnego cyfrowo dokumentu albo opisanie zawartości filmu bez audiodeskrypcji.',
  'a11y.procedure.content':
    'Żądanie powinno zawierać dane osoby, która je zgłasza, wskazanie strony internetowej lub aplikacji mobilnej (albo jej elementu), o którą chodzi, oraz sposób kontaktu. Jeśli potrzebujesz informacji w alternatywnej formie, wskaż dogodny dla Ciebie sposób jej przedstawienia.',
  'a11y.procedure.deadline':
    'Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia jego wystąpienia. Jeśli dotrzymanie tego terminu nie jest możliwe, niezwłocznie informuje o tym, kiedy realizacja żądania będzie możliwa; ten termin nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem.',
  'a11y.procedure.alternative':
    'Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
  'a11y.procedure.complaint':
    'Jeśli podmiot publiczny odmówi realizacji żądania zapewnienia dostępności albo alternatywnego sposobu dostępu do informacji lub nie dotrzyma terminów, możesz złożyć skargę w sprawie zapewnienia dostępności cyfrowej strony internetowej, aplikacji mobilnej lub ich elementu.',
  'a11y.procedure.rpo': 'Po wyczerpaniu tej procedury możesz także złożyć wniosek do {rpo}.',
  'a11y.procedure.rpoLink': 'Rzecznika Praw Obywatelskich',
  'a11y.architectureHeading': 'Dostępność architektoniczna',
  'a11y.architecture.online':
    'Wspólnota jest usługą internetową: wszystkie sprawy na platformie można załatwić bez wychodzenia z domu. Jeśli wolisz kontakt osobisty, pomocy udzieli urząd — {office}.',
  'a11y.architecture.bip':
    'Informacje o dostępności budynku urzędu (wejścia, windy, toalety, miejsca parkingowe) znajdziesz w {bip}.',
  'a11y.architecture.bipLink': 'Biuletynie Informacji Publicznej — {office}',
  'a11y.architecture.noBip':
    'Informacje o dostępności budynku urzędu (wejścia, windy, toalety, miejsca parkingowe) udostępnia urząd na swojej stronie internetowej i na prośbę, pod adresem podanym wyżej.',
  'a11y.architecture.pjm':
    'Do budynku urzędu można wejść z psem asystującym. Z pomocy tłumacza polskiego języka migowego można skorzystać po wcześniejszym zgłoszeniu, zgodnie z ustawą o języku migowym i innych środkach komunikowania się.',
  'a11y.appsHeading': 'Aplikacje mobilne',
  'a11y.apps':
    '{subject} nie udostępnia aplikacji mobilnych związanych z platformą Wspólnota. Platforma działa w przeglądarce na telefonie i tablecie.',
  'platform.operatorName': 'Operator platformy Wspólnota',

  // RODO
  'rodo.title': 'Klauzula informacyjna RODO',
  'rodo.titleFor': 'Klauzula informacyjna RODO — {name}',
  'rodo.tenantIntro':
    'Zgodnie z art. 13 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) informujemy, jak {name} przetwarza dane osobowe na platformie Wspólnota.',
  'rodo.controllerHeading': 'Administrator danych',
  'rodo.controller': 'Administratorem Twoich danych osobowych jest {head} — {name}, {address}.',
  'rodo.controllerNoAddress': 'Administratorem Twoich danych osobowych jest {head} — {name}.',
  'rodo.controllerContact': 'Kontakt z administratorem: {email}.',
  'rodo.head.gmina-wiejska': 'Wójt Gminy',
  'rodo.head.gmina-miejska': 'Burmistrz lub Prezydent Miasta',
  'rodo.head.gmina-miejsko-wiejska': 'Burmistrz Miasta i Gminy',
  'rodo.head.miasto-na-prawach-powiatu': 'Prezydent Miasta',
  'rodo.head.powiat': 'Zarząd Powiatu',
  'rodo.head.wojewodztwo': 'Zarząd Województwa',
  'rodo.iodHeading': 'Inspektor ochrony danych',
  'rodo.iod':
    'Inspektorem ochrony danych jest {name}. Możesz się z nim skontaktować pod adresem {email} we wszystkich sprawach dotyczących Twoich danych.',
  'rodo.iodNoName':
    'Z inspektorem ochrony danych możesz się skontaktować pod adresem {email} we wszystkich sprawach dotyczących Twoich danych.',
  'rodo.iodFallback':
    'Z inspektorem ochrony danych możesz się skontaktować przez adres administratora {email}, dopisując w temacie „Inspektor ochrony danych”.',
  'rodo.purposesHeading': 'Cele i podstawy prawne przetwarzania',
  'rodo.purposes': 'Przetwarzamy dane osobowe w celu:',
  'rodo.purpose.processes':
    'przeprowadzenia procesów partycypacyjnych: budżetu obywatelskiego (zgłaszanie i popieranie projektów, ich ocena, odwołania i głosowanie),',
  'rodo.purpose.staff': 'prowadzenia kont pracowników urzędu obsługujących te procesy,',
  'rodo.purpose.audit': 'zapewnienia rozliczalności i bezpieczeństwa (dziennik zdarzeń, ochrona przed nadużyciami).',
  'rodo.basis':
    'Podstawą prawną jest art. 6 ust. 1 lit. e RODO (wykonywanie zadania realizowanego w interesie publicznym) oraz art. 6 ust. 1 lit. c RODO (obowiązek prawny administratora) w związku z {law} oraz uchwałą {council} określającą zasady danego procesu.',
  'rodo.law.gmina': 'art. 5a ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
  'rodo.law.powiat': 'art. 3d ustawy z dnia 5 czerwca 1998 r. o samorządzie powiatowym',
  'rodo.law.wojewodztwo': 'art. 10a ustawy z dnia 5 czerwca 1998 r. o samorządzie województwa',
  'rodo.council.gmina': 'rady gminy (rady miasta)',
  'rodo.council.powiat': 'rady powiatu',
  'rodo.council.wojewodztwo': 'sejmiku województwa',
  'rodo.recipientsHeading': 'Odbiorcy danych',
  'rodo.recipient.operator':
    'operator platformy Wspólnota, który przetwarza dane wyłącznie w imieniu administratora, na podstawie umowy powierzenia przetwarzania danych (art. 28 RODO),',
  'rodo.recipient.law':
    'podmioty uprawnione do otrzymania danych na podstawie przepisów prawa (na przykład sądy i organy kontroli).',
  'rodo.transfer':
    'Dane nie są przekazywane do państw spoza Europejskiego Obszaru Gospodarczego ani do organizacji międzynarodowych.',
  'rodo.retentionHeading': 'Okres przechowywania danych',
  'rodo.retention':
    'Dane przechowujemy przez czas trwania procesu, a następnie przez okres wynikający z przepisów o archiwizacji (jednolity rzeczowy wykaz akt, kategoria archiwalna B5): 5 lat, licząc od 1 stycznia roku następującego po zakończeniu sprawy.',
  'rodo.rightsHeading': 'Twoje prawa',
  'rodo.rightsIntro': 'Na zasadach określonych w RODO masz prawo do:',
  'rodo.right.access': 'dostępu do swoich danych i otrzymania ich kopii (art. 15 RODO),',
  'rodo.right.rectification': 'sprostowania danych (art. 16 RODO),',
  'rodo.right.erasure': 'usunięcia danych, w przypadkach przewidzianych w art. 17 RODO,',
  'rodo.right.restriction': 'ograniczenia przetwarzania (art. 18 RODO),',
  'rodo.right.objection':
    'wniesienia sprzeciwu wobec przetwarzania z przyczyn związanych z Twoją szczególną sytuacją (art. 21 RODO).',
  'rodo.complaintHeading': 'Prawo wniesienia skargi',
  'rodo.complaint':
    'Jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem, możesz wnieść skargę do {uodo} (ul. Stawki 2, 00-193 Warszawa).',
  'rodo.uodo': 'Prezesa Urzędu Ochrony Danych Osobowych',
  'rodo.requiredHeading': 'Czy musisz podać dane',
  'rodo.required':
    'Podanie danych jest dobrowolne, ale niezbędne do udziału w procesie (na przykład do zgłoszenia projektu albo oddania głosu, gdy uchwała wymaga potwierdzenia prawa do udziału). W przypadku pracowników podanie danych jest warunkiem założenia konta w panelu.',
  'rodo.automatedHeading': 'Zautomatyzowane podejmowanie decyzji',
  'rodo.automated': 'Twoje dane nie służą do zautomatyzowanego podejmowania decyzji, w tym do profilowania.',
  'rodo.platformIntro':
    'Zgodnie z art. 13 RODO informujemy, kto i w jakim celu przetwarza dane osobowe na platformie Wspólnota. Z platformy korzysta wiele samorządów; każdy z nich odpowiada za dane w swoich procesach.',
  'rodo.platformController':
    'Administratorem danych podawanych w procesach danej jednostki samorządu (budżet obywatelski) oraz danych kont jej pracowników jest ta jednostka. Jej klauzulę informacyjną znajdziesz na liście poniżej.',
  'rodo.platformListHeading': 'Klauzule samorządów',
  'rodo.platformListItem': 'Klauzula informacyjna — {name}',
  'rodo.platformOperator':
    '{operator} przetwarza te dane wyłącznie w imieniu samorządów (art. 28 RODO). Administratorem danych technicznych potrzebnych do bezpiecznego działania platformy (dzienniki serwera, adres IP, dane sesji) jest {operator}; kontakt: {email}.',
  'rodo.platformPurposes':
    'Dane techniczne przetwarzamy w celu zapewnienia bezpieczeństwa i ciągłości działania platformy, w tym ochrony przed nadużyciami (art. 6 ust. 1 lit. f RODO — prawnie uzasadniony interes administratora). Cele i podstawy przetwarzania w procesach opisują klauzule samorządów.',
  'rodo.platformRecipients':
    'Dane techniczne mogą otrzymać dostawcy infrastruktury (hosting, poczta) działający na zlecenie operatora na podstawie umów powierzenia oraz podmioty uprawnione na podstawie przepisów prawa.',
  'rodo.platformRetention':
    'Dane techniczne przechowujemy nie dłużej, niż jest to konieczne do zapewnienia bezpieczeństwa: sesje wygasają automatycznie, a nieaktualne linki i zapisy o nieudanych logowaniach są regularnie usuwane.',
  'rodo.platformRequired':
    'Dane techniczne są przekazywane automatycznie przez przeglądarkę; bez nich korzystanie z platformy nie jest możliwe.',

  // Login and passwords
  'login.title': 'Logowanie dla pracowników',
  'login.intro': 'Panel służy pracownikom samorządów. Zaloguj się adresem e-mail i hasłem swojego konta.',
  'login.email': 'Adres e-mail',
  'login.password': 'Hasło',
  'login.submit': 'Zaloguj się',
  'login.submitting': 'Logowanie…',
  'login.forgot': 'Nie pamiętasz hasła?',
  'login.returnNotice': 'Zaloguj się, aby przejść do wybranej strony panelu.',
  'login.loggedOut': 'Wylogowano.',
  'login.loggedOutAll': 'Wylogowano ze wszystkich urządzeń.',
  'login.residentsNote': 'Mieszkańcy nie potrzebują konta, aby przeglądać procesy i wyniki.',
  'reset.title': 'Nie pamiętasz hasła?',
  'reset.intro':
    'Podaj adres e-mail swojego konta. Wyślemy na niego link do ustawienia nowego hasła, ważny przez godzinę.',
  'reset.submit': 'Wyślij link',
  'reset.sent':
    'Jeśli konto o adresie {email} istnieje, wysłaliśmy na nie link do ustawienia nowego hasła. Sprawdź skrzynkę (także folder ze spamem).',
  'reset.backToLogin': 'Wróć do logowania',
  'reset.confirmTitle': 'Ustaw nowe hasło',
  'reset.confirmIntro': 'Wpisz nowe hasło do panelu. Po zmianie wylogujemy Cię ze wszystkich urządzeń.',
  'reset.newPassword': 'Nowe hasło',
  'reset.newPasswordRepeat': 'Powtórz nowe hasło',
  'reset.confirmSubmit': 'Zapisz nowe hasło',
  'reset.done': 'Hasło zostało zmienione. Możesz się teraz zalogować.',
  'reset.goToLogin': 'Przejdź do logowania',

  // Invitation
  'invitation.title': 'Zaproszenie do zespołu',
  'invitation.tenant': 'Jednostka',
  'invitation.role': 'Rola',
  'invitation.email': 'Adres e-mail',
  'invitation.name': 'Imię i nazwisko',
  'invitation.nameHint': 'Tak będziesz podpisywany lub podpisywana w panelu i w dzienniku zdarzeń.',
  'invitation.submit': 'Przyjmij zaproszenie',
  'invitation.invalidTitle': 'Zaproszenie jest nieważne',
  'invitation.invalidHelp': 'Poproś administratora swojej jednostki o wysłanie nowego zaproszenia.',

  // Staff panel
  'panel.title': 'Panel pracownika',
  'panel.checkingSession': 'Sprawdzanie logowania…',
  'panel.greeting': 'Dzień dobry, {name}',
  'panel.intro': 'Wybierz jednostkę, w której chcesz pracować.',
  'panel.operatorHeading': 'Operator platformy',
  'panel.operatorIntro': 'Jako operator zakładasz nowe jednostki samorządu i zmieniasz ich dane.',
  'panel.operatorLink': 'Jednostki samorządu na platformie',
  'panel.membershipsHeading': 'Twoje jednostki',
  'panel.membershipRole': 'Twoja rola: {role}',
  'panel.membershipsEmpty.title': 'Nie należysz do żadnego zespołu',
  'panel.membershipsEmpty.body':
    'Administrator jednostki może zaprosić Cię do zespołu. Zaproszenie przyjdzie e-mailem.',
  'panel.membershipsEmpty.operator': 'Jako operator możesz założyć jednostkę i zaprosić jej pierwszego administratora.',
  'panel.sessionHeading': 'Wylogowanie',
  'panel.logout': 'Wyloguj',
  'panel.logoutAll': 'Wyloguj ze wszystkich urządzeń',
  'panel.logoutAllHint': 'Użyj, jeśli logowałeś się lub logowałaś na cudzym komputerze albo zgubiłeś telefon.',

  // Operator: JSTs
  'operator.title': 'Jednostki samorządu',
  'operator.intro':
    'Lista jednostek na platformie. Nowa jednostka od razu dostaje swoją stronę, deklarację dostępności i klauzulę RODO.',
  'operator.only': 'Tę stronę widzi tylko operator platformy.',
  'operator.listHeading': 'Jednostki na platformie',
  'operator.listCaption': 'Wszystkie jednostki samorządu na platformie, z danymi kontaktowymi',
  'operator.col.team': 'Zespół',
  'operator.teamLink': 'Zespół: {name}',
  'operator.createHeading': 'Dodaj jednostkę samorządu',
  'operator.createIntro': 'Pola bez dopisku „nieobowiązkowe” trzeba wypełnić.',
  'operator.identityLegend': 'Dane jednostki',
  'operator.contactLegend': 'Kontakt i dane do dokumentów',
  'operator.createSubmit': 'Dodaj jednostkę',
  'operator.created': 'Dodano jednostkę: {name}.',

  // JST fields
  'field.name': 'Nazwa',
  'field.name.hint': 'Pełna nazwa urzędowa, np. Gmina Dobra albo Miasto Kalisz.',
  'field.slug': 'Adres strony',
  'field.slug.hint': 'Część adresu po ukośniku, np. gmina-dobra. Małe litery bez polskich znaków, cyfry i myślniki.',
  'field.kind': 'Rodzaj jednostki',
  'field.teryt': 'Kod TERYT',
  'field.teryt.hint': '7 cyfr dla gminy, 4 dla powiatu, 2 dla województwa (rejestr TERC GUS).',
  'field.population': 'Liczba mieszkańców',
  'field.contactEmail': 'E-mail do kontaktu',
  'field.contactPhone': 'Telefon do kontaktu',
  'field.address': 'Adres urzędu',
  'field.address.hint': 'Ulica, numer, kod pocztowy i miejscowość.',
  'field.bipUrl': 'Adres Biuletynu Informacji Publicznej',
  'field.bipUrl.hint': 'Pełny adres zaczynający się od https://.',
  'field.iodName': 'Inspektor ochrony danych (imię i nazwisko)',
  'field.iodEmail': 'E-mail inspektora ochrony danych',
  'field.logoUrl': 'Adres herbu lub logo',
  'field.logoUrl.hint': 'Pełny adres obrazu zaczynający się od https://.',
  'field.a11yPublishedOn': 'Data publikacji strony',
  'field.a11yPublishedOn.hint': 'Do deklaracji dostępności, w formacie RRRR-MM-DD.',
  'field.a11yUpdatedOn': 'Data ostatniej aktualizacji deklaracji dostępności',
  'field.a11yUpdatedOn.hint': 'W formacie RRRR-MM-DD. Deklarację trzeba przeglądać co najmniej raz w roku.',
  'field.role': 'Rola',
  'field.active': 'Konto aktywne',
  'field.email': 'E-mail',
  'field.accounts': 'Konta',

  // Tenant panel
  'tenantPanel.title': 'Panel: {name}',
  'tenantPanel.navLabel': 'Panel jednostki {name}',
  'tenantPanel.nav.home': 'Przegląd',
  'tenantPanel.nav.users': 'Zespół',
  'tenantPanel.nav.audit': 'Dziennik zdarzeń',
  'tenantPanel.nav.profile': 'Dane jednostki',
  'tenantPanel.roleHeading': 'Twoja rola: {role}',
  'tenantPanel.roleLimits':
    'Zarządzanie zespołem, danymi jednostki i dziennikiem zdarzeń należy do administratora jednostki.',
  'tenantPanel.summaryHeading': 'Podsumowanie',
  'tenantPanel.usersCount': 'Osoby w zespole',
  'tenantPanel.publicPage': 'Strona publiczna',
  'tenantPanel.adminHeading': 'Administracja',
  'tenantPanel.usersHint': 'Zapraszanie osób, role i dostęp do panelu.',
  'tenantPanel.auditHint': 'Kto, co i kiedy zmienił.',
  'tenantPanel.profileHint': 'Kontakt, inspektor ochrony danych, herb i daty deklaracji dostępności.',
  'tenantPanel.adminOnly': 'Ta część panelu jest dostępna tylko dla administratora jednostki. Twoja rola: {role}.',
  'tenantPanel.backToPanel': 'Wróć do panelu',
  'tenantPanel.backToTenant': 'Wróć do przeglądu: {name}',

  // Users
  'users.title': 'Zespół',
  'users.titleFor': 'Zespół — {name}',
  'users.intro': 'Osoby, które mają dostęp do panelu jednostki {name}.',
  'users.listHeading': 'Członkowie zespołu',
  'users.caption': 'Członkowie zespołu: {name}',
  'users.empty': 'W zespole nie ma jeszcze nikogo.',
  'users.col.name': 'Imię i nazwisko',
  'users.col.email': 'E-mail',
  'users.col.role': 'Rola',
  'users.col.status': 'Stan konta',
  'users.col.lastLogin': 'Ostatnie logowanie',
  'users.col.actions': 'Działania',
  'users.col.expires': 'Ważne do',
  'users.you': '(to Ty)',
  'users.active': 'Aktywne',
  'users.inactive': 'Wyłączone',
  'users.never': 'Jeszcze nie',
  'users.newRoleFor': 'Nowa rola: {name}',
  'users.changeRole': 'Zmień rolę',
  'users.changeRoleFor': 'Zmień rolę — {name}',
  'users.deactivate': 'Wyłącz dostęp',
  'users.deactivateFor': 'Wyłącz dostęp — {name}',
  'users.activate': 'Przywróć dostęp',
  'users.activateFor': 'Przywróć dostęp — {name}',
  'users.confirmRoleTitle': 'Zmienić rolę?',
  'users.confirmRoleBody':
    'Osoba {name} ma teraz rolę „{from}”. Po zmianie będzie miała rolę „{to}” i jej uprawnienia zmienią się od razu.',
  'users.confirmRole': 'Zmień rolę',
  'users.confirmDeactivateTitle': 'Wyłączyć dostęp?',
  'users.confirmDeactivateBody':
    'Osoba {name} straci dostęp do panelu jednostki {tenant}. Jej dotychczasowe działania pozostaną w dzienniku zdarzeń. Dostęp można później przywrócić.',
  'users.confirmActivateTitle': 'Przywrócić dostęp?',
  'users.confirmActivateBody': 'Osoba {name} odzyska dostęp do panelu w swojej dotychczasowej roli.',
  'users.roleChanged': 'Zmieniono rolę: {name} ma teraz rolę „{role}”.',
  'users.deactivated': 'Wyłączono dostęp: {name}.',
  'users.activated': 'Przywrócono dostęp: {name}.',
  'users.inviteHeading': 'Zaproś osobę do zespołu',
  'users.inviteIntro': 'Wyślemy zaproszenie e-mailem. Link jest ważny 7 dni; osoba sama ustawi swoje hasło.',
  'users.inviteEmail': 'Adres e-mail osoby zapraszanej',
  'users.inviteRole': 'Rola',
  'users.inviteSubmit': 'Wyślij zaproszenie',
  'users.invited': 'Wysłano zaproszenie na adres {email}.',
  'users.invitationsHeading': 'Oczekujące zaproszenia',
  'users.invitationsCaption': 'Oczekujące zaproszenia do zespołu: {name}',
  'users.invitationsEmpty': 'Brak oczekujących zaproszeń.',
  'users.withdrawInvitation': 'Wycofaj zaproszenie',
  'users.withdrawInvitationFor': 'Wycofaj zaproszenie — {email}',
  'users.confirmWithdrawTitle': 'Wycofać zaproszenie?',
  'users.confirmWithdrawBody':
    'Link wysłany na adres {email} przestanie działać. Jeśli ta osoba ma jednak dołączyć, wyślij nowe zaproszenie.',
  'users.invitationWithdrawn': 'Wycofano zaproszenie dla {email}.',

  // Audit log
  'audit.title': 'Dziennik zdarzeń',
  'audit.titleFor': 'Dziennik zdarzeń — {name}',
  'audit.intro':
    'Każda zmiana w panelu jednostki zostaje tu zapisana: kto, kiedy i co zmienił. Wpisów nie można edytować ani usuwać.',
  'audit.tableLabel': 'Wpisy dziennika zdarzeń',
  'audit.caption': 'Dziennik zdarzeń: {name}, od najnowszych',
  'audit.col.at': 'Kiedy',
  'audit.col.actor': 'Kto',
  'audit.col.action': 'Zdarzenie',
  'audit.col.changes': 'Zmiany',
  'audit.count': 'Wyświetlane wpisy: {count}',
  'audit.loadMore': 'Wczytaj starsze',
  'audit.end': 'To już wszystkie wpisy.',
  'audit.emptyTitle': 'Dziennik jest pusty',
  'audit.emptyBody': 'Pierwsze wpisy pojawią się po pierwszych zmianach w panelu.',
  'audit.system': 'System',
  'audit.empty': '(puste)',
  'audit.yes': 'tak',
  'audit.no': 'nie',
  'audit.value': 'Wartość',
  'audit.before': 'było:',
  'audit.after': 'jest:',
  'audit.noChanges': 'Bez zmian w danych',
  'audit.action.auth.login': 'Logowanie',
  'audit.action.auth.logout-all': 'Wylogowanie ze wszystkich urządzeń',
  'audit.action.auth.password-reset': 'Ustawienie nowego hasła',
  'audit.action.staff.invite': 'Wysłanie zaproszenia',
  'audit.action.staff.invitation.accept': 'Przyjęcie zaproszenia',
  'audit.action.staff.update': 'Zmiana roli lub dostępu',
  'audit.action.staff.invitation.withdraw': 'Wycofanie zaproszenia',
  'audit.action.auth.login-failed': 'Nieudane logowanie',
  'audit.action.auth.lockout': 'Blokada logowania po nieudanych próbach',
  'audit.action.tenant.create': 'Utworzenie jednostki',
  'audit.action.tenant.update': 'Zmiana danych jednostki',
  'audit.action.demo.seed': 'Utworzenie danych demonstracyjnych',
  'audit.action.bo.appeal.decide': 'BO: rozstrzygnięcie odwołania',
  'audit.action.bo.assessment.formal': 'BO: ocena formalna projektu',
  'audit.action.bo.assessment.merit': 'BO: ocena merytoryczna projektu',
  'audit.action.bo.conflict': 'BO: projekty wykluczające się',
  'audit.action.bo.conflict.delete': 'BO: usunięcie grupy projektów wykluczających się',
  'audit.action.bo.edition.calendar': 'BO: zmiana harmonogramu edycji',
  'audit.action.bo.edition.create': 'BO: utworzenie edycji',
  'audit.action.bo.edition.update': 'BO: zmiana ustawień edycji',
  'audit.action.bo.identities.erase': 'BO: usunięcie danych osobowych głosujących i popierających',
  'audit.action.bo.implementation.note': 'BO: informacja o postępie realizacji',
  'audit.action.bo.implementation.note.edit': 'BO: poprawienie informacji o postępie realizacji',
  'audit.action.bo.implementation.note.delete': 'BO: usunięcie informacji o postępie realizacji',
  'audit.action.bo.implementation.status': 'BO: zmiana statusu realizacji',
  'audit.action.bo.paper-card.confirm': 'BO: potwierdzenie karty papierowej',
  'audit.action.bo.vote.code-refused': 'BO: odrzucony kod do głosowania',
  'audit.action.bo.vote.code-locked': 'BO: blokada wpisywania kodów do głosowania',
  'audit.action.bo.paper-card.enter': 'BO: wprowadzenie karty papierowej',
  'audit.action.bo.paper-card.reject': 'BO: odrzucenie wpisu karty papierowej',
  'audit.action.bo.paper-supporters': 'BO: liczba podpisów z papierowej listy poparcia',
  'audit.action.bo.author-link':
    'BO: nowy link autora wysłany na jego adres e-mail (poprzedni działa do użycia nowego)',
  'audit.action.bo.author-key.replace': 'BO: autor użył nowego linku — poprzedni przestał działać',
  'audit.action.bo.phase': 'BO: rozpoczęcie kolejnej fazy edycji',
  'audit.action.bo.project.assign': 'BO: przypisanie weryfikatora',
  'audit.action.bo.project.correct': 'BO: poprawka projektu przez autora',
  'audit.action.bo.question': 'BO: pytanie do autora projektu',
  'audit.action.bo.question.answer': 'BO: odpowiedź autora na pytanie',
  'audit.action.bo.register.verify': 'BO: sprawdzenie kart z wyciągiem z rejestru',
  'audit.action.bo.results.compute': 'BO: obliczenie wyników',
  'audit.action.bo.results.seed': 'BO: wylosowanie ziarna rozstrzygania remisów',
  'audit.action.bo.results.publish': 'BO: publikacja wyników',
  'audit.entity.user': 'Konto',
  'audit.entity.membership': 'Członkostwo w zespole',
  'audit.entity.invitation': 'Zaproszenie',
  'audit.entity.tenant': 'Jednostka',

  // Profile
  'profile.title': 'Dane jednostki',
  'profile.titleFor': 'Dane jednostki — {name}',
  'profile.intro': 'Te dane widzą mieszkańcy na stronie jednostki, w deklaracji dostępności i w klauzuli RODO.',
  'profile.viewPublic': 'Zobacz stronę publiczną: {name}',
  'profile.identityLegend': 'Nazwa i liczba mieszkańców',
  'profile.contactLegend': 'Kontakt i ochrona danych',
  'profile.a11yLegend': 'Deklaracja dostępności',
  'profile.submit': 'Zapisz zmiany',
  'profile.saved': 'Zapisano zmiany.',
  'profile.nothingChanged': 'Nic nie zostało zmienione.',
} as const

export default pl
export type CoreKey = keyof typeof pl
