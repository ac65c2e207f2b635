/**
 * Calendar dates ('YYYY-MM-DD') as the court and the law count them: whole days in Europe/Paris, never instants,
 * so daylight-saving changes cannot shift a deadline by a day.
 */
export type LocalDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isValidLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // Years outside 1900-2199 are typing mistakes ("0026"), and Date.UTC would read 0-99 as 19xx.
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: LocalDate): [number, number, number] {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (a pure day count, no time zone involved). */
export function toDayNumber(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): LocalDate {
  const date = new Date(day * MS_PER_DAY);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Same day N months later; a day that does not exist in the target month becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Signed number of days from `from` to `to` (0 when equal). */
/** Monday of the week holding `date` (day 0, 1970-01-01, was a Thursday: +3 makes Monday 0). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((toDayNumber(date) + 3) % 7));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Completed years of age on `on` (a person born on 29 February turns a year older on 1 March in common years). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

const parisDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Paris at an instant (a session at 00:30 Paris time on 31 March belongs to 31 March). */
export function parisDateOf(instant: number | Date): LocalDate {
  return parisDateFormat.format(instant);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

const longFrench = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortFrench = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "3 mars 2026", "1er avril 2027" (French writes the first day of a month as an ordinal). */
export function formatDateLong(date: LocalDate): string {
  const text = longFrench.format(new Date(toDayNumber(date) * MS_PER_DAY));
  return text.startsWith('1 ') ? `1er ${text.slice(2)}` : text;
}

/** "03/03/2026" */
export function formatDateShort(date: LocalDate): string {
  return shortFrench.format(new Date(toDayNumber(date) * MS_PER_DAY));
}
