/** Audit labels of the councils' members actions (en). */
export default {
  'audit.action.rd.member.key': "Councils: members' space link sent",
} as const
