/** Audit labels of the councils' members actions (en). */
export default {
  'audit.action.rd.member.key': "Councils: members' space link sent",
  'audit.action.rd.member.add': 'Councils: member added',
  'audit.action.rd.member.role': "Councils: member's function changed",
  'audit.action.rd.member.end': 'Councils: mandate ended (with the reason)',
  'audit.action.rd.member.term-end': "Councils: mandate ended with the term's end",
  'audit.action.rd.member.absences': "Councils: member's absences reported to the administrators",
  'audit.action.rd.member.erase': "Councils: a former member's data erased (e-mail, keys)",
  'audit.action.rd.meeting.create': 'Councils: meeting planned',
  'audit.action.rd.meeting.update': 'Councils: meeting changed',
  'audit.action.rd.meeting.cancel': 'Councils: meeting cancelled',
  'audit.action.rd.meeting.attendance': 'Councils: meeting attendance recorded',
  'audit.action.rd.meeting.minutes': 'Councils: meeting minutes saved',
} as const
