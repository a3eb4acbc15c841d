/** Etykiety zdarzeń dziennika dla uwag do konsultacji (`ks.comment.*`, `ks.survey.update`). */
export default {
  'audit.action.ks.comment.submit': 'Konsultacje: zgłoszenie uwagi',
  'audit.action.ks.comment.confirm': 'Konsultacje: potwierdzenie uwagi linkiem z e-maila',
  'audit.action.ks.comment.correct': 'Konsultacje: poprawka uwagi przez autora',
  'audit.action.ks.comment.withdraw': 'Konsultacje: wycofanie uwagi przez autora',
  'audit.action.ks.comment.intake': 'Konsultacje: wpisanie uwagi złożonej na papierze, e-mailem lub na spotkaniu',
  'audit.action.ks.comment.hide': 'Konsultacje: ukrycie uwagi',
  'audit.action.ks.comment.unhide': 'Konsultacje: przywrócenie ukrytej uwagi',
  'audit.action.ks.survey.update': 'Konsultacje: zmiana pytań ankiety',
}
