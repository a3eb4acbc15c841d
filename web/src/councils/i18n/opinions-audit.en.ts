/** Audit labels of the councils' opinions actions (en). */
export default {
  'audit.action.rd.opinion.request': 'Councils: request for an opinion sent',
  'audit.action.rd.opinion.withdraw': 'Councils: request for an opinion withdrawn',
  'audit.action.rd.opinion.waiver': 'Councils: right to give an opinion waived (period passed)',
  'audit.action.rd.opinion.lapse': 'Councils: period for the opinion passed without one',
  'audit.action.rd.resolution.propose': 'Councils: draft resolution put to the vote',
  'audit.action.rd.resolution.vote': "Councils: member's vote cast or changed",
  'audit.action.rd.resolution.close': 'Councils: vote on a resolution closed and counted',
} as const
