import type { IsoDate } from './iso-date.js';

// The legal calendar date of a moment: Woo dates are Dutch calendar days, whatever the server's time zone.
const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The last answer, for the second it was asked in: a busy intake asks for today hundreds of times a second, and the
// formatter is the costly part. Every UTC offset Europe/Amsterdam ever had is whole seconds, so all of one second
// falls on one date.
let lastSecond = Number.NaN;
let lastDate = '';

/** 'YYYY-MM-DD' of `instant` in Europe/Amsterdam (e.g. 23:30 UTC on 1 March is already 2 March there). */
export function amsterdamDate(instant: Date): IsoDate {
  const second = Math.floor(instant.getTime() / 1000);
  if (second !== lastSecond) {
    lastDate = amsterdam.format(instant);
    lastSecond = second;
  }
  return lastDate;
}
