/** Audit labels of the councils' applications actions (en). */
export default {
  'audit.action.rd.application.open': 'Councils: application to create a council opened',
  'audit.action.rd.application.confirm': "Councils: applicant confirmed the application's e-mail",
  'audit.action.rd.application.paper': 'Councils: signatures from a paper list added',
  'audit.action.rd.application.join': 'Councils: organisation confirmed the application',
  'audit.action.rd.application.file': 'Councils: application filed (decision deadline starts)',
  'audit.action.rd.application.decide': 'Councils: decision on the application recorded',
  'audit.action.rd.application.erase': "Councils: application's personal data erased",
} as const
