/** Words of dates and times (web/src/core/lib/time.ts): the time zone after a time, a deadline "inclusive". Keys as in `time.pl.ts`. */
export default {
  'time.dateTime': '{date}, {time}',
  'time.zoned': '{time} (Polish time)',
  'time.inclusive': '{date} inclusive',
}
