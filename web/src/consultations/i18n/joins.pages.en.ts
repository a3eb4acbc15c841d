/** English of `joins.pages.pl.ts`: remarks made at meetings, the list's cards, taking part, the panel's start page. */
export default {
  'consultations.remarks.meeting': 'Meeting',
  'consultations.remarks.meetingHint':
    'The meeting where the comment was made; the date received is the meeting’s day.',
  'consultations.remarks.chooseMeeting': 'Choose a meeting',
  'consultations.remarks.meetingRequired': 'Choose the meeting where the comment was made.',
  'consultations.remarks.meetingUnknown': 'a meeting no longer listed',
  'consultations.remarks.fromMeeting': 'You are keying in comments made at the meeting “{title}”.',

  'consultations.list.comments.one': '{count} confirmed comment',
  'consultations.list.comments.few': '{count} confirmed comments',
  'consultations.list.comments.many': '{count} confirmed comments',
  'consultations.list.comments.other': '{count} confirmed comments',
  'consultations.list.reported': 'Report published',
  'consultations.list.reportedOn': 'published {date}',

  'consultations.takePart.heading': 'How to take part',
  'consultations.takePart.comment':
    'Comment on a chosen paragraph of the draft (the button below the paragraph), or make a general comment on the whole document.',
  'consultations.takePart.commentLink': 'Go to making comments',
  'consultations.takePart.upcoming': 'Comments can be made from {date}.',
  'consultations.takePart.meetings': 'Come to a consultation meeting: dates and sign-up are announced on this page.',
  'consultations.takePart.mine': 'You can correct or withdraw your comment until the consultation ends.',

  'consultations.work.heading': 'Consultations — to do',
  'consultations.work.nothing': 'Nothing is waiting for you in consultations now.',
  'consultations.work.open': 'Open now',
  'consultations.work.lastDay': 'last day: {date}',
  'consultations.work.answers': 'Comments waiting for an answer',
  'consultations.work.toAnswer': 'answers to write: {count}',
  'consultations.work.toApprove': 'answers to approve: {count}',
  'consultations.work.reports': 'Reports to publish',
  'consultations.work.ended': 'ended {date}',
  'consultations.work.reportDue': 'due: {date}',
  'consultations.work.reportOverdue': 'the deadline passed on {date}',
  'consultations.work.reportNoDue': 'no deadline set',
}
