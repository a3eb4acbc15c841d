/** Słowa dat i godzin (web/src/core/lib/time.ts): strefa czasowa przy godzinie, termin „włącznie”. Klucze jak w `time.en.ts`. */
export default {
  'time.dateTime': '{date}, {time}',
  'time.zoned': '{time} (czasu polskiego)',
  'time.inclusive': '{date} włącznie',
}
