/** English of `meetings-audit.pl.ts`. */
export default {
  'audit.action.ks.meeting.create': 'Consultation: new meeting',
  'audit.action.ks.meeting.update': 'Consultation: meeting changed',
  'audit.action.ks.meeting.cancel': 'Consultation: meeting cancelled',
  'audit.action.ks.meeting.attendance': 'Consultation: meeting attendance recorded',
  'audit.action.ks.meeting.minutes': 'Consultation: meeting minutes',
  'audit.action.ks.meeting.signups_erase': 'Consultation: personal data of those signed up for a meeting erased',
}
