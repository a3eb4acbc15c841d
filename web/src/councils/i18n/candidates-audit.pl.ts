/** Audit labels of the councils' candidates actions (pl). */
export default {
  'audit.action.rd.call.create': 'Rady: ogłoszenie naboru kandydatów',
  'audit.action.rd.call.publish': 'Rady: publikacja listy kandydatów',
  'audit.action.rd.call.appoint': 'Rady: powołanie członków z naboru',
  'audit.action.rd.call.close': 'Rady: zamknięcie naboru po terminie',
  'audit.action.rd.candidate.register': 'Rady: zgłoszenie własnej kandydatury',
  'audit.action.rd.candidate.nominate': 'Rady: zgłoszenie kandydata przez organizację lub szkołę',
  'audit.action.rd.candidate.consent': 'Rady: zgoda rodzica lub opiekuna na kandydowanie',
  'audit.action.rd.candidate.withdraw': 'Rady: wycofanie kandydatury',
  'audit.action.rd.candidate.verify': 'Rady: weryfikacja kandydatury',
  'audit.action.rd.candidate.erase': 'Rady: usunięcie danych osobowych kandydata',
  'audit.action.rd.candidate.resolution': 'Rady: uchwała organizacji o zgłoszeniu kandydata',
} as const
