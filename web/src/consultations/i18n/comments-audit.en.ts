/** Audit log labels for consultation comments (`ks.comment.*`, `ks.survey.update`). */
export default {
  'audit.action.ks.comment.submit': 'Consultation: comment submitted',
  'audit.action.ks.comment.confirm': 'Consultation: comment confirmed by the e-mailed link',
  'audit.action.ks.comment.correct': 'Consultation: comment corrected by its author',
  'audit.action.ks.comment.withdraw': 'Consultation: comment withdrawn by its author',
  'audit.action.ks.comment.intake': 'Consultation: comment received on paper, by e-mail or at a meeting entered',
  'audit.action.ks.comment.hide': 'Consultation: comment hidden',
  'audit.action.ks.comment.unhide': 'Consultation: hidden comment shown again',
  'audit.action.ks.survey.update': 'Consultation: survey questions changed',
}
