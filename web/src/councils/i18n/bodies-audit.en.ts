/** Audit labels of the councils' bodies actions (en). */
export default {
  'audit.action.rd.body.create': 'Councils: council created',
  'audit.action.rd.body.update': "Councils: council's settings changed",
  'audit.action.rd.statute.add': 'Councils: statute version added',
  'audit.action.rd.statute.file': 'Councils: statute resolution file attached',
  'audit.action.rd.term.add': 'Councils: term added',
} as const
