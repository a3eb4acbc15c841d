/** The audit log's names of outreach's actions, in English (the same keys as `outreach-audit.pl.ts`). */
export default {
  'audit.action.ks.invitation.send': 'Consultation: invitation sent',
  'audit.action.ks.opinion.add': 'Consultation: advisory body added',
  'audit.action.ks.opinion.update': 'Consultation: advisory body changed',
  'audit.action.ks.opinion.receive': 'Consultation: opinion received recorded',
}
