/**
 * Komunikaty modułu potrzebne poza jego leniwymi stronami, w skrypcie wejściowym (nazwy modułu, nawigacja i linki
 * panelu, stany i fazy na stronach wczytywanych od razu); klucze wybrane przez analizę kodu wejścia. Reszta jest w
 * `*.pages.pl.ts`, rejestrowanych przez `pages.ts` razem ze stronami. Klucze jak w `nav.en.ts`.
 */
export default {
  'module.consultations': 'Konsultacje społeczne',
  'module.consultations.inSentence': 'konsultacje społeczne',
  'home.feature.consultations':
    'Konsultacje społeczne: ogłoszenie zgodne z ustawą, projekt dokumentu w kolejnych wersjach i kanał Atom.',
  'audit.action.ks.consultation.create': 'Konsultacje: utworzenie szkicu',
  'audit.action.ks.consultation.update': 'Konsultacje: zmiana szkicu',
  'audit.action.ks.consultation.publish': 'Konsultacje: ogłoszenie',
  'audit.action.ks.document.version': 'Konsultacje: nowa wersja projektu dokumentu',
  'process.status.trwają konsultacje': 'trwają konsultacje',
  'consultations.panel.section': 'Konsultacje',
  'consultations.panel.forbidden':
    'Sekcja konsultacji jest dla administratora, koordynatora i moderatora. Twoja rola: {role}.',
} as const
