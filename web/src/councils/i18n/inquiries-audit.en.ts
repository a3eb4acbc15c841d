/** Audit labels of the councils' inquiries actions (en). */
export default {
  'audit.action.rd.inquiry.register': 'Councils: inquiry of a council registered',
  'audit.action.rd.inquiry.answer': "Councils: answer to a council's inquiry",
  'audit.action.rd.inquiry.overdue': 'Councils: inquiry not answered in time',
} as const
