import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, publicHolidayOn } from '@shared/domain/public-holidays';

describe('French public holidays', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('places the Easter-based holidays of 2026 and 2027', () => {
    expect(publicHolidayOn('2026-04-06')).toBe('Lundi de Pâques');
    expect(publicHolidayOn('2026-05-14')).toBe('Ascension');
    expect(publicHolidayOn('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(publicHolidayOn('2027-03-29')).toBe('Lundi de Pâques');
    expect(publicHolidayOn('2027-05-06')).toBe('Ascension');
    expect(publicHolidayOn('2027-05-17')).toBe('Lundi de Pentecôte');
    // The days around them are ordinary.
    expect(publicHolidayOn('2026-04-07')).toBeNull();
    expect(publicHolidayOn('2027-05-18')).toBeNull();
  });

  it('has the fixed days, eleven in all, and not the Alsace-Moselle ones', () => {
    expect(publicHolidayOn('2026-07-14')).toBe('Fête nationale');
    expect(publicHolidayOn('2026-11-11')).toBe('Armistice 1918');
    expect(publicHolidayOn('2027-07-14')).toBe('Fête nationale');
    expect(publicHolidayOn('2027-11-11')).toBe('Armistice 1918');
    expect(frenchPublicHolidays(2026)).toHaveLength(11);
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual(
      [...frenchPublicHolidays(2026).map((h) => h.date)].sort(),
    );
    expect(publicHolidayOn('2026-12-26')).toBeNull();
    expect(publicHolidayOn('2026-04-03')).toBeNull();
  });
});
