/** Audit labels of the councils' candidates actions (en). */
export default {
  'audit.action.rd.call.create': 'Councils: call for candidates announced',
  'audit.action.rd.call.publish': 'Councils: list of candidates published',
  'audit.action.rd.call.appoint': 'Councils: members appointed from a call',
  'audit.action.rd.call.close': 'Councils: call closed after its deadline',
  'audit.action.rd.candidate.register': 'Councils: own candidacy registered',
  'audit.action.rd.candidate.nominate': 'Councils: candidate nominated by an organisation or school',
  'audit.action.rd.candidate.consent': "Councils: parent's or guardian's consent to stand",
  'audit.action.rd.candidate.withdraw': 'Councils: candidacy withdrawn',
  'audit.action.rd.candidate.verify': 'Councils: candidacy verified',
  'audit.action.rd.candidate.erase': "Councils: candidate's personal data erased",
  'audit.action.rd.candidate.resolution': "Councils: organisation's nominating resolution attached",
} as const
