/**
 * Komunikaty modułu rad potrzebne poza jego leniwymi stronami, w skrypcie wejściowym (nazwy modułu, link i sekcja
 * panelu, stany procesów na stronie JST). Reszta jest w `*.pages.pl.ts`. Klucze jak w `nav.en.ts`.
 */
export default {
  'module.councils': 'Rady',
  'module.councils.inSentence': 'rady seniorów, młodzieżowe i pożytku publicznego',
  'home.feature.councils':
    'Rady seniorów, młodzieżowe i pożytku publicznego: statut jako dane, wnioski o utworzenie, nabory, posiedzenia i opinie w ustawowych terminach.',
  'process.status.zbieranie podpisów': 'zbieranie podpisów',
  'process.status.nabór kandydatów': 'nabór kandydatów',
  'councils.panel.section': 'Rady',
  'councils.panel.forbidden': 'Sekcja rad jest dla administratora i koordynatora. Twoja rola: {role}.',
} as const
