/**
 * English of the councils module's Polish server texts (field errors and outcomes of its pure rules in `domain/`),
 * keyed by the Polish text exactly as the code writes it, `{name}` where the code puts in a value; a citation put
 * into a sentence ("art. 41f upp") is translated inside it from its own entry. Until the module's manifest registers
 * it, `tests/unit/server-messages.test.ts` reads this file from the folder. Wording: the RDPP is the "public benefit
 * council", a rada seniorów the "seniors' council", a młodzieżowa rada the "youth council"; usg is the "Municipal
 * Self-Government Act", upp the "Act on Public Benefit Activity and Volunteering", kc the "Civil Code".
 */
const en: Readonly<Record<string, string>> = {
  // Citations named inside the sentences below (domain/bodies.ts `rules`)
  'art. 41f upp': 'art. 41f of the Act on Public Benefit Activity and Volunteering',
  'art. 41e upp': 'art. 41e of the Act on Public Benefit Activity and Volunteering',
  'art. 41g upp': 'art. 41g of the Act on Public Benefit Activity and Volunteering',
  'art. 41i upp': 'art. 41i of the Act on Public Benefit Activity and Volunteering',
  'art. 5c ust. 4 usg': 'art. 5c(4) of the Municipal Self-Government Act',
  'art. 5c ust. 2a usg': 'art. 5c(2a) of the Municipal Self-Government Act',
  'art. 5c ust. 2b i 2c usg': 'art. 5c(2b) and (2c) of the Municipal Self-Government Act',
  'art. 5c ust. 3a usg': 'art. 5c(3a) of the Municipal Self-Government Act',
  'art. 5b ust. 2–4 usg': 'art. 5b(2)–(4) of the Municipal Self-Government Act',
  'art. 5b ust. 10 usg': 'art. 5b(10) of the Municipal Self-Government Act',
  'art. 10 i 15 kc': 'art. 10 and 15 of the Civil Code',

  // The statute (domain/statute.ts)
  'Podaj numer uchwały nadającej statut.': 'Enter the number of the resolution that gives the statute.',
  'Podaj datę uchwały (RRRR-MM-DD).': 'Enter the date of the resolution (YYYY-MM-DD).',
  'Podaj dzień, od którego statut obowiązuje (RRRR-MM-DD).':
    'Enter the day from which the statute applies (YYYY-MM-DD).',
  'Statut nie może obowiązywać przed dniem podjęcia uchwały.':
    'The statute cannot apply before the day the resolution was adopted.',
  'Kadencja rady działalności pożytku publicznego trwa {years} lata ({rule}), a statut podaje {given}.':
    'The term of a public benefit council is {years} years ({rule}), and the statute gives {given}.',
  'Kadencja: liczba całkowita lat od 1 do {max}.': 'Term: a whole number of years from 1 to {max}.',
  'Określ co najmniej jedną kategorię miejsc w radzie.': 'Define at least one category of seats on the council.',
  'Każda kategoria miejsc musi mieć inny klucz.': 'Each category of seats needs a different key.',
  'Podaj nazwę kategorii miejsc.': 'Enter the name of the category of seats.',
  'Liczba miejsc: liczba całkowita od 1 do 200.': 'Number of seats: a whole number from 1 to 200.',
  'Rada seniorów składa się wyłącznie z przedstawicieli osób starszych i podmiotów działających na ich rzecz ({rule}): statut nie może przyznawać miejsc wójtowi, burmistrzowi, radnym ani innym organom.':
    "A seniors' council consists only of representatives of older people and of entities working for them ({rule}): the statute cannot give seats to the mayor, the councillors or any other authority.",
  'Rada działalności pożytku publicznego składa się z przedstawicieli organu stanowiącego, organu wykonawczego i organizacji pozarządowych ({rule}): innych miejsc statut nie przewiduje.':
    'A public benefit council consists of representatives of the council, the executive and non-governmental organisations ({rule}): the statute provides no other seats.',
  'Kategoria wskazuje okręg, którego statut nie określa.':
    'The category names a constituency the statute does not define.',
  'Okręgi mają tylko miejsca obsadzane w wyborach.': 'Only seats filled by election have constituencies.',
  'Okręgi tej kategorii mają razem {areas} miejsc, a kategoria {seats}: liczby muszą być równe.':
    "This category's constituencies have {areas} seats in all, and the category {seats}: the numbers must be equal.",
  'Każdy okręg musi mieć inny klucz.': 'Each constituency needs a different key.',
  'Podaj nazwę okręgu.': 'Enter the name of the constituency.',
  'Okręgu nie przypisano do żadnej kategorii miejsc.': 'The constituency is not assigned to any category of seats.',
  'Rada seniorów musi mieć miejsca dla przedstawicieli osób starszych, nie tylko dla organizacji ({rule}).':
    "A seniors' council must have seats for representatives of older people, not only for organisations ({rule}).",
  'Rada działalności pożytku publicznego musi mieć przedstawicieli organu stanowiącego, organu wykonawczego i organizacji pozarządowych ({rule}).':
    'A public benefit council must have representatives of the council, the executive and non-governmental organisations ({rule}).',
  'Organizacje pozarządowe muszą mieć co najmniej połowę miejsc ({rule}): przy {total} miejscach co najmniej {needed}, a statut daje im {given}.':
    'Non-governmental organisations must hold at least half of the seats ({rule}): with {total} seats at least {needed}, and the statute gives them {given}.',
  'Ustawa nie uzależnia członkostwa w radzie seniorów od wieku ({rule}; NSA): statut nie może ustalać wieku członków. Wiek może dotyczyć najwyżej osób popierających kandydata.':
    "The Act does not make membership of a seniors' council depend on age ({rule}; Supreme Administrative Court): the statute cannot set an age for members. An age may at most apply to the people supporting a candidate.",
  'Minimalny wiek: liczba całkowita od 0 do 120.': 'Minimum age: a whole number from 0 to 120.',
  'Maksymalny wiek: liczba całkowita od 0 do 120.': 'Maximum age: a whole number from 0 to 120.',
  'Maksymalny wiek nie może być mniejszy niż minimalny.': 'The maximum age cannot be lower than the minimum age.',
  'Ustawa nie określa wieku członków młodzieżowej rady, zostawia to statutowi ({rule}): podaj górną granicę wieku albo okręgi szkolne, które ją wyznaczają.':
    "The Act does not set the age of a youth council's members and leaves it to the statute ({rule}): enter an upper age limit, or school constituencies that set one.",
  'Członkami mogą być osoby niepełnoletnie: kandydat poniżej 18 lat potrzebuje zgody przedstawiciela ustawowego ({rule}).':
    'Minors can be members: a candidate under 18 needs the consent of a legal guardian ({rule}).',
  'Zgoda przedstawiciela ustawowego dotyczy osób niepełnoletnich: wiek od 1 do 18 lat ({rule}).':
    "A legal guardian's consent concerns minors: an age from 1 to 18 ({rule}).",
  'Liczba podpisów poparcia: liczba całkowita od 1 do 10000.':
    'Number of supporting signatures: a whole number from 1 to 10000.',
  'Wiek osób popierających: liczba całkowita od 0 do 120.': 'Age of supporters: a whole number from 0 to 120.',
  'Kworum: ułamek od 1/100 do całości składu.': 'Quorum: a fraction from 1/100 to the whole membership.',
  'Większość kwalifikowana musi być większa niż połowa (np. 2/3, 3/5).':
    'A qualified majority must be more than half (e.g. 2/3, 3/5).',
  'Członka odwołuje się po {count} kolejnych nieusprawiedliwionych nieobecnościach ({rule}): statut nie może tego zmienić.':
    'A member is removed after {count} consecutive unexcused absences ({rule}): the statute cannot change that.',
  'Liczba kolejnych nieobecności: liczba całkowita od 1 do 50.':
    'Number of consecutive absences: a whole number from 1 to 50.',
  'Termin na opinię: liczba całkowita dni od 1 do 365.': 'Time for an opinion: a whole number of days from 1 to 365.',
  'Nowa wersja statutu nie może obowiązywać wcześniej niż poprzednia: zmiana działa tylko na przyszłość.':
    'A new version of the statute cannot apply earlier than the previous one: a change only works for the future.',

  // Creation on application (domain/applications.ts)
  'Wniosek podpisało {valid} uprawnionych mieszkańców w wieku co najmniej 60 lat, a do obowiązkowego utworzenia rady seniorów potrzeba {threshold} ({rule}).':
    "The application was signed by {valid} eligible residents aged 60 or over, and {threshold} are needed for the seniors' council to be created by obligation ({rule}).",
  'Ta organizacja jest już na liście wnioskodawców.': 'This organisation is already on the list of applicants.',
  'Liczą się organizacje działające na terenie jednostki ({rule}).':
    "Only organisations active in the local government's area count ({rule}).",
  'Wniosek o utworzenie rady działalności pożytku publicznego składa co najmniej {needed} organizacji działających na terenie jednostki ({rule}); na liście jest {counted}.':
    "An application to create a public benefit council is filed by at least {needed} organisations active in the local government's area ({rule}); the list has {counted}.",
  'Poprzedni wniosek tego wnioskodawcy odrzucono: kolejny można złożyć po 6 miesiącach, od {from} ({rule}).':
    "This applicant's previous application was rejected: another may be filed after 6 months, from {from} ({rule}).",

  // Candidates (domain/candidates.ts)
  'Statut nie przewiduje takiej kategorii miejsc.': 'The statute has no such category of seats.',
  'Kandydat musi wyrazić zgodę na kandydowanie.': 'The candidate must consent to stand.',
  'Statut wymaga, aby kandydat mieszkał na terenie jednostki.':
    "The statute requires the candidate to live in the local government's area.",
  'Podaj datę urodzenia (RRRR-MM-DD).': 'Enter the date of birth (YYYY-MM-DD).',
  'Kandydat musi mieć co najmniej {min} lat w dniu {day}, a będzie miał {age}.':
    'The candidate must be at least {min} years old on {day}, and will be {age}.',
  'Kandydat może mieć najwyżej {max} lat w dniu {day}, a będzie miał {age}.':
    'The candidate may be at most {max} years old on {day}, and will be {age}.',
  'Kandydat niepełnoletni potrzebuje zgody przedstawiciela ustawowego (rodzica lub opiekuna) ({rule}).':
    'A candidate who is a minor needs the consent of a legal guardian (a parent or guardian) ({rule}).',
  'Wybierz okręg, w którym kandydat startuje.': 'Choose the constituency the candidate stands in.',
  'W okręgu szkolnym kandyduje uczeń tej szkoły.': 'In a school constituency, a pupil of that school stands.',
  'Wskaż organizację, która zgłasza kandydata.': 'Name the organisation nominating the candidate.',
  'Organizacja zgłosiła już kandydata w tym naborze: statut pozwala na jedno zgłoszenie.':
    'The organisation has already nominated a candidate in this call: the statute allows one nomination.',

  // Votes (domain/votes.ts)
  'Głosować może tylko członek rady w trakcie kadencji.': 'Only a member of the council during the term may vote.',
  'Ten członek już głosował.': 'This member has already voted.',
  'Nieznany rodzaj głosu.': 'Unknown kind of vote.',
  'Brak kworum: liczba obecnych członków {present}, a wymagana co najmniej {quorum}. Uchwały nie podjęto.':
    'No quorum: members present {present}, at least {quorum} required. The resolution was not adopted.',
  'Uchwałę podjęto: za {for}, przeciw {against}, wstrzymało się {abstained} (potrzeba co najmniej {needed} głosów za).':
    'The resolution was adopted: {for} for, {against} against, {abstained} abstained (at least {needed} votes for were needed).',
  'Równa liczba głosów za i przeciw ({count}): rozstrzygnął głos przewodniczącego, uchwałę podjęto.':
    "An equal number of votes for and against ({count}): the chair's vote decided, the resolution was adopted.",
  'Równa liczba głosów za i przeciw ({count}): rozstrzygnął głos przewodniczącego, uchwały nie podjęto.':
    "An equal number of votes for and against ({count}): the chair's vote decided, the resolution was not adopted.",
  'Uchwały nie podjęto: za {for}, przeciw {against}, wstrzymało się {abstained}, a potrzeba co najmniej {needed} głosów za.':
    'The resolution was not adopted: {for} for, {against} against, {abstained} abstained, and at least {needed} votes for were needed.',
}

export default en
