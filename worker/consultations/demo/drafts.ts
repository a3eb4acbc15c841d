/**
 * The demo drafts of the programme of cooperation, as text in code rather than read from
 * `domain/fixtures/program-wspolpracy.md` and `-v2.md`: the Worker has no file system and the server builds import
 * no Markdown, so the seed carries its text. They are the fixtures word for word (tests/api/consultations/demo.test.ts
 * compares them), written for the year 2027; the seed puts in the programme year it consults on.
 */

/** The year the fixtures are written for, replaced by the demo programme year. */
export const PROGRAMME_FIXTURE_YEAR = 2027

/** Version 1: the draft as announced. */
export const PROGRAMME_V1 = `# Roczny program współpracy Gminy Przykładowo z organizacjami pozarządowymi na rok 2027

**Rozdział 1**
Postanowienia ogólne

§ 1. Ilekroć w programie jest mowa o:
1) ustawie – należy przez to rozumieć ustawę z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego
   i o wolontariacie;
2) organizacjach – należy przez to rozumieć organizacje pozarządowe oraz podmioty wymienione w art. 3 ust. 3 ustawy;
3) gminie – należy przez to rozumieć Gminę Przykładowo;
4) programie – należy przez to rozumieć niniejszy program współpracy.

§ 2. Program określa cele, zasady, przedmiot i formy współpracy gminy z organizacjami w roku 2027.

**Rozdział 2**
Cele programu

§ 3.
1. Celem głównym programu jest budowanie partnerstwa między gminą a organizacjami w celu lepszego zaspokajania
   potrzeb mieszkańców.
2. Celami szczegółowymi programu są:
1) wzmocnienie potencjału organizacji działających na terenie gminy;
2) zwiększenie udziału mieszkańców w rozwiązywaniu lokalnych problemów;
3) poprawa jakości życia seniorów i osób z niepełnosprawnościami;
4) promocja wolontariatu wśród dzieci i młodzieży.

**Rozdział 3**
Zasady współpracy

§ 4. Współpraca gminy z organizacjami odbywa się na zasadach pomocniczości, suwerenności stron, partnerstwa,
efektywności, uczciwej konkurencji i jawności.

**Rozdział 4**
Formy współpracy

§ 5. Współpraca gminy z organizacjami odbywa się w szczególności w formie:
1) zlecania realizacji zadań publicznych na zasadach określonych w ustawie;
2) wzajemnego informowania się o planowanych kierunkach działalności;
3) konsultowania z organizacjami projektów aktów prawa miejscowego w dziedzinach dotyczących ich działalności
   statutowej;
4) tworzenia wspólnych zespołów o charakterze doradczym i inicjatywnym;
5) udostępniania organizacjom lokali gminnych na spotkania.

**Rozdział 5**
Priorytetowe zadania publiczne

§ 6. Za priorytetowe zadania publiczne w roku 2027 uznaje się zadania z zakresu:
1) wspierania i upowszechniania kultury fizycznej, w tym organizacji zajęć sportowych dla dzieci i młodzieży;
2) kultury, sztuki, ochrony dóbr kultury i dziedzictwa narodowego;
3) działalności na rzecz osób w wieku emerytalnym;
4) ochrony i promocji zdrowia, w tym profilaktyki uzależnień;
5) ekologii i ochrony zwierząt oraz ochrony dziedzictwa przyrodniczego.

**Rozdział 6**
Okres realizacji i wysokość środków

§ 7. Program realizowany jest w okresie od 1 stycznia 2027 r. do 31 grudnia 2027 r.

§ 8. Na realizację programu planuje się przeznaczyć kwotę 450 000 zł.

**Rozdział 7**
Sposób tworzenia programu i przebieg konsultacji

§ 9.
1. Projekt programu został przygotowany przez Referat Spraw Społecznych Urzędu Gminy Przykładowo.
2. Projekt programu był konsultowany z organizacjami w sposób określony uchwałą Rady Gminy Przykładowo
   w sprawie szczegółowego sposobu konsultowania projektów aktów prawa miejscowego.
3. Informacja o wynikach konsultacji zostanie opublikowana w Biuletynie Informacji Publicznej i na platformie
   konsultacyjnej gminy.

**Rozdział 8**
Postanowienia końcowe

§ 10. Sprawozdanie z realizacji programu Wójt przedkłada Radzie Gminy w terminie do dnia 31 maja 2028 r.
`

