/** English of the consultations' Polish server texts for the report: publishing, its PDF and CSV, the deadline (merged in `./en.ts`). */
const en: Readonly<Record<string, string>> = {
  // Publishing (actions/report.ts, routes/report.ts)
  'Raportu nie można jeszcze opublikować: każda uwaga (lub grupa uwag) musi mieć zatwierdzoną odpowiedź.':
    'The report cannot be published yet: every comment (or group of comments) needs an approved answer.',
  'Uwagi bez zatwierdzonej odpowiedzi: nr {numbers}.': 'Comments without an approved answer: no. {numbers}.',
  'Grupy uwag bez zatwierdzonej odpowiedzi: nr {numbers}.':
    'Groups of comments without an approved answer: no. {numbers}.',
  'Konsultacje nie zostały jeszcze ogłoszone.': 'The consultation has not been announced yet.',
  'Konsultacje jeszcze trwają: raport można opublikować po ich zakończeniu (ostatni dzień: {date}).':
    'The consultation is still open: the report can be published once it has ended (last day: {date}).',
  'Konsultacje zmieniły się w międzyczasie. Odśwież stronę.':
    'The consultation changed in the meantime. Refresh the page.',
  'Raport z tych konsultacji nie został jeszcze opublikowany.':
    'The report of this consultation has not been published yet.',
  // The participants' e-mail (notify/report.ts)
  '{jst} — raport z konsultacji „{title}”': '{jst} — report of the consultation “{title}”',
  'dziękujemy za udział w konsultacjach „{title}”. Opublikowaliśmy raport z konsultacji: są w nim wszystkie uwagi i odpowiedzi urzędu wraz z uzasadnieniem.':
    'thank you for taking part in the consultation “{title}”. We have published its report: it lists every comment with the office’s answer and the reasons for it.',
  'Raport (także w PDF i CSV):': 'The report (also as PDF and CSV):',
  'Wiadomość wysłana automatycznie, bo złożono uwagę w tych konsultacjach.':
    'This message was sent automatically because a comment was made in this consultation.',
}

export default en
