/** The audit log's names of the answers' actions (grouping, answer steps, the CSV import). */
export default {
  'audit.action.ks.group.compute': 'Konsultacje: grupowanie podobnych uwag',
  'audit.action.ks.group.remove': 'Konsultacje: wyjęcie uwagi z grupy',
  'audit.action.ks.answer.save': 'Konsultacje: zapisanie odpowiedzi na uwagę',
  'audit.action.ks.answer.propose': 'Konsultacje: przekazanie odpowiedzi do zatwierdzenia',
  'audit.action.ks.answer.approve': 'Konsultacje: zatwierdzenie odpowiedzi',
  'audit.action.ks.answer.return': 'Konsultacje: zwrócenie odpowiedzi do poprawy',
  'audit.action.ks.answer.reopen': 'Konsultacje: przywrócenie zatwierdzonej odpowiedzi do wersji roboczej',
  'audit.action.ks.answer.import': 'Konsultacje: import odpowiedzi z pliku CSV',
}
