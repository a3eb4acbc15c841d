/** Etykiety zdarzeń dziennika dla spotkań konsultacyjnych (`ks.meeting.*`). */
export default {
  'audit.action.ks.meeting.create': 'Konsultacje: nowe spotkanie',
  'audit.action.ks.meeting.update': 'Konsultacje: zmiana spotkania',
  'audit.action.ks.meeting.cancel': 'Konsultacje: odwołanie spotkania',
  'audit.action.ks.meeting.attendance': 'Konsultacje: zapis obecności na spotkaniu',
  'audit.action.ks.meeting.minutes': 'Konsultacje: protokół spotkania',
  'audit.action.ks.meeting.signups_erase': 'Konsultacje: usunięcie danych osób zapisanych na spotkanie',
}
