/** Audit labels of the councils' inquiries actions (pl). */
export default {
  'audit.action.rd.inquiry.register': 'Rady: rejestracja zapytania rady',
  'audit.action.rd.inquiry.answer': 'Rady: odpowiedź na zapytanie rady',
  'audit.action.rd.inquiry.overdue': 'Rady: zapytanie bez odpowiedzi w terminie',
} as const
