/** Audit labels of the councils' elections actions (en). */
export default {
  'audit.action.rd.election.create': 'Councils: election announced',
  'audit.action.rd.election.electors': "Councils: electors' list loaded",
  'audit.action.rd.election.count': 'Councils: election votes counted',
  'audit.action.rd.election.lot': 'Councils: lot drawn for a tie',
  'audit.action.rd.election.publish': 'Councils: election results published',
  'audit.action.rd.election.erase': "Councils: the vote's personal data erased (list, sessions, keys)",
  'audit.action.rd.election.cast': 'Councils: ballot cast in an election',
  'audit.action.rd.vote.code-refused': 'Councils: election voting code refused',
  'audit.action.rd.vote.code-locked': 'Councils: election voting code entry locked',
} as const
