import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  compareDates,
  daysBetween,
  daysInMonth,
  formatDateLong,
  formatDateShort,
  fromDayNumber,
  isValidLocalDate,
  maxDate,
  minDate,
  mondayOf,
  parisDateOf,
  toDayNumber,
} from '@shared/domain/local-date';

describe('isValidLocalDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2026-02-29', false],
    ['1900-02-29', false], // divisible by 100 but not 400: common year
    ['2026-02-28', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2026-1-05', false],
    ['2026-01-5', false],
    ['26-01-05', false],
    ['2026/01/05', false],
    ['2026-01-05T00:00', false],
    [' 2026-01-05', false],
    ['', false],
  ])('%j is valid: %s', (value, valid) => {
    expect(isValidLocalDate(value)).toBe(valid);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('toDayNumber / fromDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-01-01')).toBe(10_957);
  });

  it.each(['1969-12-31', '1970-01-01', '2024-02-29', '2026-03-29', '2026-10-25', '2099-12-31'])(
    'round-trips %s',
    (date) => {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    },
  );

  it('refuses something that is not a calendar date', () => {
    expect(() => toDayNumber('29/02/2024')).toThrow(/not a calendar date/);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-30', 32, '2026-03-03'],
    ['2026-03-28', 1, '2026-03-29'], // Paris switches to summer time on 29 March 2026
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'], // and back to winter time on 25 October 2026
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2022-08-31', 18, '2024-02-29'], // clamped to the end of a leap February
    ['2023-08-31', 18, '2025-02-28'], // clamped to the end of a common February
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 18, '2025-08-29'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 6, '2026-11-30'],
    ['2026-01-15', 18, '2027-07-15'],
    ['2026-07-15', 6, '2027-01-15'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-29', 18, '2027-09-29'],
    ['2026-10-25', 6, '2027-04-25'],
    ['2026-06-10', 0, '2026-06-10'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2027-07-15', -18, '2026-01-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-05-10', '2026-05-10', 0],
    ['2026-05-10', '2026-05-11', 1],
    ['2026-05-11', '2026-05-10', -1],
    ['2026-03-28', '2026-03-30', 2], // across the spring DST change (a 23-hour day)
    ['2026-03-29', '2026-03-30', 1],
    ['2026-10-24', '2026-10-26', 2], // across the autumn DST change (a 25-hour day)
    ['2026-10-25', '2026-10-26', 1],
    ['2026-01-01', '2026-12-31', 364],
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-01-30', '2026-03-02', 31],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('ageOn', () => {
  it.each([
    ['2010-06-15', '2026-06-14', 15],
    ['2010-06-15', '2026-06-15', 16], // birthday: a year older that very day
    ['2010-06-15', '2026-06-16', 16],
    ['2010-06-15', '2010-06-15', 0],
    ['2010-12-31', '2026-01-01', 15],
    ['2010-01-01', '2025-12-31', 15],
    ['2010-01-01', '2026-01-01', 16],
    // Born on 29 February: a year older on 1 March in common years, on 29 February in leap years.
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['2008-02-29', '2009-02-28', 0],
    ['2008-02-29', '2009-03-01', 1],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('parisDateOf', () => {
  // Instants given in UTC; Paris is UTC+1 in winter and UTC+2 in summer.
  it.each([
    ['winter, 23:59:59.999 Paris', '2026-01-14T22:59:59.999Z', '2026-01-14'],
    ['winter, midnight Paris', '2026-01-14T23:00:00.000Z', '2026-01-15'],
    ['winter, 00:30 Paris', '2026-01-14T23:30:00.000Z', '2026-01-15'],
    ['summer, 23:59:59.999 Paris', '2026-07-13T21:59:59.999Z', '2026-07-13'],
    ['summer, midnight Paris', '2026-07-13T22:00:00.000Z', '2026-07-14'],
    ['summer, 00:30 Paris', '2026-07-13T22:30:00.000Z', '2026-07-14'],
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST; the day lasts 23 hours.
    ['last instant of 28 March', '2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['midnight starting 29 March (still winter time)', '2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['01:59 CET on 29 March', '2026-03-29T00:59:00.000Z', '2026-03-29'],
    ['03:00 CEST on 29 March', '2026-03-29T01:00:00.000Z', '2026-03-29'],
    ['last instant of 29 March (summer time)', '2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['midnight starting 30 March', '2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['00:30 on 31 March', '2026-03-30T22:30:00.000Z', '2026-03-31'],
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET; the day lasts 25 hours.
    ['last instant of 24 October', '2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['midnight starting 25 October (still summer time)', '2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['first 02:30 on 25 October (CEST)', '2026-10-25T00:30:00.000Z', '2026-10-25'],
    ['second 02:30 on 25 October (CET)', '2026-10-25T01:30:00.000Z', '2026-10-25'],
    ['last instant of 25 October (winter time)', '2026-10-25T22:59:59.999Z', '2026-10-25'],
    ['midnight starting 26 October', '2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['New Year in Paris', '2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('%s (%s) is %s', (_label, iso, expected) => {
    expect(parisDateOf(Date.parse(iso))).toBe(expected);
    expect(parisDateOf(new Date(iso))).toBe(expected);
  });
});

describe('compareDates, maxDate, minDate', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-01-01', '2026-01-01', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-09-30', '2026-10-01', -1],
  ])('compares %s with %s as %i', (a, b, sign) => {
    expect(compareDates(a, b)).toBe(sign);
  });

  it('picks the later and earlier date', () => {
    expect(maxDate('2026-09-30', '2026-10-01')).toBe('2026-10-01');
    expect(maxDate('2026-10-01', '2026-09-30')).toBe('2026-10-01');
    expect(minDate('2026-09-30', '2026-10-01')).toBe('2026-09-30');
    expect(minDate('2026-10-01', '2026-09-30')).toBe('2026-09-30');
    expect(maxDate('2026-05-05', '2026-05-05')).toBe('2026-05-05');
  });
});

describe('French formatting', () => {
  it.each([
    ['2026-03-03', '3 mars 2026', '03/03/2026'],
    ['2026-03-29', '29 mars 2026', '29/03/2026'],
    ['2026-10-25', '25 octobre 2026', '25/10/2026'],
    ['2024-02-29', '29 février 2024', '29/02/2024'],
    ['2027-01-01', '1er janvier 2027', '01/01/2027'],
    ['2026-12-31', '31 décembre 2026', '31/12/2026'],
  ])('%s is written "%s" and "%s"', (date, long, short) => {
    expect(formatDateLong(date)).toBe(long);
    expect(formatDateShort(date)).toBe(short);
  });
});

describe('mondayOf', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday
    ['2026-11-29', '2026-11-23'], // the Sunday after
    ['2026-11-22', '2026-11-16'], // the Sunday before
    ['2027-01-01', '2026-12-28'], // across a year end
    ['2024-03-01', '2024-02-26'], // across a leap day
  ])('%s is in the week of Monday %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});
