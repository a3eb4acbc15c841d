/** The report's audit labels (the closing by the scheduled work, the publication). */
export default {
  'audit.action.ks.consultation.close': 'Konsultacje: zakończenie (po ostatnim dniu)',
  'audit.action.ks.report.publish': 'Konsultacje: publikacja raportu',
}
