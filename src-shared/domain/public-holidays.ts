import { addDays, type LocalDate } from './local-date';

/**
 * The eleven public holidays of the Code du travail (L.3133-1), computed for any year: eight fixed days and three
 * that follow Easter (Easter Monday, Ascension Thursday, Whit Monday).
 *
 * Not covered: the two extra days of Alsace-Moselle (Good Friday where there is a Protestant church, and 26 December;
 * Code du travail L.3134-13) and the abolition-of-slavery day of each overseas département (loi 83-550). They depend
 * on where the post is, not on the date alone, and this rule only knows the date; in those départements the officer
 * must keep minors off those days themselves.
 */
export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const fixed = (mmdd: string, name: string): PublicHoliday => ({ date: `${year}-${mmdd}`, name });
  const easter = easterSunday(year);
  return [
    fixed('01-01', 'Jour de l’an'),
    { date: addDays(easter, 1), name: 'Lundi de Pâques' },
    fixed('05-01', 'Fête du Travail'),
    fixed('05-08', 'Victoire 1945'),
    { date: addDays(easter, 39), name: 'Ascension' },
    { date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    fixed('07-14', 'Fête nationale'),
    fixed('08-15', 'Assomption'),
    fixed('11-01', 'Toussaint'),
    fixed('11-11', 'Armistice 1918'),
    fixed('12-25', 'Noël'),
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<number, Map<LocalDate, string>>();

/** The holiday's name when `date` is a public holiday, or null. */
export function publicHolidayOn(date: LocalDate): string | null {
  const year = Number(date.slice(0, 4));
  let days = cache.get(year);
  if (!days) {
    days = new Map(frenchPublicHolidays(year).map((h) => [h.date, h.name]));
    cache.set(year, days);
  }
  return days.get(date) ?? null;
}
