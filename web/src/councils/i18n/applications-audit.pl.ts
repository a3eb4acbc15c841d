/** Audit labels of the councils' applications actions (pl). */
export default {
  'audit.action.rd.application.open': 'Rady: otwarto wniosek o utworzenie rady',
  'audit.action.rd.application.confirm': 'Rady: wnioskodawca potwierdził adres e-mail wniosku',
  'audit.action.rd.application.paper': 'Rady: dodano podpisy z listy papierowej',
  'audit.action.rd.application.join': 'Rady: organizacja potwierdziła wniosek',
  'audit.action.rd.application.file': 'Rady: złożono wniosek (rusza termin decyzji)',
  'audit.action.rd.application.decide': 'Rady: zapisano decyzję o wniosku',
  'audit.action.rd.application.erase': 'Rady: usunięto dane osobowe wniosku',
} as const
