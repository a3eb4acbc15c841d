/** Audit labels of the councils' elections actions (pl). */
export default {
  'audit.action.rd.election.create': 'Rady: ogłoszenie wyborów',
  'audit.action.rd.election.electors': 'Rady: wczytanie spisu wyborców',
  'audit.action.rd.election.count': 'Rady: policzenie głosów w wyborach',
  'audit.action.rd.election.lot': 'Rady: losowanie przy równej liczbie głosów',
  'audit.action.rd.election.publish': 'Rady: publikacja wyników wyborów',
  'audit.action.rd.election.erase': 'Rady: dane osobowe głosowania usunięte (spis, sesje, klucze)',
  'audit.action.rd.election.cast': 'Rady: oddanie głosu w wyborach',
  'audit.action.rd.vote.code-refused': 'Rady: odrzucony kod do głosowania w wyborach',
  'audit.action.rd.vote.code-locked': 'Rady: blokada wpisywania kodów do głosowania w wyborach',
} as const
