/** Audit labels of the councils' members actions (pl). */
export default {
  'audit.action.rd.member.key': 'Rady: link do przestrzeni członków wysłany',
} as const
