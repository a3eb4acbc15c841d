/** English of the councils' bodies server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Adres rady: małe litery bez polskich znaków, cyfry i łączniki (np. rada-seniorow), do 80 znaków.':
    "The council's address: lowercase letters without Polish characters, digits and hyphens (e.g. rada-seniorow), up to 80 characters.",
  'Do tej wersji statutu nie dodano pliku uchwały.': 'No resolution file has been attached to this statute version.',
  'Ktoś w międzyczasie dodał inną wersję statutu tej rady. Odśwież stronę, sprawdź historię i wyślij zmianę ponownie.':
    "Someone else added another version of this council's statute in the meantime. Refresh the page, check the history and send the change again.",
  'Ktoś w międzyczasie dodał kadencję tej rady. Odśwież stronę.':
    'Someone else added a term of this council in the meantime. Refresh the page.',
  'Ktoś w międzyczasie dodał plik tej wersji statutu. Odśwież stronę.':
    'Someone else attached a file to this statute version in the meantime. Refresh the page.',
  'Nie ma takiej wersji statutu.': 'There is no such statute version.',
  'Nowa kadencja może się zacząć dopiero po ostatnim dniu poprzedniej.':
    'A new term may begin only after the last day of the previous one.',
  'Podaj datę w postaci RRRR-MM-DD.': 'Enter the date as YYYY-MM-DD.',
  'Podaj nazwę rady (co najmniej 3 znaki).': "Enter the council's name (at least 3 characters).",
  'Statut narusza przepisy albo jest niespójny: popraw wskazane pola.':
    'The statute breaks the law or is inconsistent: correct the fields shown.',
  'Ten adres jest już zajęty przez inną radę tej jednostki. Wybierz inny.':
    'Another council of this local government already uses this address. Choose another.',
  'Ten adres jest zarezerwowany dla stron modułu rad. Wybierz inny.':
    "This address is reserved for the councils module's pages. Choose another.",
  'Ten rodzaj rady nie istnieje w jednostce tego szczebla.':
    'This kind of council does not exist in a local government of this level.',
  'W tym dniu rada nie ma jeszcze statutu: dodaj statut obowiązujący najpóźniej od początku kadencji.':
    'The council has no statute on that day yet: add a statute that applies from the start of the term at the latest.',
  'Wybierz plik PDF z uchwałą.': 'Choose the PDF file with the resolution.',
  'Wybierz rodzaj rady.': 'Choose the kind of council.',
  'Wybierz stan rady.': "Choose the council's status.",
  'Wybierz, od kiedy zmiana obowiązuje.': 'Choose from when the change applies.',
}

export default en
