import type { IsoDate } from './iso-date.js';

// The legal calendar date of a moment: Woo dates are Dutch calendar days, whatever the server's time zone.
const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 'YYYY-MM-DD' of `instant` in Europe/Amsterdam (e.g. 23:30 UTC on 1 March is already 2 March there). */
export function amsterdamDate(instant: Date): IsoDate {
  return amsterdam.format(instant);
}
