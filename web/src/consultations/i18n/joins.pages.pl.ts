/**
 * Komunikaty części, które łączą pracę kilku osób: uwagi zgłoszone na spotkaniu (strona uwag w panelu), karty listy
 * konsultacji, „Jak wziąć udział” na stronie konsultacji i konsultacje na stronie startowej panelu. Angielskie są w
 * `joins.pages.en.ts`, z tymi samymi kluczami.
 */
export default {
  'consultations.remarks.meeting': 'Spotkanie',
  'consultations.remarks.meetingHint': 'Spotkanie, na którym zgłoszono uwagę; data wpływu to dzień spotkania.',
  'consultations.remarks.chooseMeeting': 'Wybierz spotkanie',
  'consultations.remarks.meetingRequired': 'Wybierz spotkanie, na którym zgłoszono uwagę.',
  'consultations.remarks.meetingUnknown': 'spotkanie usunięte z listy',
  'consultations.remarks.fromMeeting': 'Wpisujesz uwagi zgłoszone na spotkaniu „{title}”.',

  'consultations.list.comments.one': '{count} potwierdzona uwaga',
  'consultations.list.comments.few': '{count} potwierdzone uwagi',
  'consultations.list.comments.many': '{count} potwierdzonych uwag',
  'consultations.list.comments.other': '{count} potwierdzonej uwagi',
  'consultations.list.reported': 'Raport opublikowany',
  'consultations.list.reportedOn': 'opublikowany {date}',

  'consultations.takePart.heading': 'Jak wziąć udział',
  'consultations.takePart.comment':
    'Zgłoś uwagę do wybranego akapitu projektu (przycisk pod akapitem) albo uwagę ogólną do całego dokumentu.',
  'consultations.takePart.commentLink': 'Przejdź do zgłaszania uwag',
  'consultations.takePart.upcoming': 'Uwagi można zgłaszać od {date}.',
  'consultations.takePart.meetings': 'Przyjdź na spotkanie konsultacyjne: terminy i zapisy ogłaszamy na tej stronie.',
  'consultations.takePart.mine': 'Zgłoszoną uwagę możesz poprawić lub wycofać do końca konsultacji.',

  'consultations.work.heading': 'Konsultacje — do zrobienia',
  'consultations.work.nothing': 'W konsultacjach nic teraz na Ciebie nie czeka.',
  'consultations.work.open': 'Trwają teraz',
  'consultations.work.lastDay': 'ostatni dzień: {date}',
  'consultations.work.answers': 'Uwagi czekające na odpowiedź',
  'consultations.work.toAnswer': 'odpowiedzi do napisania: {count}',
  'consultations.work.toApprove': 'odpowiedzi do zatwierdzenia: {count}',
  'consultations.work.reports': 'Raporty do opublikowania',
  'consultations.work.ended': 'zakończone {date}',
  'consultations.work.reportDue': 'termin: {date}',
  'consultations.work.reportOverdue': 'termin minął {date}',
  'consultations.work.reportNoDue': 'bez wyznaczonego terminu',
}