/** Version 2: the draft after the first comments (aims reordered, a room offer dropped, a sixth priority, more money). */
export const PROGRAMME_V2 = `# Roczny program współpracy Gminy Przykładowo z organizacjami pozarządowymi na rok 2027

**Rozdział 1**
Postanowienia ogólne

§ 1. Ilekroć w programie jest mowa o:
1) ustawie – należy przez to rozumieć ustawę z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego
   i o wolontariacie;
2) organizacjach – należy przez to rozumieć organizacje pozarządowe oraz podmioty wymienione w art. 3 ust. 3 ustawy;
3) gminie – należy przez to rozumieć Gminę Przykładowo;
4) programie – należy przez to rozumieć niniejszy program współpracy.

§ 2. Program określa cele, zasady, przedmiot i formy współpracy gminy z organizacjami w roku 2027.

**Rozdział 2**
Cele programu

§ 3.
1. Celem głównym programu jest budowanie partnerstwa między gminą a organizacjami w celu lepszego zaspokajania
   potrzeb mieszkańców.
2. Celami szczegółowymi programu są:
1) zwiększenie udziału mieszkańców w rozwiązywaniu lokalnych problemów;
2) wzmocnienie potencjału organizacji działających na terenie gminy;
3) poprawa jakości życia seniorów i osób z niepełnosprawnościami;
4) promocja wolontariatu wśród dzieci i młodzieży.

**Rozdział 3**
Zasady współpracy

§ 4. Współpraca gminy z organizacjami odbywa się na zasadach pomocniczości, suwerenności stron, partnerstwa,
efektywności, uczciwej konkurencji i jawności.

**Rozdział 4**
Formy współpracy

§ 5. Współpraca gminy z organizacjami odbywa się w szczególności w formie:
1) zlecania realizacji zadań publicznych na zasadach określonych w ustawie;
2) wzajemnego informowania się o planowanych kierunkach działalności;
3) konsultowania z organizacjami projektów aktów prawa miejscowego w dziedzinach dotyczących ich działalności
   statutowej;
4) tworzenia wspólnych zespołów o charakterze doradczym i inicjatywnym.

**Rozdział 5**
Priorytetowe zadania publiczne

§ 6. Za priorytetowe zadania publiczne w roku 2027 uznaje się zadania z zakresu:
1) ekologii i ochrony zwierząt oraz ochrony dziedzictwa przyrodniczego;
2) wspierania i upowszechniania kultury fizycznej, w tym organizacji zajęć sportowych dla dzieci i młodzieży;
3) kultury, sztuki, ochrony dóbr kultury i dziedzictwa narodowego;
4) działalności na rzecz osób w wieku emerytalnym;
5) ochrony i promocji zdrowia, w tym profilaktyki uzależnień;
6) przeciwdziałania wykluczeniu cyfrowemu osób starszych.

**Rozdział 6**
Okres realizacji i wysokość środków

§ 7. Program realizowany jest w okresie od 1 stycznia 2027 r. do 31 grudnia 2027 r.

§ 8. Na realizację programu planuje się przeznaczyć kwotę nie mniejszą niż 520 000 zł.

**Rozdział 7**
Sposób tworzenia programu i przebieg konsultacji

§ 9.
1. Projekt programu został przygotowany przez Referat Spraw Społecznych Urzędu Gminy Przykładowo.
2. Projekt programu był konsultowany z organizacjami w sposób określony uchwałą Rady Gminy Przykładowo
   w sprawie szczegółowego sposobu konsultowania projektów aktów prawa miejscowego.
3. Informacja o wynikach konsultacji zostanie opublikowana w Biuletynie Informacji Publicznej i na platformie
   konsultacyjnej gminy.

**Rozdział 8**
Postanowienia końcowe

§ 10. Sprawozdanie z realizacji programu Wójt przedkłada Radzie Gminy w terminie do dnia 31 maja 2028 r.
`
