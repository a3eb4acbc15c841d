/**
 * The areas of public tasks (sfera zadań publicznych) of art. 4 ust. 1 of the ustawa o działalności pożytku publicznego
 * i o wolontariacie, as data: an organisation names the areas it works in, and later modules match them (a draft
 * consulted with the NGOs of its areas, the RDPP's scope). Pure, shared with the web, which shows each area by its
 * catalogue entry `organizations.area.<key>` (the Polish one built from this list, the English one written out).
 *
 * Version: the consolidated text Dz.U. z 2024 r. poz. 1491 (art. 4 ust. 1 pkt 1–33, with the points added since 2003
 * as 1a, 1b, 5a, 29a and 32a). The pages at hand held that text's opening articles and the original 24-point list of
 * 2003; the wording and numbering below follow the consolidated text and must be checked against ISAP
 * (isap.sejm.gov.pl) whenever the act is amended. Keys are the platform's own and never change: when the law renumbers
 * or rewords a point, only `point` and the labels move, so every stored organisation keeps its areas.
 */
export const AREAS = [
  {
    key: 'pomoc-spoleczna',
    point: '1',
    pl: 'pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób',
  },
  { key: 'wspieranie-rodziny', point: '1a', pl: 'wspieranie rodziny i systemu pieczy zastępczej' },
  {
    key: 'pomoc-prawna',
    point: '1b',
    pl: 'udzielanie nieodpłatnej pomocy prawnej, nieodpłatnego poradnictwa obywatelskiego oraz zwiększanie świadomości prawnej społeczeństwa',
  },
  {
    key: 'integracja-spoleczna',
    point: '2',
    pl: 'integracja i reintegracja zawodowa i społeczna osób zagrożonych wykluczeniem społecznym',
  },
  { key: 'dzialalnosc-charytatywna', point: '3', pl: 'działalność charytatywna' },
  {
    key: 'tradycja-narodowa',
    point: '4',
    pl: 'podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej',
  },
  {
    key: 'mniejszosci-narodowe',
    point: '5',
    pl: 'działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego',
  },
  { key: 'integracja-cudzoziemcow', point: '5a', pl: 'działalność na rzecz integracji cudzoziemców' },
  { key: 'ochrona-zdrowia', point: '6', pl: 'ochrona i promocja zdrowia, w tym działalność lecznicza' },
  { key: 'niepelnosprawnosc', point: '7', pl: 'działalność na rzecz osób niepełnosprawnych' },
  {
    key: 'zatrudnienie',
    point: '8',
    pl: 'promocja zatrudnienia i aktywizacji zawodowej osób pozostających bez pracy i zagrożonych zwolnieniem z pracy',
  },
  { key: 'rownosc-plci', point: '9', pl: 'działalność na rzecz równych praw kobiet i mężczyzn' },
  { key: 'seniorzy', point: '10', pl: 'działalność na rzecz osób w wieku emerytalnym' },
  {
    key: 'rozwoj-gospodarczy',
    point: '11',
    pl: 'działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości',
  },
  {
    key: 'innowacyjnosc',
    point: '12',
    pl: 'działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz rozpowszechnianie i wdrażanie nowych rozwiązań technicznych w praktyce gospodarczej',
  },
  { key: 'wspolnoty-lokalne', point: '13', pl: 'działalność wspomagająca rozwój wspólnot i społeczności lokalnych' },
  { key: 'edukacja', point: '14', pl: 'nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie' },
  { key: 'wypoczynek-dzieci', point: '15', pl: 'wypoczynek dzieci i młodzieży' },
  { key: 'kultura', point: '16', pl: 'kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego' },
  { key: 'kultura-fizyczna', point: '17', pl: 'wspieranie i upowszechnianie kultury fizycznej' },
  { key: 'ekologia', point: '18', pl: 'ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego' },
  { key: 'turystyka', point: '19', pl: 'turystyka i krajoznawstwo' },
  { key: 'bezpieczenstwo-publiczne', point: '20', pl: 'porządek i bezpieczeństwo publiczne' },
  {
    key: 'obronnosc',
    point: '21',
    pl: 'obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej',
  },
  {
    key: 'prawa-czlowieka',
    point: '22',
    pl: 'upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji',
  },
  { key: 'ratownictwo', point: '23', pl: 'ratownictwo i ochrona ludności' },
  {
    key: 'pomoc-ofiarom',
    point: '24',
    pl: 'pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą',
  },
  { key: 'prawa-konsumentow', point: '25', pl: 'upowszechnianie i ochrona praw konsumentów' },
  {
    key: 'integracja-europejska',
    point: '26',
    pl: 'działalność na rzecz integracji europejskiej oraz rozwijania kontaktów i współpracy między społeczeństwami',
  },
  { key: 'wolontariat', point: '27', pl: 'promocja i organizacja wolontariatu' },
  { key: 'polonia', point: '28', pl: 'pomoc Polonii i Polakom za granicą' },
  { key: 'kombatanci', point: '29', pl: 'działalność na rzecz kombatantów i osób represjonowanych' },
  { key: 'weterani', point: '29a', pl: 'działalność na rzecz weteranów i weteranów poszkodowanych' },
  { key: 'promocja-polski', point: '30', pl: 'promocja Rzeczypospolitej Polskiej za granicą' },
  {
    key: 'rodzina-prawa-dziecka',
    point: '31',
    pl: 'działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka',
  },
  { key: 'uzaleznienia', point: '32', pl: 'przeciwdziałanie uzależnieniom i patologiom społecznym' },
  { key: 'rewitalizacja', point: '32a', pl: 'rewitalizacja' },
  {
    key: 'wsparcie-organizacji',
    point: '33',
    pl: 'działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3, w zakresie określonym w pkt 1–32a',
  },
] as const

export type AreaKey = (typeof AREAS)[number]['key']

/** The stable keys, in the order of the act. */
export const AREA_KEYS: readonly AreaKey[] = AREAS.map((a) => a.key)

const known = new Set<string>(AREA_KEYS)

/** Whether `key` is one of the areas (input from a form, a stored value read back). */
export function isAreaKey(key: string): key is AreaKey {
  return known.has(key)
}
