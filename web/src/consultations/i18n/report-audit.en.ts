/** English of `report-audit.pl.ts`. */
export default {
  'audit.action.ks.consultation.close': 'Consultation: closed (after its last day)',
  'audit.action.ks.report.publish': 'Consultation: report published',
}
