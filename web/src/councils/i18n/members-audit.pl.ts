/** Audit labels of the councils' members actions (pl). */
export default {
  'audit.action.rd.member.key': 'Rady: link do przestrzeni członków wysłany',
  'audit.action.rd.member.add': 'Rady: członek dodany',
  'audit.action.rd.member.role': 'Rady: funkcja członka zmieniona',
  'audit.action.rd.member.end': 'Rady: mandat wygasł (z powodem)',
  'audit.action.rd.member.term-end': 'Rady: mandat wygasł z końcem kadencji',
  'audit.action.rd.member.absences': 'Rady: nieobecności członka zgłoszone administratorom',
  'audit.action.rd.member.erase': 'Rady: dane byłego członka usunięte (e-mail, klucze)',
  'audit.action.rd.meeting.create': 'Rady: posiedzenie zaplanowane',
  'audit.action.rd.meeting.update': 'Rady: posiedzenie zmienione',
  'audit.action.rd.meeting.cancel': 'Rady: posiedzenie odwołane',
  'audit.action.rd.meeting.attendance': 'Rady: obecność na posiedzeniu zapisana',
  'audit.action.rd.meeting.minutes': 'Rady: protokół posiedzenia zapisany',
} as const
