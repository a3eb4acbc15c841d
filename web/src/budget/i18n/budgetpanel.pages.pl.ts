/**
 * Komunikaty panelu budżetu obywatelskiego dodane do części 1: edycja ustawień edycji, pola formularza zgłoszenia,
 * grupy projektów wykluczających się, poprawki autora na pytanie weryfikatora oraz zmiana terminów trwającej edycji
 * (formularz w panelu i publiczne ogłoszenia zmian na stronie edycji). Klucze jak w `budgetpanel.pages.en.ts`.
 */
export default {
  // Edycja ustawień edycji
  'budgetpanel.edit.heading': 'Ustawienia edycji',
  'budgetpanel.edit.open': 'Edytuj edycję',
  'budgetpanel.edit.close': 'Zamknij formularz bez zapisywania',
  'budgetpanel.edit.submit': 'Zapisz zmiany w edycji',
  'budgetpanel.edit.saved': 'Zapisano zmiany w edycji budżetu obywatelskiego na rok {year}.',
  'budgetpanel.edit.openUntil': 'Ustawienia można zmieniać do rozpoczęcia zgłaszania projektów: {date}.',
  'budgetpanel.edit.ruleAll':
    'Do tego czasu możesz zmienić uchwałę, pule (kwoty, limity kosztów, liczbę mieszkańców, wymagane podpisy), kalendarz, zasady głosowania i formularz zgłoszenia.',
  'budgetpanel.edit.ruleYear': 'Roku budżetowego nie można zmienić nigdy — utwórz wtedy nową edycję.',
  'budgetpanel.edit.ruleAfter':
    'Od rozpoczęcia zgłaszania (albo od zapisania pierwszego projektu) zablokowane są wszystkie ustawienia: zmiana zasad w trakcie naboru wymaga zmiany uchwały. Terminy faz można potem przesunąć osobno, z podaniem powodu, który zostanie ogłoszony.',
  'budgetpanel.edit.lockedSince': 'Zgłaszanie projektów rozpoczęło się {date}.',
  'budgetpanel.edit.lockedBody':
    'Ustawień tej edycji nie można już zmienić w systemie: zablokowane są wszystkie pola — uchwała, pule, zasady i formularz zgłoszenia. Mieszkańcy zgłaszają projekty według zasad ogłoszonych przed naborem; ich zmiana wymaga zmiany uchwały rady.',
  'budgetpanel.edit.yearLocked': 'Roku edycji nie można zmienić.',
  'budgetpanel.edit.reload': 'Wczytaj aktualną wersję edycji (niezapisane zmiany przepadną)',
  'budgetpanel.edit.reloaded': 'Wczytano aktualną wersję edycji. Wprowadź swoje zmiany jeszcze raz.',

  // Pola formularza zgłoszenia
  'budgetpanel.fields.legendAll': 'Formularz zgłoszenia projektu',
  'budgetpanel.fields.intro':
    'Dodatkowe pola, które mieszkańcy wypełniają przy zgłaszaniu (oprócz tytułu, opisu, lokalizacji i kosztorysu), np. zgoda właściciela terenu albo wybór dzielnicy. Kolejność na liście jest kolejnością w formularzu.',
  'budgetpanel.fields.none': 'Formularz nie ma dodatkowych pól.',
  'budgetpanel.fields.legend': 'Pole {n}',
  'budgetpanel.fields.fieldLabel': 'Pole {n}: {part}',
  'budgetpanel.fields.untitled': 'pole {n}',
  'budgetpanel.fields.label': 'Etykieta pola',
  'budgetpanel.fields.labelHint': 'Tak, jak zobaczy ją mieszkaniec, np. „Zgoda właściciela terenu”.',
  'budgetpanel.fields.keyKept': 'Odpowiedzi są zapisywane pod kluczem „{key}” — zmiana etykiety go nie zmienia.',
  'budgetpanel.fields.type': 'Rodzaj pola',
  'budgetpanel.fields.type.text': 'Krótki tekst',
  'budgetpanel.fields.type.textarea': 'Dłuższy tekst',
  'budgetpanel.fields.type.checkbox': 'Pole wyboru tak/nie (zaznaczenie)',
  'budgetpanel.fields.type.choice': 'Wybór jednej opcji z listy',
  'budgetpanel.fields.required': 'Pole obowiązkowe',
  'budgetpanel.fields.requiredHint': 'Projektu nie da się zgłosić bez wypełnienia (albo zaznaczenia) tego pola.',
  'budgetpanel.fields.options': 'Opcje do wyboru',
  'budgetpanel.fields.optionsHint': 'Każda opcja w osobnym wierszu; co najmniej dwie.',
  'budgetpanel.fields.help': 'Podpowiedź dla mieszkańca',
  'budgetpanel.fields.helpHint': 'Wyświetla się pod etykietą pola (do 500 znaków).',
  'budgetpanel.fields.up': 'Przesuń wyżej: {name}',
  'budgetpanel.fields.down': 'Przesuń niżej: {name}',
  'budgetpanel.fields.remove': 'Usuń pole: {name}',
  'budgetpanel.fields.add': 'Dodaj pole formularza',
  'budgetpanel.fields.moved': 'Pole „{name}” jest teraz na pozycji {position}.',
  'budgetpanel.fields.removed': 'Usunięto pole „{name}”.',
  'budgetpanel.fields.labelRequired': 'Podaj etykietę pola (co najmniej 2 znaki).',
  'budgetpanel.fields.labelTooLong': 'Etykieta może mieć najwyżej 200 znaków.',
  'budgetpanel.fields.labelDuplicate': 'Takie pole już jest w formularzu — etykiety pól muszą być różne.',
  'budgetpanel.fields.helpTooLong': 'Podpowiedź może mieć najwyżej 500 znaków.',
  'budgetpanel.fields.optionsRequired': 'Pole wyboru potrzebuje co najmniej dwóch opcji (każda w osobnym wierszu).',
  'budgetpanel.fields.optionsDuplicate': 'Opcje muszą być różne.',
  'budgetpanel.fields.optionTooLong': 'Opcja może mieć najwyżej 120 znaków.',

  // Załączniki
  'budgetpanel.files.legend': 'Załączniki',
  'budgetpanel.files.maxFiles': 'Najwięcej załączników',
  'budgetpanel.files.maxFilesHint': 'Od 0 do 20.',
  'budgetpanel.files.minFiles': 'Wymagane załączniki',
  'budgetpanel.files.minFilesHint': 'Ile plików autor musi dołączyć (np. mapkę); 0 — żaden.',
  'budgetpanel.files.maxMb': 'Największy plik (MB)',
  'budgetpanel.files.maxMbHint': 'Od 0,1 do 20 MB.',
  'budgetpanel.files.types': 'Dozwolone typy plików',
  'budgetpanel.files.countInvalid': 'Podaj liczbę całkowitą od 0 do {max}.',
  'budgetpanel.files.minAboveMax': 'Wymaganych załączników nie może być więcej niż dozwolonych.',
  'budgetpanel.files.sizeInvalid': 'Podaj rozmiar w MB, od 0,1 do 20 (np. 5 albo 2,5).',
  'budgetpanel.files.typesRequired': 'Zaznacz co najmniej jeden dozwolony typ pliku.',
  'budgetpanel.files.required': 'Wymagane: co najmniej {count} załącznik(i).',

  // Projekty wykluczające się
  'budgetpanel.conflicts.navLink': 'Projekty wykluczające się',
  'budgetpanel.conflicts.listLink': 'Projekty wykluczające się (grupy)',
  'budgetpanel.conflicts.title': 'Projekty wykluczające się — {year}',
  'budgetpanel.conflicts.titleFor': 'Projekty wykluczające się — budżet obywatelski {year} — {name}',
  'budgetpanel.conflicts.intro':
    'Projekty wykluczają się, gdy nie da się zrealizować ich razem (np. dwa place zabaw na tej samej działce). W grupie takich projektów wygrać może tylko ten, który uzyska najlepszy wynik; pozostałe są pomijane przy liczeniu wyników.',
  'budgetpanel.conflicts.listHeading': 'Zapisane grupy',
  'budgetpanel.conflicts.empty': 'Nie zapisano jeszcze żadnej grupy.',
  'budgetpanel.conflicts.groupHeading': 'Grupa {n}',
  'budgetpanel.conflicts.recorded': 'Zapisano',
  'budgetpanel.conflicts.projectNamed': 'nr {number} „{title}”',
  'budgetpanel.conflicts.projectUnnumbered': '„{title}”',
  'budgetpanel.conflicts.remove': 'Usuń grupę {n}',
  'budgetpanel.conflicts.removeTitle': 'Usunąć grupę projektów wykluczających się?',
  'budgetpanel.conflicts.removeBody':
    'Grupa „{reason}” przestanie obowiązywać przy liczeniu wyników. Usunięcie zostanie zapisane w dzienniku zdarzeń.',
  'budgetpanel.conflicts.removeConfirm': 'Usuń grupę',
  'budgetpanel.conflicts.removed': 'Usunięto grupę „{reason}”.',
  'budgetpanel.conflicts.newHeading': 'Nowa grupa',
  'budgetpanel.conflicts.newIntro': 'Zaznacz co najmniej dwa projekty, które się wykluczają, i podaj powód.',
  'budgetpanel.conflicts.projectsLegend': 'Projekty w grupie',
  'budgetpanel.conflicts.search': 'Szukaj projektu',
  'budgetpanel.conflicts.searchHint':
    'Numer, tytuł albo pula; wielkość liter i polskie znaki nie mają znaczenia. Zaznaczone projekty pozostają zaznaczone.',
  'budgetpanel.conflicts.shown': 'Pokazano {shown} z {total} projektów.',
  'budgetpanel.conflicts.noMatch': 'Żaden projekt nie pasuje do wyszukiwania.',
  'budgetpanel.conflicts.tableCaption': 'Projekty edycji {year} — zaznacz te, które się wykluczają',
  'budgetpanel.conflicts.colChoose': 'Zaznacz',
  'budgetpanel.conflicts.noneChosen': 'Nie zaznaczono jeszcze żadnego projektu.',
  'budgetpanel.conflicts.chosen': 'Zaznaczone ({count}): {names}.',
  'budgetpanel.conflicts.reason': 'Powód',
  'budgetpanel.conflicts.reasonHint':
    'Np. „Ta sama działka przy ul. Lipowej”. Powód jest widoczny na publicznych stronach projektów.',
  'budgetpanel.conflicts.submit': 'Zapisz grupę',
  'budgetpanel.conflicts.chooseTwo': 'Zaznacz co najmniej dwa projekty.',
  'budgetpanel.conflicts.reasonRequired': 'Podaj powód (co najmniej 5 znaków).',
  'budgetpanel.conflicts.saved': 'Zapisano grupę projektów wykluczających się: {names}.',
  'budgetpanel.conflicts.projectHeading': 'Projekty wykluczające się',
  'budgetpanel.conflicts.projectNone': 'Ten projekt nie należy do żadnej grupy projektów wykluczających się.',
  'budgetpanel.conflicts.projectExcludes': 'Wyklucza się z:',
  'budgetpanel.conflicts.projectReason': 'Powód:',
  'budgetpanel.conflicts.manageLink': 'Wszystkie grupy projektów wykluczających się',

  // Poprawki autora
  'budgetpanel.correction.heading': 'Poprawki projektu',
  'budgetpanel.correction.intro':
    'Weryfikator poprosił o wyjaśnienia. Możesz poprawić projekt i odpowiedzieć do {date}.',
  'budgetpanel.correction.introAfter':
    'Wysłanie odpowiedzi zamyka pytanie — potem projektu nie można już poprawiać. Puli projektu nie można zmienić.',
  'budgetpanel.correction.poolLocked': '(po zgłoszeniu nie można zmienić puli)',
  'budgetpanel.correction.costLegend': 'Kosztorys',
  'budgetpanel.correction.answerLabel': 'Odpowiedź na pytanie {n}',
  'budgetpanel.correction.answerHint':
    'Możesz najpierw zapisać same poprawki i odpowiedzieć później (przed terminem). Wysłanie odpowiedzi zamyka pytanie.',
  'budgetpanel.correction.answerBelow': 'odpowiedz w formularzu „Poprawki projektu” poniżej.',
  'budgetpanel.correction.submit': 'Zapisz poprawki i odpowiedź',
  'budgetpanel.correction.nothing': 'Nic nie zmieniono: popraw projekt albo wpisz odpowiedź.',
  'budgetpanel.correction.titleShort': 'Tytuł projektu musi mieć co najmniej 5 znaków.',
  'budgetpanel.correction.costEmpty': 'Kosztorys musi mieć co najmniej jedną pozycję.',
  'budgetpanel.correction.savedFields': 'Zapisano poprawki. Pamiętaj o odpowiedzi na pytanie przed terminem.',
  'budgetpanel.correction.savedAnswer': 'Wysłano odpowiedź. Pytanie jest zamknięte.',
  'budgetpanel.correction.savedBoth': 'Zapisano poprawki i wysłano odpowiedź. Pytanie jest zamknięte.',
  'budgetpanel.correction.closedTitle': 'Poprawki są zamknięte.',
  'budgetpanel.correction.closedAnswered': 'Odpowiedź na pytanie weryfikatora wysłano {date}.',
  'budgetpanel.correction.closedAnsweredUndated': 'Odpowiedź na pytanie weryfikatora została wysłana.',
  'budgetpanel.correction.closedDeadline': 'Termin na poprawki i odpowiedź (do {date}) minął.',
  'budgetpanel.correction.closedBody':
    'Projektu nie można już zmieniać. Jeśli weryfikator zada kolejne pytanie, dostaniesz e-mail i znów będzie można go poprawić.',

  // Zmiana terminów trwającej edycji (panel)
  'budgetpanel.calendar.intro':
    'Terminy faz można jeszcze przesunąć, np. przedłużyć nabór albo przenieść tydzień głosowania. Każda zmiana jest ogłaszana na publicznej stronie edycji z datą i powodem, a autorzy projektów, których dotyczą zmienione terminy naboru, oceny lub odwołań, dostają e-mail.',
  'budgetpanel.calendar.open': 'Zmień terminy',
  'budgetpanel.calendar.close': 'Zamknij zmianę terminów bez zapisywania',
  'budgetpanel.calendar.legend': 'Nowe terminy faz',
  'budgetpanel.calendar.hint':
    'Terminów faz zakończonych nie można zmienić. Fazie, która trwa, można przesunąć tylko koniec (na termin w przyszłości). Fazy, które się jeszcze nie zaczęły, można przesunąć na terminy w przyszłości. Fazy nie mogą na siebie nachodzić.',
  'budgetpanel.calendar.endedOn': 'Trwała do',
  'budgetpanel.calendar.endedBody': 'Terminów zakończonej fazy nie można zmienić.',
  'budgetpanel.calendar.currentSince': 'Trwa od',
  'budgetpanel.calendar.currentBody':
    'Jej początku nie można zmienić; koniec możesz przesunąć na termin w przyszłości.',
  'budgetpanel.calendar.upcomingBody': 'Jeszcze się nie zaczęła: możesz ją przesunąć na terminy w przyszłości.',
  'budgetpanel.calendar.lockedEnded': 'Nie można zmienić: faza się zakończyła.',
  'budgetpanel.calendar.lockedStart': 'Nie można zmienić: faza już trwa.',
  'budgetpanel.calendar.reason': 'Powód zmiany',
  'budgetpanel.calendar.reasonHint':
    'Od 10 do 2000 znaków, np. „Przedłużenie naboru na wniosek rad osiedli (zarządzenie nr 45/2026)”. Mieszkańcy zobaczą go na stronie edycji, a autorzy projektów — w e-mailu.',
  'budgetpanel.calendar.submit': 'Zapisz nowe terminy',
  'budgetpanel.calendar.saved':
    'Zapisano nowe terminy edycji {year}. Ogłoszenie o zmianie jest na publicznej stronie edycji.',

  // Zmiany harmonogramu (publiczna strona edycji)
} as const
