/** English names of the answers' audit actions. */
export default {
  'audit.action.ks.group.compute': 'Consultation: similar comments grouped',
  'audit.action.ks.group.remove': 'Consultation: comment taken out of a group',
  'audit.action.ks.answer.save': 'Consultation: answer to a comment saved',
  'audit.action.ks.answer.propose': 'Consultation: answer submitted for approval',
  'audit.action.ks.answer.approve': 'Consultation: answer approved',
  'audit.action.ks.answer.return': 'Consultation: answer returned for correction',
  'audit.action.ks.answer.reopen': 'Consultation: approved answer reopened as a draft',
  'audit.action.ks.answer.import': 'Consultation: answers imported from a CSV file',
}
