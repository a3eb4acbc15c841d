/** Audit labels of the councils' bodies actions (pl). */
export default {
  'audit.action.rd.body.create': 'Rady: utworzono radę',
  'audit.action.rd.body.update': 'Rady: zmieniono ustawienia rady',
  'audit.action.rd.statute.add': 'Rady: dodano wersję statutu',
  'audit.action.rd.statute.file': 'Rady: dodano plik uchwały nadającej statut',
  'audit.action.rd.term.add': 'Rady: dodano kadencję',
} as const
