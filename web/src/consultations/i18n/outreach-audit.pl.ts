/** The audit log's names of outreach's actions (invitations on launch, advisory bodies and their opinions). */
export default {
  'audit.action.ks.invitation.send': 'Konsultacje: wysłanie zaproszenia',
  'audit.action.ks.opinion.add': 'Konsultacje: dodanie organu doradczego',
  'audit.action.ks.opinion.update': 'Konsultacje: zmiana danych organu doradczego',
  'audit.action.ks.opinion.receive': 'Konsultacje: zapis otrzymanej opinii',
}
